"""Benchmark the desktop app: launch, unlock to overview, typing in a 1 MB note.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_ui.py

Floors from issue 3 (2-core machine): welcome window visible within 0.6 s of
launch; overview of a 1,000-session journal within 0.3 s after key
derivation; under 16 ms per keystroke (median) in a 1 MB note with the
preview and autosave on. Also reports the work the pauses in typing trigger
(saving 1 MB, rendering the preview), which runs after the keystrokes.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, Qt  # noqa: E402
from PySide6.QtGui import QKeyEvent  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from app import sample  # noqa: E402
from app.store import Journal  # noqa: E402
from benchmarks.report import report  # noqa: E402

PASSPHRASE = "benchmark passphrase"
LAUNCH_SCRIPT = """
import time, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv)
from app.ui.main_window import MainWindow
from app.ui.settings import Settings
from pathlib import Path
window = MainWindow(Settings(Path(sys.argv[1])))
window.show()
def shown():
    print("visible", flush=True)
    app.quit()
QTimer.singleShot(0, shown)  # runs once the event loop has shown and painted the window
app.exec()
"""


def launch_times(runs: int, settings_dir: Path) -> list[float]:
    times = []
    for i in range(runs):
        start = time.perf_counter()
        out = subprocess.run([sys.executable, "-c", LAUNCH_SCRIPT, str(settings_dir / f"s{i}.ini")], cwd=ROOT,
                             capture_output=True, text=True, check=True)
        assert "visible" in out.stdout, out.stderr
        times.append(time.perf_counter() - start)
    return times


def settle(app: QApplication) -> None:
    for _ in range(3):
        app.processEvents()


def main() -> int:
    app = QApplication(sys.argv)
    from app.ui.main_window import MainWindow
    from app.ui.settings import Settings

    results: list[tuple[str, float, float | None]] = []
    with tempfile.TemporaryDirectory() as tmp:
        tmp_path = Path(tmp)
        launch = launch_times(5, tmp_path)
        results.append(("launch → welcome window visible (process start to first paint)",
                        statistics.median(launch) * 1000, 600))

        path = tmp_path / "big.tandem"
        with Journal.create(path, PASSPHRASE) as journal:
            sample.fill(journal, sessions=1000, items_per_session=16)
        window = MainWindow(Settings(tmp_path / "settings.ini"))
        window.show()
        settle(app)
        overview_ms = []
        for _ in range(5):
            journal = Journal.open(path, PASSPHRASE)  # key derivation: measured by bench_store.py
            start = time.perf_counter()
            window._unlocked(journal)
            settle(app)
            overview_ms.append((time.perf_counter() - start) * 1000)
            assert window.stack.currentWidget() is window.overview
            assert window.overview.sessions_model.rowCount() == 1000
            window.lock()
        results.append(("unlock → overview of 1,000 sessions (after key derivation)",
                        statistics.median(overview_ms), 300))

        journal = Journal.open(path, PASSPHRASE)
        window._unlocked(journal)
        note = ("Wir haben über **Führung** auf Distanz gesprochen. Grüße 🙂\n" * 18_000)[:1_000_000]
        session_id = journal.add("session", starts_at="2027-01-01T10:00", notes=note)
        window.show_session(session_id)
        settle(app)
        notes = window.session.notes
        notes.setFocus()
        notes.moveCursor(notes.textCursor().MoveOperation.End)
        per_key = []
        for i in range(300):
            char = "abcdefghij äöü "[i % 15]
            start = time.perf_counter()
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(notes, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))
            app.processEvents()
            per_key.append((time.perf_counter() - start) * 1000)
        results.append(("keystroke in a 1 MB note, preview + autosave on (median)", statistics.median(per_key), 16))
        results.append(("keystroke in a 1 MB note (95th percentile)", sorted(per_key)[int(len(per_key) * .95)],
                        None))
        start = time.perf_counter()
        window.session.autosave.schedule("session.notes", lambda: window.session._save_session(notes=notes.toPlainText()))
        window.session.flush()
        results.append(("autosave of the 1 MB note after a pause (incl. search index)",
                        (time.perf_counter() - start) * 1000, None))
        from app.markup import render_markdown

        start = time.perf_counter()
        html = render_markdown(window.session._preview_source())
        render_ms = (time.perf_counter() - start) * 1000
        start = time.perf_counter()
        window.session.preview.setHtml(html)
        results.append(("preview of the 1 MB note, part around the cursor: render (background)", render_ms, None))
        results.append(("preview of the 1 MB note, part around the cursor: show (UI thread)",
                        (time.perf_counter() - start) * 1000, None))
        window.close()

    return report(results)


if __name__ == "__main__":
    sys.exit(main())
