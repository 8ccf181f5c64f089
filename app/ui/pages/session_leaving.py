"""Leaving a session started here: when the person left it untouched, it is not kept.

The rule (what "untouched" is, and that the lines raised for next time go back to waiting) is
``app/core/sessions.untouched``; the service remembers the session started
(``JournalService.started``) and discards it (``leave_started``). This part of the session
screen tells the service when the person leaves: for another session (``load``), by locking or
opening another journal (``clear`` while the screen is shown), or by closing the window (the
journal closing while it is shown). The overview tells it when it is shown. Pending typing is
saved before any of these (the window's ``_saved``), so it counts. The window says what happened
(``say_session_not_kept``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QWidget

from app.store.encrypted import Row


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
