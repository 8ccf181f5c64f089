"""The one-pager: what a tandem learned, on exactly one PDF page, for their team.

Safety: every user string is escaped before it reaches reportlab's Paragraph
markup; the only markup added back is bold, italic and bullets from the
learnings' Markdown, so the PDF carries no link or action the user did not
write as plain text. Fonts are embedded (DejaVu Sans, shipped with its
licence), so ß, €, Turkish, Polish and Vietnamese names print whole.

Fitting: the layout shrinks spacing, then text size down to a readable
minimum; if the selection still does not fit, ``DoesNotFit`` names the
items that fall off the page. It never spills onto a second page and never
cuts text silently.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass, field
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Flowable, Frame, Paragraph, Spacer, Table, TableStyle
from reportlab.pdfgen.canvas import Canvas

from app import languages
from app.paths import FONTS as FONT_DIR

FONT, BOLD = "TJ-DejaVuSans", "TJ-DejaVuSans-Bold"
SIZES = [10.0, 9.5, 9.0, 8.5, 8.0, 7.5]  # body text; 7.5 pt is the readable minimum
SPACINGS = [1.0, 0.75, 0.5]
MARGIN = 16 * mm

LABELS = {
    "en": {"title": "What we learned", "tandem": "Reverse-mentoring tandem", "learnings": "What we learned",
           "quick_wins": "Quick wins", "goals": "Our goals and how far we got", "topics": "Topics we covered",
           "next": "Next steps and recommendations for the team", "mentee": "Mentee", "mentor": "Mentor",
           "both": "both", "rating": "latest rating", "of5": "of 5",
           "footer": "Shared with the consent of both partners. The confidential tandem journal is not part "
                     "of this document.", "period": "Period"},
    "de": {"title": "Was wir gelernt haben", "tandem": "Reverse-Mentoring-Tandem", "learnings": "Was wir gelernt haben",
           "quick_wins": "Quick Wins", "goals": "Unsere Ziele und wie weit wir gekommen sind",
           "topics": "Unsere Themen", "next": "Nächste Schritte und Empfehlungen für das Team", "mentee": "Mentee",
           "mentor": "Mentor:in", "both": "beide", "rating": "letzte Bewertung", "of5": "von 5",
           "footer": "Mit Zustimmung beider Tandem-Partner geteilt. Das vertrauliche Tandem-Journal ist nicht "
                     "Teil dieses Dokuments.", "period": "Zeitraum"},
}


class OnePagerError(Exception):
    """The one-pager cannot be made as asked (e.g. a password without AES-256 support)."""


class DoesNotFit(OnePagerError):
    """The selection does not fit on one page even at the smallest readable size."""

    def __init__(self, overflow: list[str]) -> None:
        self.overflow = overflow
        shown = "; ".join(overflow[:5]) + (" …" if len(overflow) > 5 else "")
        super().__init__(f"The selection does not fit on one page: {len(overflow)} item(s) do not fit "
                         f"({shown}). Leave some out.")


@dataclass
class Options:
    names: str = "full"  # full, initials, none
    lang: str = "de"
    paper: str = "a4"
    password: str | None = None


@dataclass
class Content:
    """What goes on the page; the dialog (or the CLI) decides the selection."""

    tandem_title: str = ""
    period: str = ""
    people: list[tuple[str, str]] = field(default_factory=list)  # (role, name)
    learnings: list[dict[str, Any]] = field(default_factory=list)  # text, learner
    quick_wins: list[str] = field(default_factory=list)
    goals: list[tuple[str, list[int]]] = field(default_factory=list)  # title, ratings oldest first
    topics: list[str] = field(default_factory=list)
    recommendations: str = ""


def _register_fonts() -> None:
    if FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(FONT, str(FONT_DIR / "DejaVuSans.ttf")))
        pdfmetrics.registerFont(TTFont(BOLD, str(FONT_DIR / "DejaVuSans-Bold.ttf")))


def display_name(name: str, mode: str) -> str:
    if mode == "none":
        return ""
    if mode == "initials":
        return " ".join(part[0] + "." for part in name.split() if part and part[0].isalpha())
    return name


_BOLD = re.compile(r"\*\*(.+?)\*\*|__(.+?)__")
_ITALIC = re.compile(r"(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?!\w)|(?<![\w_])_(?!\s)(.+?)(?<!\s)_(?!\w)")
_LINK = re.compile(r"\[([^\]]+)\]\(([^)\s]+)\)")


def inline_markup(text: str) -> str:
    """Markdown bold/italic to Paragraph markup, after escaping everything; links become plain text."""
    text = _LINK.sub(lambda m: f"{m.group(1)} ({m.group(2)})", text)
    text = escape(text)
    text = _BOLD.sub(lambda m: f"<b>{m.group(1) or m.group(2)}</b>", text)
    return _ITALIC.sub(lambda m: f"<i>{m.group(1) or m.group(2)}</i>", text)


def _paragraphs(markdown_text: str, style: ParagraphStyle, bullet: str | None = None) -> list[Flowable]:
    """Lines of a learning: "- item" lines become bullets; other lines paragraphs."""
    out: list[Flowable] = []
    for line in (markdown_text.strip() or " ").splitlines():
        stripped = line.strip()
        if not stripped:
            continue
        if stripped[:2] in ("- ", "* "):
            out.append(Paragraph(inline_markup(stripped[2:]), style, bulletText="–"))
        else:
            out.append(Paragraph(inline_markup(stripped), style, bulletText=bullet))
            bullet = None
    return out


def _chart(goals: list[tuple[str, list[int]]], size: float, width: float, labels: dict[str, str]) -> Flowable:
    """A small bar per goal: the latest rating of 5, with where it started."""
    rows = []
    bar_width = width * 0.35
    for title, ratings in goals:
        if not ratings:
            continue
        latest = ratings[-1]
        bar = Table([["", ""]], colWidths=[bar_width * latest / 5, bar_width * (5 - latest) / 5 or 0.1],
                    rowHeights=[size * 0.9])
        bar.setStyle(TableStyle([("BACKGROUND", (0, 0), (0, 0), colors.HexColor("#2f6f9f")),
                                 ("BACKGROUND", (1, 0), (1, 0), colors.HexColor("#dde6ee"))]))
        trend = f"{ratings[0]} → {latest} {labels['of5']}" if len(ratings) > 1 else f"{latest} {labels['of5']}"
        style = ParagraphStyle("g", fontName=FONT, fontSize=size, leading=size * 1.25)
        rows.append([Paragraph(escape(title), style), bar, Paragraph(escape(trend), style)])
    if not rows:
        return Spacer(0, 0)
    table = Table(rows, colWidths=[width * 0.45, bar_width + 6, width * 0.2 - 6])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 1), ("TOPPADDING", (0, 0), (-1, -1), 1)]))
    return table


def labels_for(lang: str) -> dict[str, str]:
    """The printed labels in ``lang``; English until a language's labels are written here."""
    return LABELS.get(lang, LABELS[languages.SOURCE])


