"""Run slow work (key derivation, big renders, searches) off the UI thread.

The function runs in Qt's global thread pool and must not touch widgets; its
result or error comes back on the UI thread, and only while ``parent`` lives.

Rule: the pool thread never creates, owns or destroys a Qt object or the last
reference to anything the caller gave. (Before, the worker emitted through a
per-task QObject held by its QRunnable; the pool deleted the runnable, and with
it that sender, on the pool thread, while the UI thread deleted the receiver;
the receiver's ~QObject calls ``sender->disconnectNotify()``, which PySide
forwards to the sender's half-freed Python wrapper: a segfault now and then.)

* Everything of a task (function, callbacks, outcome, a liveness token) is in
  ``_tasks`` under an integer key, put there and taken out on the UI thread.
* The pool runs ``partial(_work, key)``: a plain Python callable holding an int. It stores
  the outcome in the task, drops its own references, and emits ``key`` through
  ``_Hub``, one QObject per application (a child of it, so it outlives every
  pool task: ``~QCoreApplication`` waits for the global pool). The connection is
  queued: ``_Hub.deliver`` runs on the UI thread.
* The token is a bare QObject child of ``parent``: Qt deletes it with ``parent``
  (on the UI thread), and ``deliver`` runs the callback only if it still lives.
  Both happen on the UI thread, so there is no race between the check and the
  callback. ``deliver`` deletes the token, so ``parent`` collects no children.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Qt, QThreadPool, Signal, Slot


@dataclass(eq=False)
class _Task:
    func: Callable[[], Any]
    on_done: Callable[[Any], None]
    on_error: Callable[[Exception], None]
    token: QObject  # a child of the task's parent: deleted with it
    outcome: tuple[bool, Any] | None = None  # (True, result) or (False, exception), set by the worker


_tasks: dict[int, _Task] = {}
_keys = itertools.count()


class _Hub(QObject):
    """Carries a finished task's key from the pool thread to the UI thread."""

    finished = Signal(int)

    def __init__(self, app: QCoreApplication) -> None:
        super().__init__(app)
        self.finished.connect(self.deliver, Qt.ConnectionType.QueuedConnection)

    @Slot(int)
    def deliver(self, key: int) -> None:
        task = _tasks.pop(key)
        if not shiboken6.isValid(task.token):
            return  # the parent is gone: neither callback runs
        shiboken6.delete(task.token)
        if task.outcome is None:
            return  # the function ended with a BaseException (already reported by Python)
        ok, value = task.outcome
        if ok:
            task.on_done(value)
        else:
            task.on_error(value)


_hub: _Hub | None = None


def _the_hub() -> _Hub:
    global _hub
    if _hub is None or not shiboken6.isValid(_hub):  # the first task, or a new application
        app = QCoreApplication.instance()
        if app is None:
            raise RuntimeError("run_task needs a running QApplication")
        _hub = _Hub(app)
    return _hub


def _work(key: int) -> None:
    """Runs on a pool thread. Its references (the task, the hub) are never the last ones: the task is
    taken out of ``_tasks`` on the UI thread, and the hub lives as long as the application."""
    hub = _hub
    assert hub is not None
    task = _tasks[key]
    try:
        task.outcome = (True, task.func())
    except Exception as exc:  # reported to the UI, which shows a calm message
        task.outcome = (False, exc)
    finally:
        del task  # the UI thread may take the task out as soon as the key is emitted
        hub.finished.emit(key)


def run_task(func: Callable[[], Any], on_done: Callable[[Any], None],
             on_error: Callable[[Exception], None], parent: QObject) -> None:
    """Start ``func`` in the background; ``on_done(result)`` or ``on_error(exc)`` runs on the UI thread
    unless ``parent`` has been deleted by then (then neither runs). Call it on the UI thread."""
    _the_hub()
    key = next(_keys)
    _tasks[key] = _Task(func, on_done, on_error, QObject(parent))
    QThreadPool.globalInstance().start(partial(_work, key))
