"""The overview's two columns at larger text (walk of 2026-12-05): at 300 % (Ctrl+Plus six times) the
two equal columns stayed, and Past sessions showed a topic column two characters wide; at 150 % German
the topic had 17 characters and the open action items' text five ("Bei HR eine m…"). Now the columns
are equal where every list reads in them (Past sessions' topic at least 25 average characters, the
other lists' text 24), and one below the other where they would not; Ctrl+Plus keeps the window's size,
so the page reflows. The progress chart's 1–5 scale was cut at its left and top edges at 300 %.
Each list is found by its name, as a person (or a screen reader) finds it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QPoint, QSize, Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QTableView
from pytestqt.qtbot import QtBot

from app.ui.main_window import MainWindow
from app.ui.widgets.reflow import column_widths
from tests.e2e.person import Person
from tests.ui.conftest import press

CTRL = Qt.KeyboardModifier.ControlModifier
TOPIC_CHARS = 25  # Past sessions' topic, in average characters of the list's font
TEXT_CHARS = 24  # the text of every other list


def _text_size(qtbot: QtBot, window: MainWindow, presses: int) -> None:
    for _ in range(presses):  # Ctrl+Plus, as a person makes the text larger (100 % → 150 % → 300 %)
        press(qtbot, Qt.Key.Key_Plus, CTRL)
    qtbot.waitUntil(lambda: window.overview.sessions.font().pointSize() == window.settings.text_size)
    for _ in range(3):  # the relayout the new size asked for (posted layout requests), not a sleep
        QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        QApplication.processEvents()


def _lists(qtbot: QtBot, window: MainWindow) -> dict[str, QTableView]:
    person = Person(qtbot, window)
    return {name: person.find(name, QAbstractItemView) for name in ("Past sessions", "Topic pool", "Goals")}


def _chars(view: QTableView, column: int) -> float:
    return view.horizontalHeader().sectionSize(column) / view.fontMetrics().averageCharWidth()


def _top_left(view: QTableView, window: MainWindow) -> QPoint:
    return view.mapTo(window, QPoint(0, 0))


def _readable(window: MainWindow, lists: dict[str, QTableView], tasks_chars: int = TEXT_CHARS) -> None:
    """Each list's text column as wide as it reads, and no list scrolls sideways. ``tasks_chars``: the
    open action items' text, less at 300 % (its owner, due date and done columns take 44 characters)."""
    sessions = lists["Past sessions"]
    assert _chars(sessions, 1) >= TOPIC_CHARS - 0.5, f"the topic has {_chars(sessions, 1):.1f} characters"
    tasks = window.overview.actions_view  # the tab "Open action items"
    for view, chars in ((lists["Topic pool"], TEXT_CHARS), (lists["Goals"], TEXT_CHARS), (tasks, tasks_chars)):
        assert _chars(view, 0) >= chars - 0.5, f"{view.accessibleName()}: {_chars(view, 0):.1f} characters"
        header = view.horizontalHeader()
        assert header.length() <= view.viewport().width() + 1, f"{view.accessibleName()} scrolls sideways"


@pytest.mark.parametrize(("presses", "side_by_side"), [(0, True), (3, False), (6, False)],
                         ids=["100%", "150%", "300%"])
def test_the_overview_reflows_where_two_columns_would_not_read(qtbot: QtBot, demo: MainWindow, presses: int,
                                                                side_by_side: bool) -> None:
    _text_size(qtbot, demo, presses)
    assert demo.size() == QSize(1280, 800), "larger text keeps the window's size"
    lists = _lists(qtbot, demo)
    sessions, goals = _top_left(lists["Past sessions"], demo), _top_left(lists["Goals"], demo)
    if side_by_side:
        assert goals.x() > sessions.x() + lists["Past sessions"].width(), "the goals beside the sessions"
    else:
        assert goals.y() > sessions.y() + lists["Past sessions"].height(), "the goals below the sessions"
        assert abs(goals.x() - sessions.x()) <= 1, "one column"
    _readable(demo, lists, TEXT_CHARS if presses < 6 else 15)
    chart = Person(qtbot, demo).find("Progress towards the goals")  # its 1–5 scale whole, not cut at an edge
    plot, metrics = chart.plot_rect(), chart.fontMetrics()
    assert plot.left() >= metrics.horizontalAdvance("5") + 6 and plot.top() >= metrics.height() / 2


def test_a_wider_window_keeps_two_columns_at_150_percent(qtbot: QtBot, demo: MainWindow) -> None:
    """Where the window allows it, the two columns stay, and the topic keeps its 25 characters."""
    demo.resize(1920, 1080)
    _text_size(qtbot, demo, 3)
    lists = _lists(qtbot, demo)
    assert _top_left(lists["Goals"], demo).x() > _top_left(lists["Past sessions"], demo).x() + 300
    _readable(demo, lists)


@pytest.mark.parametrize(("width", "least", "expected"), [
    (1000, [300, 300], [497, 497]),  # equal, each more than its least (spacing 6)
    (1000, [600, 300], [600, 394]),  # the one that needs more takes its least, the other the rest
    (1000, [300, 600], [394, 600]),
    (906, [600, 300], [600, 300]),  # exactly
    (905, [600, 300], None),  # one pixel short: one below the other
    (1000, [], None),
    (1000, [100, 100, 700], [144, 144, 700]),
    (1001, [10, 10, 10], [329, 330, 330]),  # what rounding leaves goes to the last ones
])
def test_column_widths(width: int, least: list[int], expected: list[int] | None) -> None:
    assert column_widths(width, least, 6) == expected
