"""The one-pager: what a tandem learned, on exactly one PDF page, for their team.

The page, top to bottom: the title (the tandem's own, or the default in the page's language);
the context once (the tandem and its people as chosen, the concern whole, the period in
long dates, how many sessions were held and how often); what was learned, in three labelled
groups by direction when there are enough; quick wins; the goals with their first and last
rating as bars, and the progress at each check-in as a chart when there were three or more;
the topics; next steps; and a footer. Everything printed is in the chosen language
(``labels.py``), and the PDF says so (``/Lang``); its title is the page's, its author carries
the names only when they are printed in full.

Safety: every user string is escaped before it reaches reportlab's Paragraph markup
(``fonts.markup``); the only markup added back is bold, italic and bullets from the
learnings' Markdown, so the PDF carries no link or action the user did not write as plain text.
Fonts are embedded subsets with a per-character fallback (``fonts.py``), so names and emoji print
as themselves; ``Page.missing`` names what no font here has.

Fitting: type size and spacing are the largest, within bounds, at which everything fits; when
even the smallest readable size is too small, the last learnings give way to "… and N more";
if it still does not fit, ``DoesNotFit`` names what falls off. It never spills onto a second page
and never cuts text silently.
"""

from __future__ import annotations

import datetime as _dt
import io
import re
from dataclasses import dataclass, field

from reportlab.graphics.shapes import Circle, Drawing, Line, PolyLine, String
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Frame, Paragraph, Spacer, Table, TableStyle

from app import languages
from app.core.names import NAME_STYLES, display_name

from . import fonts, labels
from .content import Content, Goal
from .fonts import BOLD, REGULAR
from .labels import labels_for

__all__ = ["Content", "DoesNotFit", "Goal", "OnePagerError", "Options", "Page", "display_name",
           "labels_for", "render", "render_page"]

FONT = REGULAR
# (body size, spacing), most generous first: the first that fits is used. 12 pt is the most a page
# of facts needs; 7.5 pt is the readable minimum.
SIZES = [12.0, 11.5, 11.0, 10.5, 10.0, 9.5, 9.0, 8.5, 8.0, 7.5]
SPACINGS = [2.0, 1.75, 1.5, 1.25, 1.0, 0.75, 0.5]
LAYOUTS = [(size, spacing) for size in SIZES for spacing in SPACINGS]
MARGIN = 16 * mm
ACCENT, INK, MUTED, LIGHT = "#1f4e79", "#222222", "#555555", "#eef3f8"
FIRST_BAR, LAST_BAR, TRACK = "#9dbad3", "#2f6f9f", "#e3e9ef"
SERIES = ("#0072B2", "#B35C00", "#007A5A", "#A8457F", "#C04A00", "#4B5FA6")  # as the app's chart (light)
DASHES: tuple[tuple[float, ...], ...] = ((), (4, 2), (1, 2), (4, 2, 1, 2))
GROUP_BY_DIRECTION = 4  # at least this many learnings, in at least two directions, are shown in groups
CHART_FROM = 3  # check-ins from which the progress chart is printed
CONCERN_LINES = 3  # the concern wraps to at most this many lines before its type gets smaller


class OnePagerError(Exception):
    """The one-pager cannot be made as asked (e.g. an unknown language or paper)."""


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
class Page:
    """A rendered one-pager and what the person should know about it before saving."""

    data: bytes
    left_out: int = 0  # learnings summed up as "… and N more"
    missing: list[str] = field(default_factory=list)  # characters no font here can print
    size: float = 0.0  # the body text size used


_BOTH = re.compile(r"\*\*\*(?!\s)(.+?)(?<!\s)\*\*\*|___(?!\s)(.+?)(?<!\s)___")
_BOLD = re.compile(r"\*\*(.+?)\*\*|__(.+?)__")
_ITALIC = re.compile(r"(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?!\w)|(?<![\w_])_(?!\s)(.+?)(?<!\s)_(?!\w)")
_LINK = re.compile(r"\[([^\]]+)\]\(([^)\s]+)\)")
_EMPHASIS_TAG = re.compile(r"<(/?)([bi])>")


