"""Unlock a journal, on opening and after locking. Key derivation runs in the background.

What can be told without the key (the file is gone, is not a journal, is open elsewhere) is
shown before the passphrase is asked for (``show_problem``, from ``app.core.unlocking``).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.unlocking import UnlockProblem

from .. import colours
from ..i18n import tr
from ..widgets.announce import LiveLabel, announce


def problem_text(problem: UnlockProblem, path: Path) -> str:
    """What the unlock screen says about ``problem`` with the file at ``path``."""
    texts = {
        UnlockProblem.MISSING: tr("The journal is not there just now. It was looked for at {path}. If it is on a "
                                  "USB stick or a network drive, plug it in or connect it, then choose Try again. "
                                  "If it was moved or renamed, choose another journal."),
        UnlockProblem.FOLDER: tr("{path} is a folder, not a tandem journal. Choose a journal file (its name "
                                 "ends in .tandem)."),
        UnlockProblem.UNREADABLE: tr("{name} cannot be read here: there is no permission to read it. Choose "
                                     "another journal."),
        UnlockProblem.NOT_A_JOURNAL: tr("{name} is not a tandem journal: it is empty, text or another kind of "
                                        "file, or it is damaged. It was not changed. Choose another journal."),
        UnlockProblem.PRIVATE: tr("{name} is a private journal of reflections, not the tandem's journal. Open it "
                                  "under Session → My reflections; here, choose the tandem's journal."),
        UnlockProblem.IN_USE: tr("{name} is already open in another window or program. Switch to that window, "
                                 "or close the journal there and then unlock it here."),
    }
    return texts[problem].format(path=path, name=path.name)


def still_missing_text(path: Path) -> str:
    """What "Try again" says when the journal is still not there (new words, so that it is heard again)."""
    return tr("Still no journal at {path}. Plug in the drive it is on or connect the network drive, then choose "
              "Try again; or choose another journal.").format(path=path)


class UnlockPage(QWidget):
    unlock_requested = Signal(str)
    cancel_requested = Signal()
    retry_requested = Signal()  # a journal that was not there: look again (``show_missing``)
    remove_requested = Signal()  # ... or take it off the recent list

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel()
        self.title.setTextFormat(Qt.TextFormat.RichText)
        self.file_label = QLabel()
        self.file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setPlaceholderText(tr("Passphrase"))
        self.passphrase.setAccessibleName(tr("Passphrase"))
        self.passphrase.returnPressed.connect(self._submit)
        self.unlock_button = QPushButton(tr("Unlock"))
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self._submit)
        self.retry_button = QPushButton(tr("Try again"))
        self.retry_button.clicked.connect(self.retry_requested)
        self.remove_button = QPushButton(tr("Remove from the list"))
        self.remove_button.clicked.connect(self.remove_requested)
        self.cancel_button = QPushButton(tr("Choose another journal"))
        self.cancel_button.clicked.connect(self.cancel_requested)
        for button in (self.retry_button, self.remove_button, self.cancel_button):
            button.setAutoDefault(True)  # Enter presses the one that has the keyboard
        self.retry_button.hide()
        self.remove_button.hide()
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)  # an indeterminate busy indicator
        self.busy.setTextVisible(False)
        self.busy.setAccessibleName(tr("Unlocking"))
        self.busy.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # holds the focus while the fields wait (set_busy)
        self.busy.hide()
        self.message = LiveLabel(assertive=True)  # a wrong passphrase is heard at once, as it is seen
        self.message.setWordWrap(True)
        colours.as_warning(self.message)  # not the link colour: it looked like something to click
        self.hint = QLabel()  # stays across locking (the demo shows its passphrase here)
        self.hint.setWordWrap(True)
        self.hint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hint.hide()

        row = QHBoxLayout()
        row.addWidget(self.passphrase, 1)
        row.addWidget(self.unlock_button)
        column = QVBoxLayout()
        column.addStretch(1)
        column.addWidget(self.title)
        column.addWidget(self.file_label)
        column.addWidget(self.hint)
        column.addSpacing(8)
        column.addLayout(row)
        column.addWidget(self.busy)
        column.addWidget(self.message)
        choices = QHBoxLayout()  # Tab goes from left to right: Try again, Remove from the list, Choose another
        for button in (self.retry_button, self.remove_button, self.cancel_button):
            choices.addWidget(button)
        choices.addStretch(1)
        column.addLayout(choices)
        column.addStretch(2)
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(column, 2)
        outer.addStretch(1)

    def prepare(self, path: Path, *, locked: bool) -> None:
        self.title.setText(tr("<h2>Locked</h2>") if locked else tr("<h2>Unlock journal</h2>"))
        self.file_label.setText(str(path))
        self.passphrase.clear()
        self.message.setText("")  # not clear(): that tells a screen reader nothing, and it kept "Unlocking…"
        self.cancel_button.setAccessibleDescription("")
        self._offer_retry(False, listed=False)
        self.set_busy(False)
        self.passphrase.setFocus()
        if locked:  # said once the screen has switched and its field has the focus, so that is not cut off
            QTimer.singleShot(0, lambda: announce(self, tr("Locked"), assertive=True))

    def showEvent(self, event: QShowEvent) -> None:
        """The field takes the keyboard once the screen shows: ``prepare`` runs while the page is hidden, and
        a hidden field's focus was lost when the screen switched (Ctrl+L in the demo left it nowhere)."""
        super().showEvent(event)
        if self.passphrase.isEnabled() and not self.busy.isVisibleTo(self):
            self.passphrase.setFocus()

    def set_hint(self, text: str) -> None:
        self.hint.setText(text)
        self.hint.setVisible(bool(text))

    def set_busy(self, busy: bool) -> None:
        # The focus goes from the field to the busy indicator and back; else it falls through the disabled
        # or hidden one to "Choose another journal", and a screen reader says a button nobody chose.
        if busy:
            self.busy.show()
            if self.passphrase.hasFocus():
                self.busy.setFocus()
        self.passphrase.setEnabled(not busy)
        self.unlock_button.setEnabled(not busy)
        if not busy:
            if self.busy.hasFocus():  # the next screen or show_error/show_problem gives it to the right control
                self.busy.clearFocus()
            self.busy.hide()
        if busy:  # heard as the focused "Unlocking" indicator: shown, not announced a second time
            QLabel.setText(self.message, tr("Unlocking…"))

    def show_problem(self, text: str, *, can_unlock: bool) -> None:
        """Say what stands in the way before a passphrase is typed. Without ``can_unlock`` the passphrase
        cannot be typed, and the keyboard goes to "Choose another journal"."""
        self.set_busy(False)
        self._offer_retry(False, listed=False)
        self.message.setText(text)
        if not can_unlock:
            self.passphrase.clear()  # kept no longer than unlocking needs
        self.passphrase.setEnabled(can_unlock)
        self.unlock_button.setEnabled(can_unlock)
        self.cancel_button.setAccessibleDescription(text)
        (self.passphrase if can_unlock else self.cancel_button).setFocus()

    def show_missing(self, text: str, *, listed: bool) -> None:
        """The journal is not there (a USB stick not plugged in, a network drive not connected): say where it
        was looked for; "Try again" (the keyboard on it: Enter) and, when it is on the recent list
        (``listed``), "Remove from the list"."""
        self.show_problem(text, can_unlock=False)
        self._offer_retry(True, listed=listed)
        self.retry_button.setAccessibleDescription(text)
        self.retry_button.setFocus()

    def found_again(self) -> None:
        """The journal is there now ("Try again"): the passphrase field takes the keyboard."""
        self._offer_retry(False, listed=False)
        self.cancel_button.setAccessibleDescription("")
        self.passphrase.setEnabled(True)
        self.unlock_button.setEnabled(True)
        self.passphrase.setFocus()  # heard as the passphrase field: the usual unlock screen, nothing to warn of
        self.message.setText("")

    def _offer_retry(self, on: bool, *, listed: bool) -> None:
        if self.retry_button.hasFocus() or self.remove_button.hasFocus():
            self.cancel_button.setFocus()  # not lost with the button that hides (the caller moves it on)
        self.retry_button.setVisible(on)
        self.remove_button.setVisible(on and listed)
        if not on:
            self.retry_button.setAccessibleDescription("")

    def show_error(self, text: str) -> None:
        self.set_busy(False)
        self.passphrase.selectAll()
        self.passphrase.setFocus()
        self.message.setText(text)  # announced after the focus is back, so the field's name does not cut it off

    def _submit(self) -> None:
        secret = self.passphrase.text()
        if not secret:
            self.show_error(tr("Enter the tandem's passphrase."))
            return
        self.set_busy(True)
        self.unlock_requested.emit(secret)
