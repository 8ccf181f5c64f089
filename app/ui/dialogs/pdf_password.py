"""A password for the one-pager PDF: "Protect the PDF with a password…" opens a small dialog that asks
for it twice with the passphrase meter (a weak one only "anyway"). The page's preview keeps its room.
The password lives in this widget while the one-pager dialog is open and is never stored."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from ..i18n import tr
from ..passphrase import VERDICTS
from ..widgets.passphrase_fields import NewPassphraseFields
from .common import run_once
from .fit import fit_height


class PasswordDialog(QDialog):
    """The PDF's password, twice, with the meter; OK only when the two agree and it may be used."""

    def __init__(self, people: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Password for the PDF"))
        self.secret = NewPassphraseFields(
            tr("Whoever opens the PDF needs this password; it is not stored anywhere. Tell it to the readers "
               "another way than the file, e.g. by phone."), people=people, password=True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok = buttons.addButton(tr("Use this password"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok.setDefault(True)
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAutoDefault(False)  # Enter while OK waits must not cancel what was typed
        self.ok.setEnabled(False)
        self.secret.changed.connect(lambda: self.ok.setEnabled(self.secret.is_acceptable()))
        self.secret.changed.connect(lambda: QTimer.singleShot(0, self, self._fit_height))  # once laid out
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.secret)
        layout.addWidget(buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 64)
        self.secret.passphrase.setFocus()

    def _fit_height(self) -> None:
        """Never smaller than the wrapped verdict and note need at this width (as the create dialogs)."""
        fit_height(self)

    def accept(self) -> None:
        if self.secret.is_acceptable():  # Enter in a field when OK is not ready does nothing
            super().accept()


class PdfPassword(QWidget):
    """"Protect the PDF with a password…" and what is set; ``changed`` when it is set or taken away."""

    changed = Signal()

    def __init__(self, people: Sequence[str] = (), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._people = tuple(people)
        self._password: str | None = None
        self.protect = QCheckBox(tr("Protect the PDF with a password…"))
        self.protect.setToolTip(tr("AES-256: the PDF opens only with this password."))
        self.shown = QLabel()  # what is set, never the password itself
        self.shown.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.protect)
        layout.addWidget(self.shown)
        self.shown.hide()
        self.protect.toggled.connect(self._toggled)

    def _toggled(self, on: bool) -> None:
        self._password = None
        self.shown.clear()
        self.shown.hide()
        if on:
            dialog = PasswordDialog(self._people, self)
            verdict = run_once(dialog, lambda d: (d.secret.value(), d.secret.rating().verdict))
            if verdict is None:  # cancelled: no password, the box unticked again
                self.protect.blockSignals(True)
                self.protect.setChecked(False)
                self.protect.blockSignals(False)
            else:
                self._password = verdict[0]
                self.shown.setText(tr("Password set. {verdict}").format(verdict=tr(VERDICTS[verdict[1]])))
                self.shown.show()
        self.changed.emit()

    def is_acceptable(self) -> bool:
        return not self.protect.isChecked() or self._password is not None

    def value(self) -> str | None:
        """The password to encrypt with, or None for an open PDF."""
        return self._password if self.protect.isChecked() else None
