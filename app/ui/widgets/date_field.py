"""One field for a date alone: typed as a person writes it, shown with the whole year.

A one-line text field, not a ``QDateEdit``: there are no day, month and year sections, so Tab
and Shift+Tab leave it, and what is typed is read by ``app/core/dates.parse_typed_date``
(``08.01.27``, ``8.1.2027``, ``2027-01-08``, ``1/8/2027`` in the interface's order; a
two-digit year is the nearest to today). When the person is done (Enter, or leaving the
field) the date is taken and shown back in the locale's short format with four digits,
e.g. ``08.01.2027``. Text that is not a date is kept as typed, the stored date stays what it
was, and a hint says why, in red beside the field, in its tooltip and accessible
description, and as an announcement for screen readers. Alt+↓ or F4 (or the calendar icon)
opens a calendar.

Forms that read the date call ``commit()`` first (or ``all_readable`` for several), so a
dialog accepted while a field holds unreadable text stays open with the focus on that field.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Callable
from typing import Protocol

from PySide6 import QtGui
from PySide6.QtCore import QDate, QLocale, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QAccessible, QFocusEvent, QIcon, QKeyEvent, QPainter, QPalette, QPen, QPixmap
from PySide6.QtWidgets import QCalendarWidget, QHBoxLayout, QLabel, QLineEdit, QSizePolicy, QWidget

from app.core.dates import DateProblem, UnreadableDate, date_order, parse_typed_date

from .. import colours
from ..formats import date_pattern
from ..i18n import N_, tr

PROBLEMS = {
    DateProblem.EMPTY: N_("Type a date, for example {example}."),
    DateProblem.SHAPE: N_("“{text}” cannot be read as a date. Type it like {example}."),
    DateProblem.NO_YEAR: N_("“{text}” has no year. Type it like {example}."),
    DateProblem.YEAR: N_("“{text}”: a year has two or four digits, like {example}."),
    DateProblem.MONTH: N_("“{text}”: there are only the months 1 to 12. Type the date like {example}."),
    DateProblem.DAY: N_("“{text}”: this month does not have that day. Type the date like {example}."),
}


def show_date(value: _dt.date) -> str:
    """``value`` in the locale's short format with the whole year; ISO where that could not be
    read back as the same date (a pattern with month names, say), so what is shown is never misread."""
    pattern = date_pattern()
    text = QLocale().toString(QDate(value.year, value.month, value.day), pattern)
    try:
        if parse_typed_date(text, date_order(pattern), value) == value:
            return text
    except UnreadableDate:
        pass
    return value.isoformat()


def read_typed(text: str, today: _dt.date) -> _dt.date:
    """``text`` as a date, in the interface's order (the rule: ``app/core/dates``); ``UnreadableDate`` if not."""
    return parse_typed_date(text, date_order(QLocale().dateFormat(QLocale.FormatType.ShortFormat)), today)


def describe(exc: UnreadableDate, today: _dt.date) -> str:
    """Why the typed text is not a date, and how to type one, in the interface language."""
    return tr(PROBLEMS[exc.problem]).format(text=exc.text.strip(), example=show_date(today))


def mark(edit: QLineEdit, problem: str, tip: str = "") -> None:
    """Show ``problem`` on ``edit``: a red border, its tooltip and accessible description, and an
    announcement for screen readers. An empty ``problem`` takes them away and leaves ``tip``."""
    if not problem:
        edit.setStyleSheet("")
        edit.setToolTip(tip)
        edit.setAccessibleDescription(tip)
        return
    red = colours.warning(edit.palette()).name()
    edit.setStyleSheet(f"QLineEdit {{ border: 2px solid {red}; border-radius: 3px; padding: 1px; }}")
    edit.setToolTip(problem)
    edit.setAccessibleDescription(problem)
    announcement = getattr(QtGui, "QAccessibleAnnouncementEvent", None)  # Qt 6.8 and later
    if announcement is not None and QAccessible.isActive():
        QAccessible.updateAccessibility(announcement(edit, problem))


