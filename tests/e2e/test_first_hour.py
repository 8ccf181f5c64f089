"""The first hour of a new tandem, walked end to end through the real main window at 1280×800
(issues 13 and 20), in English and in German.

From the welcome screen: create the journal (the passphrase typed twice) → the kick-off guide with
Enter pressed in every one-line field → three sessions two weeks apart with agenda, notes (a list
under a line of text), learnings in both directions, action items (a due date typed "08.01.27"),
feedback → a private reflection typed before "New reflection", and one of its lines raised next
time → the check-in (its date typed) → the one-pager in the interface language → lock → unlock back
to the same place, where typing goes on.

The person only clicks visible controls found by the name a screen reader says (or a button's,
tab's or menu entry's text) and presses keys where the keyboard is (``person.py``); no page method
is called and no focus is set in code. Only what a person answers outside the app is patched: the
file dialogs, and the clock (a ``FixedClock``, moved between the sessions). Inside modal dialogs the
person acts through ``when_shown`` and records what they see; everything is asserted afterwards:
the texts on screen, every control used inside the 1280×800 window, and the journals' contents.

A check whose fix has not landed yet is noted with the issue it waits for (``Walk.wait_for``); the
walk goes on, and ends as an expected failure naming each one. Once a fix lands, its check becomes a
plain assert (the issue's number stays beside it).
Screenshots of the key steps: ``E2E_SHOTS=/tmp/e2e-shots``.
"""

from __future__ import annotations

import functools
import io
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor, QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QTextBrowser,
    QWidget,
    QWizard,
)
from pytestqt.qtbot import QtBot

from app import programme
from app.core.clock import FixedClock
from app.store import Journal, PrivateJournal
from app.ui.widgets.announce import LiveLabel
from app.ui.dialogs.create import TANDEM_WARNING, CreateDialog, CreatePrivateDialog
from app.ui.dialogs.evaluation import EvaluationDialog
from app.ui.dialogs.kickoff import KickoffWizard
from app.ui.dialogs.onepager import OnePagerDialog
from app.ui.dialogs.share import ShareDialog
from app.ui.i18n import tr
from app.ui.main_window import MainWindow
from tests.ui.cells import cut_cells
from tests.ui.conftest import when_shown

from .person import Person, plain, shots_folder

CTRL = Qt.KeyboardModifier.ControlModifier
# A drop-down list opened with a click grabs the keyboard, which the offscreen platform cannot (harmless)
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support grabbing the keyboard", extend=True)


# What the two of them type ---------------------------------------------------------------------
@dataclass(frozen=True)
class Learning:
    text: str
    who: str  # "mentee", "mentor", "both"
    share: bool = False
    quick_win: bool = False


@dataclass(frozen=True)
class Action:
    text: str
    owner: str
    due_typed: str
    due_on: str  # what the journal must hold
    shown: str  # how a list shows it


@dataclass(frozen=True)
class Session:
    starts_at: str
    goal: str
    topic: str
    agenda: tuple[str, ...]
    ticked: tuple[str, ...]
    notes: str
    notes_list: tuple[str, ...]  # the list items the preview must show
    learnings: tuple[Learning, ...]
    actions: tuple[Action, ...] = ()
    feedback: dict[str, tuple[str, str, int]] = field(default_factory=dict)


@dataclass(frozen=True)
class Tandem:
    mentee: str
    mentor: str
    passphrase: str
    concern: str
    support: str
    goals: tuple[str, ...]
    mentee_expects: str
    mentor_expects: str
    confidentiality: str
    place: str
    topics: tuple[str, ...]
    sessions: tuple[Session, Session, Session]
    deleted_in_second: str  # a taken-over agenda item deleted in session 2: it never comes back
    ticked_in_second: str  # an open action item of session 1 ticked off in session 2
    first_name: str  # for the private journal's file name
    private_passphrase: str
    reflection_title: str
    reflection_body: str  # its last line is raised next time
    second_title: str
    checkin_typed: str
    checkin_on: str
    checkin: tuple[tuple[int, str], ...]  # per goal: rating, why
    checkin_note: str
    # What the screen says, as a person reads it
    next_button: str  # the guide's (Qt's own text)
    due_after_kickoff: str
    due_today: str
    checkin_notice: str
    refused: str  # creating the private journal with the tandem's passphrase
    language_name: str
    pdf_words: tuple[str, ...]


EN = Tandem(
    mentee="Dr. Helen Carter", mentor="Sam Okafor", passphrase="Tea by the river at nine, 2026",
    concern="I want to understand how our trainees communicate, and be visible on LinkedIn myself.",
    support="Show me, then let me try",
    goals=("Set up a LinkedIn profile and post once a month", "Try two AI assistants with the team",
           "Understand how trainees want feedback"),
    mentee_expects="Honest feedback, even when it is uncomfortable",
    mentor_expects="Insight into how decisions are made upstairs",
    confidentiality="What we say here stays between us, in the coffee kitchen too.",
    place="Café by the market, now and then the office", topics=("Podcasts for the commute", "Barcamps"),
    sessions=(
        Session("2026-12-07T10:00", "Set up the LinkedIn profile", "Digital tools and social media",
                ("Profile photo: what works on LinkedIn", "Privacy settings", "Networking etiquette"),
                ("Profile photo: what works on LinkedIn",),
                "What we talked about:\n- the headline matters more than the CV\n- who can see my contacts\n"
                "- posting once a month is enough",
                ("the headline matters more than the CV", "who can see my contacts", "posting once a month is enough"),
                (Learning("On LinkedIn the headline counts more than the CV", "mentee", share=True, quick_win=True),
                 Learning("How budget decisions are prepared for the board", "mentor", share=True)),
                (Action("Upload a profile photo", "mentee", "08/01/27", "2027-01-08", "08/01/2027"),
                 Action("Send a list of five podcasts", "mentor", "18/12/26", "2026-12-18", "18/12/2026")),
                {"mentee": ("Patient explanations on my own laptop", "More time for questions", 5),
                 "mentor": ("Open answers about my role", "Start on time", 4)}),
        Session("2026-12-21T10:00", "Try an AI assistant with real mail", "Artificial intelligence",
                ("Which mails may go into an AI tool?",), (),
                "Tried it together:\n- a summary of a long thread\n- a draft reply in our tone\n\n"
                "More in [the works council's guide](https://example.org/ai-guide)",
                ("a summary of a long thread", "a draft reply in our tone"),
                (Learning("An AI summary needs checking against the thread", "both", share=True),
                 Learning("Why the works council must agree to new tools", "mentor")),
                feedback={"mentee": ("Trying it on real mail", "", 5)}),
        Session("2027-01-04T10:00", "How trainees want feedback", "How the young generation wants to be led",
                ("Feedback: often and short",), (),
                "Feedback from trainees:\n- often and short\n- in person, not by mail",
                ("often and short", "in person, not by mail"),
                (Learning("Trainees want feedback weekly, not once a year", "mentee", share=True),)),
    ),
    deleted_in_second="Networking etiquette", ticked_in_second="Send a list of five podcasts",
    first_name="Helen", private_passphrase="Only my own thoughts, since 1962",
    reflection_title="After the third session",
    reflection_body="Sam explains patiently; I ask too little.\nI still avoid posting.\n"
                    "Ask Sam how he decides what to post",
    second_title="Before the next session",
    checkin_typed="04/01/27", checkin_on="2027-01-04",
    checkin=((3, "Profile is up, no post yet"), (2, "Only one tool tried"), (4, "Weekly feedback agreed")),
    checkin_note="Keep the rhythm; one topic per session.",
    next_button="&Next >",
    due_after_kickoff="Next session is due in 14 days (21 December 2026).",
    due_today="Next session is due today (21 December 2026).",
    checkin_notice="3 sessions since your last check-in: are you reaching your goals?",
    refused="That is the tandem's passphrase, which your partner knows. Choose one only you know; nothing was "
            "changed.",
    language_name="English",
    pdf_words=("What we learned", "On LinkedIn the headline counts more than the CV", "Dr. Helen Carter"),
)

