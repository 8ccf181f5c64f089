"""Leaving a session started here: when the person left it untouched, it is not kept.

The rule (what "untouched" is, and that the lines raised for next time go back to waiting) is
``app/core/sessions.untouched``; the service remembers the session started
(``JournalService.started``) and discards it (``leave_started``). This part of the session
screen tells the service when the person leaves: for another session (``load``), by locking or
opening another journal (``clear`` while the screen is shown), or by closing the window (the
journal closing while it is shown). The overview tells it when it is shown. Pending typing is
saved before any of these (the window's ``_saved``), so it counts.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QWidget

from app.store.encrypted import Row

from ..i18n import tr
from ..widgets.message_bar import MessageBar

if TYPE_CHECKING:
    from ..service import JournalService

    _PageBase = QWidget  # to mypy the mixin is the page's QWidget; at runtime SessionPage adds it
else:
    _PageBase = object


class SessionLeaving(_PageBase):
    """Part of SessionPage: leaving the session started here."""

    if TYPE_CHECKING:  # what SessionPage (session.py) provides
        back_requested = Signal()
        service: JournalService
        session_id: int | None

    def _watch_leaving(self) -> None:
        self.service.closing.connect(self._journal_closing)
        self.service.session_not_kept.connect(self._say_not_kept)

    def _arriving(self, session_id: int) -> Row | None:
        """The session to show, after leaving the one started here for it. One that is gone (not kept while
        locked) sends the person to the overview instead of an empty screen."""
        self.service.leave_started(now_in=session_id)
        row = self.service.get("session", session_id)
        if row is None and self.service.is_open:
            QTimer.singleShot(0, self, self.back_requested.emit)
        return row

    def _leaving(self) -> None:
        """The screen is cleared (locking, another journal): if it is shown, the person leaves its session.
        Behind my reflections it is not left: their way back returns to it."""
        if not self.isHidden() and self.session_id is not None:
            self.service.leave_started()

    def _journal_closing(self) -> None:
        self._leaving()

    def _say_not_kept(self, raised: int) -> None:
        """Said once the next screen shows (a confirmation is put away when the screen changes)."""
        text = tr("The empty session was not kept: nothing was written in it.")
        if raised:
            text += " " + (tr("The line raised for next time waits for the next session.") if raised == 1 else
                           tr("The {count} lines raised for next time wait for the next session.").format(
                               count=raised))

        def say() -> None:
            bar = self.window().findChild(MessageBar)
            if bar is not None:
                bar.show_done(text)

        QTimer.singleShot(0, self, say)
