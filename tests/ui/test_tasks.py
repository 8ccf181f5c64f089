"""run_task: work off the GUI thread whose result comes back only while its parent lives."""

from __future__ import annotations

import threading

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QThreadPool
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