def _story(content: Content, options: Options, size: float, spacing: float,
           width: float) -> list[tuple[str, Flowable]]:
    """The page as (label of the item, flowable); labels name what falls off when it does not fit."""
    labels = labels_for(options.lang)
    body = ParagraphStyle("body", fontName=FONT, fontSize=size, leading=size * 1.3, spaceAfter=2 * spacing,
                          bulletFontName=FONT, bulletIndent=0, leftIndent=size * 1.2 if True else 0)
    head = ParagraphStyle("head", fontName=BOLD, fontSize=size * 1.25, leading=size * 1.6,
                          spaceBefore=8 * spacing, spaceAfter=3 * spacing, textColor=colors.HexColor("#1f4e79"))
    title = ParagraphStyle("title", fontName=BOLD, fontSize=size * 2.1, leading=size * 2.5, spaceAfter=2)
    sub = ParagraphStyle("sub", fontName=FONT, fontSize=size, leading=size * 1.35, textColor=colors.HexColor("#444"))
    items: list[tuple[str, Flowable]] = [("title", Paragraph(escape(labels["title"]), title))]
    who = [f"{labels[role]}: {display_name(name, options.names)}" for role, name in content.people
           if display_name(name, options.names)]
    line = " · ".join(filter(None, [content.tandem_title or labels["tandem"], *who]))
    if content.period:
        line += f" · {labels['period']}: {content.period}"
    items.append(("heading", Paragraph(escape(line), sub)))
    if content.learnings:
        items.append(("section", Paragraph(escape(labels["learnings"]), head)))
        for i, learning in enumerate(content.learnings, 1):
            who_learned = labels.get(learning.get("learner", ""), "")
            text = learning["text"] + (f" ({who_learned})" if who_learned else "")
            for flowable in _paragraphs(text, body, bullet="•"):
                items.append((f"learning {i}: {learning['text'][:40]}", flowable))
    if content.quick_wins:
        items.append(("section", Paragraph(escape(labels["quick_wins"]), head)))
        for i, win in enumerate(content.quick_wins, 1):
            for flowable in _paragraphs(win, body, bullet="✓"):
                items.append((f"quick win {i}: {win[:40]}", flowable))
    if content.goals:
        items.append(("section", Paragraph(escape(labels["goals"]), head)))
        rated = [g for g in content.goals if g[1]]
        for title_, _ in (g for g in content.goals if not g[1]):
            items.append((f"goal: {title_[:40]}", Paragraph(escape(title_), body, bulletText="•")))
        if rated:
            items.append(("goal chart", _chart(rated, size, width, labels)))
    if content.topics:
        items.append(("section", Paragraph(escape(labels["topics"]), head)))
        items.append(("topics", Paragraph(escape(" · ".join(content.topics)), body)))
    if content.recommendations.strip():
        items.append(("section", Paragraph(escape(labels["next"]), head)))
        for flowable in _paragraphs(content.recommendations, body):
            items.append(("recommendations", flowable))
    return items