DE = Tandem(
    mentee="Dr. Petra Schäfer-Ünal", mentor="Jonas Weiß", passphrase="Tee am Fluss um neun, 2026!",
    concern="Ich möchte verstehen, wie unsere Azubis kommunizieren, und selbst auf LinkedIn sichtbar werden.",
    support="Erst zeigen, dann selbst ausprobieren",
    goals=("LinkedIn-Profil anlegen und einmal im Monat posten", "Zwei KI-Assistenten mit dem Team ausprobieren",
           "Verstehen, wie Azubis Feedback wollen"),
    mentee_expects="Ehrliches Feedback, auch wenn es unbequem ist",
    mentor_expects="Einblick, wie Entscheidungen in der Geschäftsführung fallen",
    confidentiality="Was wir hier besprechen, bleibt unter uns – auch in der Kaffeeküche.",
    place="Café am Markt, ab und zu im Büro", topics=("Podcasts für den Arbeitsweg", "Barcamps"),
    sessions=(
        Session("2026-12-07T10:00", "LinkedIn-Profil anlegen", "Digitale Tools und Social Media",
                ("Profilfoto: was auf LinkedIn wirkt", "Datenschutz-Einstellungen", "Netzwerk-Etikette"),
                ("Profilfoto: was auf LinkedIn wirkt",),
                "Was wir besprochen haben:\n- die Überschrift zählt mehr als der Lebenslauf\n"
                "- wer meine Kontakte sehen kann\n- einmal im Monat posten reicht",
                ("die Überschrift zählt mehr als der Lebenslauf", "wer meine Kontakte sehen kann",
                 "einmal im Monat posten reicht"),
                (Learning("Auf LinkedIn zählt die Überschrift mehr als der Lebenslauf", "mentee", share=True,
                          quick_win=True),
                 Learning("Wie Budgetentscheidungen für die Geschäftsführung vorbereitet werden", "mentor",
                          share=True)),
                (Action("Profilfoto hochladen", "mentee", "08.01.27", "2027-01-08", "08.01.2027"),
                 Action("Liste mit fünf Podcasts schicken", "mentor", "18.12.26", "2026-12-18", "18.12.2026")),
                {"mentee": ("Geduldige Erklärungen am eigenen Laptop", "Mehr Zeit für Fragen", 5),
                 "mentor": ("Offene Antworten zu meiner Rolle", "Pünktlicher anfangen", 4)}),
        Session("2026-12-21T10:00", "Einen KI-Assistenten mit echter Post ausprobieren", "Künstliche Intelligenz",
                ("Welche Mails dürfen in ein KI-Werkzeug?",), (),
                "Gemeinsam ausprobiert:\n- Zusammenfassung eines langen Verlaufs\n- Antwortentwurf in unserem Ton\n\n"
                "Mehr im [Leitfaden des Betriebsrats](https://example.org/ki-leitfaden)",
                ("Zusammenfassung eines langen Verlaufs", "Antwortentwurf in unserem Ton"),
                (Learning("Eine KI-Zusammenfassung muss man am Verlauf prüfen", "both", share=True),
                 Learning("Warum der Betriebsrat neuen Werkzeugen zustimmen muss", "mentor")),
                feedback={"mentee": ("Das Ausprobieren an echten Mails", "", 5)}),
        Session("2027-01-04T10:00", "Wie Azubis Feedback wollen", "Wie die junge Generation geführt werden will",
                ("Feedback: oft und kurz",), (),
                "Feedback von Azubis:\n- oft und kurz\n- persönlich, nicht per Mail",
                ("oft und kurz", "persönlich, nicht per Mail"),
                (Learning("Azubis wollen wöchentlich Feedback, nicht einmal im Jahr", "mentee", share=True),)),
    ),
    deleted_in_second="Netzwerk-Etikette", ticked_in_second="Liste mit fünf Podcasts schicken",
    first_name="Petra", private_passphrase="Nur meine eigenen Gedanken, seit 1962",
    reflection_title="Nach dem dritten Treffen",
    reflection_body="Jonas erklärt geduldig; ich frage zu wenig.\nIch drücke mich noch ums Posten.\n"
                    "Jonas fragen, wie er entscheidet, was er postet",
    second_title="Vor dem nächsten Treffen",
    checkin_typed="04.01.27", checkin_on="2027-01-04",
    checkin=((3, "Profil steht, noch kein Beitrag"), (2, "Erst ein Werkzeug probiert"),
             (4, "Wöchentliches Feedback vereinbart")),
    checkin_note="Rhythmus halten; ein Thema pro Treffen.",
    next_button="&Weiter >",
    due_after_kickoff="Das nächste Treffen ist in 14 Tagen fällig (21. Dezember 2026).",
    due_today="Das nächste Treffen ist heute fällig (21. Dezember 2026).",
    checkin_notice="3 Treffen seit eurer letzten Zwischenbilanz: Erreicht ihr eure Ziele?",
    refused="Das ist die Passphrase des Tandems, die dein Gegenüber kennt. Wähle eine, die nur du kennst; nichts "
            "wurde geändert.",
    language_name="Deutsch",
    pdf_words=("Was wir gelernt haben", "Auf LinkedIn zählt die Überschrift mehr als der Lebenslauf",
               "Dr. Petra Schäfer-Ünal"),
)
CONTENT = {"en": EN, "de": DE}
ROLES = {"mentee": "Mentee", "mentor": "Mentor", "both": "Both"}  # the roles (tr)
CALLED = {"en": {"mentee": "Helen", "mentor": "Sam"}, "de": {"mentee": "Petra", "mentor": "Jonas"}}


