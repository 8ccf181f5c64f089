"""The main window's locking and unlocking.

Locking (by hand, after idle time, on minimising, when the screen locks, before sleep) saves
pending edits, closes the journal, clears every page and remembers where the user was, so that
unlocking brings them back to the same screen (session, overview or my reflections) and the
same control, cursor, selection or row (``place``). Key derivation runs in the background.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer

from ..i18n import tr
from .base import WindowBase

if TYPE_CHECKING:  # the storage and the rules are loaded after the welcome window is shown (issue 17.1)
    from app.core.locking import WalkedAway
    from app.store import Journal


class LockingMixin(WindowBase):
    """Part of MainWindow: unlock a journal, lock it, clear the pages."""

    def unlock_with(self, path: Path, passphrase: str) -> None:
        """Unlock ``path`` with a passphrase known beforehand (the demo's, which is public): the unlock
        screen shows it happening, and the same checks and background work apply as when typed."""
        self.begin_unlock(path)
        if self.stack.currentWidget() is self.unlock_page and self.unlock_page.passphrase.isEnabled():
            self.unlock_page.set_busy(True)
            self._unlock(passphrase)

    def _unlock(self, passphrase: str) -> None:
        path = self._path
        if path is None or not self.check_before_unlock():  # it may have changed since the screen showed
            return
        from app.core import journals

        from ..tasks import run_task

        run_task(partial(journals.open_tandem, path, passphrase), self._unlocked, self._unlock_failed, self)

    def _unlocked(self, journal: Journal) -> None:
        if self._closing:
            journal.close()
            return
        self.screen_lock  # noqa: B018 - listening before the journal is open (else a locked screen would not lock it)
        self.unlock_page.passphrase.clear()
        self.unlock_page.set_busy(False)
        self.message.hide()
        self.service.attach(journal)
        self.settings.add_recent(journal.path)
        self.idle.set_seconds(self.settings.idle_lock_seconds)
        resume, self._resume = self._resume, None
        if resume is not None and resume.session_id is not None:
            self.show_session(resume.session_id)
            self.session.restore_place(resume.session_place)
        elif resume is not None and self._built("reflections") and resume.place.page is self.reflections:
            self.show_reflections()  # locked too: its own passphrase field has the keyboard
        else:
            self.show_overview()
        if resume is not None:
            from .place import restore

            restore(resume.place)  # the same control, cursor, selection or row as before locking
        if self._guide_after_unlock:
            self._guide_after_unlock = False
            QTimer.singleShot(0, self.open_kickoff)  # after the overview has been drawn

    def _unlock_failed(self, exc: Exception) -> None:
        from ..errors import why_not_opened

        if self._path is not None and not self._path.exists():  # gone while unlocking (a stick pulled out)
            self.check_before_unlock()  # says where it was looked for; it stays on the recent list
            return
        self.unlock_page.show_error(why_not_opened(exc, tr(
            "That passphrase does not open this journal. Check the spelling and Caps Lock, and try again.")))

    # Locking -----------------------------------------------------------------------------
    def walked_away(self, event: WalkedAway) -> None:
        """The screen locked or the computer is about to sleep (``screen_lock``): lock, my reflections
        too, unless the preferences say otherwise."""
        from app.core.locking import locks

        if locks(event, self.settings.when_away):
            self.lock()

    def lock(self) -> None:
        """Save, close the journal(s), clear every page; unlocking returns here.

        My reflections lock with the tandem journal, always, and first.
        """
        from .place import Resume, remember

        place = remember(self.stack.currentWidget(), self.focusWidget())  # before anything is cleared
        if self._built("reflections") and not self.reflections.lock():
            return
        if not self.service.is_open:
            self._update_actions()
            return
        if not self._saved(tr("locking")):
            self.idle.restart()
            return
        self.idle.stop()
        from PySide6.QtWidgets import QDialog  # not at start: the welcome window has none (issue 17.1)

        for dialog in self.findChildren(QDialog):  # nothing of the journal stays on screen
            if dialog.isVisible():
                dialog.reject()
        self._resume = Resume(place)
        if self._showing_session() and self.session.session_id is not None:
            self._resume = Resume(place, self.session.session_id, self.session.place_state())
        path = self.service.path
        self._clear_pages()
        self.service.close()
        if self._focus_mode:
            self.actions.focus_mode.setChecked(False)
        self._path = path
        if path is not None:
            self.unlock_page.prepare(path, locked=True)
        self._show(self.unlock_page)

    def _clear_pages(self) -> None:
        if self._built("search"):
            self.search.reset()
        if self._built("session"):
            self.session.clear()
        if self._built("overview"):
            self.overview.clear()
        self.message.hide()
