"""Run slow work (key derivation, big renders) off the UI thread.

The function runs in Qt's global thread pool and must not touch widgets; its
result or error comes back through signals, delivered on the UI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class TaskSignals(QObject):
    finished = Signal(object)
    failed = Signal(object)


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
    """Start ``func`` in the background; return the signals object (keep it alive via ``parent``)."""
    signals = TaskSignals(parent)
    signals.finished.connect(on_done)
    signals.failed.connect(on_error)
    signals.finished.connect(signals.deleteLater)
    signals.failed.connect(signals.deleteLater)
    QThreadPool.globalInstance().start(_Runnable(func, signals))
    return signals
