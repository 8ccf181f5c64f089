"""Issue 20.12: the overview's open tasks read in the order they are due."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QTableView
from pytestqt.qtbot import QtBot

from app.store import Journal
from app.ui.main_window import MainWindow
from tests.conftest import PASSPHRASE
from tests.ui.conftest import unlock


def test_open_tasks_are_listed_soonest_due_first(qtbot: QtBot, window: MainWindow, journal_path: Path) -> None:
    with Journal.open(journal_path, PASSPHRASE) as journal:
        session = journal.add("session", starts_at="2026-11-02T10:00")
        for text, due in (("Später", "2026-12-20"), ("Ohne Datum", None), ("Bald", "2026-12-05"),
                          ("Erledigt", "2026-12-01"), ("Mittendrin", "2026-12-10")):
            journal.add("action_item", session_id=session, text=text, due_on=due, done=text == "Erledigt")
    unlock(qtbot, window, journal_path)
    [view] = [v for v in window.findChildren(QTableView) if v.accessibleName() == "Open action items"]
    shown = [view.model().index(row, 0).data() for row in range(view.model().rowCount())]
    assert shown == ["Bald", "Mittendrin", "Später", "Ohne Datum"]
