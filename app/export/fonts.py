"""Fonts for the one-pager, so that every character prints as itself.

- DejaVu Sans (regular, bold, oblique and bold oblique, shipped in ``resources/fonts/`` with its
  licence) for Latin, Greek, Cyrillic, Turkish, Polish, Vietnamese, Hebrew and Arabic letters and
  many symbols. Markdown *emphasis* prints in the oblique; the few characters the oblique or bold
  lack (mostly Arabic) print upright from the regular face (``UPRIGHT``) rather than as boxes.
- Noto Emoji (monochrome, SIL Open Font License, shipped beside it, 0.9 MB) for emoji: colour
  emoji fonts are bitmaps that PDF text cannot carry.
- For what neither covers (Chinese and Japanese need fonts of many megabytes), a font of the
  system that has the character, found through fontconfig (``fc-list``), when it is a TrueType
  font the PDF library can embed.

Each font is embedded as a subset (only the glyphs used), and a run of characters goes to the
first font that has them (``markup``). Characters no font has are named by ``missing``, so the
dialog and the command line can say which before a file is written.

Emoji sequences: the PDF library has no glyph substitution, so a sequence the font draws as one
picture (a ligature) prints as its parts. What would print as an empty box or a meaningless
swatch is left out (``IGNORED``): zero-width joiners (a family prints as its people side by side,
👩‍💻 as 👩💻), variation selectors, skin-tone modifiers (👍🏽 prints 👍: a monochrome font has no
skin tones), the keycap's enclosing mark (1️⃣ prints 1) and the invisible tag letters of
subdivision flags (🏴󠁧󠁢󠁳󠁣󠁴󠁿 prints 🏴). A country flag prints as its two letters in the emoji
font (🇩🇪 as D E); the text layer keeps the two regional indicators, so it copies as the flag.
Right-to-left scripts are not reordered or joined (README, "Known limits").
"""

from __future__ import annotations

import shutil
import subprocess
from functools import lru_cache
from xml.sax.saxutils import escape

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFError, TTFont

from app.paths import FONTS as FONT_DIR

REGULAR, BOLD, EMOJI = "TJ-DejaVuSans", "TJ-DejaVuSans-Bold", "TJ-NotoEmoji"
ITALIC, BOLD_ITALIC = "TJ-DejaVuSans-Oblique", "TJ-DejaVuSans-BoldOblique"
UPRIGHT = "TJ-DejaVuSans-Upright"  # the regular face again, never slanted or bold: for what the others lack
SKIN_TONES = frozenset(map(chr, range(0x1F3FB, 0x1F400)))
IGNORED = frozenset(
    "\u200b\u200c\u200d\u2060\u20e3"  # zero-width space and (non-)joiners, word joiner, enclosing keycap
    + "".join(map(chr, range(0xFE00, 0xFE10)))  # variation selectors (text or emoji presentation)
    + "".join(map(chr, range(0xE0100, 0xE01F0)))  # variation selectors supplement
    + "".join(map(chr, range(0xE0000, 0xE0080)))  # tags (subdivision flags)
) | SKIN_TONES
_SHIPPED = ((REGULAR, "DejaVuSans.ttf"), (BOLD, "DejaVuSans-Bold.ttf"), (ITALIC, "DejaVuSans-Oblique.ttf"),
            (BOLD_ITALIC, "DejaVuSans-BoldOblique.ttf"), (EMOJI, "NotoEmoji-Regular.ttf"))
_fallbacks: list[tuple[str, frozenset[int]]] = []  # system fonts loaded so far, in the order found
_looked_up: set[str] = set()  # characters already looked for in the system's fonts


@lru_cache(maxsize=None)
def _cmap(name: str) -> frozenset[int]:
    font = pdfmetrics.getFont(name)
    return frozenset(font.face.charToGlyph)  # type: ignore[attr-defined]


def _to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """reportlab's ToUnicode map, with characters beyond U+FFFF written as UTF-16 (surrogate pairs) as
    the PDF standard asks: reportlab writes <1F642>, which readers cut to U+1F64, so an emoji could
    not be copied or searched (pdftotext gave "ὤ" for 🙂)."""
    def utf16(code: int) -> str:
        return chr(code).encode("utf-16-be", "surrogatepass").hex().upper()

    return "\n".join([
        "/CIDInit /ProcSet findresource begin", "12 dict begin", "begincmap",
        f"/CIDSystemInfo << /Registry ({fontname}) /Ordering ({fontname}) /Supplement 0 >> def",
        f"/CMapName /{fontname} def", "/CMapType 2 def",
        "1 begincodespacerange", f"<00> <{len(subset) - 1:02X}>", "endcodespacerange",
        f"{len(subset)} beginbfchar", *(f"<{i:02X}> <{utf16(v)}>" for i, v in enumerate(subset)), "endbfchar",
        "endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end"])


