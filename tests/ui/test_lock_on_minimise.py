"""Minimising locks the journal when the preference says so, and only then.

Two ways to minimise: ``showMinimized()`` in the offscreen window (what the app is told
when the window manager minimises it), and a real X server: Xvfb, started here, with the
window minimised from outside the app the way a window manager does it (minimise_walk.py,
run in a child pytest with QT_QPA_PLATFORM=xcb). Without Xvfb that test is skipped, unless
TANDEM_REQUIRE_XVFB=1 (set by .ci/run, which installs it): then it fails.
"""

from __future__ import annotations

import os
import select
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.ui.main_window import MainWindow
from tests.ui.conftest import unlock

ROOT = Path(__file__).resolve().parents[2]
WALK = Path(__file__).with_name("minimise_walk.py")
XVFB_PACKAGES = ("xvfb libegl1 libxkbcommon-x11-0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0 "
                 "libxcb-render-util0 libxcb-xinerama0 libxcb-shape0 libxcb-cursor0")


def test_minimising_locks_when_chosen(qtbot: QtBot, window: MainWindow, journal_path: Path) -> None:
    window.settings.lock_on_minimize = True
    unlock(qtbot, window, journal_path)
    window.showMinimized()
    qtbot.waitUntil(lambda: not window.service.is_open, timeout=5_000)
    assert window.stack.currentWidget() is window.unlock_page
    assert "Locked" in window.unlock_page.title.text()
    window.showNormal()
    assert window.unlock_page.passphrase.text() == "" and not window.service.is_open


def test_minimising_leaves_the_journal_open_when_not_chosen(qtbot: QtBot, window: MainWindow,
                                                            journal_path: Path) -> None:
    window.settings.lock_on_minimize = False
    unlock(qtbot, window, journal_path)
    window.showMinimized()
    assert window.isMinimized()
    qtbot.wait(100)  # nothing to wait for: it must stay open
    assert window.service.is_open and window.stack.currentWidget() is not window.unlock_page


def _start_xvfb(log: Path) -> tuple[subprocess.Popen, str]:
    """Xvfb on a free display of its own choosing (-displayfd: it writes the number when it is ready)."""
    xvfb = shutil.which("Xvfb")
    if xvfb is None:
        message = f"Xvfb is not installed (Debian: apt-get install {XVFB_PACKAGES})"
        if os.environ.get("TANDEM_REQUIRE_XVFB") == "1":
            pytest.fail(message + ", but TANDEM_REQUIRE_XVFB=1")
        pytest.skip(message)
    read, write = os.pipe()
    with log.open("wb") as out:
        server = subprocess.Popen([xvfb, "-displayfd", str(write), "-screen", "0", "1280x1024x24", "-nolisten", "tcp"],
                                  pass_fds=(write,), stdout=out, stderr=subprocess.STDOUT)
    os.close(write)
    try:
        number = b""
        while not number.endswith(b"\n"):
            ready, _, _ = select.select([read], [], [], 20)
            chunk = os.read(read, 16) if ready else b""
            if not chunk:
                server.kill()
                server.wait()
                pytest.fail(f"Xvfb did not start: {log.read_text(errors='replace')[-2000:]}")
            number += chunk
    finally:
        os.close(read)
    return server, f":{number.decode().strip()}"


def test_minimised_by_a_real_window_system(tmp_path: Path) -> None:
    server, display = _start_xvfb(tmp_path / "xvfb.log")
    try:
        env = dict(os.environ, QT_QPA_PLATFORM="xcb", DISPLAY=display)
        env.pop("WAYLAND_DISPLAY", None)
        child = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(WALK)],
                               cwd=ROOT, env=env, capture_output=True, text=True, timeout=100)
    finally:
        server.terminate()
        server.wait(timeout=10)
    report = f"{child.stdout[-4000:]}\n{child.stderr[-2000:]}"
    assert child.returncode == 0, report
    assert "2 passed" in child.stdout, report  # both walks ran (none skipped)
