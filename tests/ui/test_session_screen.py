"""The session screen of a tandem whose people have names (issues 13.7, 20.14), walked in the real
window like a person: Ctrl+N, Ctrl+3/4 to the learnings and action items, Tab, Enter, F2, clicks."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QApplication, QComboBox, QLabel, QWidget
from pytestqt.qtbot import QtBot

from app.core.clock import FixedClock
from app.store import Journal
from app.ui import colours
from app.ui.main_window import MainWindow
from tests.conftest import PASSPHRASE
from tests.ui.conftest import press, type_text, unlock

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def _named(window: QWidget, kind: type, name: str) -> QWidget:
    [found] = [w for w in window.findChildren(kind) if w.accessibleName() == name and w.isVisible()]
    return found


def _texts(view: QAbstractItemView, column: int = 0, role: int = Qt.ItemDataRole.DisplayRole) -> list[str]:
    model = view.model()
    return [model.index(row, column).data(role) for row in range(model.rowCount())]


def _ready(qtbot: QtBot, window: MainWindow, path: Path, now: str = "2026-02-16T10:00") -> FixedClock:
    clock = FixedClock(now)
    window.service.clock = clock
    unlock(qtbot, window, path)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return clock


def _new_session(qtbot: QtBot, window: MainWindow) -> int:
    press(qtbot, Qt.Key.Key_N, CTRL)
    assert window.stack.currentWidget() is window.session
    session_id = window.session.session_id
    assert session_id is not None
    return session_id


def _click_cell(qtbot: QtBot, view: QAbstractItemView, row: int, column: int) -> None:
    rect = view.visualRect(view.model().index(row, column))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert view.currentIndex().row() == row and view.hasFocus()


@pytest.fixture
def named_tandem(journal_path: Path) -> Path:
    """Petra (the mentee) and Jonas (the mentor) met on 2 February; Jonas owns an open action item."""
    with Journal.open(journal_path, PASSPHRASE) as j:
        j.set_person("mentee", display_name="Dr. Petra Schäfer-Ünal")
        j.set_person("mentor", display_name="Jonas Weiß")
        first = j.add("session", starts_at="2026-02-02T10:00", kind="kickoff")
        j.add("action_item", session_id=first, text="Profilfoto machen", owner="mentor", due_on="2026-02-20")
    return journal_path


# 13.7 for action items: each new one asks who does it ------------------------------------------------
def test_each_new_action_item_starts_without_an_owner_and_one_without_is_marked(
        qtmodeltester, qtbot: QtBot, window: MainWindow, named_tandem: Path) -> None:
    clock = _ready(qtbot, window, named_tandem)
    session_id = _new_session(qtbot, window)
    press(qtbot, Qt.Key.Key_4, CTRL)  # Go to → Action items
    assert QApplication.focusWidget() is _named(window, QWidget, "New action item")
    owner = _named(window, QComboBox, "Owner")
    assert isinstance(owner, QComboBox)
    assert owner.currentIndex() == -1 and owner.placeholderText() == "Who does it?", "nothing preset"
    type_text(qtbot, "Lebenslauf aktualisieren")
    press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is owner
    press(qtbot, Qt.Key.Key_Down)  # the first choice: Petra
    press(qtbot, Qt.Key.Key_Down)  # Jonas
    assert owner.currentText() == "Jonas (Mentor)"
    press(qtbot, Qt.Key.Key_Tab, SHIFT)
    press(qtbot, Qt.Key.Key_Return)
    assert owner.currentIndex() == -1 and owner.currentText() == "", "the next action item asks again"
    type_text(qtbot, "Podcast-Liste schicken\n")  # Enter without saying who: nothing is lost

    rows = window.service.rows("action_item", session_id=session_id)
    assert [(r["text"], r["owner"]) for r in rows] == [("Lebenslauf aktualisieren", "mentor"),
                                                      ("Podcast-Liste schicken", None)]
    actions = _named(window, QAbstractItemView, "Action items")
    assert isinstance(actions, QAbstractItemView)
    qtmodeltester.check(actions.model(), force_py=True)
    assert _texts(actions, 1) == ["Jonas", "not set"]
    assert actions.model().index(1, 1).data(Qt.ItemDataRole.ForegroundRole).color() == colours.warning(
        actions.palette())
    said = "1 action item does not say who does it: choose in its Owner column."  # read as its text (issue 19)
    [hint] = [w for w in window.findChildren(QLabel) if w.isVisible() and w.text() == said]

    _click_cell(qtbot, actions, 1, 1)  # the unset owner of the second item
    press(qtbot, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QComboBox) and editor.currentData() is None, "the editor does not guess"
    assert [editor.itemText(i) for i in range(editor.count())] == ["Petra (Mentee)", "Jonas (Mentor)", "Both"]
    press(qtbot, Qt.Key.Key_Down)  # Petra
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: [r["owner"] for r in window.service.rows("action_item", session_id=session_id)] == [
        "mentor", "mentee"])
    assert _texts(actions, 1) == ["Jonas", "Petra"] and not hint.isVisible()

    press(qtbot, Qt.Key.Key_Home, ALT)  # two weeks later, the next session: still nothing preset
    clock.advance(days=14)
    _new_session(qtbot, window)
    press(qtbot, Qt.Key.Key_4, CTRL)
    assert owner.currentIndex() == -1 and owner.currentText() == ""


# 20.14: the people's names, the role beside them ---------------------------------------------------
def test_who_and_owner_show_the_peoples_names(qtbot: QtBot, window: MainWindow, named_tandem: Path) -> None:
    _ready(qtbot, window, named_tandem)
    session_id = _new_session(qtbot, window)
    press(qtbot, Qt.Key.Key_3, CTRL)  # Go to → Learnings
    type_text(qtbot, "Kurze Sprachnachrichten wirken persönlicher")
    press(qtbot, Qt.Key.Key_Tab)
    who = _named(window, QComboBox, "Who learned it")
    assert isinstance(who, QComboBox) and QApplication.focusWidget() is who
    assert [who.itemText(i) for i in range(who.count())] == ["Petra (Mentee)", "Jonas (Mentor)", "Both"]
    press(qtbot, Qt.Key.Key_End)  # both
    press(qtbot, Qt.Key.Key_Tab, SHIFT)
    press(qtbot, Qt.Key.Key_Return)
    type_text(qtbot, "Ein CEO-Kalender ist Monate im Voraus verplant")
    press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_Down)  # Petra
    press(qtbot, Qt.Key.Key_Tab, SHIFT)
    press(qtbot, Qt.Key.Key_Return)
    assert [r["learner"] for r in window.service.rows("learning", session_id=session_id)] == ["both", "mentee"]
    learnings = _named(window, QAbstractItemView, "Learnings")
    assert isinstance(learnings, QAbstractItemView)
    assert _texts(learnings, 1) == ["Both", "Petra"]
    assert _texts(learnings, 1, Qt.ItemDataRole.ToolTipRole) == [
        "Both: Dr. Petra Schäfer-Ünal and Jonas Weiß", "Dr. Petra Schäfer-Ünal (Mentee)"]

    press(qtbot, Qt.Key.Key_4, CTRL)  # the open action item from the kick-off, by its owner's name
    earlier = _named(window, QAbstractItemView, "Open action items from earlier sessions")
    assert isinstance(earlier, QAbstractItemView)
    assert _texts(earlier, 1) == ["Jonas"]
    assert _texts(earlier, 1, Qt.ItemDataRole.ToolTipRole) == ["Jonas Weiß (Mentor)"]


# The list is the home of open action items; one goes on the agenda only when the tandem puts it there --
def test_an_open_action_item_goes_on_the_agenda_only_when_put_there(
        qtbot: QtBot, window: MainWindow, named_tandem: Path) -> None:
    _ready(qtbot, window, named_tandem)
    session_id = _new_session(qtbot, window)
    agenda = _named(window, QAbstractItemView, "Agenda")
    assert isinstance(agenda, QAbstractItemView)
    assert _texts(agenda) == [], "no “Follow up” line of its own accord"
    press(qtbot, Qt.Key.Key_4, CTRL)  # Go to → Action items
    earlier = _named(window, QAbstractItemView, "Open action items from earlier sessions")
    assert isinstance(earlier, QAbstractItemView)
    put = next(b for b in window.session.findChildren(QAbstractButton)
               if b.isVisible() and b.text() == "Put the chosen item on this session’s agenda")
    assert not put.isEnabled(), "nothing chosen yet"
    _click_cell(qtbot, earlier, 0, 0)
    assert put.isEnabled()
    for _ in range(2):  # twice: it is there once
        qtbot.mouseClick(put, Qt.MouseButton.LeftButton, pos=put.rect().center())
    assert _texts(agenda) == ["Profilfoto machen"]
    assert [r["text"] for r in window.service.rows("agenda_item", session_id=session_id)] == ["Profilfoto machen"]

    _click_cell(qtbot, earlier, 0, 3)  # ticked off in the list: the agenda keeps what the tandem put there
    press(qtbot, Qt.Key.Key_Space)
    assert [r["done"] for r in window.service.rows("action_item")] == [True]
    assert _texts(agenda) == ["Profilfoto machen"]