def _well_nested(markup: str) -> bool:
    """Whether the <b> and <i> added for the Markdown open and close in order (the parser refuses crossings)."""
    open_tags: list[str] = []
    for closing, tag in _EMPHASIS_TAG.findall(markup):
        if not closing:
            open_tags.append(tag)
        elif not open_tags or open_tags.pop() != tag:
            return False
    return not open_tags


def inline_markup(text: str) -> str:
    """Markdown bold/italic to Paragraph markup (bold and italic from the shipped DejaVu faces), after
    escaping everything; links become plain text. Emphasis that crosses (``**a *b** c*``) prints as written."""
    text = fonts.markup(_LINK.sub(lambda m: f"{m.group(1)} ({m.group(2)})", text))
    marked = _BOTH.sub(lambda m: f"<b><i>{m.group(1) or m.group(2)}</i></b>", text)
    marked = _BOLD.sub(lambda m: f"<b>{m.group(1) or m.group(2)}</b>", marked)
    marked = _ITALIC.sub(lambda m: f"<i>{m.group(1) or m.group(2)}</i>", marked)
    return marked if _well_nested(marked) else text


def _paragraphs(markdown_text: str, style: ParagraphStyle, bullet: str | None = None,
                suffix: str = "") -> list[Flowable]:
    """Lines of a learning: "- item" lines become bullets; other lines paragraphs; ``suffix`` (markup) ends it.
    Items under a line that has its own ``bullet`` are indented under its text, not beside its bullet."""
    lines = [line.strip() for line in (markdown_text.strip() or " ").splitlines() if line.strip()] or [" "]
    out: list[Flowable] = []
    nested = ParagraphStyle("nested", parent=style, bulletIndent=style.leftIndent,
                            leftIndent=style.leftIndent + style.fontSize * 0.9)
    headed = False  # a line with the learning's own bullet came before
    for index, stripped in enumerate(lines):
        end = suffix if index == len(lines) - 1 else ""
        if stripped[:2] in ("- ", "* "):
            out.append(Paragraph(inline_markup(stripped[2:]) + end, nested if headed else style, bulletText="–"))
        else:
            out.append(Paragraph(inline_markup(stripped) + end, style, bulletText=bullet))
            headed, bullet = headed or bullet is not None, None
    return out


def _concern(text: str, style: ParagraphStyle, width: float) -> Paragraph:
    """The concern whole, its lines as written: at the body size while it takes at most ``CONCERN_LINES``
    lines at ``width``, else in smaller type (never below the smallest readable size, where it takes
    the lines it needs). The page around it then shrinks as a whole, as for everything else."""
    markup = "<br/>".join(inline_markup(line.strip()) for line in text.splitlines() if line.strip())
    size = style.fontSize
    while True:
        paragraph = Paragraph(markup, ParagraphStyle("concern", parent=style, fontSize=size, leading=size * 1.3))
        _, height = paragraph.wrap(width, 10_000)
        if height <= CONCERN_LINES * size * 1.3 + 0.01 or size <= SIZES[-1]:
            return paragraph
        size = max(SIZES[-1], size - 0.25)


class _Bars(Flowable):
    """A goal's first and last rating of 5: two bars on one track (the first light, the last strong)."""

    def __init__(self, first: int | None, last: int | None, width: float, height: float) -> None:
        super().__init__()
        self.first, self.last, self.bar_width, self.bar_height = first, last, width, height

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.bar_width, self.bar_height

    def draw(self) -> None:
        c, w, h = self.canv, self.bar_width, self.bar_height
        half = h / 2 - 0.5
        c.setFillColor(colors.HexColor(TRACK))
        c.rect(0, 0, w, h, stroke=0, fill=1)
        for rating, colour, y in ((self.first, FIRST_BAR, half + 1), (self.last, LAST_BAR, 0)):
            if rating:
                c.setFillColor(colors.HexColor(colour))
                c.rect(0, y, w * rating / 5, half, stroke=0, fill=1)
        c.setStrokeColor(colors.white)
        c.setLineWidth(0.8)
        for step in range(1, 5):
            c.line(w * step / 5, 0, w * step / 5, h)


