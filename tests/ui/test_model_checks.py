"""Qt's own model checks (qtmodeltester) on the overview's topic pool and on the list of my
reflections: filled with real rows, empty, and through a reset. ``check`` is called once per
model: the tester stays connected for the whole test and checks the model again on every
signal it sends (a reset included), so a broken reset or a wrong row count fails the test.
Both testers run: Qt's C++ one (its warnings fail the test) and pytest-qt's Python one."""

from __future__ import annotations

import datetime as _dt
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QTableView
from pytestqt.qtbot import QtBot

from app.store import PrivateJournal
from app.ui.formats import format_date
from app.ui.main_window import MainWindow
from app.ui.models.reflections import ReflectionsModel
from app.ui.models.rows import ROW_ID
from tests.ui.conftest import press, unlock

CTRL = Qt.KeyboardModifier.ControlModifier
TESTERS = [pytest.param(False, id="qt-tester"), pytest.param(True, id="python-tester")]


def _topic_pool(window: MainWindow):
    """The model behind the table a screen reader announces as "Topic pool"."""
    [view] = [v for v in window.findChildren(QTableView) if v.accessibleName() == "Topic pool"]
    return view.model()


def _titles(model) -> list[str]:
    return [model.index(row, 0).data() for row in range(model.rowCount())]


@pytest.mark.parametrize("force_py", TESTERS)
def test_the_topic_pool_with_the_sample_data_and_through_lock_and_unlock(
        qtmodeltester, qtbot: QtBot, window: MainWindow, filled_journal: Path, force_py: bool) -> None:
    unlock(qtbot, window, filled_journal)
    model = _topic_pool(window)
    qtmodeltester.check(model, force_py=force_py)
    titles = _titles(model)
    assert len(titles) >= 3 and all(titles)
    assert model.columnCount() == 3 and model.rowCount(model.index(0, 0)) == 0  # a table: no children
    assert model.index(0, 0).data(ROW_ID) is not None

    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    press(qtbot, Qt.Key.Key_L, CTRL)  # Journal → Lock: the pages are cleared (a reset to nothing)
    qtbot.waitUntil(lambda: not window.service.is_open)
    assert model.rowCount() == 0

    unlock(qtbot, window, filled_journal)  # and filled again (another reset)
    assert _topic_pool(window) is model and _titles(model) == titles


@pytest.mark.parametrize("force_py", TESTERS)
def test_the_topic_pool_of_an_empty_journal(qtmodeltester, qtbot: QtBot, window: MainWindow, journal_path: Path,
                                            force_py: bool) -> None:
    unlock(qtbot, window, journal_path)
    model = _topic_pool(window)
    qtmodeltester.check(model, force_py=force_py)
    assert model.rowCount() == 0 and model.columnCount() == 3


@pytest.fixture
def reflections(tmp_path: Path) -> list[dict]:
    """The rows of a real private journal with a few reflections (one without a title), newest first."""
    with PrivateJournal.create(tmp_path / "meine.reflections", "nur ich kenne diesen Satz") as journal:
        for day, title, body in (("2026-02-01", "Nach dem ersten Treffen", "Mehr zuhören."),
                                 ("2026-02-15", "", "Ohne Titel, nur ein Gedanke."),
                                 ("2026-03-01", "Feedback, ganz offen", "Wie geben wir uns öfter Rückmeldung?")):
            journal.add("reflection", written_on=day, title=title, body=body)
        return journal.reflections()


@pytest.mark.parametrize("force_py", TESTERS)
def test_the_reflections_list_filled_empty_and_reset(qtmodeltester, reflections: list[dict],
                                                     force_py: bool) -> None:
    model = ReflectionsModel()
    qtmodeltester.check(model, force_py=force_py)  # empty, as the page starts
    assert model.rowCount() == 0 and model.index(0, 0).data() is None

    model.set_rows(reflections)  # a reset, watched by the tester
    assert [model.index(r).data() for r in range(model.rowCount())] == [
        f"{format_date('2026-03-01')} · Feedback, ganz offen", f"{format_date('2026-02-15')} · Untitled",
        f"{format_date('2026-02-01')} · Nach dem ersten Treffen"]
    assert [model.index(r).data(ROW_ID) for r in range(3)] == [r["id"] for r in reflections]
    assert model.rowCount(model.index(0)) == 0 and model.rowCount(QModelIndex()) == 3

    model.set_rows(reflections[1:2])  # the search narrowed the list
    assert model.rowCount() == 1 and model.row_of(reflections[0]["id"]) == -1

    model.set_rows([])  # locked: cleared
    assert model.rowCount() == 0
    assert _dt.date.fromisoformat(reflections[0]["written_on"]) > _dt.date.fromisoformat(reflections[-1]["written_on"])
