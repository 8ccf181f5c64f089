"""``tandem-journal --demo``: a sample tandem a newcomer can open with the passphrase on screen,
in a temporary folder that is gone when the app quits."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication
from pytestqt.qtbot import QtBot

from app.demo import DEMO_PASSPHRASE, DEMO_SESSIONS
from app.ui import i18n
from app.ui.demo import start_demo
from app.ui.main import main

ROOT = Path(__file__).resolve().parents[2]


def test_the_demo_opens_unlocked_on_a_full_tandem(qtbot: QtBot, tmp_path: Path,
                                                  isolated_home: dict[str, Path]) -> None:
    """Nothing to type; its passphrase shows after the first lock (tests/ui/test_start_walk.py)."""
    window = start_demo(tmp_path)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert "demo" in window.windowTitle()
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.overview, timeout=10_000)
    overview = window.overview
    assert overview.sessions_model.rowCount() == DEMO_SESSIONS
    assert len(overview.chart.series) == 3 and len(overview.chart.dates) >= 2  # check-ins on three goals
    assert overview.quick_wins_model.rowCount() + overview.actions_model.rowCount() > 0
    assert "Next session is due in" in overview.due.text()
    window.lock()
    assert window.unlock_page.hint.isVisible() and DEMO_PASSPHRASE in window.unlock_page.hint.text()
    window.close()
    assert not list(isolated_home["config"].rglob("*.ini"))  # the user's own settings are untouched


def test_the_demo_command_starts_and_leaves_nothing_behind(isolated_home: dict[str, Path]) -> None:
    script = (
        "import sys, tempfile, os\n"
        "from PySide6.QtCore import QTimer\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication(sys.argv)\n"
        "def check():\n"
        "    print('DEMO', [n for n in os.listdir(tempfile.gettempdir()) if n.startswith('tandem-journal-demo-')])\n"
        "    app.quit()\n"
        "QTimer.singleShot(1500, check)\n"
        "from app.ui.main import main\n"
        "sys.exit(main(['tandem-journal', '--demo']))\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "TMPDIR": str(isolated_home["tmp"])}
    result = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=60,
                            env=env)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert "DEMO ['tandem-journal-demo-" in result.stdout  # the folder existed while running
    assert not [n for n in os.listdir(isolated_home["tmp"]) if n.startswith("tandem-journal-demo-")]


def test_unknown_options_are_refused_with_usage(capsys) -> None:
    assert main(["tandem-journal", "--demoo"]) == 2
    err = capsys.readouterr().err
    assert "unknown option --demoo" in err and "--demo" in err
    assert main(["tandem-journal", "--help"]) == 0
    assert "--demo" in capsys.readouterr().out


def test_terminating_the_demo_still_removes_its_folder(isolated_home: dict[str, Path]) -> None:
    """A logout or `kill` sends SIGTERM: the window closes as if the user closed it."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "TMPDIR": str(isolated_home["tmp"])}
    process = subprocess.Popen([sys.executable, "-m", "app.ui.main", "--demo"], cwd=ROOT, env=env,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    demo = isolated_home["tmp"]
    try:
        deadline = time.monotonic() + 30
        while not list(demo.glob("tandem-journal-demo-*/*.tandem")) and process.poll() is None:
            assert time.monotonic() < deadline, "the demo did not start"
            time.sleep(0.1)
        assert process.poll() is None, process.communicate()[1]
        process.terminate()
        _out, err = process.communicate(timeout=30)
    finally:
        if process.poll() is None:
            process.kill()
    assert process.returncode == 0, err
    assert "Traceback" not in err
    assert not list(demo.glob("tandem-journal-demo-*"))


@pytest.mark.parametrize("language, goal, other", [
    ("de", "KI-Assistenten im Arbeitsalltag nutzen", "Use AI assistants in my daily work"),
    ("en", "Use AI assistants in my daily work", "KI-Assistenten im Arbeitsalltag nutzen"),
])
def test_the_demo_speaks_the_interface_language(qtbot: QtBot, tmp_path: Path, isolated_home: dict[str, Path],
                                                language: str, goal: str, other: str) -> None:
    """Issue 20.15: in German the demo's goals, topics and notes are German too, and in English English."""
    before = QLocale()
    assert i18n.install(language) == language
    try:
        window = start_demo(tmp_path)
        qtbot.addWidget(window)
        window.resize(1280, 800)
        window.show()
        qtbot.waitExposed(window)
        qtbot.waitUntil(lambda: window.stack.currentWidget() is window.overview, timeout=10_000)
        label = "Ziele" if language == "de" else "Goals"
        goals = next(view for view in window.overview.findChildren(QAbstractItemView)
                     if view.accessibleName() == label and view.isVisible())
        model = goals.model()
        shown = [str(model.index(row, column).data(Qt.ItemDataRole.DisplayRole))
                 for row in range(model.rowCount()) for column in range(model.columnCount())]
        assert any(goal in text for text in shown), shown
        assert not any(other in text for text in shown)
        window.close()
    finally:
        i18n.install("en")
        QLocale.setDefault(before)
        QApplication.processEvents()