def called(language: str, role: str) -> str:
    """How the lists name who learned it or does it: by the given name (20.14)."""
    return CALLED[language].get(role) or tr(ROLES[role])


def choice(language: str, role: str) -> str:
    """How the choice lists offer a person: the name with the role, "Helen (Mentee)" (20.14)."""
    return tr(ROLES[role]) if role == "both" else f"{called(language, role)} ({tr(ROLES[role])})"


# The walk ----------------------------------------------------------------------------------------
class Walk:
    """The person, the window, the clock, and what was seen along the way."""

    def __init__(self, person: Person, window: MainWindow, clock: FixedClock, tandem: Tandem, language: str,
                 tmp_path: Path) -> None:
        self.person, self.window, self.clock, self.t, self.language = person, window, clock, tandem, language
        self.tmp_path = tmp_path
        self.seen: dict[Any, Any] = {}  # what was seen, by step (a session by its number)
        self.waiting: list[str] = []

    def look(self, name: str) -> None:
        """Look at the window in front (a screenshot when asked for): note interface texts still in English
        on a German screen, and texts that do not show whole."""
        self.person.shot(name)
        if self.language != "en":
            english = sorted(self.person.words_shown() & english_sources())
            if english:
                self.seen.setdefault("english", {})[name] = english
        cut = self.person.cut_off_labels()
        if cut:
            self.seen.setdefault("cut off", {})[name] = cut
        hints = self.person.cut_off_hints()
        if hints:
            self.seen.setdefault("hints cut off", {})[name] = hints

    def wait_for(self, issue: str, ok: bool, what: str) -> bool:
        """A check whose fix has not landed yet: noted with its issue, and the walk goes on (the test then
        ends as an expected failure that names every one; a check becomes an assert once its fix lands)."""
        if not ok:
            self.waiting.append(f"waiting for {issue}: {what}")
        return ok

    def problems(self) -> list[str]:
        return list(self.seen.get("problems", []))

    def note(self, problem: str) -> None:
        self.seen.setdefault("problems", []).append(problem)

    def in_dialog(self, act: Any) -> Any:
        """``act`` for ``when_shown``: a failure inside the dialog's own event loop is recorded (and the
        dialog closed, so the walk goes on), to be asserted afterwards."""

        def run(dialog: QDialog) -> None:
            try:
                dialog.activateWindow()
                self.person.qtbot.waitUntil(dialog.isActiveWindow, timeout=2000)
                act(dialog)
            except Exception as exc:  # noqa: BLE001 - recorded, asserted outside the dialog's event loop
                self.note(f"{self.person.step}, in “{dialog.windowTitle()}”: {exc!r}")
                if dialog.isVisible():
                    dialog.done(QDialog.DialogCode.Rejected)  # not reject(): the guide would ask first
            finally:
                self.seen.setdefault("dialogs", []).append(type(dialog).__name__)

        return run

    def dialog_done(self, kind: type, count: int = 1) -> None:
        name = kind.__name__
        self.person.wait(lambda: self.seen.get("dialogs", []).count(name) >= count
                         and not any(d.isVisible() for d in self.window.findChildren(kind)), timeout=30_000)

    def screen_text(self) -> str:
        return "\n".join(self.person.texts(self.window))

    def list_texts(self, name: str, column: int = 0, within: QWidget | None = None) -> list[str]:
        """What a list on screen shows, row by row (one column)."""
        view = self.person.find(name, QAbstractItemView, within or self.window)
        model = view.model()
        return [model.index(row, column).data() for row in range(model.rowCount())]


@functools.cache
def english_sources() -> frozenset[str]:
    """Every interface text as the code writes it (English): the catalogue's sources and the literals
    marked with tr() or N_() (new ones not yet in the catalogue), as shown (without the & of Alt keys)."""
    root = Path(__file__).parents[2]
    sources = {m.findtext("source") or "" for m in ElementTree.parse(root / "translations" / "tandem-journal_de.ts")
               .iter("message")}
    marked = re.compile(r'\b(?:tr|N_)\(\s*"((?:[^"\\]|\\.)*)"\s*\)')
    for module in (root / "app").rglob("*.py"):
        sources.update(marked.findall(module.read_text(encoding="utf-8")))
    return frozenset(plain(text) for text in sources if text and plain(text) not in READ_THE_SAME)


# Interface texts that German writes as English does
READ_THE_SAME = {"Mentee", "Agenda", "Journal", "Feedback", "Passphrase", "A4", "Tandem Journal", "Quick Wins",
                 "<h1>Tandem Journal</h1>"}


def _one_line(widget: QWidget) -> bool:
    one_line = isinstance(widget, (QLineEdit, QAbstractSpinBox)) or isinstance(widget, QComboBox) and widget.isEditable()
    return one_line and widget.isEnabled()


def _held(page: QWidget, but: QWidget) -> dict[str, str]:
    """What the fields and lists of a step hold (except the field ``but``, and a drop-down's own choices)."""
    held = {}
    for i, w in enumerate(page.findChildren(QWidget)):
        if w is but or but.isAncestorOf(w) or w.window() is not page.window():
            continue
        if isinstance(w, QLineEdit):
            held[f"{i} {w.accessibleName()}"] = w.text()
        elif isinstance(w, QPlainTextEdit):
            held[f"{i} {w.accessibleName()}"] = w.toPlainText()
        elif isinstance(w, QListView):
            model = w.model()
            held[f"{i} {w.accessibleName()}"] = "|".join(str(model.index(r, 0).data()) for r in range(model.rowCount()))
    return held


