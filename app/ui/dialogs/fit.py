"""Dialogs that grow with the text: as wide as their width at 12 pt, scaled with the chosen text
size, as tall as their wrapped texts need, and never larger than the screen (walk issue 4).

What does not fit on a really small screen scrolls inside the dialog; its buttons stay in view.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QDialog, QFrame, QLayout, QScrollArea, QVBoxLayout, QWidget

BASE_POINTS = 12  # the text size the dialogs' widths were chosen at (Settings.text_size's default)
ROOM = QSize(40, 80)  # left round the dialog on the screen: its frame, a title bar, a panel


def vertical_scroller(inner: QWidget) -> QScrollArea:
    """``inner`` in a frameless scroll area that scrolls up and down only, at its full width."""
    scroll = QScrollArea()
    scroll.setWidget(inner)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the fields inside, and scrolls to them
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    return scroll


def scrolling_body(dialog: QDialog, body: QLayout, buttons: QWidget) -> QScrollArea:
    """Lay ``dialog`` out as ``body`` in a frameless vertical scroll area with ``buttons`` below it."""
    inner = QWidget()
    inner.setLayout(body)
    body.setContentsMargins(0, 0, 0, 0)
    scroll = vertical_scroller(inner)
    outer = QVBoxLayout(dialog)
    outer.addWidget(scroll, 1)
    outer.addWidget(buttons)
    return scroll


def fit(dialog: QDialog, scroll: QScrollArea, width_at_base: int) -> None:
    """Size ``dialog`` for its text: ``width_at_base`` scaled with the font, the height its wrapped
    texts need at that width, both within the screen (then ``scroll`` scrolls)."""
    owner = dialog.parentWidget()
    screen = (owner or dialog).screen().availableGeometry().size() - ROOM
    scale = max(1.0, dialog.font().pointSizeF() / BASE_POINTS)
    outer = dialog.layout()
    assert outer is not None
    margins = outer.contentsMargins()
    inner = scroll.widget()
    assert inner is not None
    wanted = max(round(width_at_base * scale), inner.minimumSizeHint().width() + margins.left() + margins.right())
    width = min(wanted, screen.width())
    inner_width = width - margins.left() - margins.right()
    layout = inner.layout()
    assert layout is not None
    body = layout.totalHeightForWidth(inner_width) if layout.hasHeightForWidth() else inner.sizeHint().height()
    items = [outer.itemAt(i) for i in range(1, outer.count())]
    rest = sum(item.sizeHint().height() for item in items if item is not None)
    height = body + rest + outer.spacing() * (outer.count() - 1) + margins.top() + margins.bottom()
    dialog.resize(width, min(height, screen.height()))


def fit_height(dialog: QDialog, *, shrink: bool = False, at_least_hint: bool = False) -> None:
    """Never smaller than the wrapped texts need at the dialog's width (a meter's verdict, a warning,
    a refusal appear and grow while typing: a fixed height cut them). ``shrink``: also no taller;
    ``at_least_hint``: never below the size hint either (for layouts whose rows do not all report
    their height for a width)."""
    layout = dialog.layout()
    if layout is None:
        return
    needed = layout.totalHeightForWidth(dialog.width())
    if at_least_hint:
        needed = max(needed, dialog.sizeHint().height())
    dialog.setMinimumHeight(needed)
    if dialog.height() < needed or shrink:
        dialog.resize(dialog.width(), needed)