def _short_date(iso: str, lang: str) -> str:
    try:
        day = _dt.date.fromisoformat(iso[:10])
    except ValueError:
        return iso
    if lang == "de":
        return f"{day.day}.{day.month}."
    return f"{day.day} {labels_for(lang)['months'].split()[day.month - 1][:3]}"


def _chart(goals: list[Goal], checkins: list[str], lang: str, width: float, height: float,
           size: float) -> Drawing:
    """Each goal's rating at each check-in, as the app's chart draws it: a line and dots per goal."""
    drawing = Drawing(width, height)
    left, bottom, top, right = size * 1.6, size * 2.4, size * 0.6, size * 1.2
    plot_w, plot_h = width - left - right, height - bottom - top
    count = len(checkins)

    def point(index: int, rating: int) -> tuple[float, float]:
        x = left + (plot_w / 2 if count <= 1 else plot_w * index / (count - 1))
        return x, bottom + plot_h * (rating - 1) / 4

    label_size = max(6.5, size * 0.75)
    for rating in range(1, 6):
        _, y = point(0, rating)
        drawing.add(Line(left, y, left + plot_w, y, strokeColor=colors.HexColor("#d5dde5"), strokeWidth=0.5))
        drawing.add(String(left - 4, y - label_size / 3, str(rating), fontName=REGULAR, fontSize=label_size,
                           textAnchor="end", fillColor=colors.HexColor(MUTED)))
    step = max(1, -(-count // 8))  # at most about eight dates under the axis, each once
    for index in range(0, count, step):
        x, _ = point(index, 1)
        drawing.add(String(x, bottom - label_size * 2.0, _short_date(checkins[index], lang), fontName=REGULAR,
                           fontSize=label_size, textAnchor="middle", fillColor=colors.HexColor(MUTED)))
    for n, goal in enumerate(goals):
        colour = colors.HexColor(SERIES[n % len(SERIES)])
        points = [point(index, rating) for index, rating in goal.points]
        offset = (n - (len(goals) - 1) / 2) * 1.2  # lines on the same ratings stay visible side by side
        flat = [v for x, y in points for v in (x, y + offset)]
        if len(points) > 1:
            drawing.add(PolyLine(flat, strokeColor=colour, strokeWidth=1.4,
                                 strokeDashArray=DASHES[n % len(DASHES)] or None))  # type: ignore[arg-type]
        for x, y in points:
            drawing.add(Circle(x, y + offset, 2.0, fillColor=colour, strokeColor=colors.white, strokeWidth=0.5))
    return drawing


def _legend(goals: list[Goal], size: float, width: float) -> Table:
    style = ParagraphStyle("legend", fontName=REGULAR, fontSize=size * 0.85, leading=size * 1.1,
                           textColor=colors.HexColor(INK))
    rows = []
    for n, goal in enumerate(goals):
        sample = Drawing(size * 1.6, size * 0.8)
        dash = DASHES[n % len(DASHES)] or None
        sample.add(Line(0, size * 0.4, size * 1.6, size * 0.4, strokeColor=colors.HexColor(SERIES[n % len(SERIES)]),
                        strokeWidth=1.4, strokeDashArray=dash))  # type: ignore[arg-type]
        rows.append([sample, Paragraph(inline_markup(goal.title), style)])
    table = Table(rows, colWidths=[size * 2.0, width - size * 2.0])
    table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), REGULAR), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
    return table


