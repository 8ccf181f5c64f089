"""Run slow work (key derivation, big renders, searches) off the UI thread.

The function runs in Qt's global thread pool and must not touch widgets; its
result or error comes back on the UI thread, and only while ``parent`` lives.

Two objects carry it back, with different lifetimes:

* ``TaskSignals``, the sender, has no parent: the runnable holds it, so it
  exists for as long as the worker may emit. (As a child of ``parent`` it died
  with a closed dialog, and the worker's late ``emit`` raised "Signal source has
  been deleted" in the pool thread.) It never receives events, so it may be
  destroyed with the runnable on the worker thread.
* ``_Delivery``, the receiver, is a child of ``parent`` on the UI thread and calls
  the callbacks. The worker's ``emit`` is queued to it (other thread), so the
  callbacks run on the UI thread. When ``parent`` is deleted, Qt deletes the
  receiver, drops its connections and discards events already queued for it:
  the callbacks simply never run. Qt does this under its own locks, which a
  weak reference checked in the worker could not (the parent may die between
  the check and the delivery). After delivering, the receiver deletes itself,
  so a parent that starts many tasks does not collect children.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot


class TaskSignals(QObject):
    finished = Signal(object)
    failed = Signal(object)


class _Delivery(QObject):
    """Calls the callbacks on ``parent``'s (the UI) thread; dies with ``parent``."""

    def __init__(self, on_done: Callable[[Any], None], on_error: Callable[[Exception], None],
                 parent: QObject) -> None:
        super().__init__(parent)
        self._on_done = on_done
        self._on_error = on_error

    @Slot(object)
    def done(self, result: Any) -> None:
        self.deleteLater()
        self._on_done(result)

    @Slot(object)
    def fail(self, exc: Any) -> None:
        self.deleteLater()
        self._on_error(exc)


class _Runnable(QRunnable):
    def __init__(self, func: Callable[[], Any], signals: TaskSignals) -> None:
        super().__init__()
        self.func = func
        self.signals = signals

    def run(self) -> None:
        try:
            result = self.func()
        except Exception as exc:  # reported to the UI, which shows a calm message
            self.signals.failed.emit(exc)
        else:
            self.signals.finished.emit(result)


def run_task(func: Callable[[], Any], on_done: Callable[[Any], None],
             on_error: Callable[[Exception], None], parent: QObject) -> TaskSignals:
    """Start ``func`` in the background; ``on_done(result)`` or ``on_error(exc)`` runs on the UI thread
    unless ``parent`` has been deleted by then (then neither runs). Returns the task's signals."""
    signals = TaskSignals()
    delivery = _Delivery(on_done, on_error, parent)
    signals.finished.connect(delivery.done)
    signals.failed.connect(delivery.fail)
    QThreadPool.globalInstance().start(_Runnable(func, signals))
    return signals
