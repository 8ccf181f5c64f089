"""The check-in: "Are we reaching our goals?" A rating from 1 to 5 and a comment per goal.

A goal can be left unrated ("–"); the check-in needs at least one rating. The
last rating of each goal is shown beside it, so the two can talk about the change.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..i18n import N_, tr
from ..widgets.date_field import DateField, all_readable
from .fit import fit, scrolling_body

INTRO = N_("<b>Are we reaching our goals?</b> Rate each goal together, from 1 (not at all yet) to "
         "5 (reached), and say in a few words why. Skip a goal with “–”.")


class EvaluationDialog(QDialog):
    def __init__(self, goals: list[dict[str, Any]], last: dict[int, int], parent: QWidget | None = None,
                 today: Callable[[], _dt.date] = _dt.date.today) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Check in on your goals"))
        intro = QLabel(tr(INTRO))
        intro.setWordWrap(True)
        self.held_on = DateField(today(), tr("Date of the check-in"), today=today)
        grid = QGridLayout()
        for column, heading in enumerate((tr("Goal"), tr("Last time"), tr("Now (1–5)"), tr("Why?"))):
            header = QLabel(f"<b>{heading}</b>")
            grid.addWidget(header, 0, column)
        self.ratings: dict[int, QSpinBox] = {}
        self.comments: dict[int, QLineEdit] = {}
        for row, goal in enumerate(goals, start=1):
            title = QLabel(goal["title"])
            title.setTextFormat(Qt.TextFormat.PlainText)
            title.setWordWrap(True)
            before = QLabel(str(last[goal["id"]]) if goal["id"] in last else "–")
            before.setAlignment(Qt.AlignmentFlag.AlignCenter)
            rating = QSpinBox()
            rating.setRange(0, 5)
            rating.setSpecialValueText("–")
            rating.setValue(0)
            rating.setAccessibleName(tr("Rating of {goal}, 1 to 5").format(goal=goal["title"]))
            rating.valueChanged.connect(self._update)
            comment = QLineEdit()
            comment.setPlaceholderText(tr("What moved, what is missing?"))
            comment.setAccessibleName(tr("Comment on {goal}").format(goal=goal["title"]))
            comment.setMinimumWidth(comment.fontMetrics().horizontalAdvance(comment.placeholderText()) + 16)
            title.setBuddy(rating)
            for column, widget in enumerate((title, before, rating, comment)):
                grid.addWidget(widget, row, column)
            self.ratings[goal["id"]] = rating
            self.comments[goal["id"]] = comment
        grid.setColumnStretch(0, 2)
        grid.setColumnStretch(3, 3)
        self.note = QPlainTextEdit()
        self.note.setPlaceholderText(tr("Anything to change? Topics, rhythm, the way you work together…"))
        self.note.setAccessibleName(tr("Note on the check-in"))
        self.note.setTabChangesFocus(True)
        self.note.setMaximumHeight(80)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.addButton(tr("Save check-in"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        # One form: each box with its label beside it (the date had none, "Note" sat far off), and the
        # date lined up with the note below (in two forms the date sat further right)
        form = QFormLayout()
        form.addRow(tr("Date"), self.held_on)
        form.addRow(grid)
        form.addRow(tr("Note"), self.note)
        body = QVBoxLayout()
        body.addWidget(intro)
        body.addLayout(form)
        body.addStretch(1)
        # Grows with the text size, each goal and hint whole; scrolls only on a really small screen (walk 4)
        fit(self, scrolling_body(self, body, self.buttons), 720)
        self._update()

    def accept(self) -> None:
        """Saved only with a date that was typed as a date: otherwise the date shows its hint."""
        if all_readable(self.held_on):
            super().accept()

    def _update(self) -> None:
        self.save_button.setEnabled(any(box.value() for box in self.ratings.values()))

    def values(self) -> tuple[str, dict[int, tuple[int, str]], str]:
        """(date, {goal id: (rating, comment)} for the rated goals, note)."""
        rated = {goal_id: (box.value(), self.comments[goal_id].text().strip())
                 for goal_id, box in self.ratings.items() if box.value()}
        held_on = self.held_on.date()
        assert held_on is not None  # the field takes no empty date, and accept() took the typed one
        return held_on.isoformat(), rated, self.note.toPlainText().strip()