def enter_everywhere(walk: Walk, wizard: QWizard) -> None:
    """Tab once round the step and press Enter in every one-line field: a field that adds a line keeps the
    keyboard, any other goes on to the step's next field, and only the last turns to the next step (Back
    returns); nothing else changes."""
    person = walk.person
    page_id, page = wizard.currentId(), wizard.currentPage()
    done: list[QWidget] = []
    for _ in range(80):
        widget = QApplication.focusWidget()
        if widget is not None and _one_line(widget) and page.isAncestorOf(widget):
            if widget in done:
                return
            done.append(widget)
            before = _held(page, widget)
            name = person.focused()
            person.key(Qt.Key.Key_Return)
            walk.seen.setdefault("enter pressed in", []).append(name)
            if _held(page, widget) != before:
                walk.note(f"Enter in “{name}” changed {before} to {_held(page, widget)}")
            if wizard.currentId() != page_id or not wizard.isVisible():
                last = not any(_one_line(w) and w.isVisible() and w not in done for w in page.findChildren(QWidget))
                if wizard.currentId() != page_id + 1 or not last:
                    walk.note(f"Enter in “{name}” left the step “{page.title()}”")
                    return
                person.click(wizard.buttonText(QWizard.WizardButton.BackButton), QAbstractButton, literal=True)
                person.wait(lambda: wizard.currentId() == page_id, timeout=2000)
                continue
            if QApplication.focusWidget() is not widget:
                continue  # on to the next field: Enter there too
        person.key(Qt.Key.Key_Tab)
    walk.note(f"Tab did not come round the step “{page.title()}”")


def next_step(walk: Walk, wizard: QWizard) -> None:
    step = wizard.currentId()
    walk.person.click(walk.t.next_button, QAbstractButton, literal=True)
    walk.person.wait(lambda: wizard.currentId() != step, timeout=2000)
    walk.seen.setdefault("guide steps", []).append(wizard.currentPage().title())


# 1. Create the journal and walk the kick-off guide -------------------------------------------------
def said(dialog: QWidget) -> str:
    """The dialog's message as it shows and as a screen reader hears it at once (its live label)."""
    return next((label.text() for label in dialog.findChildren(LiveLabel) if label.isVisible() and label.text()), "")


def create_and_guide(walk: Walk) -> None:
    person, t = walk.person, walk.t
    person.step = "welcome"
    walk.look("welcome")

    def create(dialog: QDialog) -> None:
        person.step = "create"
        walk.seen["create: focus at first"] = person.focused()
        person.field("Mentee's name", t.mentee)
        person.field("Mentor's name", t.mentor)
        person.field("Passphrase", t.passphrase)
        person.field("Passphrase again", t.passphrase)
        walk.look("create")
        warning = [label for label in dialog.findChildren(QLabel) if label.isVisible()
                   and label.text() == tr(TANDEM_WARNING)]
        walk.seen["create: warning shown whole"] = bool(warning) and not any(
            label.text()[:60] in cut for label in warning for cut in person.cut_off_labels())
        person.click("Create", QAbstractButton)

    def guide(wizard: QDialog) -> None:
        assert isinstance(wizard, QWizard)
        person.step = "kick-off guide"
        walk.seen.setdefault("guide steps", []).append(wizard.currentPage().title())
        walk.seen["guide: names"] = (person.find("Mentee's name").text(), person.find("Mentor's name").text())
        enter_everywhere(walk, wizard)
        next_step(walk, wizard)  # 2: the concern
        person.field("The concern", t.concern)
        person.field("Form of support", t.support)
        enter_everywhere(walk, wizard)
        next_step(walk, wizard)  # 3: goals
        person.click("New goal")
        for goal in t.goals:
            person.type(goal + "\n")
        enter_everywhere(walk, wizard)
        walk.seen["guide: goals"] = walk.list_texts("Goals", within=wizard)
        walk.look("guide-goals")
        next_step(walk, wizard)  # 4: expectations
        person.field("What the mentee expects", t.mentee_expects)
        person.field("What the mentor expects", t.mentor_expects)
        next_step(walk, wizard)  # 5: rules
        person.click("We both agree to these rules, on", QAbstractButton)
        enter_everywhere(walk, wizard)
        person.field("Rule: {name}, in your own words", t.confidentiality,
                     fmt={"name": programme.RULE_NAMES["confidentiality"](walk.language)})
        person.key(Qt.Key.Key_Return)
        walk.look("guide-rules")
        next_step(walk, wizard)  # 6: a dependency
        person.click("No, neither of us reports to the other", QAbstractButton)
        next_step(walk, wizard)  # 7: rhythm and place
        person.field("Where you meet", t.place)
        person.click("We have agreed the next date:", QAbstractButton)
        enter_everywhere(walk, wizard)
        walk.look("guide-rhythm")
        next_step(walk, wizard)  # 8: the topic pool
        person.click("Your own topic")
        for topic in t.topics:
            person.type(topic + "\n")
        enter_everywhere(walk, wizard)
        walk.look("guide-topics")
        person.click("&Save agreement", QAbstractButton)

    when_shown(walk.window, CreateDialog, walk.in_dialog(create))
    when_shown(walk.window, KickoffWizard, walk.in_dialog(guide))
    person.click("Create a tandem journal…", QAbstractButton)
    walk.dialog_done(KickoffWizard)
    person.wait(lambda: walk.window.service.is_open and person.sees("Start a new session", QAbstractButton))
    person.step = "overview after the kick-off"
    walk.look("overview-after-kickoff")
    walk.seen["overview: goals in view"] = goals_in_view(walk)


OVERVIEW_LISTS = ("Past sessions", "Goals", "Open action items", "Topic pool")


def goals_in_view(walk: Walk) -> list[str]:
    """The goals the overview's list shows whole, without scrolling."""
    view = walk.person.find("Goals", QAbstractItemView, walk.window)
    model, shown = view.model(), view.viewport().rect()
    return [model.index(row, 0).data() for row in range(model.rowCount())
            if shown.contains(view.visualRect(model.index(row, 0)))]


# 2. Three sessions, two weeks apart ---------------------------------------------------------------
def listed(preview: QTextBrowser) -> list[str]:
    """The lines the preview shows as list items."""
    document: QTextDocument = preview.document()
    block, items = document.begin(), []
    while block.isValid():
        if block.textList() is not None:
            items.append(block.text())
        block = block.next()
    return items


LINK = re.compile(r"\]\((\S+?)\)")


def click_link(walk: Walk, preview: QTextBrowser, url: str) -> None:
    """Click the link to ``url`` where the preview shows it."""
    document, cursor = preview.document(), QTextCursor(preview.document())
    for position in range(1, document.characterCount()):
        cursor.setPosition(position)
        if cursor.charFormat().isAnchor() and cursor.charFormat().anchorHref() == url:
            cursor.setPosition(position + 1)  # inside the link's words
            walk.person.click_widget(preview.viewport(), "Preview of the notes", preview.cursorRect(cursor).center())
            return
    raise LookupError(f"the preview shows no link to {url}: {preview.toPlainText()}")


def link_notices(walk: Walk, url: str) -> list[str]:
    return [label.text() for label in walk.window.findChildren(QLabel) if label.isVisible() and url in label.text()]


