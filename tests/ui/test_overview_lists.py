"""Issue 20.11 (and 13.4): the overview at 1280×800 cut its texts short while space went unused —
topic pool “Digitale Tools u…”, “Künstliche Intel…” beside an almost empty “Treffen” column, the
sessions' topics and the open tasks cut, and the new topic's hint cut short.

Each list's text column takes the spare width, the narrow columns fit their content, and rows
wrap to show a long text whole; what still does not fit shows whole on hover and to a screen
reader. The demo tandem in the interface language, plus a long topic and goal typed by the person.
"""

from __future__ import annotations

import datetime as _dt
from pathlib import Path

from PySide6.QtWidgets import QAbstractItemView, QLineEdit
from pytestqt.qtbot import QtBot

from app.demo_tandem import write_demo
from app.store import Journal
from app.ui import i18n
from app.ui.main_window import MainWindow
from app.ui.settings import Settings
from tests.conftest import PASSPHRASE
from tests.e2e.person import Person
from tests.ui.cells import cut_cells, fits
from tests.ui.conftest import unlock

LAPTOP = (1280, 800)
LISTS = ("Past sessions", "Goals", "Open action items", "Topic pool")
LONG = {"de": ("Wie wir Entscheidungen im Führungskreis nachvollziehbar machen",
               "Mit dem Team eine gemeinsame Haltung zu Künstlicher Intelligenz entwickeln"),
        "en": ("How we make the leadership circle's decisions easy to follow",
               "Develop a shared stance on artificial intelligence with the team")}


def test_the_overviews_lists_show_their_texts_whole_at_1280_by_800(
        qtbot: QtBot, language: str, settings: Settings, journal_path: Path) -> None:
    with Journal.open(journal_path, PASSPHRASE) as journal:
        write_demo(journal, language, _dt.datetime(2026, 8, 4, 10, 0))
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.resize(*LAPTOP)
    unlock(qtbot, window, journal_path)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    assert (window.width(), window.height()) == LAPTOP
    person = Person(qtbot, window)

    topic, goal = LONG[language]
    person.field("New topic", topic + "\n", QLineEdit)
    person.field("New goal", goal + "\n", QLineEdit)
    pool, goals = person.find("Topic pool", QAbstractItemView), person.find("Goals", QAbstractItemView)
    person.wait(lambda: _row_of(pool, topic) is not None and _row_of(goals, goal) is not None)
    qtbot.wait(50)  # the rows take their height once laid out

    cut = {i18n.tr(name): cut_cells(person.find(name, QAbstractItemView)) for name in LISTS}
    person.tab("Quick wins")
    qtbot.wait(50)
    cut[i18n.tr("Quick wins")] = cut_cells(person.find("Quick wins", QAbstractItemView))
    assert {name: texts for name, texts in cut.items() if texts} == {}
    for view, text in ((pool, topic), (goals, goal)):  # what was just typed reads whole in the list itself
        index = view.model().index(_row_of(view, text), 0)
        assert fits(view, index, text), f"“{text}” in {view.visualRect(index).width()} px"

    assert person.cut_off_hints(window) == []  # the two add fields are empty again
    assert person.cut_off_labels(window) == []
    window.close()
    with Journal.open(journal_path, PASSPHRASE) as journal:
        assert topic in [row["title"] for row in journal.rows("topic")]
        assert goal in [row["title"] for row in journal.rows("goal")]


def _row_of(view: QAbstractItemView, text: str) -> int | None:
    model = view.model()
    return next((row for row in range(model.rowCount()) if model.index(row, 0).data() == text), None)