@dataclass
class _Styles:
    body: ParagraphStyle
    head: ParagraphStyle
    group: ParagraphStyle
    title: ParagraphStyle
    sub: ParagraphStyle
    key: ParagraphStyle
    small: ParagraphStyle

    @classmethod
    def at(cls, size: float, spacing: float) -> _Styles:
        accent = colors.HexColor(ACCENT)
        return cls(
            body=ParagraphStyle("body", fontName=REGULAR, fontSize=size, leading=size * 1.3,
                                spaceAfter=2 * spacing, bulletFontName=REGULAR, bulletIndent=0,
                                leftIndent=size * 1.2, textColor=colors.HexColor(INK)),
            head=ParagraphStyle("head", fontName=BOLD, fontSize=size * 1.25, leading=size * 1.6,
                                spaceBefore=9 * spacing, spaceAfter=3 * spacing, textColor=accent),
            group=ParagraphStyle("group", fontName=BOLD, fontSize=size, leading=size * 1.35,
                                 spaceBefore=4 * spacing, spaceAfter=2 * spacing, textColor=colors.HexColor(INK)),
            title=ParagraphStyle("title", fontName=BOLD, fontSize=size * 2.0, leading=size * 2.4,
                                 spaceAfter=3 * spacing, textColor=accent),
            sub=ParagraphStyle("sub", fontName=REGULAR, fontSize=size, leading=size * 1.35,
                               spaceAfter=4 * spacing, textColor=colors.HexColor(MUTED)),
            key=ParagraphStyle("key", fontName=BOLD, fontSize=size * 0.9, leading=size * 1.3,
                               textColor=colors.HexColor(MUTED)),
            small=ParagraphStyle("small", fontName=REGULAR, fontSize=size * 0.85, leading=size * 1.2,
                                 textColor=colors.HexColor(MUTED)),
        )


def _context(content: Content, options: Options, styles: _Styles, size: float, width: float) -> list[Flowable]:
    """Who, what about, when and how often: once, at the top."""
    words = labels_for(options.lang)
    out: list[Flowable] = []
    who = [f"{words[role]}: {display_name(name, options.names)}" for role, name in content.people
           if display_name(name, options.names)]
    line = " · ".join(filter(None, [content.tandem_title.strip() or words["tandem"], *who]))
    out.append(Paragraph(inline_markup(line), styles.sub))
    value_width = width * 0.8 - 12
    value = ParagraphStyle("value", parent=styles.body, leftIndent=0, spaceAfter=0)
    rows = [(words["concern"], _concern(content.concern, value, value_width) if content.concern.strip() else None),
            (words["period"], labels.period(content.first_held, content.last_held, options.lang)),
            (words["sessions"], labels.sessions(content.sessions_held, content.rhythm, options.lang))]
    cells = [[Paragraph(fonts.markup(key), styles.key),
              shown if isinstance(shown, Paragraph) else Paragraph(inline_markup(shown), value)]
             for key, shown in rows if isinstance(shown, Paragraph) or shown]
    if cells:
        table = Table(cells, colWidths=[width * 0.2, width * 0.8])
        pad = 2 + size * 0.15
        table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), REGULAR), 
            ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor(LIGHT)), ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 6), ("RIGHTPADDING", (0, 0), (-1, -1), 6),
            ("TOPPADDING", (0, 0), (-1, -1), pad), ("BOTTOMPADDING", (0, 0), (-1, -1), pad)]))
        out.append(table)
    return out


def _learnings(content: Content, options: Options, styles: _Styles, left_out: int) -> list[tuple[str, Flowable]]:
    words = labels_for(options.lang)
    shown = content.learnings[:len(content.learnings) - left_out]
    if not content.learnings:
        return []
    mark = f' <font color="{ACCENT}">★&nbsp;{fonts.markup(words["quick_win"])}</font>'
    directions = {learning.get("learner") or "" for learning in shown}
    grouped = len(shown) >= GROUP_BY_DIRECTION and len(directions & {"mentee", "mentor", "both"}) >= 2
    uniform = next(iter(directions)) if len(directions) == 1 else None  # said once, in the heading
    heading = words.get(f"learned_{uniform}", words["learnings"]) if uniform in ("mentee", "mentor") else \
        words["learnings"]
    items: list[tuple[str, Flowable]] = [("section", Paragraph(fonts.markup(heading), styles.head))]
    groups = ([("mentee", words["learned_mentee"]), ("mentor", words["learned_mentor"]),
               ("both", words["learned_both"]), ("", words["learned_unsaid"])] if grouped else [(None, "")])
    for direction, heading in groups:
        members = [(i, learning) for i, learning in enumerate(shown, 1)
                   if direction is None or (learning.get("learner") or "") == direction]
        if not members:
            continue
        if direction is not None:
            items.append(("section", Paragraph(fonts.markup(heading), styles.group)))
        for i, learning in members:
            who = words.get(learning.get("learner") or "", "") if direction is None and uniform is None else ""
            suffix = (f" ({fonts.markup(who)})" if who else "") + (mark if learning.get("quick_win") else "")
            for flowable in _paragraphs(learning["text"], styles.body, bullet="•", suffix=suffix):
                items.append((f"learning {i}: {learning['text'][:40]}", flowable))
    if left_out:
        items.append(("more", Paragraph(fonts.markup(words["more"].format(count=left_out)), styles.small)))
    return items


