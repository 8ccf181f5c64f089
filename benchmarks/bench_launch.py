"""Start-up: process start to the welcome window on screen, against a bare PySide6 window (issue 17.1).

    .venv/bin/python benchmarks/bench_launch.py [--runs N]

Each run starts a fresh Python process the same way for both: ``python -c DRIVER`` with a
filter on the application that notes the first paint of a main window and prints "shown" once
that paint is done. The app's driver calls the real entry point (``app.ui.main.main``: settings,
translations, crash dialog, the window; the icon and the rest follow the first paint); the bare
one shows an empty ``QMainWindow``. The
two alternate run by run, so a busy machine slows both alike. Under Xvfb when it is installed
(a DISPLAY already set is used as it is, else a private ``Xvfb :N`` is started), offscreen
otherwise. HOME and the XDG folders point into a temporary folder: no settings, no recent files.
Compiled modules are cached (in that folder), as in any installation; two warm-up runs of each.
Prints both medians and the ratio; exits 1 when the app takes more than 1.25× the bare window (``--floor``:
also a window with the welcome screen's texts and menu titles from one module, without the app). Also
prints, for the record, when the rest of the start is done (what the welcome window does not wait
for, built right after its first paint: ``MainWindow.finish_start``) and a later start (German, one
journal on the recent list: the catalogues loaded and the list built).
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from textwrap import indent

ROOT = Path(__file__).resolve().parents[1]
LIMIT = 1.25

_WATCH = """
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
class Shown(QObject):
    done = False
    def eventFilter(self, obj, event):
        if not self.done and event.type() == QEvent.Type.Paint:
            self.done = True
            QTimer.singleShot(0, self.report)  # after this paint has reached the screen
        return False
    def report(self):
        print("shown", flush=True)
        self.then()
    def then(self):
        QApplication.closeAllWindows()
        app.quit()
watcher = Shown()
_show = QMainWindow.show
def show(window):  # watch the main window alone, from the moment it is shown
    window.installEventFilter(watcher)
    _show(window)
QMainWindow.show = show
"""
BARE = _WATCH + """
window = QMainWindow()
window.setWindowTitle("bare")
window.resize(1280, 800)
window.show()
app.exec()
"""
# What any window showing the welcome screen's texts, buttons and menu titles pays, from one module and
# without the app (``--floor``): the part of the ratio no change to the app can take away.
FLOOR = _WATCH + """
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget
import os
QSettings(os.path.expanduser("~/floor.ini"), QSettings.Format.IniFormat).value("view/text_size", 12)
font = QApplication.font(); font.setPointSize(12); QApplication.setFont(font)
window = QMainWindow(); window.setWindowTitle("Tandem Journal")
for title in ("&Journal", "&Session", "&Tandem", "&Go to", "&View"):
    window.menuBar().addMenu(title)
page = QWidget(); column = QVBoxLayout(page)
title = QLabel("Tandem Journal"); big = title.font(); big.setPointSize(24); big.setBold(True); title.setFont(big)
intro = QLabel("A confidential journal for your reverse-mentoring tandem: goals, sessions, learnings and action "
               "items, encrypted on this computer."); intro.setWordWrap(True)
buttons = QHBoxLayout(); buttons.addWidget(QPushButton("Create a tandem journal…"))
buttons.addWidget(QPushButton("Open a journal…")); buttons.addStretch()
for part in (title, intro, buttons, QLabel("Recently opened"),
             QLabel("Journals you open appear here (only their file paths).")):
    column.addLayout(part) if isinstance(part, QHBoxLayout) else column.addWidget(part)
column.addStretch(); window.setCentralWidget(page); window.resize(1280, 800); window.show()
app.exec()
"""
APP = _WATCH + """
def ready_then_quit(watcher):  # the rest of the start, built after the first paint (MainWindow.finish_start)
    window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QMainWindow))
    def ready():
        print("ready", flush=True)
        QApplication.closeAllWindows()
        app.quit()
    if window.ready:  # already (code run when shown waited for it)
        ready()
    else:
        window.started.connect(ready)
