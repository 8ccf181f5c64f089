"""The one-pager's type (issue 16): emoji sequences readable, every glyph printed from a font that has
it, Markdown emphasis in the shipped oblique, and what happens to right-to-left scripts (a known limit)."""

from __future__ import annotations

import io
import re

import pypdf
import pypdfium2 as pdfium
import pytest
from reportlab.pdfbase import pdfmetrics

from app.export import fonts
from app.export.onepager import Content, Options, render

SEQUENCES = {  # as written → as printed (and copied) from the monochrome emoji font
    "Familie 👨‍👩‍👧": "Familie 👨👩👧",  # zero-width joiners left out: the people side by side
    "Daumen 👍🏽": "Daumen 👍",  # skin tone left out: the font has none
    "Entwicklerin 👩🏽‍💻": "Entwicklerin 👩💻",
    "Flagge 🇩🇪": "Flagge 🇩🇪",  # two regional indicators, printed as the letters D E
    "Taste 1️⃣ und #️⃣": "Taste 1 und #",  # the keycap's enclosing mark printed as an empty box
    "Schottland 🏴󠁧󠁢󠁳󠁣󠁴󠁿": "Schottland 🏴",  # the invisible tag letters left out
    "Herz ❤️": "Herz ❤",
}


def _pdf(data: bytes) -> pypdf.PdfReader:
    return pypdf.PdfReader(io.BytesIO(data))


def _printed(data: bytes) -> dict[str, set[str]]:
    """Each embedded font's PostScript name and the characters beyond ASCII its ToUnicode map says were
    drawn with it (reportlab's first subset of every font lists all of ASCII, drawn or not)."""
    out: dict[str, set[str]] = {}
    for ref in _pdf(data).pages[0]["/Resources"]["/Font"].values():
        font = ref.get_object()
        name = str(font["/BaseFont"]).split("+", 1)[-1]
        cmap = font["/ToUnicode"].get_object().get_data().decode("latin-1")
        chars = {bytes.fromhex(hexa).decode("utf-16-be") for hexa in re.findall(r"<[0-9A-F]{2}> <((?:[0-9A-F]{4})+)>", cmap)}
        out.setdefault(name, set()).update(c for c in chars if ord(c) > 0x7F)
    return out


def _pdf_fonts(data: bytes) -> list[str]:
    return [str(ref.get_object()["/BaseFont"]).split("+", 1)[-1] for ref in _pdf(data).pages[0]["/Resources"]["/Font"].values()]


def _no_tofu(data: bytes) -> None:
    """Every character drawn is in the font it was drawn with (else reportlab draws glyph 0, a box)."""
    faces = {}
    for registered in pdfmetrics.getRegisteredFontNames():
        face = getattr(pdfmetrics.getFont(registered), "face", None)
        if hasattr(face, "charToGlyph"):  # TrueType (the standard Type 1 fonts are never embedded here)
            faces[face.name.decode()] = face.charToGlyph
    for name, chars in _printed(data).items():
        absent = sorted(c for c in chars if ord(c) not in faces[name] )
        assert not absent, f"{name} has no glyph for {[f'U+{ord(c):04X}' for c in absent]}"


def _text(data: bytes) -> str:
    return " ".join(_pdf(data).pages[0].extract_text().split())


def test_emoji_sequences_print_readably_without_a_box_and_copy_as_their_emoji() -> None:
    content = Content(learnings=[{"text": written, "learner": "both"} for written in SEQUENCES])
    data = render(content, Options(lang="en"))
    text = _text(data)
    for printed in SEQUENCES.values():
        assert printed in text
    drawn = set().union(*_printed(data).values())
    invisible = {"\u200d", "\ufe0f", "\u20e3", "\U0001f3fd", "\U000e0067", "\U000e007f"}
    assert not drawn & invisible, [f"U+{ord(c):04X}" for c in drawn & invisible]
    _no_tofu(data)


def test_markdown_emphasis_prints_in_the_shipped_oblique_and_bold() -> None:
    content = Content(title="Unser *bestes* Jahr", learnings=[
        {"text": "Feedback in *kleinen Dosen*, **sofort** und ***immer***", "learner": "both"},
        {"text": "Kursiv auch auf Arabisch: *مرحبا* und Griechisch: _Γειά_", "learner": "mentor"}])
    data = render(content, Options(lang="de"))
    printed = _printed(data)
    assert {"DejaVuSans-Oblique", "DejaVuSans-Bold", "DejaVuSans-BoldOblique"} <= set(_pdf_fonts(data))
    assert set("Γειά") <= printed["DejaVuSans-Oblique"]  # the emphasis, slanted
    assert {"DejaVuSans-Oblique", "DejaVuSans-BoldOblique"} <= set(_pdf_fonts(data))
    assert "Feedback in kleinen Dosen, sofort und immer" in _text(data) and "*" not in _text(data)
    _no_tofu(data)  # the oblique has no Arabic: those letters print upright, not as boxes


@pytest.mark.parametrize("written", ["**a *b** c*", "***", "*_x*_", "__*x__*"])
def test_crossed_emphasis_prints_as_written_and_never_breaks_the_export(written: str) -> None:
    data = render(Content(learnings=[{"text": written, "learner": "both"}]), Options(lang="en"))
    assert written.replace("*", "").replace("_", "").strip() in _text(data).replace("*", "").replace("_", "")


def test_right_to_left_prints_each_letter_but_left_to_right_and_unjoined() -> None:
    """The known limit (README): Hebrew and Arabic letters print from DejaVu Sans and copy as typed,
    but a right-to-left run is drawn left to right (its first letter at the left) and Arabic letters
    stand in their isolated forms, unjoined. A reader sees the word backwards."""
    hebrew, arabic = "שלום", "مرحبا"
    data = render(Content(learnings=[{"text": f"Hebräisch {hebrew} und Arabisch {arabic}", "learner": "both"}]),
                  Options(lang="de"))
    _no_tofu(data)
    drawn = set().union(*_printed(data).values())
    assert set(hebrew) <= drawn and set(arabic) <= drawn
    assert not any(0xFB1D <= ord(c) <= 0xFEFF for c in drawn), "no presentation forms: Arabic is not shaped"
    document = pdfium.PdfDocument(data)
    page = document[0].get_textpage()
    lefts = {}
    for index in range(page.count_chars()):
        char = page.get_text_range(index, 1)
        if char and char in hebrew + arabic:
            lefts.setdefault(char, page.get_charbox(index)[0])
    document.close()
    assert lefts[hebrew[0]] < lefts[hebrew[-1]] and lefts[arabic[0]] < lefts[arabic[-1]], lefts


def test_the_shipped_faces_have_their_licence() -> None:
    from app.paths import FONTS

    for file in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf", "DejaVuSans-BoldOblique.ttf"):
        assert (FONTS / file).exists(), file
    assert "DejaVu" in (FONTS / "LICENSE-DejaVu.txt").read_text(encoding="utf-8")
    fonts.register()
    assert pdfmetrics.getFont(fonts.ITALIC).face.italicAngle < 0  # type: ignore[attr-defined]