def _goals(content: Content, options: Options, styles: _Styles, size: float, width: float) -> list[tuple[str, Flowable]]:
    words = labels_for(options.lang)
    items: list[tuple[str, Flowable]] = [("section", Paragraph(fonts.markup(words["goals"]), styles.head))]
    cell = ParagraphStyle("cell", parent=styles.body, leftIndent=0, spaceAfter=0)
    bar_width, bar_height = width * 0.3, size * 1.1
    rows, spans = [], []
    for goal in content.goals:
        ratings = goal.ratings
        if ratings:
            trend = f"{ratings[0]} → {ratings[-1]} {words['of5']}" if len(ratings) > 1 else \
                f"{ratings[-1]} {words['of5']}"
            bars = _Bars(ratings[0] if len(ratings) > 1 else None, ratings[-1], bar_width, bar_height)
            rows.append([Paragraph(inline_markup(goal.title), cell), bars, Paragraph(fonts.markup(trend), cell)])
        else:  # "not yet rated" where the bars would be
            spans.append(("SPAN", (1, len(rows)), (2, len(rows))))
            rows.append([Paragraph(inline_markup(goal.title), cell), Paragraph(fonts.markup(words["not_rated"]),
                                                                                styles.small), Spacer(0, 0)])
    table = Table(rows, colWidths=[width * 0.47, bar_width + 10, width * 0.23 - 10])
    table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), REGULAR), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5), ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                               *spans]))
    items.append(("goals", table))
    if any(len(goal.ratings) > 1 for goal in content.goals):
        key = (f'<font color="{FIRST_BAR}">■</font>&nbsp;{fonts.markup(words["first_checkin"])}&nbsp;&nbsp; '
               f'<font color="{LAST_BAR}">■</font>&nbsp;{fonts.markup(words["last_checkin"])}')
        items.append(("goals", Paragraph(key, ParagraphStyle("key", parent=styles.small, leftIndent=width * 0.47))))
    rated = [goal for goal in content.goals if goal.points]
    if len(content.checkins) >= CHART_FROM and any(len(goal.points) > 1 for goal in rated):
        items.append(("progress chart", Paragraph(fonts.markup(words["progress"]), styles.group)))
        chart = _chart(rated, content.checkins, options.lang, width * 0.6, size * 10, size)
        both = Table([[chart, _legend(rated, size, width * 0.4 - 8)]], colWidths=[width * 0.6, width * 0.4])
        both.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), REGULAR), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                  ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
        items.append(("progress chart", both))
    return items


def _story(content: Content, options: Options, size: float, spacing: float, width: float,
           left_out: int = 0) -> list[tuple[str, Flowable]]:
    """The page as (label of the item, flowable); labels name what falls off when it does not fit."""
    words = labels_for(options.lang)
    styles = _Styles.at(size, spacing)
    items: list[tuple[str, Flowable]] = [
        ("title", Paragraph(inline_markup(content.title.strip() or words["title"]), styles.title))]
    items += [("heading", flowable) for flowable in _context(content, options, styles, size, width)]
    items += _learnings(content, options, styles, left_out)
    if content.quick_wins:
        items.append(("section", Paragraph(fonts.markup(words["quick_wins"]), styles.head)))
        for i, win in enumerate(content.quick_wins, 1):
            for flowable in _paragraphs(win, styles.body, bullet="✓"):
                items.append((f"quick win {i}: {win[:40]}", flowable))
    if content.goals:
        items += _goals(content, options, styles, size, width)
    if content.topics:
        items.append(("section", Paragraph(fonts.markup(words["topics"]), styles.head)))
        body = ParagraphStyle("topics", parent=styles.body, leftIndent=0)
        items.append(("topics", Paragraph(inline_markup(" · ".join(content.topics)), body)))
    if content.recommendations.strip():
        items.append(("section", Paragraph(fonts.markup(words["next"]), styles.head)))
        for flowable in _paragraphs(content.recommendations, styles.body):
            items.append(("recommendations", flowable))
    return items