Shown.then = ready_then_quit
from app.ui.main import main
main(["tandem-journal"])
"""


def app_script(when_shown: str) -> str:
    """The app's driver with ``when_shown`` (Python) run once the welcome window is painted
    (tests/test_startup.py reads ``sys.modules`` there)."""
    return APP.replace('        print("shown", flush=True)\n',
                       '        print("shown", flush=True)\n' + indent(when_shown, " " * 8) + "\n")


def one_run(script: str, env: dict[str, str]) -> float:
    """Seconds from starting the process to its line 'shown' (the process then quits on its own)."""
    return timed_lines(script, env)[0]


def timed_lines(script: str, env: dict[str, str]) -> list[float]:
    """Seconds from starting the process to each line it prints: 'shown', and for the app 'ready'."""
    start = time.perf_counter()
    process = subprocess.Popen([sys.executable, "-c", script], cwd=ROOT, env=env, text=True,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert process.stdout is not None
    times, lines = [], []
    for line in process.stdout:
        times.append(time.perf_counter() - start)
        lines.append(line.strip())
    _, err = process.communicate(timeout=60)
    if lines[:1] != ["shown"]:
        raise SystemExit(f"the window was never shown:\n{err}")
    return times


def later_start(env: dict[str, str], home: Path) -> dict[str, str]:
    """The environment of a later start: German, with one journal on the recent list (written by the
    app's own Settings into ``home``'s config folder)."""
    later = {**env, "HOME": str(home), "XDG_CONFIG_HOME": str(home / "config"), "XDG_DATA_HOME": str(home / "data"),
             "XDG_STATE_HOME": str(home / "state"), "XDG_CACHE_HOME": str(home / "cache"), "LANG": "de_DE.UTF-8"}
    write = ("from pathlib import Path\n"
             "from PySide6.QtCore import QCoreApplication\n"
             "app = QCoreApplication([]); app.setOrganizationName('TandemJournal'); app.setApplicationName('Tandem Journal')\n"
             "from app.ui.settings import Settings\n"
             "s = Settings(); s.language = 'de'; s.add_recent(Path.home() / 'Tandem-Journal.tandem'); s.sync()\n")
    subprocess.run([sys.executable, "-c", write], cwd=ROOT, env=later, check=True, capture_output=True)
    return later


def start_xvfb() -> tuple[subprocess.Popen[bytes] | None, str | None]:
    """A private X server when Xvfb is installed and no DISPLAY is set; else (None, DISPLAY or None)."""
    if os.environ.get("DISPLAY"):
        return None, os.environ["DISPLAY"]
    if shutil.which("Xvfb") is None:
        return None, None
    for number in range(140, 200):
        if not Path(f"/tmp/.X11-unix/X{number}").exists() and not Path(f"/tmp/.X{number}-lock").exists():
            server = subprocess.Popen(["Xvfb", f":{number}", "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
                                      stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            for _ in range(100):
                if Path(f"/tmp/.X11-unix/X{number}").exists():
                    return server, f":{number}"
                time.sleep(0.05)
            server.terminate()
    return None, None


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15, help="runs of each (at least 15 for the verdict)")
    parser.add_argument("--floor", action="store_true",
                        help="also the same texts, buttons and menu titles from one module, without the app")
    options = parser.parse_args()
    runs = options.runs
    server, display = start_xvfb()
    try:
        with tempfile.TemporaryDirectory() as tmp:
            home = Path(tmp)
            env = {**os.environ, "HOME": str(home), "XDG_CONFIG_HOME": str(home / "config"),
                   "XDG_DATA_HOME": str(home / "data"), "XDG_STATE_HOME": str(home / "state"),
                   "XDG_CACHE_HOME": str(home / "cache"), "PYTHONPATH": str(ROOT), "LANG": "en_US.UTF-8",
                   # compiled modules cached as in any installation (pip and the bundle ship them), but in
                   # the temporary folder: the warm-up run below compiles them, the worktree stays as it is
                   "PYTHONPYCACHEPREFIX": str(home / "pycache")}
            env.pop("PYTHONDONTWRITEBYTECODE", None)
            if display:
                env.update(DISPLAY=display, QT_QPA_PLATFORM="xcb")
            else:
                env["QT_QPA_PLATFORM"] = "offscreen"
            later = later_start(env, home / "later")  # German, a journal opened before: for the record
            for _ in range(2):  # compile, warm the file cache; not counted
                one_run(APP, env), one_run(BARE, env), one_run(APP, later)
            app_times: list[float] = []
            ready_times: list[float] = []
            bare_times: list[float] = []
            later_times: list[float] = []
            floor_times: list[float] = []
            for _ in range(runs):
                bare_times.append(one_run(BARE, env))
                shown, ready = timed_lines(APP, env)
                app_times.append(shown)
                ready_times.append(ready)
                later_times.append(one_run(APP, later))
                if options.floor:
                    floor_times.append(one_run(FLOOR, env))
    finally:
        if server is not None:
            server.terminate()
            server.wait()
    app_ms = statistics.median(app_times) * 1000
    bare_ms = statistics.median(bare_times) * 1000
    ratio = app_ms / bare_ms
    platform = f"xcb on Xvfb {display}" if display else "offscreen"
    print(f"launch to window shown, median of {runs} interleaved runs each ({platform}):")
    print(f"  bare PySide6 QMainWindow  {bare_ms:7.1f} ms")
    print(f"  Tandem Journal (welcome)  {app_ms:7.1f} ms")
    print(f"  ratio                     {ratio:7.2f}  (limit {LIMIT})  {'ok' if ratio <= LIMIT else 'OVER'}")
    print(f"  then the rest built       {statistics.median(ready_times) * 1000:7.1f} ms  (menus' entries, shortcuts, "
          "storage, unlock screen: MainWindow.finish_start)")
    later_ms = statistics.median(later_times) * 1000
    print(f"  a later start, German     {later_ms:7.1f} ms  ({later_ms / bare_ms:.2f}x: translations loaded, "
          "the recent journals listed; for the record)")
    if floor_times:
        floor_ms = statistics.median(floor_times) * 1000
        print(f"  the same from one module  {floor_ms:7.1f} ms  ({floor_ms / bare_ms:.2f}x: the welcome screen's texts and "
              "menu titles without the app, what any such window pays)")
    return 0 if ratio <= LIMIT else 1


if __name__ == "__main__":
    sys.exit(main())
