"""One journal, two threads: the UI thread writes (autosave) while a worker searches.

The connection is shared (``check_same_thread=False``); the store lets one thread at a
time use it, so a search never runs in the middle of another thread's transaction.
"""

from __future__ import annotations

import faulthandler
import os
import threading
from collections.abc import Iterator

import pytest

from app.store import Journal, JournalError

ROUNDS = 60
WAIT_S = 30


class Discarded(Exception):
    pass


@pytest.fixture(autouse=True)
def _deadlock_ends_the_run(capfd: pytest.CaptureFixture[str]) -> Iterator[None]:
    """Unserialised, the two threads deadlock inside SQLite (one waits for its mutex holding the GIL, the
    other for the GIL in the search index trigger's Python function). pytest-timeout cannot run then, so a
    C watchdog prints every thread's stack to the real stderr and ends the run instead of hanging."""
    with capfd.disabled():
        stderr = os.dup(2)
    faulthandler.dump_traceback_later(WAIT_S, exit=True, file=stderr)
    try:
        yield
    finally:
        faulthandler.cancel_dump_traceback_later()
        os.close(stderr)


def test_search_in_a_thread_while_the_main_thread_writes(journal: Journal) -> None:
    """Every search sees whole transactions: pairs of rows, never one of a pair, never a rolled-back row."""
    sid = journal.add("session", starts_at="2026-03-01T10:00")
    stop = threading.Event()
    seen: list[int] = []
    errors: list[BaseException] = []

    def searcher() -> None:
        try:
            while not stop.is_set():
                seen.append(len(journal.search("zebra", limit=10 * ROUNDS)))
        except BaseException as exc:  # handed to the test below
            errors.append(exc)

    worker = threading.Thread(target=searcher)
    worker.start()
    try:
        for i in range(ROUNDS):
            with journal.transaction():  # two rows or none, like the closing round's two directions
                journal.add("learning", session_id=sid, text=f"Zebra {i} eins")
                journal.add("learning", session_id=sid, text=f"Zebra {i} zwei")
            with pytest.raises(Discarded), journal.transaction():
                journal.add("learning", session_id=sid, text=f"Zebra {i} verworfen")
                raise Discarded
            journal.update("session", sid, notes=f"Notizen, Stand {i}")  # autosave between them
    finally:
        stop.set()
        worker.join(WAIT_S)
    assert not worker.is_alive() and errors == []
    assert seen, "the worker never searched"
    assert [n for n in seen if n % 2] == [], "a search saw half a transaction or a rolled-back row"
    assert seen == sorted(seen)
    assert len(journal.search("zebra", limit=10 * ROUNDS)) == 2 * ROUNDS
    assert journal.integrity_problems() == []


def test_locking_while_a_worker_searches(journal: Journal) -> None:
    """The worker's next search is told the journal is locked; nothing crashes or half-closes."""
    sid = journal.add("session", starts_at="2026-03-01T10:00")
    for i in range(20):
        journal.add("learning", session_id=sid, text=f"Zebra {i}")
    searching = threading.Event()
    outcome: list[object] = []

    def searcher() -> None:
        try:
            while True:
                assert len(journal.search("zebra")) == 20
                searching.set()
        except BaseException as exc:  # handed to the test below
            outcome.append(exc)

    worker = threading.Thread(target=searcher)
    worker.start()
    assert searching.wait(WAIT_S)
    journal.close()
    worker.join(WAIT_S)
    assert not worker.is_alive()
    assert len(outcome) == 1 and type(outcome[0]) is JournalError and "locked" in str(outcome[0])