def _footer(canvas: Canvas, page_width: float, size: float, text: str) -> float:
    style = ParagraphStyle("foot", fontName=FONT, fontSize=max(7.0, size * 0.8), leading=max(7.0, size * 0.8) * 1.3,
                           textColor=colors.HexColor("#555"))
    para = Paragraph(escape(text), style)
    _, height = para.wrap(page_width - 2 * MARGIN, 100)
    para.drawOn(canvas, MARGIN, MARGIN * 0.6)
    canvas.setStrokeColor(colors.HexColor("#bbbbbb"))
    canvas.line(MARGIN, MARGIN * 0.6 + height + 3, page_width - MARGIN, MARGIN * 0.6 + height + 3)
    return height + 8


def render(content: Content, options: Options | None = None) -> bytes:
    """The one-pager as PDF bytes; raises DoesNotFit or OnePagerError."""
    options = options or Options()
    if not languages.known(options.lang):
        raise OnePagerError(f"Unknown language {options.lang!r}: use one of {', '.join(languages.CODES)}.")
    if options.names not in ("full", "initials", "none"):
        raise OnePagerError(f"Unknown name style {options.names!r}: use full, initials or none.")
    page = {"a4": A4, "letter": LETTER}.get(options.paper)
    if page is None:
        raise OnePagerError(f"Unknown paper {options.paper!r}: use a4 or letter.")
    if options.password:
        # reportlab 5.1's AES-256 output (revision 5, 48-byte keys) is rejected by poppler and pypdf,
        # and anything weaker is not protection: fail closed rather than hand out a false promise.
        raise OnePagerError("Password protection needs AES-256, and the PDF library here cannot yet write "
                            "AES-256 files that readers open. The one-pager was not written; share it "
                            "through an encrypted channel instead.")
    _register_fonts()
    width, height = page
    labels = labels_for(options.lang)
    last_overflow: list[str] = []
    for size in SIZES:
        for spacing in SPACINGS:
            buffer = io.BytesIO()
            canvas = Canvas(buffer, pagesize=page, invariant=1)
            canvas.setTitle(labels["title"])
            canvas.setCreator("Tandem Journal")
            footer = _footer(canvas, width, size, labels["footer"])
            frame = Frame(MARGIN, MARGIN * 0.6 + footer, width - 2 * MARGIN, height - MARGIN * 1.6 - footer,
                          leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
            # reportlab's own available width (private, not in the stubs); recomputing it could round apart.
            items = _story(content, options, size, spacing, frame._aW)  # type: ignore[attr-defined]
            overflow = [label for label, flowable in items if not frame.add(flowable, canvas)]
            if not overflow:
                canvas.showPage()
                canvas.save()
                return buffer.getvalue()
            last_overflow = overflow
    names = list(dict.fromkeys(label for label in last_overflow if label not in ("section",)))
    raise DoesNotFit(names)
