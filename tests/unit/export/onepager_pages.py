"""The one-pager's golden pages: four tandems, each in German and English on A4 and Letter, rendered
to greyscale PNG and compared with the reviewed references in ``reference/pages/``.

Used by ``test_onepager_pages.py`` and by ``scripts/onepager_references.py``, which writes the
references anew after an intended layout change (look at each one before committing it).
"""

from __future__ import annotations

import datetime as _dt
import io
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pypdfium2 as pdfium
from PIL import Image, ImageChops, ImageStat

from app.core.clock import FixedClock
from app.core.onepager import preselected
from app.export.onepager import Content, Goal, Options, render
from app.store import Journal

REFERENCES = Path(__file__).parent / "reference" / "pages"
REGENERATE = ".venv/bin/python scripts/onepager_references.py"
DPI = 72  # one pixel per point: small files, and enough to see every line move
BLOCK = 4  # compared in 4×4-pixel blocks, so anti-aliasing that differs between machines averages out
MEAN_LIMIT = 0.6  # mean difference of the blocks, of 255
BLOCK_LIMIT = 40  # the largest difference one block may show, of 255: a moved word or line shows far more
LANGS = ("de", "en")
PAPERS = ("a4", "letter")
DEMO_DAY = _dt.date(2026, 6, 15)
CJK_FONT = "DroidSansFallback"  # the system font the references were made with (fonts-droid-fallback)


def demo(lang: str) -> Content:
    """The demo tandem as the one-pager starts (what the CLI prints), on a fixed day."""
    from app.demo import DEMO_PASSPHRASE, create_demo

    with tempfile.TemporaryDirectory() as tmp:
        with Journal.open(create_demo(Path(tmp), today=DEMO_DAY, language=lang), DEMO_PASSPHRASE) as journal:
            return preselected(journal, FixedClock(f"{DEMO_DAY.isoformat()}T09:00"))


def almost_empty(lang: str) -> Content:
    text = {"de": "Eine kurze Sprachnachricht erreicht junge Kolleg:innen schneller als eine E-Mail.",
            "en": "A short voice message reaches young colleagues faster than an e-mail."}[lang]
    return Content(rhythm="monthly", sessions_held=1, first_held="2026-03-02", last_held="2026-03-02",
                   people=[("mentee", "Petra Schulz"), ("mentor", "Lea Wagner")],
                   learnings=[{"text": text, "learner": "mentee"}])


PHRASES = [
    "Kurze Sprachnachrichten wirken **persönlicher** als lange E-Mails.",
    "Feedback wirkt besser in *kleinen Dosen* und direkt nach dem Treffen.",
    "Ein Prompt mit Beispiel liefert viel bessere Entwürfe als eine Frage in einer Zeile.",
    "Auf LinkedIn zählt ein persönlicher Ton mehr als perfekte Formulierungen, und ein Foto vom Team "
    "sagt mehr als drei Absätze über Werte.",
    "Meetings ohne schriftliche Entscheidung empfinden Jüngere als verlorene Zeit.",
    "Hybrid arbeiten:\n- zwei feste Bürotage\n- der Rest frei planbar",
    "Eine klare Richtlinie fördert die Nutzung mehr, als ein Verbot sie bremst.",
    "Auf Vorstandsebene kostet eine falsche Zahl mehr Vertrauen, als die gesparte Zeit bringt.",
]


def full(lang: str) -> Content:
    """60 learnings in three directions, 12 quick wins, 6 goals over 4 check-ins, topics and next steps."""
    learnings = [{"text": f"{i + 1}. {PHRASES[i % len(PHRASES)]}", "learner": ("mentee", "mentor", "both")[i % 3],
                  "quick_win": i % 9 == 4} for i in range(60)]
    goals = [Goal(title, tuple((n, min(5, start + n)) for n in range(4)))
             for title, start in zip(["KI-Assistenten im Alltag nutzen", "Auf LinkedIn sichtbar sein",
                                      "Meetings so führen, wie junge Kolleg:innen es schätzen",
                                      "Hybride Arbeit im Team regeln", "Employer Branding mit eigenen Leuten",
                                      "Datenschutz erklären können"], [1, 2, 1, 3, 2, 1], strict=True)]
    return Content(
        title="", tandem_title="Vorstand × Digitalteam",
        concern="Das Unternehmen souverän durch die Digitalisierung führen und verstehen, was junge "
                "Kolleg:innen erwarten – und dabei selbst sichtbar werden, ohne sich zu verbiegen.",
        rhythm="biweekly", sessions_held=14, first_held="2026-01-12", last_held="2026-07-20",
        people=[("mentee", "Dr. Jürgen Maaß"), ("mentor", "Anna-Lena von der Leyen")],
        learnings=learnings, quick_wins=[f"Quick Win {n + 1}: Kanban-Board im Team" for n in range(12)],
        goals=goals, checkins=["2026-02-09", "2026-04-06", "2026-06-01", "2026-07-20"],
        topics=["Digitale Tools", "Künstliche Intelligenz", "New Work", "Employer Branding", "Kommunikation",
                "Datenschutz"],
        recommendations="- Themenpool vor dem Start sammeln\n- Quick Wins sichtbar machen\n- Alle zwei Wochen treffen")


