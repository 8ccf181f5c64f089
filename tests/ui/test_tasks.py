"""run_task: work off the GUI thread whose result comes back only while its parent lives."""

from __future__ import annotations

import random
import threading
import time
from collections.abc import Callable
from functools import partial

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QThreadPool
from pytestqt.qtbot import QtBot

from app.ui.tasks import run_task

WAIT_S = 10


def _finish_pool() -> None:
    """Wait until every task has run (and emitted), then deliver what they queued for the GUI thread."""
    assert QThreadPool.globalInstance().waitForDone(WAIT_S * 1000)
    QCoreApplication.processEvents()


def test_result_and_error_arrive_on_the_gui_thread(qtbot: QtBot) -> None:
    parent = QObject()
    got: list[tuple[str, object, bool]] = []
    gui = threading.current_thread()

    def fail() -> None:
        raise ValueError("nope")

    run_task(lambda: 42, lambda r: got.append(("done", r, threading.current_thread() is gui)),
             lambda e: got.append(("failed", e, False)), parent)
    qtbot.waitUntil(lambda: len(got) == 1)
    run_task(fail, lambda r: got.append(("done", r, False)),
             lambda e: got.append(("failed", str(e), threading.current_thread() is gui)), parent)
    qtbot.waitUntil(lambda: len(got) == 2)
    assert got == [("done", 42, True), ("failed", "nope", True)]


def test_parent_deleted_while_the_task_runs(qtbot: QtBot, capfd) -> None:
    """The worker finishes after its parent is gone: no 'Signal source has been deleted', no callback."""
    for outcome in ("result", "error"):
        parent = QObject()
        started, release = threading.Event(), threading.Event()
        calls: list[object] = []

        def work() -> int:
            started.set()
            assert release.wait(WAIT_S)
            if outcome == "error":
                raise ValueError("late")
            return 42

        run_task(work, calls.append, calls.append, parent)
        assert started.wait(WAIT_S)
        shiboken6.delete(parent)
        release.set()
        _finish_pool()
        assert calls == []
    out, err = capfd.readouterr()
    assert out == "" and err == ""


def test_tasks_leave_nothing_behind_on_their_parent(qtbot: QtBot) -> None:
    parent = QObject()
    got: list[int] = []
    for i in range(5):
        run_task(lambda i=i: i, got.append, lambda e: None, parent)
    qtbot.waitUntil(lambda: len(got) == 5)
    QCoreApplication.processEvents()  # the deferred deletes
    qtbot.waitUntil(lambda: parent.children() == [])


def _deferred_deletes() -> None:
    """What an event loop does on its next turn: delete the objects given to deleteLater."""
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


class _Owner(QObject):
    """A parent whose own method is the callback, and whose wrapper the work holds (as dialogs do)."""

    def __init__(self, record: Callable[[int], None], index: int) -> None:
        super().__init__()
        self.record, self.index = record, index

    def take(self, _outcome: object) -> None:
        self.record(self.index)


def test_thousands_of_tasks_with_parents_deleted_at_random_moments(qtbot: QtBot, capfd) -> None:
    """Stress: no callback after its parent is gone, every other one on the GUI thread, no crash.

    Before, the pool thread destroyed each task's sender QObject while the GUI thread deleted its
    receiver; about one run in two of this test ended in a segfault."""
    rng = random.Random(20)
    got: list[tuple[int, bool, bool]] = []  # (task, on the GUI thread, its parent already destroyed)
    alive: dict[int, QObject] = {}
    destroyed: set[int] = set()

    def record(index: int) -> None:
        got.append((index, threading.current_thread() is threading.main_thread(), index in destroyed))

    def delete_one() -> None:
        parent = alive.pop(rng.choice(list(alive)))
        if rng.random() < 0.5:
            shiboken6.delete(parent)
        else:
            parent.deleteLater()  # deleted at the next _deferred_deletes()

    for index in range(2000):
        parent: QObject = _Owner(record, index) if index % 2 else QObject()
        parent.destroyed.connect(partial(destroyed.add, index))
        alive[index] = parent
        pause = rng.random() / 2000 if rng.random() < 0.5 else 0.0

        def work(index: int = index, pause: float = pause, parent: QObject = parent) -> object:
            time.sleep(pause)
            if index % 3 == 0:
                raise ValueError(index)
            return parent if index % 2 else index

        def callback(_outcome: object, index: int = index) -> None:
            record(index)

        run_task(work, parent.take if isinstance(parent, _Owner) else callback, callback, parent)
        del parent, work
        if rng.random() < 0.5:
            QCoreApplication.processEvents()
        if rng.random() < 0.4:
            delete_one()
        if rng.random() < 0.2:
            _deferred_deletes()
    _finish_pool()
    _deferred_deletes()
    QCoreApplication.processEvents()
    assert not [index for index, _, late in got if late], "a callback ran after its parent was destroyed"
    assert all(on_gui for _, on_gui, _ in got)
    delivered = [index for index, _, _ in got]
    assert len(delivered) == len(set(delivered))
    assert set(delivered) >= set(alive), "a living parent's callback never ran"
    assert len(destroyed) == 2000 - len(alive)
    assert all(parent.children() == [] for parent in alive.values())
    out, err = capfd.readouterr()
    assert out == "" and err == ""
