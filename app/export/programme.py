"""The programme evaluation (issue 18): a PDF of one or two pages and a CSV for a spreadsheet.

The window hands over what it shows, already in the reader's language (headings, lines, the table of
tandems); this lays it out with the one-pager's fonts (every text escaped) and writes it atomically.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, LongTable, Paragraph, SimpleDocTemplate, Spacer, TableStyle


from . import fonts

MAX_PAGES = 2


@dataclass(frozen=True)
class Evaluation:
    title: str
    subtitle: str
    header: list[str]  # the table of tandems
    rows: list[list[str]]
    sections: list[tuple[str, list[str]]]  # (heading, lines)


class TooLong(ValueError):
    """More than two pages: the caller shortens (fewer quick wins) and tries again."""


def render(evaluation: Evaluation) -> bytes:
    fonts.register()
    small = ParagraphStyle("small", fontName=fonts.REGULAR, fontSize=8.5, leading=11)
    body = ParagraphStyle("body", fontName=fonts.REGULAR, fontSize=9.5, leading=13)
    head = ParagraphStyle("head", fontName=fonts.BOLD, fontSize=11.5, leading=15, spaceBefore=8, spaceAfter=3)
    title = ParagraphStyle("title", fontName=fonts.BOLD, fontSize=17, leading=21, spaceAfter=2)
    story: list[Flowable] = [Paragraph(fonts.markup(evaluation.title), title),
                           Paragraph(fonts.markup(evaluation.subtitle), body), Spacer(1, 4 * mm)]
    cells = [[Paragraph(f"<b>{fonts.markup(h)}</b>", small) for h in evaluation.header]]
    cells += [[Paragraph(fonts.markup(c), small) for c in row] for row in evaluation.rows]
    table = LongTable(cells, repeatRows=1, colWidths=[w * mm for w in (26, 28, 40, 18, 22, 22, 22)])
    table.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.black),
                               ("LINEBELOW", (0, 1), (-1, -1), 0.25, colors.lightgrey),
                               ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3)]))
    story.append(table)
    for heading, lines in evaluation.sections:
        story.append(Paragraph(fonts.markup(heading), head))
        story.extend(Paragraph(fonts.markup(line), body) for line in lines)
    out = io.BytesIO()
    pages: list[int] = []
    doc = SimpleDocTemplate(out, pagesize=A4, leftMargin=16 * mm, rightMargin=16 * mm, topMargin=16 * mm,
                            bottomMargin=16 * mm, title=evaluation.title, author="", subject="", creator="Tandem Journal")
    doc.build(story, onFirstPage=lambda c, d: pages.append(1), onLaterPages=lambda c, d: pages.append(1))
    if len(pages) > MAX_PAGES:
        raise TooLong(f"{len(pages)} pages")
    return out.getvalue()


def pdf_bytes(evaluation: Evaluation) -> bytes:
    """At most two pages: if more, the last section's lines (the quick wins) are cut to the most that fit
    (found by halving), followed by '…'."""
    def attempt(keep: int | None) -> bytes:
        sections = list(evaluation.sections)
        if keep is not None:
            heading, lines = sections[-1]
            sections[-1] = (heading, lines[:keep] + ["…"])
        return render(Evaluation(evaluation.title, evaluation.subtitle, evaluation.header, evaluation.rows, sections))

    try:
        data = attempt(None)
    except TooLong:
        low, high = 0, len(evaluation.sections[-1][1])  # low lines fit (or none do), high lines do not
        data = attempt(0)
        while high - low > 1:
            middle = (low + high) // 2
            try:
                data, low = attempt(middle), middle
            except TooLong:
                high = middle
        if low:
            data = attempt(low)
    return data


def csv_bytes(header: list[str], rows: list[list[str]]) -> bytes:
    """UTF-8 with a byte-order mark, so that a spreadsheet reads the umlauts."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(header)
    writer.writerows(rows)
    return out.getvalue().encode("utf-8-sig")
