"""What a key brings up is in view: a page that scrolls (a session at large text) scrolls to the
control a shortcut put the keyboard in, instead of leaving it below the visible part (the person
pressed the key and saw nothing change).

``bring_into_view`` finds the scroll areas by walking up from the control, so it works inside any
page and inside the window's own scroll area alike. ``tab_keys_land_in_page`` makes a tab's
Alt+letter do what the "Go to" menu does: switch, put the keyboard in the page, show it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QTimer
from PySide6.QtWidgets import QGroupBox, QScrollArea, QTabWidget, QWidget

MARGIN = 12  # px left above and below what is brought into view, so that it does not touch the edge


def _scroll_areas(widget: QWidget) -> list[QScrollArea]:
    """The scroll areas ``widget`` lies in, innermost first."""
    found = []
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea):
            content = parent.widget()
            if content is not None and content.isAncestorOf(widget):
                found.append(parent)
        parent = parent.parentWidget()
    return found


def _box_of(widget: QWidget) -> QWidget | None:
    """The group box ``widget`` sits in (its heading names it), if any."""
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QGroupBox):
        parent = parent.parentWidget()
    return parent


def bring_into_view(target: QWidget, *context: QWidget) -> None:
    """Scroll so that ``target`` shows whole, and with it each of the ``context`` (a tab bar, the
    tabs below it) and then the group box it sits in, as far as the viewport holds them together;
    where it does not, ``target`` wins."""
    box_of = _box_of(target)
    context = (*context, box_of) if box_of is not None else context
    for area in _scroll_areas(target):
        content = area.widget()
        assert content is not None  # _scroll_areas takes only areas with content

        def box(widget: QWidget, into: QWidget = content) -> QRect:
            return QRect(widget.mapTo(into, QPoint(0, 0)), widget.size())

        wanted = box(target)
        for other in context:
            if content.isAncestorOf(other) and other.isVisible():
                joined = wanted.united(box(other))
                if joined.height() + 2 * MARGIN <= area.viewport().height():
                    wanted = joined
        centre = wanted.center()
        area.ensureVisible(centre.x(), centre.y(), wanted.width() // 2 + MARGIN, wanted.height() // 2 + MARGIN)


class _KeepInView(QObject):
    """Brings ``target`` into view again while the page settles: a page just shown (a search hit's
    session) or a tab just switched lays itself out after the key, and resizes its scroll areas."""

    SETTLE_MS = 500

    def __init__(self, target: QWidget, context: tuple[QWidget, ...]) -> None:
        super().__init__(target)
        self._target = target
        self._context = context
        self._again = QTimer(self, singleShot=True, interval=0)
        self._again.timeout.connect(lambda: bring_into_view(self._target, *self._context))
        for area in _scroll_areas(target):
            area.viewport().installEventFilter(self)
            content = area.widget()
            if content is not None:
                content.installEventFilter(self)
        QTimer.singleShot(self.SETTLE_MS, self, self.deleteLater)  # gone: the filters go with it

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Resize:
            self._again.start()
        return False


def bring_into_view_soon(target: QWidget, *context: QWidget) -> None:
    """``bring_into_view`` now, once more when the events already queued have run, and again whenever
    a scroll area around ``target`` changes size in the next half second (the page laying itself out)."""
    bring_into_view(target, *context)
    _KeepInView(target, context)._again.start()


class _AltLetterLands(QObject):
    def __init__(self, tabs: QTabWidget, land: Callable[[int], None]) -> None:
        super().__init__(tabs)
        self._tabs = tabs
        self._land = land

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Shortcut:  # a tab's Alt+letter: the bar switches first
            QTimer.singleShot(0, self._tabs, lambda: self._land(self._tabs.currentIndex()))
        return False


def tab_keys_land_in_page(tabs: QTabWidget, land: Callable[[int], None]) -> None:
    """After a tab's Alt+letter has switched ``tabs``, call ``land(index)`` (which puts the keyboard in
    that page and brings it into view), as the "Go to" menu's keys do."""
    tabs.tabBar().installEventFilter(_AltLetterLands(tabs, land))