def carry_offers(walk: Walk) -> list[str]:
    """Buttons on screen that offer to take over unfinished items from last time."""
    one = tr("Take over 1 unfinished item from last time")
    many = tr("Take over {count} unfinished items from last time").split("{count}")
    return [b.text() for b in walk.window.findChildren(QAbstractButton) if b.isVisible()
            and (b.text() == one or b.text().startswith(many[0]) and b.text().endswith(many[1]))]


def hold_session(walk: Walk, number: int) -> None:
    """Start session ``number`` (0, 1, 2) from the overview and fill it in as the tandem talks."""
    person, t, s = walk.person, walk.t, walk.t.sessions[number]
    walk.clock.set(s.starts_at)
    person.step = f"session {number + 1}"
    person.click("Start a new session", QAbstractButton)
    person.wait(lambda: person.sees("Session goal"))
    seen = walk.seen.setdefault(number, {})
    tabs = person.find("Learnings, action items or feedback")
    seen["tab at start"] = plain(tabs.tabText(tabs.currentIndex()))
    person.field("Session goal", s.goal)
    person.field("Focus topic", s.topic + "\n", QComboBox)  # the box (its text field has the same name)

    # The agenda: what was taken over, then their own points; Space ticks off
    seen["agenda at start"] = walk.list_texts("Agenda")
    offers = [b for b in walk.window.findChildren(QAbstractButton) if b.isVisible() and b.text() in carry_offers(walk)]
    if offers:  # what was left open last time is offered, not copied: they take it over (walk 10)
        person.click_widget(offers[0])
    seen["agenda after taking over"] = walk.list_texts("Agenda")
    if number == 0:
        for point in programme.first_agenda(walk.language):  # the guide's points: talked about at the kick-off
            person.item("Agenda", point)
            person.key(Qt.Key.Key_Space)
    if number == 1:
        person.item("Agenda", t.deleted_in_second)
        person.key(Qt.Key.Key_Delete)
        seen["agenda after deleting"] = walk.list_texts("Agenda")
        seen["offers after deleting"] = carry_offers(walk)
    person.click("New agenda item")
    for point in s.agenda:
        person.type(point + "\n")
    for point in s.ticked:
        person.item("Agenda", point)
        person.key(Qt.Key.Key_Space)

    # Shared notes: a list right under a line of text
    person.field("Shared notes (Markdown)", s.notes)
    preview = person.find("Preview of the notes", QTextBrowser)
    try:
        person.wait(lambda: listed(preview) == list(s.notes_list), timeout=5000)
    except AssertionError:
        pass
    seen["preview list"] = listed(preview)
    seen["preview text"] = preview.toPlainText()
    earlier_link = LINK.search(t.sessions[number - 1].notes) if number else None
    if earlier_link:  # the notice about the last session's link went with it
        seen["link notices from before"] = link_notices(walk, earlier_link.group(1))
    link = LINK.search(s.notes)
    if link:  # links are never followed: the address is shown instead
        click_link(walk, preview, link.group(1))
        seen["link notices"] = link_notices(walk, link.group(1))
    if number == 0:
        walk.look("session-notes")

    # Learnings, each with who learned it
    person.tab("&Learnings")
    for learning in s.learnings:
        person.choose("Who learned it", choice(walk.language, learning.who))
        if learning.share:
            person.click("Share in one-pager", QAbstractButton)
        if learning.quick_win:
            person.click("Quick win", QAbstractButton)
        person.field("New learning", learning.text + "\n")
        seen.setdefault("who after adding", []).append(person.find("Who learned it", QComboBox).currentText())
    seen["learnings"] = list(zip(walk.list_texts("Learnings"), walk.list_texts("Learnings", 1), strict=True))
    if number == 0:
        walk.look("session-learnings")

    # Action items: who does what by when (the date typed), and those still open from before
    person.tab("&Action items")
    if person.sees("Open action items from earlier sessions", QAbstractItemView):
        earlier = "Open action items from earlier sessions"
        seen["earlier"] = [tuple(walk.list_texts(earlier, c)) for c in range(3)]
        if number == 1:
            person.item(earlier, t.ticked_in_second, at_column=3)
            person.key(Qt.Key.Key_Space)
            walk.look("session-earlier-actions")
    else:
        seen["earlier"] = None
    for action in s.actions:
        person.field("New action item", action.text)
        person.choose("Owner", choice(walk.language, action.owner))
        person.click("Due date")
        person.key(Qt.Key.Key_A, CTRL)
        person.type(action.due_typed + "\n")
    seen["actions"] = [tuple(walk.list_texts("Action items", c)) for c in range(3)]
    if number == 0:
        walk.look("session-actions")

    # The feedback round, both directions
    person.tab("&Feedback")
    for giver, (helped, change, rating) in s.feedback.items():
        box = tr("Mentee’s feedback") if giver == "mentee" else tr("Mentor’s feedback")
        person.field(f"{box}: {tr('What helped')}", helped, literal=True)
        person.key(Qt.Key.Key_Tab)
        person.type(change)
        person.key(Qt.Key.Key_Tab)
        seen.setdefault("rating field", []).append(person.focused())
        person.type(str(rating))
    if number == 0:
        walk.look("session-feedback")


def back_to_overview(walk: Walk) -> None:
    walk.person.click("← Overview", QAbstractButton)
    walk.person.wait(lambda: walk.person.sees("Start a new session", QAbstractButton))


def away(walk: Walk, back_at: str) -> None:
    """Lock with Ctrl+L on leaving the laptop; unlock when they meet again (the overview refreshed)."""
    person = walk.person
    person.step = "away"
    person.key(Qt.Key.Key_L, CTRL)
    person.wait(lambda: not walk.window.service.is_open and person.sees("Passphrase"))
    walk.clock.set(back_at)
    person.click("Passphrase")
    person.type(walk.t.passphrase + "\n")
    person.wait(lambda: walk.window.service.is_open and person.sees("Start a new session", QAbstractButton))
    walk.seen["unlocked on the overview: focus"] = person.focused()


