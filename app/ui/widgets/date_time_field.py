"""One field for a date and a time of day: a ``DateField`` and a one-line time field side by side.

Not a ``QDateTimeEdit``: Tab goes from the date to the time and then out of the field (Shift+Tab
back), the date is typed and shown as in ``DateField`` (the whole year), and the time is typed as
a person writes it, on the 24-hour clock (``18:30``, ``18.30``, ``18``, ``1830``; the rule is
``app/core/dates.parse_typed_time``) and shown back as ``18:30`` in every language. Each part has
its own accessible name ("<name>: date", "<name>: time"); text that cannot be read keeps the
stored value and shows why, in red after the field, in the part's tooltip and accessible
description, and as an announcement (the helpers of ``date_field.py``).

Forms that read the value call ``commit()`` first, or ``all_readable`` (``date_field.py``) for
several fields, so a dialog accepted with unreadable text stays open with the focus on it.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Callable

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QSizePolicy, QWidget

from app.core.dates import TimeProblem, UnreadableTime, parse_typed_time

from ..i18n import N_, tr
from .date_field import DateField, SelectingLine, hint_label, mark, show_hint

TIME_PROBLEMS = {
    TimeProblem.EMPTY: N_("Type a time, for example {example}."),
    TimeProblem.SHAPE: N_("“{text}” cannot be read as a time. Type it like {example}, the minutes with two digits."),
    TimeProblem.HOUR: N_("“{text}”: the hours go from 0 to 23. Type the time like {example}."),
    TimeProblem.MINUTE: N_("“{text}”: the minutes go from 00 to 59. Type the time like {example}."),
}
EXAMPLE = _dt.time(18, 30)


def show_time(value: _dt.time) -> str:
    """A time as the field shows it: 24-hour, two digits each (``09:05``), in every language."""
    return f"{value:%H:%M}"


def describe_time(exc: UnreadableTime) -> str:
    """Why the typed text is not a time, and how to type one, in the interface language."""
    return tr(TIME_PROBLEMS[exc.problem]).format(text=exc.text.strip(), example=show_time(EXAMPLE))


class _TimeLine(SelectingLine):
    def sizeHint(self) -> QSize:
        width = self.fontMetrics().horizontalAdvance("23:59MM") + 8
        return QSize(width, super().sizeHint().height())


class DateTimeField(QWidget):
    """A date and a time typed as a person writes them, with a visible hint when one cannot be read."""

    dateTimeChanged = Signal(object)  # the new datetime.datetime: only a readable value that differs

    def __init__(self, value: _dt.datetime | None = None, name: str = "", *,
                 today: Callable[[], _dt.date] = _dt.date.today, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._time = value.time().replace(second=0, microsecond=0) if value is not None else None
        self._last = self._value(value.date() if value is not None else None)
        self._problem = ""
        self.setAccessibleName(name)
        self.date_field = DateField(value.date() if value is not None else None,
                                    tr("{name}: date").format(name=name), today=today, hint_beside=False,
                                    parent=self)
        self.time_edit = _TimeLine(self)  # made after the date: Tab goes date → time → out
        self.time_edit.setAccessibleName(tr("{name}: time").format(name=name))
        self.time_edit.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.time_hint = hint_label(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.date_field)
        layout.addWidget(self.time_edit)
        layout.addWidget(self.date_field.hint, 1)
        layout.addWidget(self.time_hint, 1)
        layout.addStretch(0)  # while there is no hint, date and time keep to the left, side by side
        self.setFocusProxy(self.date_field)
        self.date_field.dateChanged.connect(lambda _day: self._announce())
        self.time_edit.textEdited.connect(self._edited)
        self.time_edit.editingFinished.connect(self.commit_time)
        self._show_time(self._time)

    # What the form reads --------------------------------------------------------------------
    def dateTime(self) -> _dt.datetime | None:  # noqa: N802 - Qt's name, as QDateTimeEdit has it
        """The date and time taken last (never one read from text that cannot be read)."""
        return self._value(self.date_field.date())

    def setDateTime(self, value: _dt.datetime | None) -> None:  # noqa: N802 - Qt's name
        """Show ``value`` (None: empty); ``dateTimeChanged`` if it differs from what was there."""
        self._time = value.time().replace(second=0, microsecond=0) if value is not None else None
        self._show_time(self._time)
        if value is None:
            self._last = None
        self.date_field.setDate(value.date() if value is not None else None)  # announces a new date
        self._announce()  # … or a new time alone

    def setReadOnly(self, read_only: bool) -> None:  # noqa: N802 - Qt's name
        self.date_field.setReadOnly(read_only)
        self.time_edit.setReadOnly(read_only)

    def is_valid(self) -> bool:
        """Whether the date and the time as typed can both be read."""
        try:
            parse_typed_time(self.time_edit.text())
        except UnreadableTime:
            return False
        return self.date_field.is_valid()

    def problem(self) -> str:
        """The hints shown now ("" when date and time can be read)."""
        return " ".join(part for part in (self.date_field.problem(), self._problem) if part)

    def commit(self) -> bool:
        """Take the typed date and time, or show why one cannot be read (the stored value stays)."""
        date_read = self.date_field.commit()
        return self.commit_time() and date_read

    def commit_time(self) -> bool:
        """Take the typed time (shown back as ``18:30``), or show why it cannot be read."""
        try:
            value = parse_typed_time(self.time_edit.text())
        except UnreadableTime as exc:
            self._set_problem(describe_time(exc))
            return False
        self._time = value
        self._show_time(value)
        self._announce()
        return True

    def focus_problem(self) -> None:
        """Put the keyboard on the part that cannot be read, the date first."""
        if self.date_field.problem() or not self.date_field.is_valid():
            self.date_field.focus_problem()
        else:
            self.time_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    # Inside ------------------------------------------------------------------------------
    def _value(self, day: _dt.date | None) -> _dt.datetime | None:
        return _dt.datetime.combine(day, self._time) if day is not None and self._time is not None else None

    def _announce(self) -> None:
        value = self.dateTime()
        if value is not None and value != self._last:
            self._last = value
            self.dateTimeChanged.emit(value)

    def _show_time(self, value: _dt.time | None) -> None:
        text = show_time(value) if value is not None else ""
        if self.time_edit.text() != text:
            self.time_edit.setText(text)
        self._set_problem("")

    def _edited(self, text: str) -> None:
        if self._problem:
            try:
                parse_typed_time(text)
            except UnreadableTime:
                return
            self._set_problem("")  # mended: the red goes as soon as the text is a time

    def _set_problem(self, problem: str) -> None:
        if not problem:
            self._problem = ""
            show_hint(self.time_hint, "")
            mark(self.time_edit, "", tr("A time on the 24-hour clock, for example {example}.").format(
                example=show_time(EXAMPLE)))
            return
        if problem == self._problem:
            return  # shown already: say it once
        self._problem = problem
        show_hint(self.time_hint, problem)
        mark(self.time_edit, problem)
