"""Golden pages (issue 16): the demo tandem and three more, in German and English on A4 and Letter,
each page drawn by pypdfium2 and compared with its reviewed reference image, so that a layout change
is a reviewed change. The comparison is of 4×4-pixel blocks in grey, so anti-aliasing that differs
between machines passes while a moved line, word or bar does not.

After an intended change: ``.venv/bin/python scripts/onepager_references.py``, look at every changed
PNG in tests/unit/export/reference/pages/, and commit them with the change.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from functools import lru_cache
from pathlib import Path

import pytest
from PIL import Image

from app.export.onepager import Content

from . import onepager_pages as pages


@lru_cache(maxsize=None)
def _content(tandem: str, lang: str) -> Content:
    return pages.TANDEMS[tandem](lang)


def _cjk_font_or_skip() -> None:
    has_font = shutil.which("fc-list") and pages.CJK_FONT in subprocess.run(
        ["fc-list", ":charset=4e2d", "family"], capture_output=True, text=True).stdout.replace(" ", "")
    if not has_font:
        if os.environ.get("TANDEM_REQUIRE_CJK_FONT"):
            pytest.fail(f"no {pages.CJK_FONT} for Chinese and Japanese (.ci/run installs fonts-droid-fallback)")
        pytest.skip(f"the 'scripts' references print Chinese and Japanese with {pages.CJK_FONT}, not installed here")


@pytest.mark.parametrize("case", pages.CASES, ids=lambda case: case.name)
def test_the_page_looks_as_reviewed(case: pages.Case, tmp_path: Path) -> None:
    if case.tandem == "scripts":
        _cjk_font_or_skip()
    data = pages.pdf(case, _content(case.tandem, case.lang))
    if case.tandem == "scripts":
        assert pages.CJK_FONT.encode() in data, f"Chinese and Japanese not printed with {pages.CJK_FONT}"
    actual = pages.image(data)
    assert case.reference.exists(), f"no reference for {case.name}: run {pages.REGENERATE} and look at it"
    with Image.open(case.reference) as reference:
        mean, worst, diff = pages.difference(actual, reference.convert("L"))
    if mean > pages.MEAN_LIMIT or worst > pages.BLOCK_LIMIT:
        actual.save(tmp_path / f"{case.name}-actual.png")
        Image.eval(diff, lambda v: 255 - min(255, v * 4)).save(tmp_path / f"{case.name}-difference.png")
        pytest.fail(
            f"The one-pager {case.name} differs from its reviewed reference (mean {mean:.2f} > {pages.MEAN_LIMIT} "
            f"or worst 4×4 block {worst} > {pages.BLOCK_LIMIT}). Actual page and difference: {tmp_path}. "
            f"If the layout change is intended, write the references anew with `{pages.REGENERATE}`, look at "
            f"each changed PNG in {pages.REFERENCES.relative_to(Path.cwd()) if pages.REFERENCES.is_relative_to(Path.cwd()) else pages.REFERENCES} "
            "and commit them with the change.", pytrace=False)


def test_a_moved_line_is_seen_and_antialiasing_is_not(tmp_path: Path) -> None:
    """The tolerance itself: the same page one pixel lower fails; the page blurred a little passes."""
    from PIL import ImageChops, ImageFilter

    with Image.open(pages.Case("demo", "en", "a4").reference) as reference:
        page = reference.convert("L")
    moved = ImageChops.offset(page, 0, 1)
    mean, worst, _ = pages.difference(moved, page)
    assert mean > pages.MEAN_LIMIT or worst > pages.BLOCK_LIMIT
    softer = page.filter(ImageFilter.GaussianBlur(0.4))
    mean, worst, _ = pages.difference(softer, page)
    assert mean <= pages.MEAN_LIMIT and worst <= pages.BLOCK_LIMIT, (mean, worst)


def test_the_references_are_small() -> None:
    files = sorted(pages.REFERENCES.glob("*.png"))
    assert {path.stem for path in files} == {case.name for case in pages.CASES}, "a reference without a case"
    for path in files:
        with Image.open(path) as picture:
            assert picture.mode == "L" and max(picture.size) <= 842, path.name  # grey, 72 dpi
        assert path.stat().st_size < 80_000, path.name
