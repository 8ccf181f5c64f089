"""The next session as a calendar file, saved from the real window by key presses and clicks:
Tandem → Plan next session… (Ctrl+T), a date and time typed into the dialog, "save to calendar"
ticked; the file read back like a calendar would (icalendar). Only the file dialog is patched."""

from __future__ import annotations

import datetime as _dt
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import icalendar
import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QAbstractButton, QAbstractSpinBox, QApplication, QWidget
from pytestqt.qtbot import QtBot

from app.store import Journal
from app.ui.dialogs.plan import PlanDialog
from app.ui.widgets.date_field import show_date
from app.ui.main_window import MainWindow
from tests.conftest import PASSPHRASE
from tests.ui.conftest import focus, press, type_text, unlock, when_shown

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
# What an event may hold: date, time, length, place and the generic title, nothing about the people.
ALLOWED = {"UID", "DTSTAMP", "DTSTART", "DTEND", "SUMMARY", "LOCATION", "CLASS", "TRANSP"}
PRIVATE = {  # table -> the columns whose text must never reach a calendar
    "tandem": ("title", "concern", "support_form", "dependency_note", "pass_on", "recommendations"),
    "person": ("display_name", "expectations"), "goal": ("title", "description"),
    "topic": ("title", "description"), "session": ("goal", "notes"), "agenda_item": ("text",),
    "learning": ("text",), "action_item": ("text",), "rule": ("text",),
}


@pytest.fixture
def berlin(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Local time is Berlin's (UTC+1 in winter, +2 in summer), so a wall-clock time and its UTC differ."""
    monkeypatch.setenv("TZ", "Europe/Berlin")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def _named(parent: QWidget, kind: type, name: str) -> Any:
    """The control a screen reader announces as ``name`` (or shows ``name`` as its text)."""
    found = [w for w in parent.findChildren(kind)
             if name in (w.accessibleName(), getattr(w, "text", lambda: "")().replace("&", ""))]
    return found[0] if len(found) == 1 else None


def _when_active(act):
    """``act(dialog)`` once the dialog is the active window with the keyboard focus, as the user meets it."""

    def run(dialog: QWidget) -> None:
        if dialog.isActiveWindow() and dialog.isAncestorOf(QApplication.focusWidget()):
            act(dialog)
        else:
            QTimer.singleShot(10, dialog, lambda: run(dialog))

    return run


def _private_texts(path: Path) -> list[str]:
    with Journal.open(path, PASSPHRASE) as j:
        rows = {table: ([j.tandem()] if table == "tandem" else j.rows(table)) for table in PRIVATE}
    texts = [str(row.get(col) or "").strip() for table, cols in PRIVATE.items() for row in rows[table] for col in cols]
    return [t[:24] for t in texts if len(t) >= 4]


def test_planning_with_save_to_calendar_writes_the_typed_time_and_nothing_private(
        qtbot: QtBot, berlin: None, window: MainWindow, filled_journal: Path, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    private = _private_texts(filled_journal)
    assert any("Jürgen" in t for t in private)  # the check below really has names and notes to look for
    unlock(qtbot, window, filled_journal)
    target = tmp_path / "kalender" / "next.ics"
    target.parent.mkdir()
    asked: list[_dt.datetime] = []
    monkeypatch.setattr(window, "ask_calendar_path", lambda when: asked.append(when) or target)  # the file dialog
    when = _dt.datetime.combine(_dt.date.today() + _dt.timedelta(days=9), _dt.time(16, 30))
    seen: dict[str, Any] = {}

    def plan(dialog: PlanDialog) -> None:  # inside the dialog's event loop: record, never assert
        seen["first focus"] = QApplication.focusWidget().accessibleName()
        type_text(qtbot, show_date(when.date()))  # the date as the field shows dates, over the one offered
        press(qtbot, Qt.Key.Key_Tab)
        type_text(qtbot, f"{when:%H:%M}")
        press(qtbot, Qt.Key.Key_Tab)
        seen["typed"] = dialog.when.dateTime()
        length = _named(dialog, QAbstractSpinBox, "Length in minutes")
        qtbot.mouseClick(length, Qt.MouseButton.LeftButton, pos=QPoint(8, length.height() // 2))
        press(qtbot, Qt.Key.Key_A, CTRL)
        type_text(qtbot, "90")
        calendar = _named(dialog, QAbstractButton, "Also save it as a calendar file")
        qtbot.mouseClick(calendar, Qt.MouseButton.LeftButton)
        seen["ticked"] = calendar.isChecked()
        qtbot.mouseClick(_named(dialog, QAbstractButton, "Save"), Qt.MouseButton.LeftButton)

    when_shown(window, PlanDialog, _when_active(plan))
    focus(qtbot, window.overview.sessions)
    press(qtbot, Qt.Key.Key_T, CTRL)  # Tandem → Plan next session…
    assert seen == {"first focus": "Next session: date", "typed": when, "ticked": True}
    assert asked == [when]

    raw = target.read_bytes()
    [event] = icalendar.Calendar.from_ical(raw).walk("VEVENT")
    start = event.decoded("DTSTART")
    assert start.tzinfo is not None
    assert start.astimezone().replace(tzinfo=None) == when  # the wall-clock time typed, in Berlin
    assert start.utcoffset() == _dt.timedelta(0) and start.hour != when.hour  # written in UTC
    assert event.decoded("DTEND") - start == _dt.timedelta(minutes=90)
    assert set(event.keys()) <= ALLOWED, set(event.keys()) - ALLOWED
    assert str(event["SUMMARY"]) == "Reverse-mentoring tandem session"
    unfolded = raw.decode("utf-8").replace("\r\n ", "").replace("\\,", ",").replace("\\;", ";")
    assert [t for t in private if t in unfolded] == []
    assert window.message.isVisible()
    assert window.message.label.text() == "Saved next.ics: open it with your calendar to add the session."
    window.close()
    with Journal.open(filled_journal, PASSPHRASE) as j:
        assert j.tandem()["next_session_at"] == when.isoformat(timespec="minutes")


def test_saving_to_calendar_with_nothing_planned_says_so_calmly(qtbot: QtBot, window: MainWindow,
                                                                journal_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    unlock(qtbot, window, journal_path)
    asked: list[_dt.datetime] = []
    monkeypatch.setattr(window, "ask_calendar_path", lambda when: asked.append(when))
    focus(qtbot, window.overview.sessions)
    press(qtbot, Qt.Key.Key_T, CTRL | SHIFT)  # Tandem → Save next session to calendar…
    assert window.message.isVisible()
    assert window.message.label.text() == ("No next session is planned yet: plan it first (Tandem → Plan next "
                                           "session…), then save it to your calendar.")
    assert asked == [], "no file dialog when there is nothing to save"
    assert window.service.is_open
