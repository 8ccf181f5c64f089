"""Issue 20.16: the check-in's date has a label and "Note" sits beside its box; the plan dialog
shows a long place from its start."""

from __future__ import annotations

import datetime as _dt

from PySide6.QtWidgets import QFormLayout, QLabel
from pytestqt.qtbot import QtBot

from app.ui.dialogs.evaluation import EvaluationDialog
from app.ui.dialogs.plan import PlanDialog


def _label_for(dialog: EvaluationDialog, field: object) -> QLabel | None:
    for form in dialog.findChildren(QFormLayout):
        label = form.labelForField(field)  # type: ignore[arg-type]
        if isinstance(label, QLabel):
            return label
    return None


def test_the_check_in_labels_its_date_and_its_note(qtbot: QtBot) -> None:
    dialog = EvaluationDialog([{"id": 1, "title": "LinkedIn", "state": "open"}], {}, today=lambda: _dt.date(2026, 2, 2))
    qtbot.addWidget(dialog)
    dialog.show()
    date_label, note_label = _label_for(dialog, dialog.held_on), _label_for(dialog, dialog.note)
    assert date_label is not None and date_label.text() == "Date"
    assert note_label is not None and note_label.text() == "Note"
    assert abs(note_label.mapTo(dialog, note_label.rect().topLeft()).y()
               - dialog.note.mapTo(dialog, dialog.note.rect().topLeft()).y()) < note_label.height()


def test_the_plan_dialog_shows_a_long_place_from_its_start(qtbot: QtBot) -> None:
    place = "Besprechungsraum 3 im Erdgeschoss oder, wenn die Sonne scheint, das Café am Marktplatz"
    dialog = PlanDialog(_dt.datetime(2026, 2, 16, 18, 0), 60, place)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.place.cursorPosition() == 0
