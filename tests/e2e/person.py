"""A person at the laptop: finds what is on screen by the name a screen reader would say (or a
button's, tab's or menu entry's visible text), clicks it, types and presses keys where the keyboard is.

Nothing here calls a method of a page or sets the focus in code. Every control the person uses is
recorded with where it was at that moment, so that the walk can check afterwards that each one was
inside its window and the window inside a 1280×800 screen (a control beyond it cannot be reached).
Names are given in the source language and shown through ``tr``, the way the app shows them; in
another language the walk checks that they were really translated (``untranslated``).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, QPoint, QPointF, QRect, QSize, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMenuBar,
    QPlainTextEdit,
    QRadioButton,
    QTabBar,
    QWidget,
)
from pytestqt.qtbot import QtBot

from app.ui.i18n import tr
from tests.ui.conftest import type_text

SCREEN = QSize(1280, 800)
NO_MODIFIER = Qt.KeyboardModifier.NoModifier
CTRL = Qt.KeyboardModifier.ControlModifier
# Sources that read the same in German (so that seeing them unchanged is not a missing translation)
SAME_IN_GERMAN = {"Mentee", "Agenda", "&Journal", "Feedback", "&Feedback", "Journal", "Passphrase"}


def plain(text: str) -> str:
    """A label's text as read: without the & that marks its Alt key."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


@dataclass
class Use:
    """One control used: what the person looked for, what it is called on screen, and where it was."""

    step: str
    source: str
    shown: str
    window: str
    box: QRect  # in its window's coordinates
    window_size: QSize
    seen: bool  # not hidden by a scroll area or anything it sits in

    def problem(self) -> str | None:
        inside = QRect(QPoint(0, 0), self.window_size).contains(self.box)
        fits = self.window_size.width() <= SCREEN.width() and self.window_size.height() <= SCREEN.height()
        if inside and fits and self.seen:
            return None
        where = (f"{self.box.x()},{self.box.y()} {self.box.width()}×{self.box.height()} in "
                 f"{self.window} ({self.window_size.width()}×{self.window_size.height()})")
        why = "hidden from view" if not self.seen else "outside its window" if not inside else "window beyond 1280×800"
        return f"{self.step}: “{self.shown}” {why}: {where}"


