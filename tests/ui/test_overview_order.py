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


def test_every_goal_is_in_view_at_1280_by_800(qtbot: QtBot, window: MainWindow, filled_journal: Path) -> None:
    """Issue 13.4: the overview showed two of three goals without scrolling."""
    window.resize(1280, 800)
    unlock(qtbot, window, filled_journal)
    [view] = [v for v in window.findChildren(QTableView) if v.accessibleName() == "Goals"]
    model = view.model()
    assert model.rowCount() == 3
    for row in range(model.rowCount()):
        assert view.viewport().rect().contains(view.visualRect(model.index(row, 0))), model.index(row, 0).data()
