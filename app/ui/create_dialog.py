"""Create a tandem journal: the two people, and a passphrase entered twice."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from .passphrase import strength


class CreateDialog(QDialog):
    """Asks for names and passphrase; the caller creates the journal in the background."""

    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Create a tandem journal")
        self.path = path
        self.mentee = QLineEdit()
        self.mentee.setPlaceholderText("e.g. the senior leader")
        self.mentor = QLineEdit()
        self.mentor.setPlaceholderText("e.g. the younger colleague")
        self.passphrase = QLineEdit()
        self.repeat = QLineEdit()
        for edit, name in ((self.mentee, "Mentee's name"), (self.mentor, "Mentor's name"),
                           (self.passphrase, "Passphrase"), (self.repeat, "Passphrase again")):
            edit.setAccessibleName(name)
        for edit in (self.passphrase, self.repeat):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.meter = QProgressBar()
        self.meter.setRange(0, 4)
        self.meter.setTextVisible(False)
        self.meter.setAccessibleName("Passphrase strength")
        self.verdict = QLabel()
        self.verdict.setWordWrap(True)
        self.match = QLabel()
        warning = QLabel(
            "<b>Nobody can recover a lost passphrase</b>, not even with this program's help. "
            "Agree on it together and keep it somewhere safe. Both of you use it to open the tandem."
        )
        warning.setWordWrap(True)

        form = QFormLayout()
        form.addRow("File", QLabel(str(path)))
        form.addRow("Mentee (learns)", self.mentee)
        form.addRow("Mentor (teaches)", self.mentor)
        form.addRow("Passphrase", self.passphrase)
        form.addRow("", self.meter)
        form.addRow("", self.verdict)
        form.addRow("Repeat passphrase", self.repeat)
        form.addRow("", self.match)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.create_button = self.buttons.addButton("Create", QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(warning)
        layout.addWidget(self.buttons)
        for edit in (self.mentee, self.mentor, self.passphrase, self.repeat):
            edit.textChanged.connect(self._update)
        self._update()
        self.resize(520, self.sizeHint().height())

    def _update(self) -> None:
        score, verdict = strength(self.passphrase.text())
        self.meter.setValue(score)
        self.verdict.setText(verdict if self.passphrase.text() else "")
        same = self.passphrase.text() == self.repeat.text()
        self.match.setText("" if same or not self.repeat.text() else "The two passphrases differ.")
        ready = bool(self.mentee.text().strip() and self.mentor.text().strip() and score > 0 and same)
        self.create_button.setEnabled(ready)

    def values(self) -> tuple[str, str, str]:
        """(mentee name, mentor name, passphrase)."""
        return self.mentee.text().strip(), self.mentor.text().strip(), self.passphrase.text()