def _footer(page_width: float, size: float, text: str) -> Paragraph:
    foot = max(7.0, size * 0.75)
    style = ParagraphStyle("foot", fontName=REGULAR, fontSize=foot, leading=foot * 1.3,
                           textColor=colors.HexColor(MUTED))
    return Paragraph(fonts.markup(text), style)


def _check(options: Options) -> tuple[float, float]:
    if not languages.known(options.lang):
        raise OnePagerError(f"Unknown language {options.lang!r}: use one of {', '.join(languages.CODES)}.")
    if options.names not in NAME_STYLES:
        raise OnePagerError(f"Unknown name style {options.names!r}: use full, initials or none.")
    page = {"a4": A4, "letter": LETTER}.get(options.paper)
    if page is None:
        raise OnePagerError(f"Unknown paper {options.paper!r}: use a4 or letter.")
    return page


def _attempt(content: Content, options: Options, page: tuple[float, float], size: float, spacing: float,
             left_out: int, every: bool = True, room: list[float] | None = None) -> tuple[bytes | None, list[str]]:
    """One layout: the PDF when everything fits, else the labels of what fell off (with ``every`` false,
    only the first: enough for the search, and it stops there). ``room`` gets the height left free."""
    width, height = page
    words = labels_for(options.lang)
    buffer = io.BytesIO()
    # initialFontName: the stubs type it as a size; without it reportlab names an unembedded Helvetica.
    canvas = Canvas(buffer, pagesize=page, invariant=1, initialFontName=REGULAR,  # type: ignore[arg-type]
                    lang=languages.BY_CODE[options.lang].locale.replace("_", "-"))
    title = content.title.strip() or words["title"]
    canvas.setTitle(fonts.printable(title))
    canvas.setSubject(words["subject"])
    canvas.setAuthor(", ".join(name.strip() for _, name in content.people if name.strip())
                     if options.names == "full" else "")
    canvas.setCreator("Tandem Journal")
    canvas.setProducer("Tandem Journal (ReportLab)")
    canvas.setKeywords("")
    footer = _footer(width, size, words["footer"])
    _, footer_height = footer.wrap(width - 2 * MARGIN, 100)
    bottom = MARGIN * 0.6 + footer_height + 8
    frame = Frame(MARGIN, bottom, width - 2 * MARGIN, height - MARGIN - bottom,
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    # reportlab's own available width (private, not in the stubs); recomputing it could round apart.
    items = _story(content, options, size, spacing, frame._aW, left_out)  # type: ignore[attr-defined]
    overflow: list[str] = []
    for label, flowable in items:
        if not frame.add(flowable, canvas):
            overflow.append(label)
            if not every:
                break
    if room is not None:
        room.append(frame._y - frame._y1p)  # type: ignore[attr-defined]  # reportlab's, not in the stubs
    if overflow:
        return None, overflow
    footer.drawOn(canvas, MARGIN, MARGIN * 0.6)  # drawn last: the text reads in page order
    canvas.setStrokeColor(colors.HexColor("#bbbbbb"))
    canvas.line(MARGIN, MARGIN * 0.6 + footer_height + 3, width - MARGIN, MARGIN * 0.6 + footer_height + 3)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue(), []


def _texts(content: Content, options: Options) -> list[str]:
    words = labels_for(options.lang)
    return [content.title, content.tandem_title, content.concern, content.recommendations, *content.topics,
            *content.quick_wins, *(learning["text"] for learning in content.learnings),
            *(goal.title for goal in content.goals),
            *(display_name(name, options.names) for _, name in content.people), *words.values()]


def render_page(content: Content, options: Options | None = None) -> Page:
    """The one-pager and what to tell before saving it; raises DoesNotFit or OnePagerError.

    With ``options.password`` the finished page is encrypted: AES-256, revision 6 (``protect``; reportlab's
    own encryption is RC4-40 by default and its AES output did not open in readers)."""
    options = options or Options()
    laid_out = _lay_out(content, options)
    if options.password:
        from .protect import encrypt

        laid_out.data = encrypt(laid_out.data, options.password)
    return laid_out


def _learnings_within(content: Content, options: Options, layout: int, width: float, room: float) -> int:
    """About how many learnings, first ones first, fill ``room`` (each as high as it wraps at ``width``)."""
    styles = _Styles.at(*LAYOUTS[layout])
    heights: dict[str, float] = {}
    for label, flowable in _learnings(content, options, styles, 0):
        if label.startswith("learning "):
            _, height = flowable.wrap(width, 10_000)
            key = label.split(":", 1)[0]
            heights[key] = heights.get(key, 0.0) + height + flowable.getSpaceAfter()
    room -= 4 * styles.group.leading + 4 * (styles.group.spaceBefore + styles.group.spaceAfter)  # group headings
    fitting = 0
    for index in range(1, len(content.learnings) + 1):
        room -= heights.get(f"learning {index}", 0.0)
        if room < 0:
            break
        fitting = index
    return fitting


def _lay_out(content: Content, options: Options) -> Page:
    page = _check(options)
    fonts.register()
    missing = fonts.missing(_texts(content, options))

    def attempt(index: int, left_out: int = 0, every: bool = False) -> tuple[bytes | None, list[str]]:
        size, spacing = LAYOUTS[index]
        return _attempt(content, options, page, size, spacing, left_out, every)

    # The most generous layout that fits: found by halving (a smaller layout never fits worse),
    # after one look at the smallest, so that a page too full for any goes straight to "… and N more".
    smallest = len(LAYOUTS) - 1
    data, overflow = attempt(smallest, every=not content.learnings)
    low, high, best = 0, smallest - 1, (smallest, data) if data is not None else None
    while best is not None and low <= high:
        middle = (low + high) // 2
        data, _ = attempt(middle)
        if data is not None:
            best, high = (middle, data), middle - 1
        else:
            low = middle + 1
    if best is not None:
        return Page(best[1], 0, missing, LAYOUTS[best[0]][0])
    # Not even at the smallest size: the last learnings give way to "… and N more", as few as may be.
    # Where to look first: the room left with every learning given way, filled by the learnings' heights.
    room: list[float] = []
    total = len(content.learnings)
    data, _ = _attempt(content, options, page, *LAYOUTS[smallest], total, False, room) if total else (None, [])
    found = (total, data) if data is not None else None
    low, high = 1, total - 1
    if found is not None:  # walk from the guess a learning at a time (it is seldom more than two off)
        left_out = total - _learnings_within(content, options, smallest, page[0] - 2 * MARGIN, room[0])
        for _ in range(5):
            if not low <= left_out <= high:
                break
            data, _ = attempt(smallest, left_out)
            if data is not None:
                found, high, left_out = (left_out, data), left_out - 1, left_out - 1
            else:
                low, left_out = left_out + 1, left_out + 1
    while found is not None and low <= high:
        middle = (low + high) // 2
        data, _ = attempt(smallest, middle)
        if data is not None:
            found, high = (middle, data), middle - 1
        else:
            low = middle + 1
    if found is not None:
        return Page(found[1], found[0], missing, LAYOUTS[smallest][0])
    _, overflow = attempt(smallest, len(content.learnings), every=True) if content.learnings else (None, overflow)
    names = list(dict.fromkeys(label for label in overflow if label not in ("section", "more")))
    raise DoesNotFit(names)


def render(content: Content, options: Options | None = None) -> bytes:
    """The one-pager as PDF bytes; raises DoesNotFit or OnePagerError."""
    return render_page(content, options).data
