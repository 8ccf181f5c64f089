"""An unexpected error in a slot (issue 15.3): a calm dialog with a copyable report that holds no
journal content, and a window that carries on, with what was typed still there."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton

from app.ui.dialogs import crash
from app.ui.dialogs.crash_dialog import CrashDialog
from app.ui.service import JournalService

from .conftest import type_text, unlock

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def reporter(qapp: QApplication) -> Iterator[crash.CrashReporter]:
    """The handler main.py installs at start (pytest-qt's own is switched off for these tests)."""
    before = sys.excepthook, threading.excepthook
    installed = crash.install(qapp)
    yield installed
    sys.excepthook, threading.excepthook = before
    installed.deleteLater()


def _field(window, name: str) -> QLineEdit:
    return next(w for w in window.findChildren(QLineEdit) if w.accessibleName() == name and w.isVisible())


@pytest.mark.qt_no_exception_capture
def test_an_error_raised_in_a_slot_shows_a_calm_report_and_the_window_carries_on(
        qtbot, window, filled_journal: Path, reporter: crash.CrashReporter, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    unlock(qtbot, window, filled_journal)

    def broken(self, table: str, **values: object) -> None:
        raise KeyError(f"{values}")  # a bug whose message carries what was typed

    monkeypatch.setattr(JournalService, "add", broken)
    field = _field(window, "New goal")
    qtbot.mouseClick(field, Qt.MouseButton.LeftButton)
    type_text(qtbot, "Vertrauliches Ziel von Anna")
    qtbot.keyClick(field, Qt.Key.Key_Return)  # the slot raises

    qtbot.waitUntil(lambda: reporter.dialog is not None and reporter.dialog.isVisible())
    dialog = reporter.dialog
    assert dialog is not None and dialog.windowTitle() == "Something went wrong"
    report = dialog.report.toPlainText()
    assert "Error: KeyError" in report and "app/ui/pages/overview.py:" in report
    assert "Anna" not in report and "Vertrauliches" not in report
    assert "Anna" not in capsys.readouterr().err, "nor on the terminal"

    copy = next(b for b in dialog.findChildren(QPushButton) if b.text() == "&Copy report")
    qtbot.mouseClick(copy, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == report
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: reporter.dialog is None)

    assert field.text() == "Vertrauliches Ziel von Anna", "what was typed is still there"
    monkeypatch.undo()
    qtbot.mouseClick(field, Qt.MouseButton.LeftButton)
    qtbot.keyClick(field, Qt.Key.Key_Return)  # the window still works: now the goal is saved
    qtbot.waitUntil(lambda: field.text() == "")
    assert "Vertrauliches Ziel von Anna" in [r["title"] for r in window.service.rows("goal")]


@pytest.mark.qt_no_exception_capture
def test_a_second_error_joins_the_open_dialog(qtbot, window, reporter: crash.CrashReporter) -> None:
    for kind in (ValueError, TypeError, TypeError):
        try:
            raise kind("x")
        except Exception:  # noqa: BLE001
            sys.excepthook(*sys.exc_info())
    assert reporter.dialog is not None and reporter.dialog.count == 2
    assert len([w for w in QApplication.topLevelWidgets() if isinstance(w, CrashDialog) and w.isVisible()]) == 1
    reporter.dialog.reject()


SECRET = "Vertrauliches Ziel von Anna"

# The real entry point in a fresh process. Once the welcome window has been painted and the event loop
# has run on for a while (whatever main.py sets up just after the first paint has had its turn), a
# slot raises an error whose message and locals hold journal-like text; then the script reports what a
# person sees: a visible top-level window titled "Something went wrong" and its report.
_ENTRY = """
import json, sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QPlainTextEdit
app = QApplication(sys.argv)
SECRET = {secret!r}
seen = {{"dialog": None}}

def broken_slot():
    typed = SECRET  # a local holding what was typed
    raise KeyError(typed)

def look():
    shown = [w for w in QApplication.topLevelWidgets() if w.isVisible() and w.windowTitle() == "Something went wrong"]
    if not shown:
        QTimer.singleShot(20, look)
        return
    dialog = shown[0]
    [report] = [r for r in dialog.findChildren(QPlainTextEdit) if r.accessibleName() == "Error report"]
    texts = [label.text() for label in dialog.findChildren(QLabel) if label.isVisible()]
    seen["dialog"] = {{"report": report.toPlainText(), "texts": texts}}
    dialog.reject()
    QTimer.singleShot(50, finish)

def finish():
    seen["window still shown"] = any(isinstance(w, QMainWindow) and w.isVisible() for w in QApplication.topLevelWidgets())
    print(json.dumps(seen), flush=True)
    QApplication.closeAllWindows()
    app.quit()

class Painted(QObject):
    done = False
    def eventFilter(self, obj, event):
        if (not self.done and event.type() == QEvent.Type.Paint and hasattr(obj, "window")
                and isinstance(obj.window(), QMainWindow) and obj.window().isVisible()):
            self.done = True
            QTimer.singleShot(200, broken_slot)  # well after the first paint
            QTimer.singleShot(200, look)
            QTimer.singleShot(15_000, finish)  # no dialog: report that instead of hanging
        return False

painted = Painted()
app.installEventFilter(painted)
from app.ui.main import main
sys.exit(main(["tandem-journal"]))
"""


def test_the_running_app_shows_the_calm_dialog_for_an_error_in_a_slot(tmp_path: Path) -> None:
    """``tandem-journal`` as started by a person: an error raised in a slot of the running window
    shows the calm dialog (not a traceback on the terminal), and its report holds no journal text."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT), "LANG": "en_US.UTF-8",
           "LANGUAGE": "en", "LC_ALL": "en_US.UTF-8"}
    result = subprocess.run([sys.executable, "-c", _ENTRY.format(secret=SECRET)], cwd=ROOT, env=env,
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stdout + result.stderr
    seen = json.loads(result.stdout.splitlines()[-1])
    assert seen["dialog"] is not None, f"no dialog titled 'Something went wrong'; stderr:\n{result.stderr}"
    report = seen["dialog"]["report"]
    assert "Error: KeyError" in report and "in broken_slot" in report, report
    assert "Anna" not in report and "Vertrauliches" not in report, report
    assert any(t.startswith("Tandem Journal ran into an error it did not expect") for t in seen["dialog"]["texts"])
    assert seen["window still shown"], "the window carries on"
    assert "Traceback (most recent call last)" not in result.stderr, result.stderr
    assert "Anna" not in result.stderr, "nor is what was typed printed on the terminal"