def register() -> None:
    """Register the shipped fonts once: <b> and <i> in a paragraph of DejaVu Sans pick its bold, oblique
    or bold oblique; the emoji font and ``UPRIGHT`` stay as they are."""
    if REGULAR in pdfmetrics.getRegisteredFontNames():
        return
    ttfonts.makeToUnicodeCMap = _to_unicode_cmap
    for name, file in _SHIPPED:
        pdfmetrics.registerFont(TTFont(name, str(FONT_DIR / file)))
    faces = {(0, 0): REGULAR, (1, 0): BOLD, (0, 1): ITALIC, (1, 1): BOLD_ITALIC}
    for (bold, italic), name in faces.items():
        addMapping(REGULAR, bold, italic, name)  # type: ignore[arg-type]  # the stubs say Literal[0, 1]
        # A paragraph set in bold (headings, the title) slants its *emphasis* in the bold oblique.
        addMapping(BOLD, bold, italic, faces[(1, italic)])  # type: ignore[arg-type]
        addMapping(EMOJI, bold, italic, EMOJI)  # type: ignore[arg-type]


def _register_upright() -> None:
    """The regular face under a second name that bold and italic leave alone (loaded when first needed)."""
    if UPRIGHT in pdfmetrics.getRegisteredFontNames():
        return
    pdfmetrics.registerFont(TTFont(UPRIGHT, str(FONT_DIR / "DejaVuSans.ttf")))
    for bold in (0, 1):
        for italic in (0, 1):
            addMapping(UPRIGHT, bold, italic, UPRIGHT)


@lru_cache(maxsize=None)
def _every_face() -> frozenset[int]:
    """The characters that regular, bold, oblique and bold oblique all have."""
    return _cmap(REGULAR) & _cmap(BOLD) & _cmap(ITALIC) & _cmap(BOLD_ITALIC)


def _system_candidates(char: str) -> list[tuple[str, int]]:
    """Font files of the system that have ``char``, as fontconfig lists them (none without fontconfig)."""
    fc_list = shutil.which("fc-list")
    if fc_list is None:
        return []
    try:
        listed = subprocess.run([fc_list, f":charset={ord(char):x}", "--format", "%{file}|%{index}\n"],
                                capture_output=True, text=True, timeout=10, check=False).stdout
    except (OSError, subprocess.SubprocessError):
        return []
    found = []
    for line in sorted(set(listed.splitlines())):
        path, _, index = line.rpartition("|")
        if path.lower().endswith((".ttf", ".ttc")):  # TrueType outlines; .otf is usually CFF, which cannot embed
            found.append((path, int(index or 0)))
    return found


def _load_system_font(char: str) -> None:
    """Look once for a system font that has ``char`` and load it as the next fallback."""
    _looked_up.add(char)
    for path, index in _system_candidates(char):
        name = f"TJ-System-{len(_fallbacks) + 1}"
        try:
            font = TTFont(name, path, subfontIndex=index)
        except (TTFError, OSError, ValueError, KeyError, IndexError, AssertionError):
            continue
        if ord(char) not in font.face.charToGlyph:
            continue
        pdfmetrics.registerFont(font)
        for bold in (0, 1):
            for italic in (0, 1):
                addMapping(name, bold, italic, name)
        _fallbacks.append((name, frozenset(font.face.charToGlyph)))
        return


def font_for(char: str) -> str | None:
    """The first font that prints ``char`` (None: no font here has it)."""
    code = ord(char)
    if char in "\n\t " or code in _every_face():
        return REGULAR
    if code in _cmap(REGULAR):  # bold or oblique lack it (Arabic, some mathematical signs): print it upright
        _register_upright()
        return UPRIGHT
    if code in _cmap(EMOJI):
        return EMOJI
    for name, cmap in _fallbacks:
        if code in cmap:
            return name
    if char not in _looked_up and char.isprintable():
        _load_system_font(char)
        if _fallbacks and code in _fallbacks[-1][1]:
            return _fallbacks[-1][0]
    return None


def printable(text: str) -> str:
    """``text`` without the invisible characters that no font draws."""
    return "".join(char for char in text if char not in IGNORED)


def markup(text: str) -> str:
    """``text`` escaped for a Paragraph, each run of characters in the first font that has them."""
    register()
    out: list[str] = []
    run, run_font = "", REGULAR
    for char in printable(text):
        font = font_for(char) or REGULAR  # no font has it: ``missing`` has already said so
        if font != run_font and run:
            out.append(escape(run) if run_font == REGULAR else f'<font name="{run_font}">{escape(run)}</font>')
            run = ""
        run, run_font = run + char, font
    if run:
        out.append(escape(run) if run_font == REGULAR else f'<font name="{run_font}">{escape(run)}</font>')
    return "".join(out)


def missing(texts: list[str]) -> list[str]:
    """The characters in ``texts`` that no font here can print, each once, in the order they come."""
    register()
    found: dict[str, None] = {}
    for text in texts:
        for char in printable(text):
            if char.isprintable() and not char.isspace() and char not in found and font_for(char) is None:
                found[char] = None
    return list(found)