# 3. A private reflection, and one line raised next time --------------------------------------------
def reflect(walk: Walk) -> None:
    person, t, window = walk.person, walk.t, walk.window
    walk.clock.set("2027-01-04T18:00")
    person.step = "my reflections"
    person.menu("&Session", "&My reflections (private)")
    person.wait(lambda: person.sees("Create my private journal…", QAbstractButton))
    walk.look("reflections-locked")

    def create(dialog: QDialog) -> None:
        person.step = "create my private journal"
        walk.seen["private: focus at first"] = person.focused()
        person.field("Your first name", t.first_name)
        person.field("Passphrase", t.passphrase)  # the tandem's, by mistake
        person.field("Passphrase again", t.passphrase)
        person.click("Create", QAbstractButton)
        person.wait(lambda: said(dialog) or not dialog.isVisible())
        walk.seen["private: refused"] = (dialog.isVisible(), said(dialog) if dialog.isVisible() else "",
                                         person.find("Your first name").text() if dialog.isVisible() else "")
        walk.seen["private: texts"] = person.texts(dialog)
        walk.look("private-refused")
        for name in ("Passphrase", "Passphrase again"):
            person.click(name)
            person.key(Qt.Key.Key_A, CTRL)
            person.type(t.private_passphrase)
        person.click("Create", QAbstractButton)

    when_shown(window, CreatePrivateDialog, walk.in_dialog(create))
    person.click("Create my private journal…", QAbstractButton)
    walk.dialog_done(CreatePrivateDialog)
    person.wait(lambda: person.sees("New reflection", QAbstractButton))
    person.step = "write a reflection"
    walk.seen["private file"] = sorted(p.name for p in walk.tmp_path.glob("*.reflections"))

    # Typed straight away, before "New reflection"
    person.field("Title", t.reflection_title)
    person.field("Reflection (Markdown)", t.reflection_body)
    person.wait(lambda: any(t.reflection_title in text for text in walk.list_texts("My reflections")), 3000)
    person.key(Qt.Key.Key_Home, Qt.KeyboardModifier.ShiftModifier)  # selects the line to share (walk 2)

    def share(dialog: QDialog) -> None:
        walk.seen["shared text"] = person.find("Text to share").toPlainText()
        walk.look("raise-next-time")
        person.click("Add to the agenda", QAbstractButton)

    when_shown(window, ShareDialog, walk.in_dialog(share))
    person.click("Raise next time…", QAbstractButton)
    walk.dialog_done(ShareDialog)
    walk.seen["after raising"] = said(window)

    person.click("New reflection", QAbstractButton)
    walk.seen["after new reflection"] = walk.list_texts("My reflections")
    person.field("Title", t.second_title)
    try:
        person.wait(lambda: any(t.second_title in text for text in walk.list_texts("My reflections")), 3000)
    except AssertionError:
        pass
    walk.seen["reflections listed"] = walk.list_texts("My reflections")
    walk.look("reflections-open")
    person.click("Back to the session", QAbstractButton)
    walk.seen["back from reflections"] = (person.sees("Session goal") and person.find("Session goal").text(),
                                          person.sees("Create my private journal…", QAbstractButton))


# 4. The check-in --------------------------------------------------------------------------------
def check_in(walk: Walk) -> None:
    person, t, window = walk.person, walk.t, walk.window
    walk.clock.set("2027-01-05T09:00")
    person.step = "check-in"
    back_to_overview(walk)
    walk.seen["overview before the check-in"] = walk.screen_text()
    walk.seen["overview: goals in view before the check-in"] = goals_in_view(walk)
    walk.seen["overview: texts not shown whole"] = {
        name: cut_cells(person.find(name, QAbstractItemView)) for name in OVERVIEW_LISTS}
    walk.look("overview-checkin-due")

    def rate(dialog: QDialog) -> None:
        focus = walk.seen.setdefault("check-in: focus", [])
        person.click("Date of the check-in")
        person.key(Qt.Key.Key_A, CTRL)
        person.type(t.checkin_typed)
        for goal, (rating, why) in zip(t.goals, t.checkin, strict=True):
            person.key(Qt.Key.Key_Tab)
            focus.append(person.focused())
            if person.focused() != tr("Rating of {goal}, 1 to 5").format(goal=goal):
                person.click("Rating of {goal}, 1 to 5", fmt={"goal": goal})
                person.key(Qt.Key.Key_A, CTRL)
            person.type(str(rating))
            person.key(Qt.Key.Key_Tab)
            focus.append(person.focused())
            if person.focused() != tr("Comment on {goal}").format(goal=goal):
                person.click("Comment on {goal}", fmt={"goal": goal})
            person.type(why)
        person.field("Note on the check-in", t.checkin_note)
        walk.look("checkin")
        person.click("Save check-in", QAbstractButton)

    when_shown(window, EvaluationDialog, walk.in_dialog(rate))
    person.click("Check in now…", QAbstractButton)
    walk.dialog_done(EvaluationDialog)
    walk.seen["after the check-in"] = said(window)


# 5. The one-pager -------------------------------------------------------------------------------
def one_pager(walk: Walk, pdf: Path) -> None:
    person, window = walk.person, walk.window
    person.step = "one-pager"

    def export(dialog: QDialog) -> None:
        walk.seen["one-pager: language"] = person.find("Language", QComboBox).currentText()
        person.wait(lambda: person.sees("Save PDF…", QAbstractButton), timeout=30_000)
        walk.seen["one-pager: status"] = said(dialog)  # whether the selection fits, read as it shows
        walk.look("onepager")
        person.click("Save PDF…", QAbstractButton)
        person.wait(lambda: str(pdf) in said(dialog))
        person.click("Close", QAbstractButton)

    when_shown(window, OnePagerDialog, walk.in_dialog(export))
    person.menu("&Journal", "&Export one-pager…")
    walk.dialog_done(OnePagerDialog)


# 6. Lock, and unlock back to the same place ---------------------------------------------------------
# Typed before locking, the cursor then put one word back (Ctrl+←); typed there after unlocking
BEFORE_LOCK = {"en": "Next time: ask about the trainee survey", "de": "Nächstes Mal: nach der Azubi-Umfrage fragen"}
AFTER_UNLOCK = {"en": "feedback ", "de": "im Februar "}


def lock_and_unlock(walk: Walk) -> None:
    person, t = walk.person, walk.t
    person.step = "lock"
    person.item("Past sessions", t.sessions[2].topic, double=True, column=1)
    person.wait(lambda: person.sees("Session goal") and person.find("Session goal").text() == t.sessions[2].goal)
    person.field("Shared notes (Markdown)", "\n" + BEFORE_LOCK[walk.language])
    person.key(Qt.Key.Key_Left, CTRL)
    person.key(Qt.Key.Key_L, CTRL)
    person.wait(lambda: not walk.window.service.is_open and person.sees("Passphrase"))
    walk.seen["locked screen"] = walk.screen_text()
    walk.look("locked")
    person.step = "unlock"
    person.click("Passphrase")
    person.type(t.passphrase + "\n")
    person.wait(lambda: walk.window.service.is_open and person.sees("Session goal"))
    walk.seen["after unlock: focus"] = person.focused()
    walk.seen["after unlock: goal"] = person.find("Session goal").text()
    person.type(AFTER_UNLOCK[walk.language])
    walk.look("unlocked")
    person.key(Qt.Key.Key_L, CTRL)  # everything saved, the journal closed
    person.wait(lambda: not walk.window.service.is_open)


