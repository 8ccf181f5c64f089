"""Start-up (issue 17.1): the welcome window is shown without loading what only later screens need.

The real entry point runs in a subprocess (offscreen) up to the first paint of the welcome window,
then reports ``sys.modules``. Markdown, the HTML sanitiser, the PDF libraries, the passphrase
estimator and the later pages are each worth milliseconds to tens of milliseconds at start; they
are imported on first use, and this test keeps them out so the gain cannot silently come back.
The time itself is measured by ``benchmarks/bench_launch.py`` (against a bare PySide6 window)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from benchmarks.bench_launch import app_script

ROOT = Path(__file__).resolve().parents[1]

NOT_AT_START = (
    "markdown", "nh3", "reportlab", "pypdfium2", "pikepdf", "zxcvbn", "PIL",  # libraries
    "app.ui.pages.overview", "app.ui.pages.session", "app.ui.pages.reflections",  # later screens
    "app.ui.widgets.progress_chart", "app.ui.dialogs.onepager", "app.export.onepager", "app.markup",
    "app.ui.dialogs.preferences", "app.ui.dialogs.care_flow", "app.ui.dialogs.create",  # dialogs
    # the storage, the unlock screen, the commands and the listeners: built just after the first paint
    "sqlcipher3", "app.store", "app.core.journal_care", "app.ui.service", "app.ui.pages.unlock",
    "app.ui.actions", "app.ui.screen_lock", "app.ui.idle", "app.ui.window.place",
    "PySide6.QtDBus",
)


def test_the_welcome_window_loads_only_what_it_shows() -> None:
    script = app_script("import json; print(json.dumps(sorted(sys.modules)), flush=True)\n"
                        "import PySide6.QtCore; print('Qt' in vars(PySide6.QtCore), flush=True)")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    result = subprocess.run([sys.executable, "-c", script], cwd=ROOT, env=env, capture_output=True, text=True,
                            timeout=60)
    lines = result.stdout.splitlines()
    assert result.returncode == 0 and lines[:1] == ["shown"], result.stdout + result.stderr
    loaded = set(json.loads(lines[1]))
    assert "app.ui.pages.welcome" in loaded  # it did reach the welcome window
    early = sorted(name for name in NOT_AT_START if name in loaded or any(m.startswith(name + ".") for m in loaded))
    assert early == [], f"imported before the welcome window was shown: {early}"
    # Naming Qt's namespace (``from PySide6.QtCore import Qt``) makes PySide create its 90 enumerations
    # in Python, 15 ms: the first screen does without it (``MainWindow.finish_start`` names it first).
    assert lines[2] == "False", "Qt's namespace was loaded before the welcome window was shown"


def test_the_rest_is_ready_just_after_the_first_paint() -> None:
    """What the welcome window did not wait for is there a moment later: the menus hold their commands,
    the shortcuts work, the storage is loaded (the person never meets an empty menu)."""
    script = app_script(
        "from PySide6.QtWidgets import QApplication as A\n"
        "w = next(t for t in A.topLevelWidgets() if type(t).__name__ == 'MainWindow')\n"
        "import time\n"
        "end = time.monotonic() + 10\n"
        "while not w.ready and time.monotonic() < end: A.processEvents()\n"
        "menus = [m for m in w.menuBar().actions()]\n"
        "import json\n"
        "print(json.dumps([w.ready, len(menus), sum(len(m.menu().actions()) for m in menus),\n"
        "      [k.toString() for k in w.actions.open_journal.shortcuts()], 'app.store' in sys.modules]), flush=True)")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT), "LANG": "en_US.UTF-8"}
    result = subprocess.run([sys.executable, "-c", script], cwd=ROOT, env=env, capture_output=True, text=True,
                            timeout=60)
    lines = result.stdout.splitlines()
    assert result.returncode == 0 and lines[:1] == ["shown"], result.stdout + result.stderr
    ready, menus, entries, keys, store = json.loads(lines[1])
    assert (ready, menus, store) == (True, 5, True)
    assert entries > 30 and "Ctrl+O" in keys


_TERMINATED_WHEN_READY = """
import os, signal, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv)
from app.ui.main import main
def when_ready():
    window = next(t for t in QApplication.topLevelWidgets() if type(t).__name__ == "MainWindow")
    def terminate():
        print("ready", flush=True)
        os.kill(os.getpid(), signal.SIGTERM)  # as a logout or `kill` sends it
    window.started.connect(terminate) if not window.ready else terminate()
QTimer.singleShot(0, when_ready)
code = main(["tandem-journal"])
print("closed", code, flush=True)
sys.exit(code)
"""


def test_a_logout_closes_the_window_as_a_person_would_once_started() -> None:
    """SIGTERM closes the window through its close handling (pending edits saved, journal closed) instead of
    killing the process: the handlers are set up just after the first paint (``MainWindow.started``)."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    result = subprocess.run([sys.executable, "-c", _TERMINATED_WHEN_READY], cwd=ROOT, env=env, capture_output=True,
                            text=True, timeout=60)
    assert result.stdout.splitlines() == ["ready", "closed 0"], result.stdout + result.stderr
    assert result.returncode == 0
