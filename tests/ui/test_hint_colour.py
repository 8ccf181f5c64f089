"""The hint colour (``colours.placeholder``) is found by halving; it must be the shade a step-by-step
search from the background towards the text finds first, for light, dark and odd palettes alike."""

from __future__ import annotations

import itertools

import pytest
from PySide6.QtGui import QColor, QPalette

from app.ui import colours


def first_that_reads(palette: QPalette) -> QColor:
    """The search as it was: every step from the background nearer the text towards the text."""
    backgrounds = (palette.color(QPalette.ColorRole.Base), palette.color(QPalette.ColorRole.Window))
    text = palette.color(QPalette.ColorRole.Text)
    start = min(backgrounds, key=lambda b: colours.contrast(b, text))
    for step in range(101):
        mixed = mix(start, text, step / 100)
        if all(colours.contrast(mixed, b) >= colours.HINT_AIM for b in backgrounds):
            return mixed
    return QColor(text.rgb())


def mix(a: QColor, b: QColor, share: float) -> QColor:
    """``a`` moved ``share`` of the way towards ``b``, opaque: written here again, so that a mistake in
    the module's own mixing cannot hide in the comparison."""
    return QColor.fromRgb(*(round(255 * (x + (y - x) * share)) for x, y in (
        (a.redF(), b.redF()), (a.greenF(), b.greenF()), (a.blueF(), b.blueF()))))


SHADES = ("#ffffff", "#efefef", "#d4d0c8", "#808080", "#3c3c3c", "#2a2a2a", "#000000", "#fdf6e3", "#002b36",
          "#1e1e2e", "#ffffdc", "#7f7f7f")


@pytest.mark.parametrize(("base", "window", "text"),
                         [c for c in itertools.product(SHADES, repeat=3) if c[2] not in c[:2]][::7])
def test_halving_finds_the_same_shade_as_every_step(base: str, window: str, text: str) -> None:
    palette = QPalette()
    for role, colour in ((QPalette.ColorRole.Base, base), (QPalette.ColorRole.Window, window),
                         (QPalette.ColorRole.Text, text)):
        palette.setColor(role, QColor(colour))
    assert colours.placeholder(palette).name() == first_that_reads(palette).name()