def scripts(lang: str) -> Content:
    """Long words and every script the page promises: Turkish, Vietnamese, Polish, Greek, Cyrillic,
    Chinese and Japanese names, emoji with their sequences."""
    return Content(
        title="Donaudampfschifffahrtsgesellschaftskapitänsmützenabzeichen und *Rechtsschutzversicherungen*",
        tandem_title="Tandem İstanbul × Hà Nội",
        concern="Grundstücksverkehrsgenehmigungszuständigkeitsübertragungsverordnung verstehen, "
                "https://example.org/ein/sehr/langer/pfad/ohne/leerzeichen/dazwischen/bis/zum/ende.html",
        rhythm="monthly", sessions_held=5, first_held="2026-02-02", last_held="2026-06-01",
        people=[("mentee", "Şükrü Yılmaz-Öztürk"), ("mentor", "Nguyễn Thị Ánh Tuyết")],
        learnings=[
            {"text": "Türkçe: Işık, ığdır, şöyle ölçülür – çok güzel!", "learner": "mentee"},
            {"text": "Tiếng Việt: Người học hỏi được nhiều điều mới mỗi ngày.", "learner": "mentor"},
            {"text": "Polski: Zażółć gęślą jaźń – Łucja Żółkiewska pisze krótko.", "learner": "both"},
            {"text": "Ελληνικά: Ο Γιώργος Παπαδόπουλος μαθαίνει γρήγορα.", "learner": "mentee"},
            {"text": "Русский: Анна Иванова объясняет *новые* инструменты.", "learner": "mentor"},
            {"text": "中文：王小明 · 日本語：山田 太郎、さくら", "learner": "both"},
            {"text": "Emoji 🙂👍🚀❤️ · Familie 👨‍👩‍👧 · Daumen 👍🏽 · Flagge 🇩🇪 · Taste 1️⃣ · "
                     "Schottland 🏴󠁧󠁢󠁳󠁣󠁴󠁿 · Entwicklerin 👩🏽‍💻", "learner": "mentee"},
            {"text": "Ein_sehr_langer_Bezeichner_ohne_Leerzeichen_der_nirgends_umbrechen_darf_und_trotzdem_passt",
             "learner": "mentor"},
        ],
        quick_wins=["🎉 Erstes Video mit 1.000 Aufrufen", "Ελληνικά και Русский στο ίδιο έγγραφο"],
        goals=[Goal("Sichtbar auf LinkedIn 🚀", ((0, 2), (1, 4))), Goal("Πρόοδος με τα εργαλεία")],
        checkins=["2026-03-02", "2026-05-04"],
        topics=["Sosyal medya", "Trí tuệ nhân tạo", "Праца", "山田"],
        recommendations="Weiter so 👍")


TANDEMS: dict[str, Callable[[str], Content]] = {
    "demo": demo, "almost-empty": almost_empty, "full": full, "scripts": scripts}


@dataclass(frozen=True)
class Case:
    tandem: str
    lang: str
    paper: str

    @property
    def name(self) -> str:
        return f"{self.tandem}-{self.lang}-{self.paper}"

    @property
    def reference(self) -> Path:
        return REFERENCES / f"{self.name}.png"


CASES = [Case(tandem, lang, paper) for tandem in TANDEMS for lang in LANGS for paper in PAPERS]


def pdf(case: Case, content: Content | None = None) -> bytes:
    return render(content or TANDEMS[case.tandem](case.lang), Options(lang=case.lang, paper=case.paper))


def image(data: bytes, dpi: int = DPI, grey: bool = True) -> Image.Image:
    """The PDF's one page as pypdfium2 draws it."""
    document = pdfium.PdfDocument(data)
    try:
        return document[0].render(scale=dpi / 72, grayscale=grey).to_pil().convert("L" if grey else "RGB")
    finally:
        document.close()


def png(picture: Image.Image) -> bytes:
    out = io.BytesIO()
    picture.save(out, format="PNG", optimize=True)
    return out.getvalue()


def difference(actual: Image.Image, expected: Image.Image) -> tuple[float, int, Image.Image]:
    """Mean and largest difference of the 4×4 blocks (of 255), and the difference image."""
    if actual.size != expected.size:
        return 255.0, 255, Image.new("L", actual.size, 255)
    blocks = ImageChops.difference(actual.reduce(BLOCK), expected.reduce(BLOCK))
    return ImageStat.Stat(blocks).mean[0], blocks.getextrema()[1], ImageChops.difference(actual, expected)