# The test ----------------------------------------------------------------------------------------
def test_the_first_hour_at_one_laptop(language: str, make_window: Any, qtbot: QtBot, tmp_path: Path,
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    t = CONTENT[language]
    clock = FixedClock("2026-12-07T09:00")
    monkeypatch.setattr("app.ui.private_service.SystemClock", lambda: clock)  # my reflections' "today"
    tandem_path, pdf = tmp_path / "tandem.tandem", tmp_path / "one-pager.pdf"
    window: MainWindow = make_window()
    window.resize(1280, 800)
    window.service.clock = clock
    monkeypatch.setattr(window, "ask_create_path", lambda: tandem_path)  # the file dialogs: what a person answers
    monkeypatch.setattr(OnePagerDialog, "ask_save_path", lambda _self: pdf)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    person = Person(qtbot, window, shots_folder(language), prefix=f"{language}-")
    walk = Walk(person, window, clock, t, language, tmp_path)

    create_and_guide(walk)
    assert walk.problems() == []
    assert walk.seen["guide: names"] == (t.mentee, t.mentor)
    assert walk.seen["guide: goals"] == list(t.goals)
    assert len(walk.seen["guide steps"]) == 8
    rules = [tr("Rule: {name}, in your own words").format(name=name(language)) for name in programme.RULE_NAMES.values()]
    assert sorted(walk.seen["enter pressed in"]) == sorted([  # every one-line field of the guide, once
        tr("Mentee's name"), tr("Mentor's name"), tr("Form of support"), tr("New goal"), tr("Date the rules were agreed"),
        *rules, tr("{name}: date").format(name=tr("Next session")), tr("{name}: time").format(name=tr("Next session")),
        tr("Planned duration in months"), tr("Start of the tandem"), tr("Where you meet"), tr("Your own topic")])
    screen = walk.screen_text()
    assert t.mentee in screen and t.mentor in screen
    assert t.due_after_kickoff in person.texts()  # the overview says when the next session is due
    assert walk.list_texts("Goals") == list(t.goals)
    assert set(t.topics) <= set(walk.list_texts("Topic pool"))

    hold_session(walk, 0)
    back_to_overview(walk)
    away(walk, t.sessions[1].starts_at)  # locked when they leave the laptop, unlocked two weeks later
    walk.seen["due on the day"] = t.due_today in person.texts()
    hold_session(walk, 1)
    back_to_overview(walk)
    hold_session(walk, 2)
    reflect(walk)
    check_in(walk)
    one_pager(walk, pdf)
    lock_and_unlock(walk)
    assert walk.problems() == []

    # What the screens showed (the issue each check proves, where it has one) -----------------------
    first, second, third = (walk.seen[n] for n in range(3))
    for number, session in enumerate(t.sessions):
        seen = walk.seen[number]
        assert seen["preview list"] == list(session.notes_list), seen["preview text"]  # 20.5
        assert [text for text, _who in seen["learnings"]] == [learning.text for learning in session.learnings]
        assert [who for _text, who in seen["learnings"]] == [called(language, x.who) for x in session.learnings]
        assert seen["who after adding"] == [""] * len(session.learnings), "each new learning asks who learned it"  # 13.7
        assert seen["tab at start"] == plain(tr("&Learnings")), "a new session opens on its first tab"  # 20.16
    assert walk.seen["create: focus at first"] == tr("Mentee's name")  # 20.3
    assert walk.seen["create: warning shown whole"], "the passphrase warning shows whole"  # 20.3
    assert walk.seen["overview: goals in view"] == list(t.goals)  # 13.4: every goal without scrolling
    assert walk.seen["overview: goals in view before the check-in"] == list(t.goals)  # (with two notices above)
    assert walk.seen["due on the day"], t.due_today
    assert walk.seen["unlocked on the overview: focus"] == tr("Past sessions")  # 13.2
    photo, podcasts = t.sessions[0].actions
    assert first["actions"] == [(photo.text, podcasts.text), (called(language, photo.owner), called(language, podcasts.owner)),
                                (photo.shown, podcasts.shown)]  # 20.4: the dates typed 08.01.27 and 18.12.26
    assert set(programme.first_agenda(language)) <= set(first["agenda at start"])  # the kick-off follows the guide
    taken = t.sessions[0].agenda[1]  # left unticked in sessions 1 and 2
    assert not {taken, t.deleted_in_second} & set(second["agenda at start"]), "offered, not copied"  # walk 10
    assert not set(programme.first_agenda(language)) & set(second["agenda after taking over"]), "the guide stays"
    assert {taken, t.deleted_in_second} <= set(second["agenda after taking over"])
    assert t.deleted_in_second not in second["agenda after deleting"]
    assert second["offers after deleting"] == [], "a deleted taken-over item is not offered again"  # 20.9
    assert taken not in third["agenda at start"]
    assert taken in third["agenda after taking over"] and t.deleted_in_second not in third["agenda after taking over"]
    assert second["earlier"] == [(podcasts.text, photo.text), (called(language, podcasts.owner), called(language, photo.owner)),
                                 (tr("{date} · overdue").format(date=podcasts.shown), photo.shown)]  # 13.8: open
    # from before, soonest due first; the one due before this session is marked overdue (walk 11)
    assert third["earlier"] == [(photo.text,), (called(language, photo.owner),), (photo.shown,)]  # (ticked off in 2)
    url = LINK.search(t.sessions[1].notes)
    assert url is not None
    assert second["link notices"] == [tr("Links are not opened from the journal. Address: {url}").format(
        url=url.group(1))]
    assert third["link notices from before"] == [], "the unsafe-link notice goes with its session"  # 13.9

    cut_short = {name: texts for name, texts in walk.seen["overview: texts not shown whole"].items() if texts}
    assert cut_short == {}, "the overview's lists show each text whole, else on hover and to a screen reader"  # 20.11

    # My reflections: nothing typed is lost, the refusal said in the dialog, the way back
    assert walk.seen["private: refused"] == (True, t.refused, t.first_name)  # 20.8: said in the dialog, name kept
    assert walk.seen["private file"] == [f"{tr('Reflections')}-{t.first_name}.reflections"]  # 20.8
    raised = t.reflection_body.splitlines()[-1]
    assert walk.seen["shared text"] == raised
    assert walk.seen["after raising"] == tr("Added to {where}.").format(
        where=tr("the next session you start"))
    listed_titles = [text.split(" · ", 1)[1] for text in walk.seen["reflections listed"]]
    assert t.reflection_title in listed_titles, "the reflection typed before “New reflection” is kept"  # 20.1
    assert listed_titles == [t.second_title, t.reflection_title], "the list shows a title as it is typed"  # 20.10
    assert walk.seen["back from reflections"] == (t.sessions[2].goal, False), "Back returns to the session"  # 13.5

    # The check-in, typed with the keyboard
    overview = walk.seen["overview before the check-in"]
    assert tr("On the agenda of the next session you start: {lines}").format(lines=raised) in overview
    assert t.checkin_notice in overview
    expected_focus = [name for goal in t.goals for name in (tr("Rating of {goal}, 1 to 5").format(goal=goal),
                                                              tr("Comment on {goal}").format(goal=goal))]
    assert walk.seen["check-in: focus"] == expected_focus  # 20.4: Tab leaves the date; ratings and reasons in turn
    assert walk.seen["after the check-in"] == tr("Check-in saved. The overview shows your progress over time.")

    # The one-pager in the interface language (13.3)
    assert walk.seen["one-pager: language"] == t.language_name
    assert walk.seen["one-pager: status"].startswith(tr("Fits on one page."))
    text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf.read_bytes())).pages)
    flat = " ".join(text.split())
    assert all(word in flat for word in t.pdf_words), flat
    for private in t.reflection_body.splitlines()[:-1]:
        assert private not in flat

    # Lock and unlock: nothing shown while locked, back to the same control and cursor (13.2)
    assert t.sessions[2].goal not in walk.seen["locked screen"] and t.mentee not in walk.seen["locked screen"]
    assert walk.seen["after unlock: goal"] == t.sessions[2].goal
    assert walk.seen["after unlock: focus"] == tr("Shared notes (Markdown)")

    # Every control used was on the 1280×800 screen, texts showed whole, and spoke the interface language
    off_screen = person.problems()
    assert not off_screen, "\n".join(off_screen)
    cut_off = walk.seen.get("cut off", {})
    assert cut_off == {}, cut_off  # 13.4; 20.3: the create dialog's file path too (it wraps after its folders)
    hints = dict(walk.seen.get("hints cut off", {}))
    assert {name: hints.pop(name) for name in list(hints) if name.startswith("overview")} == {}  # 20.11
    assert hints == {}, f"the hints in empty fields show whole at 1280×800: {hints}"  # 20.11: the agenda's too
    if language != "en":
        english = {text for texts in walk.seen.get("english", {}).values() for text in texts}
        english.update(tr(source) for source in person.untranslated())  # controls found by an English name
        assert english == set(), walk.seen.get("english")

    # What the journals hold after the walk ---------------------------------------------------------
    with Journal.open(tandem_path, t.passphrase) as j:
        people = j.people()
        assert (people["mentee"]["display_name"], people["mentor"]["display_name"]) == (t.mentee, t.mentor)
        assert (people["mentee"]["expectations"], people["mentor"]["expectations"]) == (
            t.mentee_expects, t.mentor_expects)
        tandem = j.tandem()
        assert (tandem["concern"], tandem["support_form"], tandem["place"]) == (t.concern, t.support, t.place)
        assert (tandem["rhythm"], tandem["next_session_at"], tandem["dependency_exists"]) == (
            "biweekly", "2026-12-21T10:00", False)
        assert [g["title"] for g in j.rows("goal")] == list(t.goals)
        assert {r["key"]: r["text"] for r in j.rows("rule")}["confidentiality"] == t.confidentiality
        assert set(t.topics) <= {topic["title"] for topic in j.rows("topic") if topic["origin"] == "own"}
        sessions = sorted(j.rows("session"), key=lambda row: row["starts_at"])
        assert [(s["starts_at"], s["kind"], s["goal"]) for s in sessions] == [
            (s.starts_at, kind, s.goal) for s, kind in zip(t.sessions, ("kickoff", "regular", "regular"), strict=True)]
        topics = {topic["id"]: topic["title"] for topic in j.rows("topic")}
        assert [topics.get(s["topic_id"]) for s in sessions] == [s.topic for s in t.sessions]
        assert sessions[0]["notes"] == t.sessions[0].notes
        before, word = BEFORE_LOCK[language].rsplit(" ", 1)
        assert sessions[2]["notes"] == f"{t.sessions[2].notes}\n{before} {AFTER_UNLOCK[language]}{word}"
        for row, session in zip(sessions, t.sessions, strict=True):
            agenda = {a["text"]: a["done"] for a in j.rows("agenda_item", session_id=row["id"])}
            assert {point: agenda.get(point) for point in session.agenda} == {
                point: point in session.ticked for point in session.agenda}
            learnings = [(x["text"], x["learner"], x["share"], x["quick_win"])
                         for x in j.rows("learning", session_id=row["id"])]
            assert learnings == [(x.text, x.who, x.share, x.quick_win) for x in session.learnings]
            feedback = {f["giver"]: (f["helped"], f["to_change"], f["rating"])
                        for f in j.rows("feedback", session_id=row["id"])}
            assert {giver: feedback.get(giver) for giver in session.feedback} == session.feedback
        kickoff_agenda = {a["text"]: a["done"] for a in j.rows("agenda_item", session_id=sessions[0]["id"])}
        assert all(kickoff_agenda[point] for point in programme.first_agenda(language))  # ticked with Space
        assert t.deleted_in_second not in [a["text"] for a in j.rows("agenda_item", session_id=sessions[1]["id"])]
        actions = {a["text"]: (a["owner"], a["due_on"], a["done"]) for a in j.rows("action_item")}
        assert actions == {photo.text: (photo.owner, photo.due_on, False),
                           podcasts.text: (podcasts.owner, podcasts.due_on, True)}  # ticked off in session 2
        [evaluation] = j.evaluations()
        assert evaluation.held_on == t.checkin_on
        goal_ids = [g["id"] for g in j.rows("goal")]
        assert [(evaluation.ratings.get(goal), evaluation.comments.get(goal)) for goal in goal_ids] == list(t.checkin)
        assert evaluation.note == t.checkin_note
        assert [n["text"] for n in j.rows("next_time")] == [raised]
        for private in t.reflection_body.splitlines()[:-1]:  # every term of a private line, in any one row
            assert not j.search(private), f"a private line reached the tandem: {private}"
        assert tandem["onepager_lang"] == language  # 13.3: the journal remembers the language chosen
    with PrivateJournal.open(tmp_path / walk.seen["private file"][0], t.private_passphrase) as p:
        reflections = {r["title"]: r["body"] for r in p.reflections()}
        assert reflections[t.reflection_title] == t.reflection_body
        assert t.second_title in reflections

    if walk.waiting:
        pytest.xfail("; ".join(walk.waiting))
