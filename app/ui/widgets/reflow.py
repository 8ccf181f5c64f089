"""Rows and columns that stack when the width is too small for them side by side (issues 13.4, 20.2).

``ReflowSplitter`` lays its children side by side when each gets at least its minimum width and
``chars`` average characters of the current font (one number for all, or one per child), and one
below the other otherwise; side by side, the room beyond that goes to them by ``weights``. ``ReflowRow``
does the same for a row of fields, ``ReflowColumns`` for a page's columns (each its least width as the
page reckons it from the text size; ``column_widths``). All ask their parents only for the width of the
widest child, so larger text or focus mode never push the window beyond the screen.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QPoint, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QLayout, QSplitter, QWidget

from .fitted_table import FittedTable

MARGINS = 12  # beside a list in its column, until it is laid out (a frame and a layout's margin)


def _needed(children: list[tuple[QWidget, int]], spacing: int) -> int:
    """The width the children need side by side (each at least ``chars`` average characters)."""
    widths = [_least(child, chars) for child, chars in children if not child.isHidden()]
    return sum(widths) + spacing * max(0, len(widths) - 1)


def _least(child: QWidget, chars: int) -> int:
    """A child's least width side by side: its minimum, at least ``chars`` average characters, and the
    room its fitted lists want beyond their minimum (``FittedTable.wanted_width``)."""
    wants = max((t.wanted_width() + 2 * max(t.mapTo(child, QPoint(0, 0)).x(), MARGINS)
                 for t in child.findChildren(FittedTable)), default=0)  # with the margins beside it
    return max(child.minimumSizeHint().width(), wants, child.fontMetrics().averageCharWidth() * chars)


class ReflowSplitter(QSplitter):
    def __init__(self, chars: int | Sequence[int], lines: int = 10, parent: QWidget | None = None, *,
                 weights: Sequence[int] | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self._chars = chars
        self._weights = weights  # how the room beyond the least widths is shared (None: as QSplitter does)
        self._lines = lines  # each child's height when stacked
        self.setChildrenCollapsible(False)

    def _children(self) -> list[QWidget]:
        return [w for i in range(self.count()) if (w := self.widget(i)) is not None]

    def _chars_of(self, index: int) -> int:
        return self._chars if isinstance(self._chars, int) else self._chars[index]

    def minimumSizeHint(self) -> QSize:
        children = [c for c in self._children() if not c.isHidden()]
        hints = [c.minimumSizeHint().expandedTo(c.minimumSize()) for c in children]
        width = max((h.width() for h in hints), default=0)
        if self.orientation() == Qt.Orientation.Horizontal:
            return QSize(width, max((h.height() for h in hints), default=0))
        return QSize(width, sum(h.height() for h in hints) + self.handleWidth() * max(0, len(hints) - 1))

    def _reflow(self, width: int) -> None:
        children = self._children()
        side_by_side = width >= _needed([(c, self._chars_of(n)) for n, c in enumerate(children)], self.handleWidth())
        least = [_least(c, self._chars_of(n)) for n, c in enumerate(children)]
        for child, room in zip(children, least, strict=True):  # side by side each keeps its room, stacked its lines
            child.setMinimumWidth(room if side_by_side else 0)
            child.setMinimumHeight(0 if side_by_side else child.fontMetrics().lineSpacing() * self._lines)
        wanted = Qt.Orientation.Horizontal if side_by_side else Qt.Orientation.Vertical
        if wanted != self.orientation():
            self.setOrientation(wanted)
        if side_by_side and self._weights is not None and not any(c.isHidden() for c in children):
            spare = max(0, width - sum(least) - self.handleWidth() * (len(children) - 1))
            total = sum(self._weights) or 1
            self.setSizes([room + spare * weight // total for room, weight in zip(least, self._weights, strict=True)])
        self.updateGeometry()

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._reflow(event.size().width())
        super().resizeEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._reflow(self.width())

    def event(self, event: QEvent) -> bool:
        done = super().event(event)
        if event.type() == QEvent.Type.LayoutRequest and self.isVisible():
            self._reflow(self.width())  # a child asks for other room (a list's columns grew)
        return done


class ReflowRow(QWidget):
    """A row of widgets that becomes a column when they do not fit side by side."""

    def __init__(self, widgets: list[tuple[QWidget, int]], end_stretch: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._box = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self._box.setContentsMargins(0, 0, 0, 0)
        self._widgets = [w for w, _ in widgets]
        self._needs = [(w, 15 if stretch else 0) for w, stretch in widgets]  # a stretching field: 15 characters
        for widget, stretch in widgets:
            self._box.addWidget(widget, stretch)
        if end_stretch:
            self._box.addStretch()

    def minimumSizeHint(self) -> QSize:
        hints = [w.minimumSizeHint().expandedTo(w.minimumSize()) for w in self._widgets if not w.isHidden()]
        width = max((h.width() for h in hints), default=0)
        if self._box.direction() == QBoxLayout.Direction.LeftToRight:
            return QSize(width, max((h.height() for h in hints), default=0))
        return QSize(width, sum(h.height() for h in hints) + self._box.spacing() * max(0, len(hints) - 1))

    def _reflow(self, width: int) -> None:
        fits = width >= _needed(self._needs, self._box.spacing())
        wanted = QBoxLayout.Direction.LeftToRight if fits else QBoxLayout.Direction.TopToBottom
        if wanted != self._box.direction():
            self._box.setDirection(wanted)
            self.updateGeometry()

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._reflow(event.size().width())
        super().resizeEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._reflow(self.width())


def column_widths(width: int, least: Sequence[int], spacing: int) -> list[int] | None:
    """The widths of columns side by side in ``width``: equal shares, except that a column whose share is
    below its ``least`` gets its least and the others share the rest; None when the least widths do not
    fit side by side (the columns go one below the other)."""
    room = width - spacing * max(0, len(least) - 1)
    if not least or sum(least) > room:
        return None
    widths = [0] * len(least)
    free = list(range(len(least)))
    while free:  # the columns that need more than an equal share take their least first
        share = (room - sum(widths)) // len(free)
        needy = [i for i in free if least[i] > share]
        if not needy:
            break
        for i in needy:
            widths[i] = least[i]
            free.remove(i)
    for n, i in enumerate(free):  # the rest equally (the last takes what rounding leaves)
        left = room - sum(widths)
        widths[i] = left if n == len(free) - 1 else left // (len(free) - n)
    return widths


class ReflowColumns(QWidget):
    """A page's columns side by side, each at least its ``least`` width (asked each time: it follows the
    text size and what the column's lists show) and otherwise equal (``column_widths``); one below the
    other when that does not fit."""

    def __init__(self, columns: Sequence[tuple[QWidget, Callable[[], int]]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._box = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self._box.setContentsMargins(0, 0, 0, 0)
        self._box.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)  # the widths set below are not asked
        for widget, _least in self._columns:
            self._box.addWidget(widget, 1)

    @property
    def side_by_side(self) -> bool:
        return self._box.direction() == QBoxLayout.Direction.LeftToRight

    def minimumSizeHint(self) -> QSize:
        hints = [w.minimumSizeHint() for w, _ in self._columns if not w.isHidden()]
        width = max((h.width() for h in hints), default=0)
        if self.side_by_side:
            return QSize(width, max((h.height() for h in hints), default=0))
        return QSize(width, sum(h.height() for h in hints) + self._box.spacing() * max(0, len(hints) - 1))

    def sizeHint(self) -> QSize:
        return self.minimumSizeHint()

    def reflow(self) -> None:
        shown = [(w, least) for w, least in self._columns if not w.isHidden()]
        widths = column_widths(self.width(), [least() for _w, least in shown], self._box.spacing())
        for n, (widget, _least) in enumerate(shown):
            widget.setMinimumWidth(widths[n] if widths is not None else 0)
        wanted = QBoxLayout.Direction.LeftToRight if widths is not None else QBoxLayout.Direction.TopToBottom
        if wanted != self._box.direction():
            self._box.setDirection(wanted)
            self.updateGeometry()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.reflow()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self.reflow()

    def event(self, event: QEvent) -> bool:
        done = super().event(event)
        if event.type() == QEvent.Type.LayoutRequest and self.isVisible():
            self.reflow()  # a list's columns grew or shrank
        return done
