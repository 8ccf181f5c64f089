"""The closing question (issue 18): each partner says how valuable the tandem was (1–5), whether they
would do it again and recommend it, and may add one line for the programme. Saved when the page is left."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QWizardPage

from ..i18n import tr
from ..service import JournalService

YES_NO = (None, True, False)


class AnswerBox(QGroupBox):
    def __init__(self, title: str) -> None:
        super().__init__(title)
        self.value = QComboBox()
        self.value.addItems(["–", tr("1 – of little value"), "2", "3", "4", tr("5 – very valuable")])
        self.again = self._yes_no()
        self.recommend = self._yes_no()
        self.line = QLineEdit()
        self.line.setMaxLength(300)
        self.line.setPlaceholderText(tr("Optional, shared only if you both choose to"))
        form = QFormLayout(self)
        for widget, label in ((self.value, tr("How valuable was the tandem for you?")),
                              (self.again, tr("Would you do a tandem again?")),
                              (self.recommend, tr("Would you recommend it to a colleague?")),
                              (self.line, tr("One line for the programme"))):
            widget.setAccessibleName(f"{title}: {label}")
            if widget is self.line:  # the whole width, so what is typed shows
                form.addRow(QLabel(label))
                form.addRow(widget)
            else:
                form.addRow(label, widget)

    @staticmethod
    def _yes_no() -> QComboBox:
        box = QComboBox()
        box.addItems(["–", tr("Yes"), tr("No")])
        return box

    def values(self) -> dict[str, Any]:
        return {"value": self.value.currentIndex() or None, "again": YES_NO[self.again.currentIndex()],
                "recommend": YES_NO[self.recommend.currentIndex()], "line": self.line.text()}

    def show_values(self, row: dict[str, Any] | None) -> None:
        row = row or {}
        self.value.setCurrentIndex(row.get("value") or 0)
        self.again.setCurrentIndex(YES_NO.index(row.get("again")))
        self.recommend.setCurrentIndex(YES_NO.index(row.get("recommend")))
        self.line.setText(row.get("line", ""))


class ClosingQuestionPage(QWizardPage):
    def __init__(self, service: JournalService) -> None:
        super().__init__()
        self.service = service
        self.setTitle(tr("The closing question"))
        self.setSubTitle(tr("Each of you answers for yourself. The programme sees these answers only if you "
                            "share a programme report."))
        answers = service.closing_answers()
        self.boxes = {"mentee": AnswerBox(tr("The mentee")), "mentor": AnswerBox(tr("The mentor"))}
        row = QHBoxLayout(self)
        for giver, box in self.boxes.items():
            box.show_values(answers.get(giver))
            row.addWidget(box)

    def validatePage(self) -> bool:
        return self.service.save_closing_answers({giver: box.values() for giver, box in self.boxes.items()})
