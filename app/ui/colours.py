"""The few colours the app chooses itself, for light and dark palettes alike.

Everything else comes from the system palette. Warnings and chart lines have
one shade for light backgrounds and one for dark ones, picked from the window's
palette, so they keep their contrast when the system switches to dark mode
(tested against WCAG ratios: 4.5:1 for text, 3:1 for lines).
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette

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


def placeholder(palette: QPalette) -> QColor:
    """The palette's hint colour, darkened (or lightened) towards the text colour until it reads
    at 4.5:1 against the field's background; Fusion's grey on white is about 4:1."""
    base = palette.color(QPalette.ColorRole.Base)
    hint = palette.color(QPalette.ColorRole.PlaceholderText)
    text = palette.color(QPalette.ColorRole.Text)
    for step in range(11):
        mixed = QColor.fromRgbF(*(h + (t - h) * step / 10 for h, t in (
            (hint.redF(), text.redF()), (hint.greenF(), text.greenF()), (hint.blueF(), text.blueF()))))
        if contrast(mixed, base) >= HINT_CONTRAST:
            return mixed
    return text


def with_readable_hints(palette: QPalette) -> QPalette:
    """``palette`` with hint text that meets ``HINT_CONTRAST`` in every colour group."""
    result = QPalette(palette)
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        result.setCurrentColorGroup(group)
        result.setColor(group, QPalette.ColorRole.PlaceholderText, placeholder(result))
    result.setCurrentColorGroup(QPalette.ColorGroup.Active)
    return result
