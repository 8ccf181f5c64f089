"""The closing round: final feedback both ways, the closing question (closing_question.py), every learning in one view to choose
for the one-pager, what to pass on, and then the tandem is completed (read-only).

Each step is saved when the user moves on, so cancelling half-way loses nothing;
only "Complete the tandem" changes its state.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from ..i18n import tr
from ..models.columns import ALL_LEARNINGS
from ..models.rows import RowsModel
from ..service import JournalService
from ..widgets.feedback_box import CLOSING_LABELS, FeedbackBox
from ..widgets.tables import leave_by_tab
from .closing_question import ClosingQuestionPage


def _intro(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    return label


class FeedbackPage(QWizardPage):
    def __init__(self, service: JournalService) -> None:
        super().__init__()
        self.service = service
        self.setTitle(tr("A last feedback round"))
        self.setSubTitle(tr("Looking back on the whole tandem: each of you says what helped and what you would change."))
        self.boxes = {"mentee": FeedbackBox("mentee", tr("The mentee"), CLOSING_LABELS),
                      "mentor": FeedbackBox("mentor", tr("The mentor"), CLOSING_LABELS)}
        row = QHBoxLayout(self)
        for giver, box in self.boxes.items():
            existing = service.rows("feedback", session_id=None, giver=giver)
            box.show_values(existing[0] if existing else None)
            row.addWidget(box)

    def validatePage(self) -> bool:
        return self.service.save_closing_feedback({giver: box.values() for giver, box in self.boxes.items()})


class LearningsPage(QWizardPage):
    def __init__(self, service: JournalService) -> None:
        super().__init__()
        self.setTitle(tr("What you learned"))
        self.setSubTitle(tr("Every learning of both of you, from every session. Tick what goes on the one-pager: "
                         "only what you both agree to share."))
        self.model = RowsModel(service, "learning", ALL_LEARNINGS, self)
        self.model.set_filter()
        self.view = QTableView()
        leave_by_tab(self.view)
        self.view.setModel(self.model)
        self.view.setAccessibleName(tr("All learnings"))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.verticalHeader().hide()
        self.view.setWordWrap(True)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)


class PassOnPage(QWizardPage):
    def __init__(self, service: JournalService) -> None:
        super().__init__()
        self.service = service
        self.setTitle(tr("Passing it on"))
        self.setSubTitle(tr("So that the experience feeds the next round of tandems."))
        tandem = service.tandem()
        self.pass_on = QPlainTextEdit(tandem.get("pass_on", ""))
        self.pass_on.setAccessibleName(tr("What to pass on to the next round"))
        self.pass_on.setPlaceholderText(tr("What should the next tandems know? What would you do the same way, "
                                        "what differently?"))
        self.recommendations = QPlainTextEdit(tandem.get("recommendations", ""))
        self.recommendations.setAccessibleName(tr("Next steps for the team"))
        self.recommendations.setPlaceholderText(tr("Next steps and recommendations for the team (printed on the "
                                                "one-pager)"))
        for edit in (self.pass_on, self.recommendations):
            edit.setTabChangesFocus(True)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(tr("For the next round")))
        layout.addWidget(self.pass_on)
        layout.addWidget(QLabel(tr("Next steps for the team")))
        layout.addWidget(self.recommendations)

    def validatePage(self) -> bool:
        return self.service.save_pass_on(self.pass_on.toPlainText(), self.recommendations.toPlainText())


class CompletePage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(tr("Complete the tandem"))
        self.setSubTitle(tr("Thank you both."))
        self.export = QCheckBox(tr("Export the one-pager next"))
        self.export.setChecked(True)
        self.share = QCheckBox(tr("Share with the programme next (you see what it gets first)"))
        layout = QVBoxLayout(self)
        layout.addWidget(_intro(
            tr("Completing the tandem keeps everything and makes the journal read-only, so the record stays as it "
            "was at the end. You can reopen it at any time (Tandem → Reopen tandem).")))
        layout.addWidget(self.export)
        layout.addWidget(self.share)
        layout.addStretch()


class ClosingWizard(QWizard):
    def __init__(self, service: JournalService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Closing round"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setButtonText(QWizard.WizardButton.FinishButton, tr("Complete the tandem"))
        self.feedback = FeedbackPage(service)
        self.question = ClosingQuestionPage(service)
        self.learnings = LearningsPage(service)
        self.pass_on = PassOnPage(service)
        self.complete = CompletePage()
        for page in (self.feedback, self.question, self.learnings, self.pass_on, self.complete):
            self.addPage(page)
        self.setWindowFlag(Qt.WindowType.WindowContextHelpButtonHint, False)
        self.resize(860, 600)

    def export_next(self) -> bool:
        return self.complete.export.isChecked()

    def next_steps(self) -> tuple[bool, bool]:
        """(export the one-pager, share with the programme) once completed."""
        return self.complete.export.isChecked(), self.complete.share.isChecked()
