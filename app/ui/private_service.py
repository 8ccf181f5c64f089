"""The Qt adapter over the application layer for a person's private journal.

The private twin of ``service.JournalService``: it owns the open private journal and
the clock, reports failures as one calm ``problem`` message, and runs long work
(unlocking, and the journal care it shares with the tandem's adapter: ``service.CareAdapter``) off the GUI thread. The reflections page only
shows and asks; it never holds the journal or passes code into it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import partial
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Signal

from app.core import journals, reflections
from app.core.clock import Clock, SystemClock
from app.store import JournalError, PrivateJournal
from app.store.encrypted import Row

from .errors import describe
from .service import CareAdapter
from .tasks import run_task

T = TypeVar("T")


class PrivateService(CareAdapter, QObject):
    problem = Signal(str)  # a message for the user

    def __init__(self, parent: QObject | None = None, clock: Clock | None = None) -> None:
        super().__init__(parent)
        self.journal: PrivateJournal | None = None
        self.clock: Clock = clock or SystemClock()

    @property
    def is_open(self) -> bool:
        return self.journal is not None

    # Opening and closing (in the background: key derivation takes a moment) ---------------
    def create(self, path: Path, secret: str, tandems: Iterable[Path | None],
               on_done: Callable[[PrivateJournal], None], on_error: Callable[[Exception], None]) -> None:
        """A new private journal, unless ``secret`` opens one of ``tandems`` (the layer refuses it)."""
        run_task(partial(journals.create_private, path, secret, list(tandems)), on_done, on_error, self)

    def check_new(self, path: Path, secret: str, tandems: Iterable[Path | None], on_done: Callable[[object], None],
                  on_error: Callable[[Exception], None], owner: QObject) -> None:
        """Whether a private journal may be created at ``path`` with ``secret`` (the layer's rule: no
        existing file, not a tandem's passphrase), before anything is written. The answer reaches
        ``owner`` (the asking dialog) only while it lives."""
        run_task(partial(journals.check_new_private, path, secret, list(tandems)), on_done, on_error, owner)

    def open(self, path: Path, secret: str, on_done: Callable[[PrivateJournal], None],
             on_error: Callable[[Exception], None]) -> None:
        run_task(partial(journals.open_private, path, secret), on_done, on_error, self)

    def open_remembered(self, secret: str, remembered: Iterable[Path], on_done: Callable[[PrivateJournal], None],
                        on_error: Callable[[Exception], None]) -> None:
        """The remembered private journal that ``secret`` opens (``journals.NoRememberedJournalOpens`` if none)."""
        run_task(partial(journals.open_remembered_private, secret, list(remembered)), on_done, on_error, self)

    def attach(self, journal: PrivateJournal) -> None:
        self.journal = journal

    def close(self) -> None:
        if self.journal is not None:
            self.journal.close()
            self.journal = None

    # Reading and writing -----------------------------------------------------------------
    def _call(self, func: Callable[..., T], *args: Any, **kwargs: Any) -> T | None:
        """``func(journal, *args)``; on failure say why and return None (nothing on screen is lost)."""
        if self.journal is None:
            return None
        try:
            return func(self.journal, *args, **kwargs)
        except (JournalError, ValueError) as exc:
            self.problem.emit(describe(exc))
            return None

    def reflections(self, tag: str | None = None, query: str = "") -> list[Row]:
        """Newest first, narrowed to a tag and to the words of ``query``."""
        return self._call(_listed, tag, query.strip()) or []

    def reflection(self, reflection_id: int) -> Row | None:
        return next((r for r in self.reflections() if r["id"] == reflection_id), None)

    def tags(self) -> list[str]:
        return self._call(PrivateJournal.all_tags) or []

    def start(self, prompt: str, title: str) -> int | None:
        """A new reflection, written today (see ``app/core/reflections.start``)."""
        return self._call(reflections.start, self.clock, prompt, title)

    def update(self, reflection_id: int, **values: Any) -> bool:
        return self._call(_done(PrivateJournal.update), "reflection", reflection_id, **values) is not None

    def set_tags(self, reflection_id: int, tags: list[str]) -> bool:
        return self._call(_done(PrivateJournal.set_tags), reflection_id, tags) is not None

    def markdown(self) -> str | None:
        return self._call(PrivateJournal.to_markdown)

    # Journal care (a new passphrase, backup, check, JSON export and import): ``CareAdapter``, off the GUI thread


def _listed(journal: PrivateJournal, tag: str | None, query: str) -> list[Row]:
    rows = journal.reflections(tag=tag)
    if not query:
        return rows
    found = {hit.row_id for hit in journal.search(query, limit=500)}
    return [row for row in rows if row["id"] in found]


def _done(method: Callable[..., object]) -> Callable[..., bool]:
    """A writing method that returns nothing, made to return True (None means it failed)."""
    def call(*args: Any, **kwargs: Any) -> bool:
        method(*args, **kwargs)
        return True

    return call
