"""The fixed rules of issue 12, walked in the real window like a person: keys and clicks on
controls found by their accessible names, Enter where a person presses it, a fixed clock."""

from __future__ import annotations

import datetime as _dt
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from app.core.clock import FixedClock
from app.ui.main_window import MainWindow
from tests.ui.conftest import press, type_text, unlock

CTRL = Qt.KeyboardModifier.ControlModifier


def _named(window: QWidget, kind: type, name: str) -> QWidget:
    [found] = [w for w in window.findChildren(kind) if w.accessibleName() == name and w.isVisible()]
    return found


def _click(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)
    assert QApplication.focusWidget() is widget


def _agenda(window: MainWindow) -> list[str]:
    model = window.session.agenda_model
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def test_a_new_session_takes_over_what_is_still_open(qtbot: QtBot, window: MainWindow, journal_path: Path) -> None:
    clock = FixedClock("2026-03-02T10:00")
    window.service.clock = clock
    unlock(qtbot, window, journal_path)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    press(qtbot, Qt.Key.Key_N, CTRL)  # the kick-off session
    assert window.stack.currentWidget() is window.session
    _click(qtbot, _named(window, QLineEdit, "New agenda item"))
    type_text(qtbot, "Teams-Kanäle aufräumen\n")
    press(qtbot, Qt.Key.Key_4, CTRL)  # Go to → Action items
    assert QApplication.focusWidget() is _named(window, QLineEdit, "New action item")
    type_text(qtbot, "Profilfoto für LinkedIn 📷\n")
    press(qtbot, Qt.Key.Key_Home, Qt.KeyboardModifier.AltModifier)  # back to the overview
    assert window.stack.currentWidget() is window.overview

    clock.set("2026-03-16T10:00")  # two weeks later the tandem meets again
    press(qtbot, Qt.Key.Key_N, CTRL)
    assert window.stack.currentWidget() is window.session
    assert _agenda(window) == [], "offered, not copied; the kick-off's guide never comes back (walk 10)"
    carry = window.session.carry_button
    assert carry.isVisible() and carry.text() == "Take over 1 unfinished item from last time"
    qtbot.mouseClick(carry, Qt.MouseButton.LeftButton)
    agenda = _agenda(window)
    assert agenda == ["Teams-Kanäle aufräumen"] and not any("Profilfoto" in line for line in agenda)
    session = window.service.get("session", window.session.session_id)
    assert session is not None and session["starts_at"] == "2026-03-16T10:00" and session["kind"] == "regular"
    held = [s for s in window.service.session_summaries()]
    assert [s.starts_at for s in held] == ["2026-03-16T10:00", "2026-03-02T10:00"]


def test_planning_the_next_session_then_raising_a_line_puts_it_on_that_agenda(
        qtbot: QtBot, window: MainWindow, journal_path: Path) -> None:
    """A planned session (a session dated in the future) takes raised lines; the due date stays."""
    clock = FixedClock("2026-03-02T10:00")
    window.service.clock = clock
    unlock(qtbot, window, journal_path)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    press(qtbot, Qt.Key.Key_N, CTRL)
    planned = window.service.add("session", starts_at="2026-03-20T18:00")  # dated ahead in the session screen
    press(qtbot, Qt.Key.Key_Home, Qt.KeyboardModifier.AltModifier)
    due_before = window.overview.due.text()
    assert window.service.raise_next_time("Wie war die Woche?") is not None
    assert [a["text"] for a in window.service.rows("agenda_item", session_id=planned)] == ["Wie war die Woche?"]
    assert window.service.rows("next_time") == []
    window.overview.refresh()
    assert window.overview.due.text() == due_before
    assert clock.now() == _dt.datetime(2026, 3, 2, 10, 0)


def test_a_new_action_item_is_due_when_the_tandem_meets_next(qtbot: QtBot, window: MainWindow,
                                                             journal_path: Path) -> None:
    """Issue 20.12: the due date offered for a new task is the next session's, by the agreed rhythm."""
    from app.store import Journal
    from app.ui.formats import format_date
    from tests.conftest import PASSPHRASE

    with Journal.open(journal_path, PASSPHRASE) as journal:
        journal.update_tandem(rhythm="monthly")
    window.service.clock = FixedClock("2026-01-31T10:00")
    unlock(qtbot, window, journal_path)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    press(qtbot, Qt.Key.Key_N, CTRL)
    press(qtbot, Qt.Key.Key_4, CTRL)  # Go to → Action items
    type_text(qtbot, "Profil fertigstellen\n")
    due = _named(window, QLineEdit, "Due date")
    assert due.text() == format_date("2026-02-28")  # once a month: the last day of February
    assert [r["due_on"] for r in window.service.rows("action_item")] == ["2026-02-28"]
