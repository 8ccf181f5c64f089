"""Leaving a session started here: when the person left it untouched, it is not kept.

The rule (what "untouched" is, and that the lines raised for next time go back to waiting) is
``app/core/sessions.untouched``; the service remembers the session started
(``JournalService.started``) and discards it (``leave_started``). The window tells it when the
person leaves the session screen (``left_session``: the overview, a new session, another journal,
closing the window; locking is not leaving); this part of the session screen tells it when another
session is opened (``load``), and takes what is being typed before any of these (``flush``): a cell
being edited and the focus topic are only taken when they lose the keyboard, which leaving did
after the session had been judged untouched (review of 2026-12-05: the text was gone), and a line
typed into an add field is added as Enter would (``_add_typed``: locking cleared it). What is on
screen but not in the journal (a failed save, a line that could not be added) keeps the session
(``has_typing``). The window says what happened (``say_session_not_kept``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QAbstractItemView, QApplication, QComboBox, QLineEdit, QWidget

from app.store.encrypted import Row

if TYPE_CHECKING:
    from ..service import JournalService
    from ..autosave import Autosave

    _PageBase = QWidget  # to mypy the mixin is the page's QWidget; at runtime SessionPage adds it
else:
    _PageBase = object


class SessionLeaving(_PageBase):
    """Part of SessionPage: leaving the session started here."""

    if TYPE_CHECKING:  # what SessionPage (session.py) provides
        back_requested = Signal()
        service: JournalService
        session_id: int | None
        autosave: Autosave
        topic: QComboBox
        agenda_add: QLineEdit
        learning_add: QLineEdit
        action_add: QLineEdit

        def _topic_chosen(self) -> None: ...
        def _add_agenda(self) -> None: ...
        def _add_learning(self) -> None: ...
        def _add_action(self) -> None: ...

    def _arriving(self, session_id: int) -> Row | None:
        """The session to show, after leaving the one started here for it. One that is gone (not kept while
        locked) sends the person to the overview instead of an empty screen."""
        self.service.leave_started(now_in=session_id, typing=self.has_typing)
        row = self.service.get("session", session_id)
        if row is None and self.service.is_open:
            QTimer.singleShot(0, self, self.back_requested.emit)
        return row

    def _commit_typing(self) -> None:
        """Take what is being typed where the keyboard is: a cell's editor gives the keyboard back to its
        list (its delegate saves the text, the cell stays current); the focus topic is chosen."""
        focused = QApplication.focusWidget()
        if focused is None or not self.isAncestorOf(focused):
            return
        view = next((v for v in self.findChildren(QAbstractItemView) if v.isAncestorOf(focused)), None)
        if view is not None and view.state() == QAbstractItemView.State.EditingState:
            view.setFocus()
        elif self.topic.isAncestorOf(focused):
            self._topic_chosen()

    def _add_typed(self) -> bool:
        """A line typed into an add field and not yet added (Enter not pressed) is added, as Enter would:
        locking cleared it, and leaving left it behind (walk of 2026-12-05). False when one could not be
        added (an action item's due date that is not a date: its hint says so and the text stays)."""
        for edit, add in ((self.agenda_add, self._add_agenda), (self.learning_add, self._add_learning),
                          (self.action_add, self._add_action)):
            if edit.text().strip():
                add()
        return not self._lines_not_added()

    def _lines_not_added(self) -> bool:
        return any(edit.text().strip() for edit in (self.agenda_add, self.learning_add, self.action_add))

    @property
    def has_typing(self) -> bool:
        """Text on screen that is not in the journal: an edit not saved yet (or whose save failed), or a
        line typed into an add field and not added."""
        return self.autosave.pending or self._lines_not_added()
