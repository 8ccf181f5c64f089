"""The small API the screens use to reach the store.

It owns the open journal, turns store errors into one ``problem`` signal
with a calm message (shown in the window's message bar), and announces
changes so that every view showing a table can refresh. Widgets never hold
a Journal themselves.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Signal

from app.core.schedule import next_due
from app.store import Journal, JournalError

from .errors import describe

T = TypeVar("T")


class JournalService(QObject):
    opened = Signal()
    closed = Signal()
    changed = Signal(str, object)  # table name, the object that made the change (or None)
    problem = Signal(str)  # a message for the user
    read_only_changed = Signal(bool)  # the tandem was completed (True) or reopened (False)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.journal: Journal | None = None
        self.read_only = False  # a completed tandem: views offer no editing (the store refuses it anyway)

    @property
    def is_open(self) -> bool:
        return self.journal is not None and self.journal.is_open

    @property
    def path(self) -> Path | None:
        return self.journal.path if self.journal else None

    def attach(self, journal: Journal) -> None:
        """Take over a journal unlocked in the background."""
        self.journal = journal
        self._set_read_only(journal.is_completed)
        self.opened.emit()

    def close(self) -> None:
        if self.journal is not None:
            self.journal.close()
            self.journal = None
            self._set_read_only(False)
            self.closed.emit()

    def _set_read_only(self, value: bool) -> None:
        if value != self.read_only:
            self.read_only = value
            self.read_only_changed.emit(value)

    def complete(self, held_on: str) -> bool:
        """End the closing round: the tandem becomes completed and read-only."""
        done = self.run(lambda j: j.complete(held_on), changes="tandem")
        if done:
            self._set_read_only(True)
        return done

    def reopen(self) -> bool:
        done = self.run(lambda j: j.reopen(), changes="tandem")
        if done:
            self._set_read_only(False)
        return done

    def call(self, func: Callable[[Journal], T], *, changes: str | tuple[str, ...] = (),
             origin: object = None) -> T | None:
        """Run one store operation; on failure report it and return None (nothing is lost in the UI).

        ``changes`` names the table or tables it changes, so that views showing them reload.
        """
        if self.journal is None:
            return None
        try:
            result = func(self.journal)
        except (JournalError, ValueError) as exc:
            self.problem.emit(describe(exc))
            return None
        for table in (changes,) if isinstance(changes, str) else changes:
            self.changed.emit(table, origin)
        return result

    def run(self, func: Callable[[Journal], object], *, changes: str | tuple[str, ...] = (),
            origin: object = None) -> bool:
        """Like ``call``, for an operation that returns nothing: True when it worked."""
        done = self.call(lambda j: (func(j), True)[1], changes=changes, origin=origin)
        return done is not None

    def next_due(self) -> _dt.datetime | None:
        """When the next session is due: the agreed date, else the last session plus the rhythm."""
        def read(journal: Journal) -> _dt.datetime | None:
            tandem, last = journal.tandem(), journal.session_summaries(limit=1)
            return next_due(tandem["next_session_at"], last[0].starts_at if last else None, tandem["rhythm"])

        return self.call(read)

    # Convenience wrappers used by the screens -------------------------------
    def add(self, table: str, *, origin: object = None, **values: Any) -> int | None:
        return self.call(lambda j: j.add(table, **values), changes=table, origin=origin)

    def update(self, table: str, row_id: int, *, origin: object = None, **values: Any) -> bool:
        """Save some fields; ``origin`` (the view that made the edit) need not reload."""
        return self.run(lambda j: j.update(table, row_id, **values), changes=table, origin=origin)

    def delete(self, table: str, row_id: int, *, origin: object = None) -> None:
        self.call(lambda j: j.delete(table, row_id), changes=table, origin=origin)

    def move(self, table: str, row_id: int, new_index: int, *, origin: object = None) -> None:
        self.call(lambda j: j.move(table, row_id, new_index), changes=table, origin=origin)

    def rows(self, table: str, **where: Any) -> list[dict[str, Any]]:
        return self.call(lambda j: j.rows(table, **where)) or []
