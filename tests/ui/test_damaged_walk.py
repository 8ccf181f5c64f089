"""A damaged journal in the window (issue 15.6): Journal care → Export to JSON writes a rescue copy and says
so; Back up is refused and says why. Walked through the menu like tests/ui/test_journal_care.py."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from app.store import Journal
from app.ui.i18n import tr
from app.ui.main_window import MainWindow
from tests.conftest import PASSPHRASE
from tests.ui.test_journal_care import answer_box, care, message, open_filled

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support grabbing the keyboard", extend=True)  # menus


def _damaged(path: Path) -> Path:
    with Journal.open(path, PASSPHRASE) as j:
        for i in range(120):
            j.add("goal", title=f"Ziel {i} " + "x" * 200)
    data = bytearray(path.read_bytes())
    data[-4096 + 300] ^= 0xFF  # one flipped byte in the last page
    path.write_bytes(bytes(data))
    return path


def test_export_of_a_damaged_journal_is_a_rescue_copy_and_the_window_says_so(
        qtbot: QtBot, window: MainWindow, filled_journal: Path, tmp_path: Path) -> None:
    open_filled(qtbot, window, _damaged(filled_journal))
    target = tmp_path / "rescue.json"
    window.care.ask_export_path = lambda _p: target  # type: ignore[method-assign]
    seen: dict[str, Any] = {}
    answer_box(window, seen, tr("Export unencrypted"))
    care(qtbot, window, "&Export to JSON…")
    qtbot.waitUntil(lambda: "rescue copy" in message(window), timeout=15_000)
    assert "damaged" in message(window) and "Exported to" not in message(window)
    data = json.loads(target.read_text(encoding="utf-8"))
    assert data["rescue"]["damaged"] is True and "goals" in data["rescue"]["incomplete"]


def test_backup_of_a_damaged_journal_is_refused_and_says_why(qtbot: QtBot, window: MainWindow,
                                                             filled_journal: Path, tmp_path: Path) -> None:
    open_filled(qtbot, window, _damaged(filled_journal))
    target = tmp_path / "copy.tandem"
    window.care.ask_backup_path = lambda _p: target  # type: ignore[method-assign]
    care(qtbot, window, "&Back up…")
    qtbot.waitUntil(lambda: "no backup was written" in message(window), timeout=15_000)
    assert "damaged" in message(window) and not target.exists()
