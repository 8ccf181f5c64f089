"""The main window opens within the screen (app/core/window_fit.py): on a 1366×768 laptop, or a
1920×1080 one at 150 % (1280×720 for windows), its bottom with the notes' last lines was off screen.

The real entry point runs in a subprocess on an offscreen screen of the given size; once the window
has started it reports its frame and the screen's free area."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

_REPORT_WHEN_STARTED = """
import json, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv)
from app.ui.main import main
def when_started():
    window = next(t for t in QApplication.topLevelWidgets() if type(t).__name__ == "MainWindow")
    def report():
        frame, free = window.frameGeometry(), window.screen().availableGeometry()
        print(json.dumps([frame.getRect(), free.getRect(), window.isVisible()]), flush=True)
        app.closeAllWindows()
    window.started.connect(report) if not window.ready else report()
QTimer.singleShot(0, when_started)
sys.exit(main(["tandem-journal"]))
"""


# The frame's size: the offscreen platform draws a 2 px border round the window, as a window manager would
@pytest.mark.parametrize(("width", "height", "expected"), [
    (1920, 1080, (1284, 804)),  # room to spare: 1280×800 inside, the size the pages are made for
    (1280, 800, (1280, 800)),
    (1366, 768, (1284, 768)),
    (1280, 720, (1280, 720)),  # 1920×1080 at 150 %
    (1024, 600, (1024, 600)),
])
def test_the_window_opens_within_the_screen(tmp_path: Path, width: int, height: int,
                                            expected: tuple[int, int]) -> None:
    config = tmp_path / "screen.json"
    config.write_text(json.dumps({"screens": [{"name": "s", "x": 0, "y": 0, "width": width, "height": height,
                                               "logicalDpi": 96, "logicalBaseDpi": 96}]}))
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}", "PYTHONPATH": str(ROOT)}
    result = subprocess.run([sys.executable, "-c", _REPORT_WHEN_STARTED], cwd=ROOT, env=env, capture_output=True,
                            text=True, timeout=60)
    assert result.returncode == 0, result.stdout + result.stderr
    (x, y, w, h), (fx, fy, fw, fh), visible = json.loads(result.stdout.splitlines()[0])
    assert visible and (w, h) == expected
    assert fx <= x and x + w <= fx + fw and fy <= y and y + h <= fy + fh, "all of the window on the screen"
