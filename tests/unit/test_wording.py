"""The German wording (issue 20.14), as docs/translation.md decides it: one gender-inclusive style,
one word per thing, buttons that still fit, placeholders kept, German typography, "du"/"ihr" only.

Qt-free: the catalogue is read with ElementTree, the buttons are found in app/ui with Python's own
parser, and the German texts outside the catalogue (the demo tandem, the one-pager's printed words,
the programme's suggested texts) are imported from their Qt-free modules.
"""

from __future__ import annotations

import ast
import dataclasses
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from app import demo_tandem, programme
from app.export import labels

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "translations" / "tandem-journal_de.ts"

# How long a button's German text may be: 1.5 times its English source, plus 4 characters for short words
# ("Close" → "Schließen"). Accelerators (&) and the ellipsis (…) do not count.
BUTTON_FACTOR, BUTTON_ALLOWANCE = 1.5, 4

# ---------------------------------------------------------------------------------------- the style
# Gender-inclusive: the colon on role nouns only (Mentor:in, Kolleg:innen, Tandem-Partner:innen); no
# article, pronoun or adjective carries a colon or a slash; a role noun with a colon takes no singular
# article (rephrase: "Name (Mentor:in)", "Mentor:in erwartet", "ihr", "eine Person", a name).
GENDER: tuple[tuple[str, str], ...] = (
    (r"[A-Za-zÄÖÜäöüß]/[A-Za-zÄÖÜäöüß]", "slash forms (der/des, die/der, Eintrag/Einträge)"),
    (r"[a-zäöüß]:(?!in\b|innen\b)[a-zäöüß]", "a colon outside :in/:innen (eine:r, jede:r)"),
    (r"\w[*_]innen?\b|(?<!Linke)[a-zäöü]In(nen)?\b", "star, underscore or capital I (Mentor*in, MentorIn)"),
    (r"\b(\w{3,})in(nen)? (oder|und|bzw\.) (der |die |den |dem |des )?(\w+ )?\1", "pair forms (Mentorin oder Mentor)"),
    (r"\b(die|der) oder (die|der)\b", "article pairs (die oder der andere)"),
    (r"\b(der|die|des|dem|den|ein|eine|einer|einem|einen|eines)\s+([\w-]+\s+)?[\w-]+:in\b",
     "a singular article before a colon noun (die Mentor:in)"),
    (r"\b(dem|des|den) anderen\b(?!\s+[A-ZÄÖÜ])", "generic masculine 'dem/des anderen' (say: der anderen Person)"),
    (r"\b([Jj]ede|[Kk]eine)[rnm] von (euch|uns)\b",
     "generic masculine 'jeder/keiner von euch' (say: ihr beide, niemand)"),
    (r"\b(Kollegen?|Mitarbeiter|Teilnehmer|Nutzer|Benutzer|Anwender|Leiter|Chef|Investoren|Mentoren|Mentors?)\b(?!:)",
     "a masculine role noun (say: Kolleg:innen, Mentor:in)"),
)

# One word per thing: (forbidden variant, the word to use). Applied to the catalogue and to the
# one-pager's words; DEMO_TERMS to the demo and the suggested texts, which may speak of a real
# board's "Meeting" but use the app's words for the app's things.
TERMS: tuple[tuple[str, str], ...] = (
    (r"\bSitzung", "Treffen"),
    (r"\bMeeting", "Treffen"),
    (r"Check-?[Ii]n", "Zwischenbilanz"),
    (r"(?<!Zwischen)[Bb]ilanz", "Zwischenbilanz"),
    (r"Erkenntnis", "Lernerfahrung"),
    (r"\bLearnings?\b", "Lernerfahrung"),
    (r"Tagesordnung", "Agenda"),
    (r"Reflektion", "Reflexion"),
    (r"Tandemjournal|Tandem Journal-", "Tandem-Journal"),
    (r"Kennwort", "Passphrase (Passwort only for the PDF's password)"),
    (r"\bTags\b", "Schlagwörter"),  # "Tag" alone is a day
    (r"To-?[Dd]o|Aktionspunkt|Maßnahme", "Aufgabe"),
    (r"\bPartner(?!:in)", "dein Gegenüber / Tandem-Partner:innen"),
    (r"Mentor(?!:in|ing)", "Mentor:in"),
    (r"Themenspeicher|Themensammlung|Themenliste", "Themenpool"),
    (r"Kick-?Off|Kickoff", "Kick-off"),
    (r"One(?!-Pager)[ -]?[Pp]ager|Onepager", "One-Pager"),
    (r"Quick-Win|Quick win", "Quick Win"),
)
DEMO_TERMS = tuple(term for term in TERMS if term[0] not in (r"\bMeeting",))


