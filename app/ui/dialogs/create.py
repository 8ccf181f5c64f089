"""Create a journal: for a tandem the two people and a passphrase, for a private journal
a passphrase only its author knows."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from ..i18n import N_, tr
from ..widgets.passphrase_fields import NewPassphraseFields

TANDEM_WARNING = N_("<b>Nobody can recover a lost passphrase</b>, not even with this program's help. "
                  "Agree on it together and keep it somewhere safe. Both of you use it to open the tandem.")
PRIVATE_WARNING = N_("<b>Only you should know this passphrase.</b> Do not use the tandem's passphrase: your "
                   "partner knows that one. Nobody can recover a lost passphrase.")


class _NewJournalDialog(QDialog):
    def __init__(self, title: str, path: Path, warning: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.path = path
        self.form = QFormLayout()
        self.form.addRow(tr("File"), QLabel(str(path)))
        self.secret = NewPassphraseFields(warning)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.create_button = self.buttons.addButton(tr("Create"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.secret)
        layout.addWidget(self.buttons)
        self.secret.changed.connect(self._update)
        self.resize(540, self.sizeHint().height())

    def _ready(self) -> bool:
        return self.secret.is_acceptable()


    def _update(self) -> None:
        self.create_button.setEnabled(self._ready())

    # The fields tests and callers use directly
    @property
    def passphrase(self) -> QLineEdit:
        return self.secret.passphrase

    @property
    def repeat(self) -> QLineEdit:
        return self.secret.repeat

    @property
    def verdict(self) -> QLabel:
        return self.secret.verdict

    @property
    def match(self) -> QLabel:
        return self.secret.match


class CreateDialog(_NewJournalDialog):
    """Names and passphrase for a new tandem journal; the caller creates it in the background."""

    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(tr("Create a tandem journal"), path, tr(TANDEM_WARNING), parent)
        self.mentee = QLineEdit()
        self.mentee.setPlaceholderText(tr("e.g. the senior leader"))
        self.mentee.setAccessibleName(tr("Mentee's name"))
        self.mentor = QLineEdit()
        self.mentor.setPlaceholderText(tr("e.g. the younger colleague"))
        self.mentor.setAccessibleName(tr("Mentor's name"))
        self.form.addRow(tr("Mentee (learns)"), self.mentee)
        self.form.addRow(tr("Mentor (teaches)"), self.mentor)
        for edit in (self.mentee, self.mentor):
            edit.textChanged.connect(self._update)
        self._update()

    def _ready(self) -> bool:
        return bool(self.mentee.text().strip() and self.mentor.text().strip() and super()._ready())

    def values(self) -> tuple[str, str, str]:
        """(mentee name, mentor name, passphrase)."""
        return self.mentee.text().strip(), self.mentor.text().strip(), self.secret.value()


class CreatePrivateDialog(_NewJournalDialog):
    """A passphrase for a new private journal."""

    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(tr("Create my private journal"), path, tr(PRIVATE_WARNING), parent)
        self._update()
