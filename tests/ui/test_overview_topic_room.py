"""The overview's past sessions at 1280×800 with text at 150 % (left open by the last walk): the topic,
the column people read, had less room than the date beside it ("Communi…", "Data / protection" over
two lines next to "11/11/2026 10:00"). Now the date column shows the day (the time on hover and to
a screen reader), the German rating column is headed "Wertung" (as narrow as its numbers need), and
the topic takes the spare width: it is the widest column, no word of a topic is cut ("Kommunika…"),
and a long topic wraps, whole on hover and to a screen reader.
"""

from __future__ import annotations


import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QAbstractItemView
from pytestqt.qtbot import QtBot

from app.ui.main_window import MainWindow
from tests.e2e.person import Person
from tests.ui.cells import cut_cells, spoken
from tests.ui.conftest import press

CTRL = Qt.KeyboardModifier.ControlModifier
SCREEN = QSize(1280, 800)
MARGIN = 4  # px the item delegate keeps on each side of a cell's text (PM_FocusFrameHMargin + 1, and a little)




@pytest.mark.parametrize("points", [12, 18])  # 100 % and 150 %
def test_the_topic_takes_the_room_in_past_sessions(qtbot: QtBot, demo: MainWindow, points: int) -> None:
    while demo.settings.text_size < points:  # Ctrl+Plus, as a person makes the text larger
        press(qtbot, Qt.Key.Key_Plus, CTRL)
    qtbot.wait(100)
    assert demo.size() == SCREEN
    sessions = Person(qtbot, demo).find("Past sessions", QAbstractItemView)
    model, header = sessions.model(), sessions.horizontalHeader()
    widths = [header.sectionSize(c) for c in range(model.columnCount())]
    topic = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())].index(
        sessions.model().headerData(1, Qt.Orientation.Horizontal))
    others = [w for c, w in enumerate(widths) if c != topic]
    assert widths[topic] > max(others), f"the topic has {widths[topic]} px, the others {others}"
    assert cut_cells(sessions) == []  # a topic that does not fit wraps, whole on hover and to a screen reader
    said = spoken(sessions)
    for row in range(model.rowCount()):
        date = model.index(row, 0)
        whole = date.data(Qt.ItemDataRole.ToolTipRole)  # the day and the time of the session
        assert whole.startswith(date.data()) and len(whole) > len(date.data())
        assert whole in said[(row, 0)]
        text = model.index(row, topic).data()
        assert model.index(row, topic).data(Qt.ItemDataRole.ToolTipRole) == text and text in said[(row, topic)]
        room = sessions.visualRect(model.index(row, topic)).width() - 2 * MARGIN
        words = [w for w in text.split() if sessions.fontMetrics().horizontalAdvance(w) > room]
        assert words == [], f"{words} cut short in {room} px (a word cannot wrap)"
