"""The main window's commands for creating and opening tandem journals (unlocking them is in
``locking``). Cancelling a file or create dialog leaves the open journal as it was."""

from __future__ import annotations

from functools import partial
from pathlib import Path

from PySide6.QtCore import QTimer

from ..i18n import tr
from .base import WindowBase

# The journal's storage and the dialogs are imported where they are used: the welcome window does
# not need them and appears sooner without them (issue 17.1; tests/test_startup.py).

SUFFIX = ".tandem"


class JournalsMixin(WindowBase):
    """Part of MainWindow: create and open a journal."""

    # Creating and opening -----------------------------------------------------------------
    def ask_create_path(self) -> Path | None:
        from app.core.journals import tandem_file_name
        from app.paths import start_folder

        from ..dialogs.common import ask_new_file

        folder = start_folder()  # the name in the interface's language, free in that folder
        name = tandem_file_name(tr("Tandem journal"), folder).removesuffix(SUFFIX)
        return ask_new_file(self, tr("Create a tandem journal"), name, SUFFIX, tr("Tandem journals"), folder)

    def ask_open_path(self) -> Path | None:
        from ..dialogs.common import ask_existing_file

        return ask_existing_file(self, tr("Open a tandem journal"), SUFFIX, tr("Tandem journals"))

    def create_journal(self) -> None:
        """Ask for the file and the people first: cancelling leaves the open journal as it was. A place
        that cannot take the journal is told before the names and passphrase are typed."""
        self._create()

    def _create(self, typed: tuple[str, str, str] | None = None) -> None:
        path = self.ask_create_path()
        if path is None:
            return
        from app.core.journal_care import check_target
        from app.store import StorageError

        from ..errors import describe

        try:
            check_target(path, None, 0)  # a folder gone, read-only or full, a name it refuses
        except StorageError as exc:
            self.message.show_message(tr("The journal was not created. {reason}").format(reason=describe(exc)))
            if typed is not None:  # what was typed waits for another place
                QTimer.singleShot(0, self, lambda: self._create(typed))
            return
        self._ask_and_create(path, typed)

    def _ask_and_create(self, path: Path, typed: tuple[str, str, str] | None = None) -> None:
        """The names and passphrase (``typed`` again after a failed attempt: nothing typed is lost), then
        the journal, created in the background."""
        from app.core import journals

        from ..dialogs.common import run_once
        from ..dialogs.create import CreateDialog
        from ..tasks import run_task

        dialog = CreateDialog(path, self)
        if typed is not None:
            dialog.fill(*typed)
        values = run_once(dialog, CreateDialog.values)
        if values is None or not self._leave_journal():
            return
        mentee, mentor, passphrase = values
        self._path = path
        self.unlock_page.prepare(path, locked=False)
        self.unlock_page.set_busy(True)
        self.unlock_page.message.setText(tr("Creating the encrypted journal…"))
        self._show(self.unlock_page)

        self._guide_after_unlock = True

        run_task(partial(journals.create_tandem, path, passphrase, mentee, mentor), self._unlocked,
                 partial(self._create_failed, values), self)

    def _create_failed(self, typed: tuple[str, str, str], exc: Exception) -> None:
        """Say why, and ask again for a place, then offer the names and passphrase as typed (cancelling
        the file chooser drops them)."""
        from ..errors import describe

        self._guide_after_unlock = False
        self.show_welcome()
        self.message.show_message(tr("The journal was not created. {reason}").format(reason=describe(exc)))
        QTimer.singleShot(0, self, lambda: self._create(typed))  # the file chooser again, then the names

    def open_journal(self) -> None:
        path = self.ask_open_path()  # cancelling leaves the open journal as it was
        if path is not None:
            self.begin_unlock(path)

    def begin_unlock(self, path: Path) -> None:
        """Show the unlock screen for ``path``, saying first what can be told without the passphrase."""
        if not self._leave_journal():
            return
        self._path = path
        self._resume = None
        self.unlock_page.prepare(path, locked=False)
        self._show(self.unlock_page)
        self.unlock_page.passphrase.setFocus()
        self.check_before_unlock()

    def check_before_unlock(self, *, again: bool = False) -> bool:
        """Tell on the unlock screen why ``_path`` cannot be unlocked; True when nothing stands in the way
        that shows without the key. A journal that is not there stays on the recent list (app/core/recent.py:
        its USB stick may not be plugged in): the screen offers "Try again" (``again``: the person did)."""
        from app.core.unlocking import UnlockProblem, check_before_unlock

        from ..pages.unlock import problem_text, still_missing_text

        path = self._path
        problem = check_before_unlock(path) if path is not None else None
        if path is None or problem is None:
            return True
        if problem is UnlockProblem.MISSING:
            text = still_missing_text(path) if again else problem_text(problem, path)
            self.unlock_page.show_missing(text, listed=self._listed(path) is not None)
        else:
            self.unlock_page.show_problem(problem_text(problem, path), can_unlock=problem is UnlockProblem.IN_USE)
        return False

    # The recent list: a missing journal, "Try again", "Remove from the list" -------------------------
    def _removed_on_welcome(self, listed: str) -> None:
        self.forget_recent(listed)
        self._removed_said(listed)

    def _listed(self, path: Path) -> str | None:
        """``path`` as it stands on the recent list, or None (``app/core/recent.listed_as``)."""
        from app.core.recent import listed_as

        return listed_as(self.settings.recent, str(path), lambda: str(path.resolve()))

    def _try_again(self) -> None:
        if self.check_before_unlock(again=True):
            self.unlock_page.found_again()

    def _remove_missing(self) -> None:
        listed = self._listed(self._path) if self._path is not None else None
        if listed is not None:
            self.forget_recent(listed)
        self.show_welcome()
        if listed is not None:
            self._removed_said(listed)

    def forget_recent(self, listed: str) -> None:
        """Take ``listed`` off the recent list (the person chose it; the file is not touched)."""
        self.settings.forget_recent(listed)

    def _removed_said(self, listed: str) -> None:
        self.message.show_done(tr("{name} was taken off the recent list; the file itself was not changed.").format(
            name=Path(listed).name))

    def _leave_journal(self) -> bool:
        """Close the open journal (saving first) before another one is created or opened."""
        if self.service.is_open:
            if not self._saved(tr("closing this journal")):
                return False
            self.left_session()
            self._clear_pages()
            self.service.close()
            self._update_actions()
        return True
