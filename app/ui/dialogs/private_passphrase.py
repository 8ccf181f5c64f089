"""Change a journal's passphrase: the tandem's (Tandem → Journal care) or my private one (my reflections).

The current passphrase once, the new one twice with the strength meter. The change runs here, off the
GUI thread, with a busy bar; the dialog closes only when it is done. A refusal (a wrong current
passphrase, the same one again, a private passphrase that is the tandem's) is said in the dialog, and
everything typed stays, so the person corrects one field and tries again.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QShowEvent
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

from app.core.journal_care import CurrentPassphraseWrong

from .. import colours
from ..errors import describe
from ..i18n import tr
from ..widgets.forms import same_label_column
from ..widgets.passphrase_fields import NewPassphraseFields
from . import fit

# change(current, new, on_done, on_error, owner): the adapter's call (``service.CareAdapter``)
Change = Callable[[str, str, Callable[[object], None], Callable[[Exception], None], QObject], None]


def fit_height(dialog: QDialog) -> None:
    """As the create dialogs, never below the size hint (this dialog's rows change while typing)."""
    fit.fit_height(dialog, at_least_hint=True)


class PassphraseChangeDialog(QDialog):
    def __init__(self, change: Change, parent: QWidget | None = None, *,
                 title: str = "", warning: str = "", people: Sequence[str] = ()) -> None:
        super().__init__(parent)
        self.setWindowTitle(title or tr("Change my private passphrase"))
        self._change = change
        self.current = QLineEdit()
        self.current.setEchoMode(QLineEdit.EchoMode.Password)
        self.current.setAccessibleName(tr("Current passphrase"))
        self.secret = NewPassphraseFields(warning or tr(
            "Only you should know it. Nobody can recover a lost passphrase."), people=people)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)  # moving: the journal is being re-encrypted
        self.busy.setAccessibleName(tr("Changing the passphrase"))
        self.busy.hide()
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setAccessibleName(tr("Problem"))
        self.error.setStyleSheet(f"color: {colours.warning(self.palette()).name()};")
        self.error.hide()
        self.form = form = QFormLayout()
        form.addRow(tr("Current passphrase"), self.current)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok = buttons.addButton(tr("Change passphrase"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok.setEnabled(False)
        self.buttons = buttons
        self.current.textChanged.connect(self._update)
        self.secret.changed.connect(self._update)
        buttons.accepted.connect(self._start)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.secret)
        layout.addWidget(self.error)
        layout.addWidget(self.busy)
        layout.addWidget(buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 64)
        self.secret.changed.connect(lambda: fit_height(self))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        same_label_column(self.form, self.secret.form)  # one left edge for all fields
        fit_height(self)
        QTimer.singleShot(0, self, lambda: fit_height(self))  # again once laid out

    def _update(self) -> None:
        self.ok.setEnabled(bool(self.current.text()) and self.secret.is_acceptable() and not self.busy.isVisible())

    def _start(self) -> None:
        if not self.ok.isEnabled():
            return
        self.error.hide()
        self.busy.show()
        self._set_inputs_enabled(False)
        self._change(self.current.text(), self.secret.value(), lambda _none: self.accept(), self._failed, self)

    def _failed(self, exc: Exception) -> None:
        self.busy.hide()
        self._set_inputs_enabled(True)
        self.error.setText(describe(exc))
        self.error.show()
        fit_height(self)
        target = self.current if isinstance(exc, CurrentPassphraseWrong) else self.secret.passphrase
        target.selectAll()
        target.setFocus()
        self._update()

    def _set_inputs_enabled(self, on: bool) -> None:
        for widget in (self.current, self.secret, self.buttons):
            widget.setEnabled(on)

    def reject(self) -> None:
        if not self.busy.isVisible():  # the change is all or nothing: once begun, it ends by itself
            super().reject()