# ---------------------------------------------------------------------------------------- the texts
def catalogue() -> list[tuple[str, str, str]]:
    """(English source, German translation, file:line) for every finished message."""
    found = []
    for message in ET.parse(TS).getroot().iter("message"):
        translation = message.find("translation")
        location = message.find("location")
        if translation is None or translation.get("type") or location is None:
            continue
        where = f"{location.get('filename', '')[3:]}:{location.get('line')}"
        found.append((message.findtext("source") or "", translation.text or "", where))
    return found


def _german_of(value: Any) -> Iterator[str]:
    """Every German text in a module's data: Text objects inside tuples, dicts and dataclasses."""
    if isinstance(value, programme.Text):
        yield value.de
    elif isinstance(value, (tuple, list)):
        for item in value:
            yield from _german_of(item)
    elif isinstance(value, dict):
        for item in value.values():
            yield from _german_of(item)
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for field in dataclasses.fields(value):
            yield from _german_of(getattr(value, field.name))


def demo_and_suggestions() -> list[tuple[str, str]]:
    """(German text, where) of the demo tandem and the programme's suggested texts."""
    found: dict[str, str] = {}
    for module in (programme, demo_tandem):  # the demo imports the programme's pool and rules: each text once
        for name, value in vars(module).items():
            if name.isupper():
                for text in _german_of(value):
                    found.setdefault(text, f"{module.__name__}.{name}")
    return list(found.items())


def printed_words() -> list[tuple[str, str]]:
    return [(text, f"labels.LABELS['de'][{key!r}]") for key, text in labels.LABELS["de"].items() if key != "months"]


def all_german() -> list[tuple[str, str]]:
    return [(t, where) for _s, t, where in catalogue()] + demo_and_suggestions() + printed_words()


def _problems(texts: list[tuple[str, str]], rules: tuple[tuple[str, str], ...]) -> list[str]:
    return [f"{where}: {why}: {text!r}" for text, where in texts for pattern, why in rules
            if re.search(pattern, text)]


# ---------------------------------------------------------------------------------------- the tests
def test_one_gender_inclusive_style() -> None:
    assert _problems(all_german(), GENDER) == []


def test_one_word_per_thing() -> None:
    ui = [(t, where) for s, t, where in catalogue() if "Tandem Journal" not in s] + printed_words()
    problems = _problems(ui, tuple((p, f"say {word}") for p, word in TERMS))
    problems += _problems(demo_and_suggestions(), tuple((p, f"say {word}") for p, word in DEMO_TERMS))
    assert problems == []


def test_du_and_ihr_never_sie() -> None:
    """Formal address gives itself away by a capital Sie/Ihr/Ihnen inside a sentence."""
    problems = []
    for text, where in all_german():
        for match in re.finditer(r"\b(Sie|Ihnen|Ihr|Ihre[mnrs]?)\b", text):
            before = text[:match.start()].rstrip()
            if before and before[-1] not in ".!?:„(\n":
                problems.append(f"{where}: {text!r}")
    assert problems == []


