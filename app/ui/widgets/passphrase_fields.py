"""Entering a new passphrase: twice, with a strength meter and the can't-recover warning."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QFrame, QLabel, QLineEdit, QProgressBar, QWidget

from ..i18n import tr
from ..passphrase import strength


class NewPassphraseFields(QWidget):
    """Two password fields, a meter and a verdict; ``changed`` fires on every edit."""

    changed = Signal()

    def __init__(self, warning: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.passphrase = QLineEdit()
        self.repeat = QLineEdit()
        for edit, name in ((self.passphrase, tr("Passphrase")), (self.repeat, tr("Passphrase again"))):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            edit.setAccessibleName(name)
            edit.textChanged.connect(self._update)
        self.meter = QProgressBar()
        self.meter.setRange(0, 4)
        self.meter.setTextVisible(False)
        self.meter.setAccessibleName(tr("Passphrase strength"))
        self.meter.setFixedHeight(max(6, self.fontMetrics().height() // 3))  # a thin bar, not a field
        self.meter.hide()  # until something is typed
        self.verdict = QLabel()
        self.verdict.setWordWrap(True)
        self.match = QLabel()
        self.warning = QLabel(warning)
        self.warning.setWordWrap(True)
        self.warning.setFrameShape(QFrame.Shape.StyledPanel)  # the one text that must be read: set apart
        self.warning.setMargin(max(4, self.fontMetrics().height() // 3))
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(tr("Passphrase"), self.passphrase)
        form.addRow("", self.meter)
        form.addRow("", self.verdict)
        form.addRow(tr("Repeat passphrase"), self.repeat)
        form.addRow("", self.match)
        form.addRow(self.warning)
        self._update()

    def _update(self) -> None:
        score, verdict = strength(self.passphrase.text())
        self.meter.setValue(score)
        self.meter.setVisible(bool(self.passphrase.text()))
        self.verdict.setText(verdict if self.passphrase.text() else "")
        same = self.passphrase.text() == self.repeat.text()
        self.match.setText("" if same or not self.repeat.text() else tr("The two passphrases differ."))
        self.changed.emit()

    def is_acceptable(self) -> bool:
        return strength(self.passphrase.text())[0] > 0 and self.passphrase.text() == self.repeat.text()

    def value(self) -> str:
        return self.passphrase.text()
