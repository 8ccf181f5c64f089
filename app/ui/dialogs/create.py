"""Create a journal: for a tandem the two people and a passphrase, for a private journal
its author's first name (for the file's name), where it goes and a passphrase only its author knows."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.journals import TandemPassphraseChosen, private_file_name
from app.store import AlreadyExists

from .. import colours
from ..errors import describe
from ..i18n import N_, tr
from ..widgets.announce import LiveLabel
from ..widgets.enter_next import is_enter, to_next_of
from ..widgets.passphrase_fields import NewPassphraseFields
from ..widgets.forms import same_label_column
from ..widgets.path_label import PathLabel
from .fit import fit_height

if TYPE_CHECKING:
    from ..private_service import PrivateService

TANDEM_WARNING = N_("<b>Nobody can recover a lost passphrase</b>, not even with this program's help. "
                  "Agree on it together and keep it somewhere safe. Both of you use it to open the tandem.")
PRIVATE_WARNING = N_("<b>Only you should know this passphrase.</b> Do not use the tandem's passphrase: your "
                   "partner knows that one. Nobody can recover a lost passphrase.")


class _NewJournalDialog(QDialog):
    def __init__(self, title: str, path: Path, warning: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.path = path
        self._went_on = False
        self._enter_connected = False
        self.form = QFormLayout()
        self.file_label = PathLabel(path)  # the whole path, wrapped after its folders (it was cut at the right)
        self.form.addRow(tr("File"), self.file_label)
        self.secret = NewPassphraseFields(warning, people=[path.stem])  # names are added as they are typed
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.create_button = self.buttons.addButton(tr("Create"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.secret)
        layout.addStretch(1)  # the height _fit_height keeps in reserve goes here, not between the names and
        # the passphrase (the form took it: a gap of 40 px and more under "Mentor (teaches)")
        layout.addWidget(self.buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 72)
        self.secret.changed.connect(self._update)
        self.secret.changed.connect(self._fit_height)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._enter_connected:  # once every field is made (the subclasses add theirs)
            self._enter_connected = True
            for field in self.fields_in_order():
                if isinstance(field, QLineEdit):
                    field.returnPressed.connect(lambda f=field: self._enter_in(f))
        same_label_column(self.form, self.secret.form)  # the passphrase's rows have their own form: its
        # fields start where the names' do (they sat further right)
        self._fit_height()
        QTimer.singleShot(0, self, lambda: self._fit_height(shrink=True))  # again once laid out with the
        # labels' new width; no taller than that: the height of a text wrapped at its hint's narrower width
        # stood as an empty gap under the names (about 40 px)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        """Enter in a field goes on to the next field; in the last one it presses Create."""
        if is_enter(event) and self._went_on:  # from a field that was not the last
            self._went_on = False
            event.accept()
            return
        super().keyPressEvent(event)

    def fields_in_order(self) -> list[QWidget]:
        """The fields as the form reads them, top to bottom."""
        return [self.passphrase, self.repeat]

    def _enter_in(self, field: QLineEdit) -> None:
        """Enter in ``field`` (before the dialog sees the key): on to the next field, if there is one."""
        self._went_on = to_next_of(field, self.fields_in_order())

    def _fit_height(self, *, shrink: bool = False) -> None:
        """Never smaller than the wrapped texts need at this width: the warning must be readable in
        full in any language (a fixed height cut the German one after its first line)."""
        fit_height(self, shrink=shrink)

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
            edit.textChanged.connect(self._people_changed)  # the meter knows the two names
        QWidget.setTabOrder(self.mentee, self.mentor)  # the keyboard starts at the mentee's name, as the form reads
        QWidget.setTabOrder(self.mentor, self.passphrase)
        self.mentee.setFocus()
        self._update()

    def _ready(self) -> bool:
        return bool(self.mentee.text().strip() and self.mentor.text().strip() and super()._ready())

    def fields_in_order(self) -> list[QWidget]:
        return [self.mentee, self.mentor, *super().fields_in_order()]

    def _people_changed(self) -> None:
        self.secret.set_people([self.mentee.text(), self.mentor.text(), self.path.stem])

    def fill(self, mentee: str, mentor: str, passphrase: str) -> None:
        """What was typed before an attempt that failed (nothing typed is lost)."""
        self.mentee.setText(mentee)
        self.mentor.setText(mentor)
        self.passphrase.setText(passphrase)
        self.repeat.setText(passphrase)

    def values(self) -> tuple[str, str, str]:
        """(mentee name, mentor name, passphrase)."""
        return self.mentee.text().strip(), self.mentor.text().strip(), self.secret.value()


class CreatePrivateDialog(_NewJournalDialog):
    """A new private journal: its author's first name, which names the file in the interface language
    ("Reflexionen-Petra.reflections", so the partners' files differ), where it goes, and a passphrase.

    Create first asks the layer, off the GUI thread, whether the file may be made (it must not exist:
    it may be the partner's; the passphrase must not open a tandem journal). A refusal is said here
    and the dialog stays open with everything typed; it closes only when the file can be made."""

    def __init__(self, folder: Path, tandems: list[Path | None], private: PrivateService,
                 choose: Callable[[Path], Path | None], parent: QWidget | None = None) -> None:
        self._folder = folder
        super().__init__(tr("Create my private journal"), folder / _file_name(""), tr(PRIVATE_WARNING), parent)
        self._tandems = tandems
        self._private = private
        self._choose = choose  # a save dialog that starts at the proposed file
        self._checking = False
        self._checked = False
        self.first_name = QLineEdit()
        self.first_name.setAccessibleName(tr("Your first name"))
        self.first_name.setPlaceholderText(tr("e.g. Petra"))
        self.first_name.setToolTip(tr("Only for the file's name, so that yours and your partner's differ. It is "
                                      "kept nowhere else."))
        self.first_name.textEdited.connect(self._name_typed)
        self.form.insertRow(0, tr("Your first name"), self.first_name)
        self.elsewhere = QPushButton(tr("Choose another place…"))
        self.elsewhere.setAutoDefault(False)  # Enter creates, it does not open a file dialog
        self.elsewhere.clicked.connect(self._choose_place)
        self.form.addRow("", self.elsewhere)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setAccessibleName(tr("Checking…"))
        self.busy.hide()
        self.message = LiveLabel(assertive=True)  # what is wrong is heard as it shows, and read as its text
        self.message.setWordWrap(True)
        self.message.setStyleSheet(f"color: {colours.warning(self.palette()).name()}")
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(layout.count() - 1, self.busy)
        layout.insertWidget(layout.count() - 1, self.message)
        self.create_button.setDefault(True)
        QWidget.setTabOrder(self.first_name, self.elsewhere)  # top to bottom, as the form reads
        QWidget.setTabOrder(self.elsewhere, self.passphrase)
        self.first_name.setFocus()
        self._show_path()
        self._update()

    def _ready(self) -> bool:
        return not self._checking and super()._ready()

    def fields_in_order(self) -> list[QWidget]:
        return [self.first_name, *super().fields_in_order()]

    # Where the file goes --------------------------------------------------------------------
    def _name_typed(self, text: str) -> None:
        self.path = self._folder / _file_name(text)
        self._show_path()

    def _choose_place(self) -> None:
        chosen = self._choose(self.path)
        if chosen is not None:
            self._folder, self.path = chosen.parent, chosen
            self._show_path()

    def _show_path(self) -> None:
        self.file_label.set_path(self.path)
        QTimer.singleShot(0, self, self._fit_height)  # a longer path may take another line, once laid out
        self.secret.set_people([self.first_name.text(), self.path.stem])  # the meter knows her name
        self._say(self._exists_text() if self.path.exists() else "")

    def _exists_text(self) -> str:
        return tr("“{name}” already exists in this folder; it may be your partner's private journal. Nothing is "
                  "replaced: type another name, or choose another place.").format(name=self.path.name)

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))
        layout = self.layout()
        if text and layout is not None and layout.hasHeightForWidth():  # grow to show it whole
            self.resize(self.width(), max(self.height(), layout.totalHeightForWidth(self.width())))

    # Creating: checked by the layer before the dialog closes -----------------------------------
    def accept(self) -> None:
        if self._checked:
            super().accept()
            return
        if self._checking or not self.secret.is_acceptable():
            return
        if self.path.exists():  # said while typing already; said again, and nothing is replaced
            self._say(self._exists_text())
            self.first_name.setFocus()
            return
        self._checking = True
        self._update()
        self.busy.show()
        self._private.check_new(self.path, self.secret.value(), self._tandems, self._passed, self._refused, self)

    def _passed(self, _none: object) -> None:
        self._checking = False
        self.busy.hide()
        if not self.isVisible():  # cancelled while the layer was checking
            return
        self._checked = True
        self.accept()

    def _refused(self, exc: Exception) -> None:
        self._checking = False
        self.busy.hide()
        self._update()
        if isinstance(exc, AlreadyExists):
            self._say(self._exists_text())
            self.first_name.setFocus()
            return
        self._say(describe(exc))
        if isinstance(exc, TandemPassphraseChosen):
            self.passphrase.selectAll()
            self.passphrase.setFocus()


def _file_name(first_name: str) -> str:
    """The proposed file name in the interface language (the rule: ``app/core/journals``)."""
    return private_file_name(tr("Reflections"), first_name)