def button_sources() -> dict[str, str]:
    """The English source of every text that sits on a button in app/ui, with where it is."""
    buttons = {"QPushButton", "QToolButton", "QCommandLinkButton", "addButton"}

    def name(func: ast.expr) -> str:
        return func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""

    def marked(node: ast.AST) -> Iterator[str]:
        for sub in ast.walk(node):
            if (isinstance(sub, ast.Call) and name(sub.func) in ("tr", "N_") and sub.args
                    and isinstance(sub.args[0], ast.Constant) and isinstance(sub.args[0].value, str)):
                yield sub.args[0].value

    found: dict[str, str] = {}
    for path in sorted((ROOT / "app" / "ui").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            where = f"{path.relative_to(ROOT)}:{getattr(node, 'lineno', 0)}"
            texts: list[ast.expr] = []
            if isinstance(node, ast.Call):
                called = name(node.func)
                if called in buttons:
                    texts = node.args[:1]
                elif called == "Notice":  # Notice(title, button text)
                    texts = node.args[1:2]
                elif (called == "setText" and isinstance(node.func, ast.Attribute)
                      and "button" in ast.unparse(node.func.value).lower()):
                    texts = node.args[:1]
            elif isinstance(node, ast.For) and any(isinstance(sub, ast.Call) and name(sub.func) in buttons
                                                   for stmt in node.body for sub in ast.walk(stmt)):
                texts = [node.iter]  # for key, label in ((…, tr("…")), …): QPushButton(label)
            for expr in texts:
                found.update(dict.fromkeys(marked(expr), where))
    return found


def test_buttons_fit() -> None:
    def length(text: str) -> int:
        return len(text.replace("&", "").replace("…", ""))

    german = {s: t for s, t, _w in catalogue()}
    sources = button_sources()
    assert len(sources) > 20  # the finder still finds the buttons
    too_long = [f"{where}: {source!r} → {german[source]!r}" for source, where in sources.items()
                if source in german and length(german[source]) > BUTTON_FACTOR * length(source) + BUTTON_ALLOWANCE]
    assert too_long == []


def test_placeholders_markup_and_accelerators_are_kept() -> None:
    def marks(text: str) -> tuple[Any, ...]:
        return (sorted(re.findall(r"\{\w*\}|%\d+", text)), re.findall(r"</?\w+>", text), text.count("&"),
                text.count("\n"), text.endswith("…"), text[:1].isspace(), text[-1:].isspace())

    assert [f"{where}: {s!r} → {t!r}" for s, t, where in catalogue() if marks(s) != marks(t)] == []


def test_german_typography() -> None:
    rules = ((r"\.\.\.", "three dots (use …)"), (r"\s…", "a space before … in an interface text"),
             (r"[”\"]", "English quotes (use „…“)"), (r"„[^“]*$", "an opening „ without its closing “"),
             (r"\bz\.B\.", "z. B. takes a (narrow) space"), (r"  ", "two spaces"))
    assert _problems(all_german(), rules) == []


def test_english_sources_say_one_thing() -> None:
    """No "item(s)" or "he/she" in the source either: say it so that it reads in both numbers."""
    sources = [(s, where) for s, _t, where in catalogue()]
    assert _problems(sources, ((r"\w\(s\)", "a plural in brackets"), (r"\b\w+/\w+\b(?![^{]*\})", "a slash form"))) == []


def test_an_article_keeps_its_noun() -> None:
    """Walk 9: "Ein guter Moment für eine (Tandem → …)" / "A good moment for one (…)" lost the noun
    before a bracket; and the hint for next time said who takes it over in a clumsy aside."""
    german = _problems(all_german(), ((r"\b[Ee]ine?[mnrs]?\s+\(", "an article without its noun"),
                                      (r"das ihr beginnt, übernimmt", "a clumsy aside")))
    english = _problems([(s, where) for s, _t, where in catalogue()],
                        ((r"\bfor (a new )?one \(", "an article without its noun"),))
    assert german + english == []
