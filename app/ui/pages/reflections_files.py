"""My private journal's files: choosing, creating and unlocking one, remembering it (or not), and
the author's own copies (Markdown, JSON, an encrypted backup). Exports are not encrypted, and say so.

Two people share one laptop, and each may have a private journal. Which one the app opens is
"per person" by the passphrase, never by a list:

* By default nothing is written down. The person chooses the file ("Open my private journal…") and
  types its passphrase; on leaving (Back, locking, idle) the page forgets the choice, so the partner
  who opens "My reflections" next sees the same empty panel, and no path.
* A passphrase typed without choosing a file is tried on the files opened since the app started
  (kept in memory only, so that locking and unlocking bring the person straight back) and on those
  remembered (``journals.open_remembered_private``), and opens the one it fits.
* Ticking "Remember where this file is" (off by default, explained beside the tick) keeps the file's
  location in the settings (``Settings.remembered_private``), and only then, so that this works after
  the app was closed too. The screen never lists files and looks the same whether there are none, one
  or two, and a passphrase that fits none gets the same answer either way: nothing on screen tells the
  partner that a private journal exists. The tick's explanation says that the location can be read in
  the settings by whoever uses the computer account.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QLabel, QLineEdit, QProgressBar, QWidget

from app.core import journal_care
from app.core.journals import NoRememberedJournalOpens
from app.paths import documents_dir, start_folder
from app.store import JournalError, PrivateJournal

from ..dialogs.common import ask_existing_file, ask_new_file, ask_save_file, run_once
from ..dialogs.create import CreatePrivateDialog
from ..errors import describe, why_not_opened
from ..i18n import tr

if TYPE_CHECKING:
    from ..dialogs.care_flow import JournalCare
    from ..private_service import PrivateService
    from ..settings import Settings

SUFFIX = ".reflections"


if TYPE_CHECKING:
    _PageBase = QWidget  # to mypy the mixin is the page's QWidget; at runtime ReflectionsPage adds it
else:
    _PageBase = object


class ReflectionsFiles(_PageBase):
    """Part of ReflectionsPage: file choosers, exports and backups (``self`` is the page)."""

    if TYPE_CHECKING:  # what ReflectionsPage (reflections.py) and ReflectionsLayout provide
        problem = Signal(str)
        private: PrivateService
        care: JournalCare
        settings: Settings
        path: Path | None
        tandem_path: Path | None
        file_label: QLabel
        passphrase: QLineEdit
        message: QLabel
        busy: QProgressBar
        opened_here: list[Path]
        remember: QCheckBox
        remember_about: QLabel

        def flush(self) -> bool: ...
        def _opened(self, journal: PrivateJournal) -> None: ...

    def ask_open_path(self) -> Path | None:
        return ask_existing_file(self, tr("Open my private journal"), SUFFIX, tr("Private journals"))

    def ask_create_path(self, suggested: Path) -> Path | None:
        """A save dialog that starts at ``suggested`` (the create dialog refuses a file that exists)."""
        return ask_new_file(self, tr("Create my private journal"), suggested.stem, SUFFIX, tr("Private journals"),
                            folder=suggested.parent)

    def proposed_folder(self) -> Path:
        """Where a new private journal is proposed: the documents folder, else beside the tandem's journal."""
        documents = documents_dir()
        if documents.is_dir() or self.tandem_path is None:
            return start_folder()  # Documents, else home: never the working directory
        return self.tandem_path.parent

    # Choosing, creating, unlocking ------------------------------------------------------------
    def choose_file(self) -> None:
        path = self.ask_open_path()
        if path is not None:
            self.path = path
            self.file_label.setText(str(path))
            self.message.clear()
            self.passphrase.setFocus()

    def create_file(self) -> None:
        dialog = CreatePrivateDialog(self.proposed_folder(), [self.tandem_path], self.private,
                                     lambda suggested: self.ask_create_path(suggested), self)
        chosen = run_once(dialog, lambda d: (d.path, d.secret.value()))  # checked by the layer in the dialog
        if chosen is None:
            return
        path, secret = chosen
        self._busy()
        self.private.create(path, secret, [self.tandem_path], self._opened, self._failed)

    def _unlock(self) -> None:
        secret = self.passphrase.text()
        if not secret:
            self.message.setText(tr("Choose your private journal first, or create one.") if self.path is None
                                 else tr("Enter your private passphrase."))
            return
        self._busy()
        if self.path is None:  # no file chosen: the passphrase finds its own among those known, if any
            known = self.opened_here + [Path(p) for p in self.settings.remembered_private]
            self.private.open_remembered(secret, list(dict.fromkeys(known)), self._opened, self._failed)
        else:
            self.private.open(self.path, secret, self._opened, self._failed)

    def _busy(self) -> None:
        self.busy.show()
        self.passphrase.setEnabled(False)
        self.message.setText(tr("Unlocking…"))

    def _failed(self, exc: Exception) -> None:
        self.busy.hide()
        self.passphrase.setEnabled(True)
        if isinstance(exc, NoRememberedJournalOpens):
            text = tr("No private journal remembered on this laptop opens with that passphrase. Choose your file "
                      "with “Open my private journal…”, or check the spelling and Caps Lock.")
        else:
            text = why_not_opened(exc, tr("That passphrase does not open your private journal."))
        self.message.setText(text)
        self.passphrase.selectAll()
        self.passphrase.setFocus()

    def _forget_chosen(self) -> None:
        """On leaving: no file, passphrase or message stays for the next person at the laptop."""
        self.path = None
        self.file_label.setText(tr("No private journal chosen yet."))
        self.passphrase.clear()
        self.message.clear()

    # Remembering (only when ticked) ------------------------------------------------------------
    def _show_remembered(self, path: Path) -> None:
        """The file just opened: its passphrase alone finds it until the app closes; the tick says whether
        the settings keep it beyond."""
        self.opened_here[:] = [path.resolve(), *(p for p in self.opened_here if p != path.resolve())]
        self.remember.blockSignals(True)
        self.remember.setChecked(str(path.resolve()) in self.settings.remembered_private)
        self.remember.blockSignals(False)
        self._explain_remember(self.remember.isChecked())

    def _remember_toggled(self, on: bool) -> None:
        if self.path is not None:
            self.settings.remember_private(self.path, on)
        self._explain_remember(on)

    def _explain_remember(self, on: bool) -> None:
        self.remember_about.setText(
            tr("On: your passphrase alone opens this journal, also after the app was closed. This laptop's "
               "settings keep where the file is (never what is in it); someone using this computer account could "
               "find that there.") if on
            else tr("Off: nothing on this laptop keeps where the file is; once the app is closed, choose it again."))

    def ask_save_path(self, title: str, suggested: str, filter_: str) -> Path | None:
        return ask_save_file(self, title, suggested, filter_)

    # The author's own exports --------------------------------------------------------------------
    def _write(self, path: Path | None, data: bytes) -> None:
        if path is None:
            return
        try:
            # the save dialog has asked about replacing; never a journal open here (this one, the tandem's)
            journal_care.write_file(path, None, data, overwrite=True)
        except JournalError as exc:
            self.problem.emit(describe(exc))
            return
        self.problem.emit(tr("Saved to {path}. It is not encrypted: keep it private.").format(path=path))

    def export_markdown(self) -> None:
        if self.private.is_open and self.flush():
            path = self.ask_save_path(tr("Export my reflections as Markdown"), "my-reflections.md",
                                      tr("Markdown (*.md)"))
            text = self.private.markdown()
            if text is not None:
                self._write(path, text.encode("utf-8"))

    def export_json(self) -> None:
        self.care.export()  # the journal care the tandem's journal has too (dialogs/care_flow.py)

    def back_up(self) -> None:
        self.care.back_up()
