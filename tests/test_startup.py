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
)


def test_the_welcome_window_loads_only_what_it_shows() -> None:
    script = app_script("import json; print(json.dumps(sorted(sys.modules)), flush=True)")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    result = subprocess.run([sys.executable, "-c", script], cwd=ROOT, env=env, capture_output=True, text=True,
                            timeout=60)
    lines = result.stdout.splitlines()
    assert result.returncode == 0 and lines[:1] == ["shown"], result.stdout + result.stderr
    loaded = set(json.loads(lines[1]))
    assert "app.ui.pages.welcome" in loaded  # it did reach the welcome window
    early = sorted(name for name in NOT_AT_START if name in loaded or any(m.startswith(name + ".") for m in loaded))
    assert early == [], f"imported before the welcome window was shown: {early}"