def hint_label(parent: QWidget) -> QLabel:
    """The words beside a field that say why its text cannot be read (hidden while all is well)."""
    hint = QLabel(parent)
    hint.setTextFormat(Qt.TextFormat.PlainText)
    hint.setWordWrap(True)
    hint.hide()
    return hint


def show_hint(hint: QLabel, problem: str) -> None:
    """Show ``problem`` in red in ``hint``; an empty ``problem`` hides it."""
    if not problem:
        hint.hide()
        hint.clear()
        return
    colours.as_warning(hint)
    hint.setText(problem)
    hint.show()


def _calendar_icon(palette: QPalette) -> QIcon:
    """A small calendar drawn in the text colour (the theme's icon where there is one)."""
    pixmap = QPixmap(16, 16)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    colour = palette.color(QPalette.ColorRole.Text)
    painter.setPen(QPen(colour, 1))
    painter.drawRect(QRect(1, 2, 13, 12))
    painter.fillRect(QRect(1, 2, 14, 4), colour)
    for x in (4, 7, 10):
        for y in (8, 11):
            painter.fillRect(QRect(x, y, 2, 2), colour)
    painter.end()
    return QIcon.fromTheme("x-office-calendar", QIcon(pixmap))


class SelectingLine(QLineEdit):
    """A text field whose whole text is selected when the keyboard arrives (not a click)."""

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        if event.reason() not in (Qt.FocusReason.MouseFocusReason, Qt.FocusReason.PopupFocusReason):
            self.selectAll()  # typing replaces the value, whichever way the focus came


class _Line(SelectingLine):
    """The date's text field: the whole date selected when the keyboard arrives, Alt+↓ / F4 for the calendar."""

    calendar_requested = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        alt_down = event.key() == Qt.Key.Key_Down and event.modifiers() & Qt.KeyboardModifier.AltModifier
        if (alt_down or event.key() == Qt.Key.Key_F4) and not self.isReadOnly():
            self.calendar_requested.emit()
            return
        super().keyPressEvent(event)

    def sizeHint(self) -> QSize:
        sample = show_date(_dt.date(2026, 12, 28))
        width = self.fontMetrics().horizontalAdvance(sample + "MM") + self.fontMetrics().height() + 16
        return QSize(width, super().sizeHint().height())


