"""The desktop entry point starts on the welcome screen with a neutral title."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from pytestqt.qtbot import QtBot

from app.ui.main import main
from app.ui.main_window import TITLE, MainWindow

ROOT = Path(__file__).resolve().parents[2]


def test_starts_on_the_welcome_screen(qtbot: QtBot, window: MainWindow) -> None:
    assert window.stack.currentWidget() is window.welcome
    assert window.windowTitle() == TITLE
    assert not window.actions.lock.isEnabled() and not window.actions.find.isEnabled()
    assert window.welcome.recent_empty.isVisible()


def test_every_action_has_a_shortcut(window: MainWindow) -> None:
    shortcuts = {}
    for action in window.actions.all():
        assert action.shortcut().toString(), f"{action.text()} has no shortcut"
        key = action.shortcut().toString()
        assert key not in shortcuts, f"{action.text()} and {shortcuts[key]} share {key}"
        shortcuts[key] = action.text()


def test_version_flag_prints_and_exits(capsys) -> None:
    assert main(["tandem-journal", "--version"]) == 0
    assert capsys.readouterr().out.startswith("tandem-journal ")


def test_the_installed_command_starts(tmp_path: Path, isolated_home: dict[str, Path]) -> None:
    """A real process: starts offscreen and quits on its own via a Qt test hook."""
    script = (
        "import sys\n"
        "from PySide6.QtCore import QTimer\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication(sys.argv)\n"
        "QTimer.singleShot(200, app.quit)\n"
        "from app.ui.main import main\n"
        "sys.exit(main(['tandem-journal']))\n"
    )
    result = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=60,
                            env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
