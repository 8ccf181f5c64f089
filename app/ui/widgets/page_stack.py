"""The window's pages: a stack as large as the page it shows, inside a scroll area that gives it the
window's size (``FitContent``). Kept apart from ``reflow`` so that the welcome window does not load the
fitted tables' code before it is shown (issue 17.1)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QStackedWidget, QWidget


class CurrentPageStack(QStackedWidget):
    """A stack as large as the page it shows (a QStackedWidget asks for its largest page's room), so a
    tall overview never makes the session page taller than the window."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.currentChanged.connect(lambda _i: self.updateGeometry())

    def minimumSizeHint(self) -> QSize:
        page = self.currentWidget()
        return page.minimumSizeHint().expandedTo(page.minimumSize()) if page is not None else QSize()

    def sizeHint(self) -> QSize:
        page = self.currentWidget()
        return page.sizeHint() if page is not None else QSize()


class FitContent(QWidget):
    """What a scroll area scrolls: ``inner`` at the scroll area's size, larger only as far as its minimum
    needs (a scroll area would otherwise give a layout with wrapped text its preferred height and scroll
    what fits)."""

    def __init__(self, inner: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._inner = inner
        inner.setParent(self)

    def minimumSizeHint(self) -> QSize:
        hint = self._inner.minimumSizeHint().expandedTo(self._inner.minimumSize())
        # A page with wrapped text needs more at this width than its minimum says (the overview's chart
        # legend lay under the button below it, walk 5): ask its layout for this width
        page = self._inner.currentWidget() if isinstance(self._inner, QStackedWidget) else self._inner
        layout = page.layout() if page is not None else None
        if layout is not None and layout.hasHeightForWidth() and self.width() > 0:
            hint.setHeight(max(hint.height(), layout.totalMinimumHeightForWidth(self.width())))
        return hint

    def sizeHint(self) -> QSize:
        return self.minimumSizeHint()

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._inner.setGeometry(self.rect())
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.updateGeometry()  # the height wrapped text needs follows the width

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:
            self.updateGeometry()
        return super().event(event)