class DateField(QWidget):
    """A date typed as a person writes it, with a visible hint when it cannot be read."""

    dateChanged = Signal(object)  # the new datetime.date: only a readable date that differs
    returnPressed = Signal()  # Enter, once the typed date was taken

    def __init__(self, value: _dt.date | None = None, name: str = "", *, allow_empty: bool = False,
                 today: Callable[[], _dt.date] = _dt.date.today, hint_beside: bool = True,
                 parent: QWidget | None = None) -> None:
        """``hint_beside``: the hint sits beside the text field; without it the owner places ``hint``."""
        super().__init__(parent)
        self._date = value
        self._allow_empty = allow_empty
        self._today = today
        self._problem = ""
        self.edit = _Line(self)
        self.edit.setAccessibleName(name)  # the text field is what the keyboard and a screen reader reach
        self.edit.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.calendar_action = self.edit.addAction(_calendar_icon(self.palette()),
                                                   QLineEdit.ActionPosition.TrailingPosition)
        self.calendar_action.setToolTip(tr("Choose from a calendar (Alt+↓)"))
        self.calendar_action.triggered.connect(self.open_calendar)
        self.edit.calendar_requested.connect(self.open_calendar)
        self.hint = hint_label(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)
        if hint_beside:
            layout.addWidget(self.hint, 1)
            layout.addStretch(0)  # while there is no hint the field keeps to the left, under the fields above
        else:  # its owner places it (and the hint)
            self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setFocusProxy(self.edit)
        self.edit.textEdited.connect(self._edited)
        self.edit.editingFinished.connect(self.commit)
        self.edit.returnPressed.connect(self._return)
        self._show(value)

    # What the form reads --------------------------------------------------------------------
    def date(self) -> _dt.date | None:
        """The date taken last (never one read from text that is not a date)."""
        return self._date

    def setDate(self, value: _dt.date | None) -> None:  # noqa: N802 - Qt's name, as QDateEdit has it
        changed = value != self._date
        self._date = value
        self._show(value)
        if changed and value is not None:
            self.dateChanged.emit(value)

    def text(self) -> str:
        return self.edit.text()

    def setReadOnly(self, read_only: bool) -> None:  # noqa: N802 - Qt's name
        self.edit.setReadOnly(read_only)
        self.calendar_action.setVisible(not read_only)

    def is_valid(self) -> bool:
        """Whether the text as it stands is a date (or empty, where a date may be left out)."""
        try:
            self._read()
        except UnreadableDate:
            return False
        return True

    def problem(self) -> str:
        """The hint shown now ("" when the text is a date)."""
        return self._problem

    def commit(self) -> bool:
        """Take the typed date (shown back with the whole year) or show why it cannot be read.

        Returns whether the text is a date; when it is not, the stored date does not change.
        """
        try:
            value = self._read()
        except UnreadableDate as exc:
            self._set_problem(exc)
            return False
        self.setDate(value)
        return True

    def focus_problem(self) -> None:
        """Put the keyboard on the text field (its hint shows why it cannot be read)."""
        self.edit.setFocus(Qt.FocusReason.OtherFocusReason)

    # Inside ------------------------------------------------------------------------------
    def _read(self) -> _dt.date | None:
        text = self.edit.text()
        if self._allow_empty and not text.strip():
            return None
        return read_typed(text, self._today())

    def _show(self, value: _dt.date | None) -> None:
        text = show_date(value) if value is not None else ""
        if self.edit.text() != text:
            self.edit.setText(text)
        self._set_problem(None)

    def _edited(self, _text: str) -> None:
        if self._problem and self.is_valid():
            self._set_problem(None)  # mended: the red goes as soon as the text is a date

    def _return(self) -> None:
        if self.commit():
            self.returnPressed.emit()

    def _set_problem(self, exc: UnreadableDate | None) -> None:
        today = self._today()
        if exc is None:
            self._problem = ""
            show_hint(self.hint, "")
            mark(self.edit, "", tr("A date, for example {example}. Alt+↓ opens a calendar.").format(
                example=show_date(today)))
            return
        problem = describe(exc, today)
        if problem == self._problem:
            return  # shown already (Enter, then leaving the field): say it once
        self._problem = problem
        show_hint(self.hint, problem)
        mark(self.edit, problem)

    # The calendar ------------------------------------------------------------------------------
    def open_calendar(self) -> None:
        if self.edit.isReadOnly() or not self.isEnabled():
            return
        calendar = QCalendarWidget(self)
        calendar.setWindowFlags(Qt.WindowType.Popup)
        calendar.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        calendar.setAccessibleName(tr("Calendar"))
        shown = self._date or self._today()
        calendar.setSelectedDate(QDate(shown.year, shown.month, shown.day))
        calendar.setGridVisible(True)

        def pick(day: QDate) -> None:
            calendar.close()
            self.setDate(_dt.date(day.year(), day.month(), day.day()))
            self.edit.setFocus(Qt.FocusReason.PopupFocusReason)

        calendar.activated.connect(pick)  # Enter or a double click
        calendar.clicked.connect(pick)
        below = self.edit.mapToGlobal(QPoint(0, self.edit.height()))
        calendar.move(below)
        calendar.show()
        calendar.setFocus(Qt.FocusReason.PopupFocusReason)


class Typed(Protocol):
    """A field that takes typed text: ``DateField``, ``DateTimeField``."""

    def isEnabled(self) -> bool: ...  # noqa: N802 - Qt's name
    def is_valid(self) -> bool: ...
    def commit(self) -> bool: ...
    def focus_problem(self) -> None: ...


def all_readable(*fields: Typed) -> bool:
    """Take every enabled field's typed date (and time); the first that cannot be read gets the
    focus (its hint shows) and the answer is False, so a form is not saved with a date nobody typed."""
    for field in fields:
        if field.isEnabled() and not field.commit():
            field.focus_problem()
            return False
    return True

