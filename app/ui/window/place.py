"""Where the keyboard was when the window locked, so that unlocking brings it back.

A ``Place`` remembers the control that had the keyboard focus and where in it: the cursor and
the selection of a text field, the current row and column of a list or table. It keeps
positions only, never text. After unlocking, the page is filled again and ``restore`` gives the
focus back to the same control (choosing its tab first) if it can still take it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QAbstractItemView, QLineEdit, QPlainTextEdit, QTabWidget, QTextEdit, QWidget


@dataclass
class Place:
    page: QWidget | None
    widget: QWidget | None
    cursor: int = -1  # text fields: the cursor …
    anchor: int = -1  # … and the other end of the selection (== cursor: nothing selected)
    row: int = -1  # lists and tables: the current cell
    column: int = 0


@dataclass
class Resume:
    """What unlocking returns to: the page, the session on it (if one was), and the keyboard's place."""

    place: Place
    session_id: int | None = None
    session_place: dict[str, Any] = field(default_factory=dict)  # the session page's own (tab, notes cursor)


def _owner(widget: QWidget | None) -> QWidget | None:
    """The control a person sees: a list's cell editor or viewport belongs to the list."""
    probe = widget
    while probe is not None:
        if isinstance(probe, QAbstractItemView) and probe is not widget:
            return probe
        probe = probe.parentWidget()
    return widget


def remember(page: QWidget | None, focus: QWidget | None) -> Place:
    widget = _owner(focus)
    if page is None or widget is None or not page.isAncestorOf(widget):
        return Place(page, None)
    place = Place(page, widget)
    if isinstance(widget, QLineEdit):
        place.cursor = widget.cursorPosition()
        start, length = widget.selectionStart(), widget.selectionLength()
        place.anchor = place.cursor if start < 0 else (start + length if place.cursor == start else start)
    elif isinstance(widget, (QTextEdit, QPlainTextEdit)):
        cursor = widget.textCursor()
        place.cursor, place.anchor = cursor.position(), cursor.anchor()
    elif isinstance(widget, QAbstractItemView):
        current = widget.currentIndex()
        place.row, place.column = (current.row(), current.column()) if current.isValid() else (-1, 0)
    return place


def _show_tabs_of(widget: QWidget, page: QWidget) -> None:
    """Choose the tab each enclosing tab widget (up to ``page``) shows ``widget`` on."""
    child: QWidget = widget
    while child is not page and (parent := child.parentWidget()) is not None:
        tabs = parent.parentWidget()
        if isinstance(tabs, QTabWidget) and tabs.indexOf(child) >= 0:
            tabs.setCurrentWidget(child)
        child = parent


def restore(place: Place) -> bool:
    """Give the focus back to the remembered control, at the same position; False if it cannot take it."""
    widget, page = place.widget, place.page
    if widget is None or page is None or not shiboken6.isValid(widget) or not page.isAncestorOf(widget):
        return False
    _show_tabs_of(widget, page)
    if not (widget.isVisible() and widget.isEnabled()
            and widget.focusPolicy() != Qt.FocusPolicy.NoFocus):
        return False
    widget.setFocus()
    if isinstance(widget, QLineEdit) and place.cursor >= 0:
        end = len(widget.text())
        cursor, anchor = min(place.cursor, end), min(place.anchor, end)
        widget.setSelection(anchor, cursor - anchor) if cursor != anchor else widget.setCursorPosition(cursor)
    elif isinstance(widget, (QTextEdit, QPlainTextEdit)) and place.cursor >= 0:
        text_cursor = widget.textCursor()
        end = widget.document().characterCount() - 1
        text_cursor.setPosition(min(place.anchor, end))
        text_cursor.setPosition(min(place.cursor, end), QTextCursor.MoveMode.KeepAnchor)
        widget.setTextCursor(text_cursor)
    elif isinstance(widget, QAbstractItemView) and place.row >= 0 and (model := widget.model()) is not None:
        rows = model.rowCount(widget.rootIndex())
        if rows:
            index = model.index(min(place.row, rows - 1), place.column, widget.rootIndex())
            widget.setCurrentIndex(index)
            widget.scrollTo(index)
    return True
