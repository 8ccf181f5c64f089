"""Change my private passphrase (the private journal's, never the tandem's)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from ..i18n import tr
from ..widgets.passphrase_fields import NewPassphraseFields


class PassphraseChangeDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Change my private passphrase"))
        self.secret = NewPassphraseFields(tr("Only you should know it. Nobody can recover a lost passphrase."))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.secret.changed.connect(lambda: ok.setEnabled(self.secret.is_acceptable()))
        ok.setEnabled(False)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.secret)
        layout.addWidget(buttons)
