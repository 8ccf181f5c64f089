"""Share with the programme… (issue 18): a preview that lists, in plain words, every field the programme
report will contain, tick boxes for the optional parts, then the file, written and read back.
What goes in is decided in app/core/programme_report.py; this only shows it and asks."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core import programme_report
from app.paths import start_folder

from ..i18n import N_, tr
from ..service import JournalService
from ..widgets.announce import LiveLabel

KEY_ROLE = Qt.ItemDataRole.UserRole

FIELD_TEXTS = {
    "format": N_("That this file is a Tandem Journal programme report"),
    "format_version": N_("The version of the report's format"),
    "tandem": N_("A random code for this tandem, so that a newer report replaces an older one (it says "
                 "nothing about you)"),
    "written_on": N_("The day the report is written"),
    "period_from": N_("When the tandem started"),
    "period_to": N_("When it was completed, or its last session so far"),
    "last_session_on": N_("The day of the last session held"),
    "completed": N_("Whether the tandem is completed"),
    "sessions_held": N_("How many sessions you held"),
    "rhythm": N_("The rhythm you agreed (weekly, every two weeks, monthly, other)"),
    "rhythm_intervals": N_("How many gaps there were between sessions"),
    "rhythm_kept": N_("How many of those gaps kept the rhythm (up to three days late)"),
    "learnings_mentee": N_("How many learnings the mentee noted (a number, no texts)"),
    "learnings_mentor": N_("How many learnings the mentor noted (a number, no texts)"),
    "learnings_both": N_("How many learnings you both noted (a number, no texts)"),
    "learnings_unsaid": N_("How many learnings have no direction yet (a number)"),
    "goals": N_("For each goal: open, reached or dropped, and its first and last rating in the check-ins"),
    "mean_session_rating": N_("The mean rating of your sessions (1–5)"),
    "pool_topics_covered": N_("The titles of the topics from the programme's pool that you covered"),
    "own_topics_covered": N_("How many of your own topics you covered (a number)"),
    "quick_wins": N_("The quick wins you ticked for sharing, in your words"),
    "closing_answers": N_("Each of your answers to the closing question: how valuable, again, recommend, "
                          "and the one line"),
    "goal_titles": N_("The titles of your goals"),
    "own_topics": N_("The titles of your own topics that you covered"),
    "names": N_("Your two names"),
}


class ProgrammeShareDialog(QDialog):
    def __init__(self, service: JournalService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.saved: Path | None = None
        self.setWindowTitle(tr("Share with the programme"))
        intro = QLabel(tr("A small file for whoever runs your programme. It holds only what is listed below: "
                          "numbers, and what you tick. Never your notes, agenda, action items, feedback texts, "
                          "check-in comments or private reflections."))
        intro.setWordWrap(True)
        self.goal_texts = QCheckBox(tr("Include the titles of our goals"))
        self.own_topics = QCheckBox(tr("Include the titles of our own topics"))
        self.names = QCheckBox(tr("Include our names"))
        self.fields = QListWidget()
        self.fields.setAccessibleName(tr("What the file will contain"))
        self.fields.setWordWrap(True)
        self.fields.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.addButton(tr("Save the report…"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setDefault(True)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        for box in (self.goal_texts, self.own_topics, self.names):
            box.toggled.connect(self.show_fields)
            layout.addWidget(box)
        layout.addWidget(QLabel(tr("What the file will contain")))
        layout.addWidget(self.fields, 1)
        self.status = LiveLabel()  # why the report was not saved (read as shown); the ticks stay for another name
        self.status.setWordWrap(True)
        self.status.setAccessibleName(tr("Saving status"))
        self.status.hide()
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.show_fields()
        self.resize(720, 640)

    def choices(self) -> programme_report.Choices:
        return programme_report.Choices(goal_texts=self.goal_texts.isChecked(),
                                        own_topics=self.own_topics.isChecked(), names=self.names.isChecked())

    def show_fields(self) -> None:
        self.fields.clear()
        for key in programme_report.fields(self.choices()):
            item = QListWidgetItem(tr(FIELD_TEXTS[key]))
            item.setData(KEY_ROLE, key)
            self.fields.addItem(item)

    def listed_keys(self) -> list[str]:
        return [self.fields.item(row).data(KEY_ROLE) for row in range(self.fields.count())]

    def ask_path(self) -> Path | None:
        name = f"programme-report{programme_report.SUFFIX}"
        chosen, _ = QFileDialog.getSaveFileName(self, tr("Save the programme report"), str(start_folder() / name),
                                                tr("Programme reports (*.json)"))
        return Path(chosen) if chosen else None

    def save(self) -> None:
        path = self.ask_path()
        if path is None:
            return
        self.status.hide()
        self.service.problem.connect(self._not_saved)  # a refusal (a journal open here, a full disk) shown here too
        try:
            report = self.service.programme_report(self.choices())
            saved = report is not None and self.service.write_programme_report(path, report)
        finally:
            self.service.problem.disconnect(self._not_saved)
        if saved:
            self.saved = path
            self.accept()

    def _not_saved(self, text: str) -> None:
        self.status.setText(text)
        self.status.show()
