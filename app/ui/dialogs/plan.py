"""Plan the next session: date and time, length, place; optionally as a calendar file."""

from __future__ import annotations

import datetime as _dt
from collections.abc import Callable

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from .. import colours
from ..i18n import N_, tr
from ..widgets.date_field import all_readable
from ..widgets.date_time_field import DateTimeField
from .fit import fit, scrolling_body

CALENDAR_NOTE = N_("The calendar file holds only the date, time, length and place: no names, topics or notes, "
                 "because calendars are often synchronised to a server.")


class PlanDialog(QDialog):
    def __init__(self, when: _dt.datetime, minutes: int, place: str, parent: QWidget | None = None, *,
                 today: Callable[[], _dt.date] = _dt.date.today) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Plan the next session"))
        self.when = DateTimeField(when, tr("Next session"), today=today)
        self.minutes = QSpinBox()
        self.minutes.setRange(15, 480)
        self.minutes.setSingleStep(15)
        self.minutes.setSuffix(tr(" min"))
        self.minutes.setValue(minutes)
        self.minutes.setAccessibleName(tr("Length in minutes"))
        self.place = QLineEdit(place)
        self.place.setPlaceholderText(tr("Now and then, meet somewhere neutral"))
        self.place.setAccessibleName(tr("Place"))
        self.place.setCursorPosition(0)  # a long place reads from its start
        self.calendar = QCheckBox(tr("Also save it as a calendar file (.ics)"))
        self.calendar.setAccessibleName(tr("Also save it as a calendar file"))
        note = QLabel(tr(CALENDAR_NOTE))
        note.setWordWrap(True)
        colours.as_hint(note)  # readable, not a disabled grey
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(tr("When"), self.when)
        form.addRow(tr("Length"), self.minutes)
        form.addRow(tr("Where"), self.place)
        form.addRow("", self.calendar)
        form.addRow("", note)
        # Grows with the text size, the note whole; scrolls only on a really small screen (walk 4)
        fit(self, scrolling_body(self, form, buttons), 480)

    def accept(self) -> None:
        """Save only a date and time that can be read; else stay, with the focus on the bad part."""
        if all_readable(self.when):
            super().accept()

    def values(self) -> tuple[_dt.datetime, int, str, bool]:
        """(local date and time, minutes, place, save a calendar file too)."""
        when = self.when.dateTime()
        assert when is not None  # accepted only once readable
        return when, self.minutes.value(), self.place.text().strip(), self.calendar.isChecked()
