"""The few colours the app chooses itself, for light and dark palettes alike.

Everything else comes from the system palette. Warnings and chart lines have
one shade for light backgrounds and one for dark ones, picked from the window's
palette, so they keep their contrast when the system switches to dark mode
(tested against WCAG ratios: 4.5:1 for text, 3:1 for lines).
"""

from __future__ import annotations

from bisect import bisect_left

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QLabel

WARNING = {"light": "#b3261e", "dark": "#ffb4ab"}
# The frame around the item that has the keyboard focus: at least 3:1 against the list's base.
FOCUS = {"light": "#1a5fb4", "dark": "#99c1f1"}
# After the Okabe–Ito colours (distinguishable with colour-vision deficiency): darker shades on
# light backgrounds and lighter ones on dark, each at least 3:1 against the window.
SERIES = {"light": ("#0072B2", "#B35C00", "#007A5A", "#A8457F", "#C04A00", "#4B5FA6"),
          "dark": ("#56B4E9", "#E69F00", "#2FD3A0", "#E7A3CB", "#FF8A4C", "#F0E442")}


def scheme(palette: QPalette) -> str:
    """"dark" when the window background is dark, else "light"."""
    return "dark" if palette.color(QPalette.ColorRole.Window).lightnessF() < 0.5 else "light"


def warning(palette: QPalette) -> QColor:
    return QColor(WARNING[scheme(palette)])


def focus(palette: QPalette) -> QColor:
    return QColor(FOCUS[scheme(palette)])


def series(palette: QPalette) -> tuple[QColor, ...]:
    return tuple(QColor(c) for c in SERIES[scheme(palette)])


def _luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())


def contrast(a: QColor, b: QColor) -> float:
    """The WCAG contrast ratio of two colours, from 1 to 21."""
    light, dark = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


HINT_CONTRAST = 4.5  # placeholder ("hint") text is text too: WCAG's ratio for normal text
HINT_AIM = 4.8  # what the hint colour aims for: a little over the minimum, still clearly lighter than text


def _mix(a: QColor, b: QColor, share: float) -> QColor:
    """``a`` moved ``share`` of the way towards ``b``, opaque (a colour's alpha is not what is seen)."""
    return QColor.fromRgb(*(round(255 * (x + (y - x) * share)) for x, y in (
        (a.redF(), b.redF()), (a.greenF(), b.greenF()), (a.blueF(), b.blueF()))))


def placeholder(palette: QPalette) -> QColor:
    """Hint text: the palest shade between the background and the text colour that still reads at
    ``HINT_AIM`` against both the field's base and the window (hint labels sit on the window), so it is
    clearly lighter than typed text (about #686868 on white with black text; the mirror on dark).

    Qt's own hint colour is the text colour at half opacity: taken as it is, that was typed text's black."""
    backgrounds = (palette.color(QPalette.ColorRole.Base), palette.color(QPalette.ColorRole.Window))
    text = palette.color(QPalette.ColorRole.Text)
    start = min(backgrounds, key=lambda b: contrast(b, text))  # the background nearer the text's shade

    def reads(step: int) -> bool:
        mixed = _mix(start, text, step / 100)
        return all(contrast(mixed, b) >= HINT_AIM for b in backgrounds)

    # From the background nearer the text towards the text, each step leaves both backgrounds further
    # behind: once a shade reads, every later one does. So the first that reads is found by halving
    # (7 steps, not up to 101: this runs before the window is shown).
    step = bisect_left(range(101), True, key=reads)
    return _mix(start, text, step / 100) if step <= 100 else _mix(text, text, 0)


def with_readable_hints(palette: QPalette) -> QPalette:
    """``palette`` with hint text that meets ``HINT_CONTRAST`` in the active and inactive groups; changed
    in place and returned (``QApplication.palette()`` gives a copy; QPalette's copy constructor would
    load Qt's namespace before the window is shown: 15 ms, issue 17.1)."""
    result = palette
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        result.setCurrentColorGroup(group)
        result.setColor(group, QPalette.ColorRole.PlaceholderText, placeholder(result))
    result.setCurrentColorGroup(QPalette.ColorGroup.Active)
    return result


def as_hint(label: QLabel) -> None:
    """A label that says how to use what is above it, in the hint colour: readable (``placeholder``), unlike a
    disabled label's grey (#bebebe on #efefef, 1.6:1), and following the palette when it changes."""
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)


def as_warning(label: QLabel, on: bool = True) -> None:
    """A label in the warning colour (``on``), or back to the palette it inherits, through the palette:
    a style sheet on a widget stops it from following the text size (Ctrl+Plus left such labels as they
    were, walk of 2026-12-05)."""
    if not on:
        label.setPalette(QPalette())  # nothing of its own: all inherited again
        return
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.WindowText, warning(label.palette()))  # only this role its own
    label.setPalette(palette)
