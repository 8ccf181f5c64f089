"""The crash dialog (``crash.py`` shows it): a calm message and a copyable report that holds no journal content."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from ..i18n import tr

MAX_REPORTS = 5  # in one dialog; a loop of the same error adds no more


class CrashDialog(QDialog):
    def __init__(self, report: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Something went wrong"))
        self.count = 1
        text = QLabel(tr(
            "Tandem Journal ran into an error it did not expect. What is saved stays saved, and what you "
            "typed is still on screen: you can carry on. If it happens again, restart the app.\n\n"
            "Please send the report below to whoever looks after the app. It holds no journal content, only "
            "where in the program the error happened."))
        text.setWordWrap(True)
        self.report = QPlainTextEdit(report)
        self.report.setReadOnly(True)
        self.report.setAccessibleName(tr("Error report"))
        self.report.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy = QPushButton(tr("&Copy report"))
        buttons.addButton(self.copy, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy.clicked.connect(self._copy)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.report, 1)
        layout.addWidget(buttons)
        self.resize(640, 420)

    def add(self, report: str) -> None:
        if self.count < MAX_REPORTS and report not in self.report.toPlainText():
            self.count += 1
            self.report.appendPlainText("\n" + report)

    def _copy(self) -> None:
        from PySide6.QtGui import QGuiApplication

        QGuiApplication.clipboard().setText(self.report.toPlainText())
        self.copy.setText(tr("Copied"))
