"""Search as you type (Ctrl+F) runs in the background; only the newest query's results are shown."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QThreadPool
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from app.store import Journal, SearchHit
from app.ui.dialogs.search import SearchDialog
from app.ui.i18n import tr
from app.ui.service import JournalService
from tests.conftest import PASSPHRASE

WAIT_S = 10


@pytest.fixture
def service(qtbot: QtBot, journal_path: Path) -> Iterator[JournalService]:
    with Journal.open(journal_path, PASSPHRASE) as j:
        sid = j.add("session", starts_at="2026-02-01T10:00")
        for i in range(3):
            j.add("learning", session_id=sid, text=f"Zebrastreifen {i}")
        j.add("learning", session_id=sid, text="Alte Gewohnheit ablegen")
    window = QWidget()
    qtbot.addWidget(window)
    service = JournalService(window)
    service.attach(Journal.open(journal_path, PASSPHRASE))
    yield service
    assert QThreadPool.globalInstance().waitForDone(WAIT_S * 1000)
    service.close()


@pytest.fixture
def dialog(qtbot: QtBot, service: JournalService) -> SearchDialog:
    d = SearchDialog(service, service.parent())
    d.open_search()
    return d


class Gate:
    """Holds searches for chosen words in the worker until released; records where each search ran."""

    def __init__(self, service: JournalService, monkeypatch: pytest.MonkeyPatch, *held: str) -> None:
        self.held, self.started, self.release = held, threading.Event(), threading.Event()
        self.on_gui_thread: list[bool] = []
        assert service.journal is not None
        journal = service.journal
        search: Callable[..., list[SearchHit]] = journal.search
        gui = threading.current_thread()

        def gated(text: str, **options: object) -> list[SearchHit]:
            self.on_gui_thread.append(threading.current_thread() is gui)
            if text in self.held:
                self.started.set()
                assert self.release.wait(WAIT_S)
            return search(text, **options)

        monkeypatch.setattr(journal, "search", gated)  # the store's search, as the worker calls it

    def finish(self) -> None:
        """Let the held search end and its late result reach the dialog (or not)."""
        self.release.set()
        assert QThreadPool.globalInstance().waitForDone(WAIT_S * 1000)
        QCoreApplication.processEvents()


def shown(dialog: SearchDialog) -> list[str]:
    return [dialog.model.hit(r).snippet.text for r in range(dialog.model.rowCount())]


def test_typing_searches_in_the_background_and_shows_the_count(qtbot: QtBot, dialog: SearchDialog,
                                                               service: JournalService,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    gate = Gate(service, monkeypatch)
    with qtbot.waitSignal(dialog.results_shown, timeout=5_000):
        qtbot.keyClicks(dialog.query, "zebra")
    assert gate.on_gui_thread == [False]  # one search (the typing was debounced), in a worker
    assert dialog.model.rowCount() == 3 and dialog.status.text() == tr("{count} results").format(count=3)
    assert dialog.results.currentIndex().row() == 0
    with qtbot.waitSignal(dialog.results_shown, timeout=5_000):
        dialog.query.setText("nirgendwo")
    assert dialog.model.rowCount() == 0 and dialog.status.text() == tr("Nothing found.")
    with qtbot.waitSignal(dialog.results_shown, timeout=5_000):
        dialog.query.clear()
    assert dialog.status.text() == "" and gate.on_gui_thread == [False, False]  # nothing to search for


def test_a_late_result_of_an_older_query_is_dropped(qtbot: QtBot, dialog: SearchDialog, service: JournalService,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    gate = Gate(service, monkeypatch, "alte")
    dialog.query.setText("alte")
    dialog.run_search()
    assert gate.started.wait(WAIT_S)
    with qtbot.waitSignal(dialog.results_shown, timeout=5_000):
        dialog.query.setText("zebra")
        dialog.run_search()
    emitted: list[None] = []
    dialog.results_shown.connect(lambda: emitted.append(None))
    gate.finish()  # the search for "alte" ends now, after the newer one
    assert emitted == [] and dialog.model.rowCount() == 3
    assert all("Zebra" in text for text in shown(dialog))
    assert dialog.status.text() == tr("{count} results").format(count=3)


def test_enter_before_the_results_arrive_jumps_when_they_do(qtbot: QtBot, dialog: SearchDialog,
                                                             service: JournalService,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    gate = Gate(service, monkeypatch, "gewohnheit")
    chosen: list[SearchHit] = []
    dialog.hit_chosen.connect(chosen.append)
    qtbot.keyClicks(dialog.query, "gewohnheit")
    qtbot.keyClick(dialog.query, Qt.Key.Key_Return)
    assert gate.started.wait(WAIT_S)
    assert chosen == [] and dialog.isVisible()
    with qtbot.waitSignal(dialog.hit_chosen, timeout=5_000):
        gate.release.set()
    assert [h.snippet.text for h in chosen] == ["Alte Gewohnheit ablegen"] and not dialog.isVisible()


def test_locking_drops_a_running_search(qtbot: QtBot, dialog: SearchDialog, service: JournalService,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    gate = Gate(service, monkeypatch, "zebra")
    dialog.query.setText("zebra")
    dialog.run_search()
    assert gate.started.wait(WAIT_S)
    service.close()  # locking resets the dialog
    emitted: list[None] = []
    dialog.results_shown.connect(lambda: emitted.append(None))
    gate.finish()
    assert emitted == [] and dialog.model.rowCount() == 0
    assert dialog.status.text() == "" and dialog.query.text() == "" and not dialog.isVisible()