class Person:
    """Looks, clicks, types. ``step`` names what the walk is doing (for the record of controls used)."""

    def __init__(self, qtbot: QtBot, window: QWidget, shots: Path | None = None, prefix: str = "") -> None:
        self.qtbot = qtbot
        self.window = window
        self.used: list[Use] = []
        self.step = "start"
        self.shots = shots
        self.prefix = prefix
        self._shot_count = 0

    # Where the person looks --------------------------------------------------------------------
    def top(self) -> QWidget:
        """The window in front: an open dialog, else the main window."""
        modal = QApplication.activeModalWidget()
        return modal if modal is not None and modal.isVisible() else self.window

    def _visible_in(self, top: QWidget, kind: type) -> Iterator[QWidget]:
        for widget in top.findChildren(kind):
            if widget.isVisible() and widget.window() is top and widget.isEnabled():
                yield widget

    def find(self, source: str, kind: type = QWidget, within: QWidget | None = None, *, literal: bool = False,
             fmt: dict[str, str] | None = None) -> Any:
        """The one visible, enabled control called ``tr(source)`` (accessible name, else a button's text),
        formatted with ``fmt``; ``literal``: ``source`` is the name as shown (Qt's own buttons)."""
        top = within or self.top()
        name = source if literal else tr(source)
        name = name.format(**fmt) if fmt else name
        found = [w for w in self._visible_in(top, kind) if _called(w) == plain(name)]
        if len(found) != 1:
            seen = sorted({_called(w) for w in self._visible_in(top, QWidget) if _called(w)})
            raise LookupError(f"{len(found)} visible controls called “{plain(name)}” in “{top.windowTitle()}”; "
                              f"there are: {seen}")
        return found[0]

    def sees(self, source: str, kind: type = QWidget, within: QWidget | None = None, **how: Any) -> bool:
        try:
            self.find(source, kind, within, **how)
        except LookupError:
            return False
        return True

    def texts(self, within: QWidget | None = None) -> list[str]:
        """Every text shown in the window in front: labels, buttons, fields (what the person reads)."""
        top = within or self.top()
        shown = []
        for widget in top.findChildren(QWidget):
            if not widget.isVisible() or widget.window() is not top:
                continue
            for getter in ("text", "toPlainText", "placeholderText", "title"):
                value = getattr(widget, getter, None)
                if callable(value):
                    try:
                        text = value()
                    except TypeError:
                        continue
                    if isinstance(text, str) and text:
                        shown.append(text)
                    break
        return shown

    def words_shown(self, within: QWidget | None = None) -> set[str]:
        """Every interface text on the window in front: labels, buttons, hints in empty fields, tabs,
        box titles, list headers and drop-down choices (not what was typed)."""
        top = within or self.top()
        shown: set[str] = {top.windowTitle()}
        for widget in top.findChildren(QWidget):
            if not widget.isVisible() or widget.window() is not top:
                continue
            if isinstance(widget, (QLabel, QAbstractButton)):
                shown.add(plain(widget.text()))
            if isinstance(widget, QLineEdit) and not widget.text():
                shown.add(widget.placeholderText())
            if isinstance(widget, QPlainTextEdit) and not widget.toPlainText():
                shown.add(widget.placeholderText())
            if isinstance(widget, QComboBox):
                shown.add(widget.placeholderText() if widget.currentIndex() < 0 else widget.currentText())
            if isinstance(widget, QTabBar):
                shown.update(plain(widget.tabText(i)) for i in range(widget.count()))
            if isinstance(widget, QGroupBox):
                shown.add(widget.title())
            if isinstance(widget, QHeaderView) and widget.orientation() == Qt.Orientation.Horizontal:
                model = widget.model()
                if model is not None:
                    shown.update(str(model.headerData(c, Qt.Orientation.Horizontal)) for c in range(model.columnCount()))
        return {text.strip() for text in shown if text and text.strip()}

    def cut_off_labels(self, within: QWidget | None = None) -> list[str]:
        """Texts of the window in front that do not show whole: wrapped ones lower than their lines need,
        one-line ones narrower than their line, or any reaching beyond the window."""
        top = within or self.top()
        cut = []
        inside = QRect(QPoint(0, 0), top.size())
        for label in top.findChildren(QLabel):
            if not label.isVisible() or label.window() is not top or not label.text():
                continue
            box = QRect(label.mapTo(top, QPoint(0, 0)), label.size())
            short = (label.height() < label.heightForWidth(label.width()) if label.wordWrap()
                     else label.width() < label.sizeHint().width())
            if short or not inside.contains(box):
                needs = (f"{label.width()}×{label.heightForWidth(label.width())}" if label.wordWrap()
                         else f"{label.sizeHint().width()}×{label.height()}")
                cut.append(f"“{label.text()[:60]}” ({label.width()}×{label.height()}, needs {needs})")
        return cut

    def cut_off_hints(self, within: QWidget | None = None) -> list[str]:
        """Hints in empty one-line fields of the window in front that the field cuts short."""
        top = within or self.top()
        cut = []
        for edit in top.findChildren(QLineEdit):
            if not edit.isVisible() or edit.window() is not top or edit.text() or not edit.placeholderText():
                continue
            room = edit.width() - 8 - sum(20 for action in edit.actions() if action.isVisible())  # frame, icons
            if edit.fontMetrics().horizontalAdvance(edit.placeholderText()) > room:
                cut.append(f"“{edit.placeholderText()}” ({edit.width()} px wide)")
        return cut

    # Recording ----------------------------------------------------------------------------------
    def _record(self, widget: QWidget, source: str, point: QPoint | None = None, shown: str = "") -> None:
        """Note a control used (at ``point``, in its coordinates): where it was, whether it could be seen."""
        top = widget.window()
        box = QRect(widget.mapTo(top, QPoint(0, 0)), widget.size())
        region = widget.visibleRegion()  # what shows of it (its own parts, a text box's viewport, count too)
        for part in widget.findChildren(QWidget):
            if part.isVisible() and part.window() is top:
                region += part.visibleRegion().translated(part.mapTo(widget, QPoint(0, 0)))
        seen = region.contains(point) if point is not None else not region.isEmpty()
        self.used.append(Use(self.step, source, shown or _called(widget) or type(widget).__name__,
                             top.windowTitle() or type(top).__name__, box, top.size(), seen))

    def problems(self) -> list[str]:
        return [p for use in self.used if (p := use.problem()) is not None]

    def untranslated(self) -> list[str]:
        """Controls found by a name that the interface shows in the source language."""
        return sorted({u.source for u in self.used if u.source and u.source not in SAME_IN_GERMAN
                       and tr(u.source) == u.source})

    # Acting -----------------------------------------------------------------------------------------
    def click(self, source: str, kind: type = QWidget, within: QWidget | None = None, **how: Any) -> Any:
        widget = self.find(source, kind, within, **how)
        self.click_widget(widget, "" if how.get("literal") else source)
        return widget

    def click_widget(self, widget: QWidget, source: str = "", point: QPoint | None = None) -> None:
        """Click where the control shows (its middle): the part of it under the mouse gets the click,
        as a text field inside a combo box or a spin box does."""
        if point is None and isinstance(widget, (QCheckBox, QRadioButton)):  # on its box and words, not beside
            point = QPoint(min(widget.width(), widget.sizeHint().width()) // 2, widget.height() // 2)
        point = point if point is not None else widget.rect().center()
        self._record(widget, source, point)
        self.activate(widget.window())
        target = widget.childAt(point)
        if target is not None and target.isVisible() and not isinstance(widget, QAbstractItemView):
            self.qtbot.mouseClick(target, Qt.MouseButton.LeftButton, pos=target.mapFrom(widget, point))
        else:
            self.qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=point)

    def field(self, source: str, text: str, kind: type = QWidget, **how: Any) -> Any:
        """Click into a field and type (what was there stays: the cursor goes to the end first)."""
        widget = self.click(source, kind, **how)
        self.key(Qt.Key.Key_End, CTRL if isinstance(widget, QPlainTextEdit) else NO_MODIFIER)
        self.type(text)
        return widget

    def tab(self, source: str) -> None:
        """Click the tab with this text."""
        self.activate(self.top())
        name = plain(tr(source))
        for bar in self._visible_in(self.top(), QTabBar):
            for index in range(bar.count()):
                if plain(bar.tabText(index)) == name:
                    rect = bar.tabRect(index)
                    self._record(bar, source, rect.center(), shown=name)
                    self.qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=rect.center())
                    return
        raise LookupError(f"no tab “{name}” in “{self.top().windowTitle()}”")

    def item(self, view_source: str, text: str, *, double: bool = False, column: int = 0,
             at_column: int | None = None) -> QModelIndex:
        """Click (or double-click) the entry of a list that shows ``text`` in ``column`` (in the row's
        ``at_column`` cell, if given: a check box, say)."""
        view = self.find(view_source, QAbstractItemView)
        self.activate(view.window())
        model = view.model()
        for row in range(model.rowCount()):
            if model.index(row, column).data() == text:
                index = model.index(row, column if at_column is None else at_column)
                self._scroll_to(view, index)
                rect = view.visualRect(index)
                self._record(view.viewport(), view_source, rect.center(), shown=_called(view))
                if double:
                    self.qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
                    self.qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
                else:
                    self.qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
                return index
        shown = [model.index(r, column).data() for r in range(model.rowCount())]
        raise LookupError(f"“{text}” is not in “{tr(view_source)}”: {shown}")

    def _scroll_to(self, view: QAbstractItemView, index: QModelIndex) -> None:
        """Turn the mouse wheel over a list until the entry shows whole (as far as the list scrolls)."""
        viewport = view.viewport()
        for _ in range(100):
            rect = view.visualRect(index)
            if viewport.rect().contains(rect) or rect.height() > viewport.height():
                return
            step = -120 if rect.bottom() > viewport.rect().bottom() else 120
            before = (view.verticalScrollBar().value(), view.horizontalScrollBar().value())
            centre = QPointF(viewport.rect().center())
            wheel = QWheelEvent(centre, QPointF(viewport.mapToGlobal(viewport.rect().center())), QPoint(0, 0),
                                QPoint(0, step), Qt.MouseButton.NoButton, NO_MODIFIER, Qt.ScrollPhase.NoScrollPhase,
                                False)
            QApplication.sendEvent(viewport, wheel)
            if (view.verticalScrollBar().value(), view.horizontalScrollBar().value()) == before:
                return  # it scrolls no further

    def choose(self, combo_source: str, choice: str) -> None:
        """Open a drop-down list with a click and click the entry shown as ``choice``."""
        combo = self.click(combo_source, QComboBox)
        popup = combo.view()
        self.qtbot.waitUntil(popup.isVisible, timeout=2000)
        self.qtbot.wait(QApplication.doubleClickInterval() + 50)  # the list ignores a release that soon after opening
        for row in range(combo.count()):
            if combo.itemText(row) == choice:
                index = popup.model().index(row, combo.modelColumn())
                popup.scrollTo(index)
                rect = popup.visualRect(index)
                self._record(popup.viewport(), "", rect.center(), shown=choice)
                self.qtbot.mouseClick(popup.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
                self.qtbot.waitUntil(lambda: not popup.isVisible(), timeout=2000)
                return
        raise LookupError(f"“{choice}” is not offered in “{tr(combo_source)}”: "
                          f"{[combo.itemText(r) for r in range(combo.count())]}")

    def menu(self, menu_source: str, entry_source: str) -> None:
        """Click a menu of the menu bar, then one of its entries."""
        bar = self.window.findChild(QMenuBar)
        assert bar is not None
        menu_name, entry_name = plain(tr(menu_source)), plain(tr(entry_source))
        action = next((a for a in bar.actions() if plain(a.text()) == menu_name), None)
        if action is None:
            raise LookupError(f"no menu “{menu_name}”: {[plain(a.text()) for a in bar.actions()]}")
        rect = bar.actionGeometry(action)
        self.activate(self.window)
        self._record(bar, menu_source, rect.center(), shown=menu_name)
        self.qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=rect.center())
        menu = action.menu()
        assert isinstance(menu, QMenu)
        self.qtbot.waitUntil(menu.isVisible, timeout=2000)
        entry = next((a for a in menu.actions() if plain(a.text()) == entry_name), None)
        if entry is None or not entry.isEnabled():
            menu.hide()
            raise LookupError(f"no enabled entry “{entry_name}” in “{menu_name}”: "
                              f"{[(plain(a.text()), a.isEnabled()) for a in menu.actions() if a.text()]}")
        rect = menu.actionGeometry(entry)
        self.used.append(Use(self.step, entry_source, entry_name, menu_name, rect, menu.size(), True))
        self.qtbot.mouseClick(menu, Qt.MouseButton.LeftButton, pos=rect.center())

    def type(self, text: str) -> None:
        """Type where the keyboard is (a newline is Enter)."""
        self.activate(self.top())
        target = QApplication.focusWidget()
        assert target is not None, f"{self.step}: nothing has the keyboard focus"
        self._record(target, "")
        type_text(self.qtbot, text, target)

    def activate(self, top: QWidget) -> None:
        """The window the person works in is the active one (as the desktop makes it when a dialog
        closes; the offscreen platform does not)."""
        if not top.isActiveWindow():
            top.activateWindow()
            self.qtbot.waitUntil(top.isActiveWindow, timeout=2000)

    def key(self, key: Qt.Key, modifier: Qt.KeyboardModifier = NO_MODIFIER, times: int = 1) -> None:
        self.activate(self.top())
        for _ in range(times):
            target = QApplication.focusWidget()
            assert target is not None, f"{self.step}: nothing has the keyboard focus"
            self.qtbot.keyClick(target, key, modifier)

    def focused(self) -> str:
        """The name of the control with the keyboard focus, as a screen reader says it."""
        widget = QApplication.focusWidget()
        while widget is not None and not _called(widget) and isinstance(widget.parentWidget(), QComboBox):
            widget = widget.parentWidget()
        return _called(widget) if widget is not None else ""

    def wait(self, condition: Callable[[], Any], timeout: int = 10_000) -> None:
        self.qtbot.waitUntil(lambda: bool(condition()), timeout=timeout)

    # Looking at it --------------------------------------------------------------------------------
    def shot(self, name: str, widget: QWidget | None = None) -> None:
        """A picture of the window in front (only when E2E_SHOTS names a folder)."""
        if self.shots is None:
            return
        QApplication.processEvents()
        self._shot_count += 1
        target = widget or self.top()
        target.grab().save(str(self.shots / f"{self.prefix}{self._shot_count:02d}-{name}.png"))


def _called(widget: QWidget) -> str:
    """What a screen reader says for a control: its accessible name, else a button's text."""
    if widget.accessibleName():
        return widget.accessibleName()
    if isinstance(widget, QAbstractButton):
        return plain(widget.text())
    return ""


def shots_folder(language: str) -> Path | None:
    """Where screenshots go (E2E_SHOTS, e.g. /tmp/e2e-shots), never the repository; None: none taken."""
    folder = os.environ.get("E2E_SHOTS")
    if not folder:
        return None
    path = Path(folder)
    path.mkdir(parents=True, exist_ok=True)
    for old in path.glob(f"{language}-*.png"):
        old.unlink()
    return path
