"""An unexpected error (a bug) in the window: a calm dialog with a copyable report, never a dead window.

``install`` makes this the handler of every exception nobody caught: one raised in a slot or an
event handler (PySide6 hands those to ``sys.excepthook`` and carries on), and one in a worker
thread (``threading.excepthook``; the dialog is then shown on the GUI thread through a queued
signal). The window stays usable: nothing typed is cleared, and the person can carry on, save
and restart. The report (``app.crash_report``) holds no journal content. While the dialog
(``crash_dialog.py``) is open, further errors are added to it instead of stacking up dialogs.
"""

from __future__ import annotations

import sys
import threading
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal, qVersion
from PySide6.QtWidgets import QApplication

if TYPE_CHECKING:  # the dialog is loaded when an error first happens: the window appears sooner (issue 17.1)
    from .crash_dialog import CrashDialog


class CrashReporter(QObject):
    """Receives reports from any thread and shows them on the GUI thread."""

    reported = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.dialog: CrashDialog | None = None
        self.reported.connect(self._show)

    def hook(self, kind: type[BaseException], error: BaseException | None, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error if error is not None else kind(), tb)
            return
        from app import crash_report  # only when something went wrong (issue 17.1: a faster start)

        text = crash_report.report(kind, error, tb, qVersion())
        print(f"tandem-journal: unexpected error (a bug):\n{text}", file=sys.stderr)
        self.reported.emit(text)

    def thread_hook(self, args: threading.ExceptHookArgs) -> None:
        self.hook(args.exc_type, args.exc_value, args.exc_traceback)

    def _show(self, text: str) -> None:
        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.add(text)
            return
        from .crash_dialog import CrashDialog

        self.dialog = CrashDialog(text, QApplication.activeWindow())
        self.dialog.finished.connect(self._closed)
        self.dialog.open()  # window-modal and without a loop of its own: the event loop carries on

    def _closed(self) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
            self.dialog = None


def install(app: QApplication) -> CrashReporter:
    """Make unexpected errors in this app show the crash dialog (main.py calls this at start)."""
    reporter = CrashReporter(app)
    sys.excepthook = reporter.hook
    threading.excepthook = reporter.thread_hook
    return reporter
