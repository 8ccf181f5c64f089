"""Dates typed with the keyboard are saved as typed (issue 20, item 4), walked in the real window
in German like a person: keys only, controls found by their accessible names.

An action item's due date typed "08.01.27" is 8 January 2027; in the check-in, Tab leaves the
date field, so the rating typed next lands in the rating; an impossible date shows a hint,
keeps the dialog open and saves nothing. Dates with a time (planning the next session, a
session's start) are typed the same way, date, Tab, time, Tab; the kick-off's defaults come from
the window's clock.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import (
    QApplication,
    QCalendarWidget,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from app.core.clock import FixedClock
from app.ui.dialogs.create import CreatePrivateDialog
from app.ui.dialogs.evaluation import EvaluationDialog
from app.ui.dialogs.kickoff import KickoffWizard
from app.ui.dialogs.plan import PlanDialog
from app.ui.i18n import tr
from app.ui.main_window import MainWindow
from app.ui.widgets.date_field import DateField, all_readable
from app.ui.widgets.date_time_field import DateTimeField
from tests.ui.conftest import press, type_text, unlock, when_shown

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def _named(parent: QWidget, name: str) -> QWidget:
    """The one visible control that takes the keyboard focus and has this accessible name."""
    [found] = [w for w in parent.findChildren(QWidget) if w.accessibleName() == name and w.isVisible()
               and w.focusPolicy() != Qt.FocusPolicy.NoFocus]
    return found


def _ready(qtbot: QtBot, window: MainWindow, path: Path) -> None:
    unlock(qtbot, window, path)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


@pytest.mark.parametrize("added_by", ["Enter in the date field", "Enter in the action item"])
def test_a_due_date_typed_08_01_27_is_8_january_2027(qtbot: QtBot, german: None, window: MainWindow,
                                                     filled_journal: Path, added_by: str) -> None:
    _ready(qtbot, window, filled_journal)
    press(qtbot, Qt.Key.Key_N, CTRL)  # a new session
    assert window.stack.currentWidget() is window.session
    press(qtbot, Qt.Key.Key_4, CTRL)  # Gehe zu → Aufgaben
    action = _named(window, tr("New action item"))
    assert QApplication.focusWidget() is action
    type_text(qtbot, "LinkedIn-Profil anlegen")
    press(qtbot, Qt.Key.Key_Tab)  # the owner
    press(qtbot, Qt.Key.Key_Tab)  # the due date
    due = _named(window, tr("Due date"))
    assert QApplication.focusWidget() is due
    type_text(qtbot, "08.01.27")
    if added_by == "Enter in the action item":
        press(qtbot, Qt.Key.Key_Tab, SHIFT)
        press(qtbot, Qt.Key.Key_Tab, SHIFT)
        assert QApplication.focusWidget() is action
    press(qtbot, Qt.Key.Key_Return)

    rows = window.service.rows("action_item", session_id=window.session.session_id)
    assert [(r["text"], r["due_on"]) for r in rows] == [("LinkedIn-Profil anlegen", "2027-01-08")]
    assert due.property("text") == "08.01.2027"  # shown back with the whole year: no doubt about the century


def _check_in(qtbot: QtBot, window: MainWindow, typed: str, seen: dict[str, Any], click: bool = True) -> None:
    """Open the check-in by its shortcut; in it, type ``typed`` over the date (clicked and Ctrl+A,
    or straight away: the date has the focus when the dialog opens), Tab, type the rating 2 and
    press Enter; record what happened (nothing asserted inside the dialog's event loop)."""

    def walk(dialog: EvaluationDialog) -> None:
        try:
            dialog.activateWindow()
            qtbot.waitUntil(dialog.isActiveWindow)
            field = _named(dialog, tr("Date of the check-in"))
            if click:
                qtbot.mouseClick(field, Qt.MouseButton.LeftButton)
                press(qtbot, Qt.Key.Key_A, CTRL)
            seen["focus on the date"] = QApplication.focusWidget() is field
            type_text(qtbot, typed)
            press(qtbot, Qt.Key.Key_Tab)
            after_tab = QApplication.focusWidget()
            seen["tab lands on"] = after_tab.accessibleName() if after_tab is not None else None
            type_text(qtbot, "2")
            seen["ratings"] = [box.value() for box in dialog.findChildren(QSpinBox)]
            press(qtbot, Qt.Key.Key_Return)
            seen["open after Enter"] = dialog.isVisible()
            if dialog.isVisible():
                focused = QApplication.focusWidget()
                seen["focus after Enter"] = focused.accessibleName() if focused is not None else None
                seen["hints"] = [label.text() for label in dialog.findChildren(QLabel)
                                 if label.isVisible() and typed in label.text()]
                seen["description"] = field.accessibleDescription()
        except Exception as exc:  # noqa: BLE001 - recorded, asserted outside the dialog's event loop
            seen["error"] = repr(exc)
        finally:
            if dialog.isVisible():
                dialog.reject()

    when_shown(window, EvaluationDialog, walk)
    press(qtbot, Qt.Key.Key_G, CTRL | SHIFT)  # Tandem → Check-in zu den Zielen…
    qtbot.waitUntil(lambda: not any(d.isVisible() for d in window.findChildren(QDialog)))


@pytest.mark.parametrize("click", [False, True], ids=["typed at once", "clicked and replaced"])
def test_in_the_check_in_tab_leaves_the_date_and_the_rating_lands_in_the_rating(
        qtbot: QtBot, german: None, window: MainWindow, filled_journal: Path, click: bool) -> None:
    _ready(qtbot, window, filled_journal)
    before = window.service.evaluations()
    assert before is not None
    seen: dict[str, Any] = {}
    _check_in(qtbot, window, "15.01.26", seen, click)

    assert "error" not in seen, seen
    assert seen["focus on the date"]
    first_goal = window.service.rows("goal")[0]["title"]
    assert seen["tab lands on"] == tr("Rating of {goal}, 1 to 5").format(goal=first_goal)
    assert seen["ratings"][0] == 2 and not any(seen["ratings"][1:])
    assert seen["open after Enter"] is False
    evaluations = window.service.evaluations()
    assert evaluations is not None and len(evaluations) == len(before) + 1
    saved = next(e for e in evaluations if e.id not in {b.id for b in before})
    assert saved.held_on == "2026-01-15"
    assert list(saved.ratings.values()) == [2]


@pytest.mark.parametrize("typed", ["31.02.2027", "29.02.27", "0.1.27", "13.13.2027", "morgen"])
def test_an_impossible_check_in_date_shows_a_hint_and_saves_nothing(
        qtbot: QtBot, german: None, window: MainWindow, filled_journal: Path, typed: str) -> None:
    _ready(qtbot, window, filled_journal)
    before = window.service.evaluations()
    assert before is not None
    seen: dict[str, Any] = {}
    _check_in(qtbot, window, typed, seen)

    assert "error" not in seen, seen
    assert seen["open after Enter"] is True  # Enter did not save
    assert seen["focus after Enter"] == tr("Date of the check-in")  # back on the date, with its hint
    assert len(seen["hints"]) == 1 and seen["description"] == seen["hints"][0]
    evaluations = window.service.evaluations()
    assert evaluations is not None and len(evaluations) == len(before)  # nothing saved


def test_a_reflection_date_typed_in_german_is_saved_as_typed(
        qtbot: QtBot, german: None, window: MainWindow, journal_path: Path, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    _ready(qtbot, window, journal_path)
    press(qtbot, Qt.Key.Key_R, CTRL)  # Meine Reflexionen
    page = window.reflections
    monkeypatch.setattr(page, "ask_create_path", lambda: tmp_path / "meine.reflections")

    def create(dialog: CreatePrivateDialog) -> None:
        type_text(qtbot, "nur ich kenne diesen Satz 2026", dialog.passphrase)
        type_text(qtbot, "nur ich kenne diesen Satz 2026", dialog.repeat)
        dialog.create_button.click()

    when_shown(window, CreatePrivateDialog, create)
    page.create_button.click()
    qtbot.waitUntil(lambda: page.is_open, timeout=10_000)
    page.new_button.click()
    reflection = page.current_id
    assert reflection is not None
    window.activateWindow()  # back from the dialog
    qtbot.waitUntil(window.isActiveWindow)
    field = _named(window, tr("Date"))
    qtbot.mouseClick(field, Qt.MouseButton.LeftButton)
    press(qtbot, Qt.Key.Key_A, CTRL)
    type_text(qtbot, "08.01.27")
    press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not field  # Tab left the date
    qtbot.waitUntil(lambda: not page.autosave.pending, timeout=5_000)
    row = page.private.reflection(reflection)
    assert row is not None and row["written_on"] == "2027-01-08"

    press(qtbot, Qt.Key.Key_Tab, SHIFT)
    assert QApplication.focusWidget() is field
    type_text(qtbot, "31.02.2027")  # the whole date was selected: typing replaces it
    press(qtbot, Qt.Key.Key_Tab)
    assert page.written_on.hint.isVisible() and "31.02.2027" in page.written_on.hint.text()
    assert page.flush()
    row = page.private.reflection(reflection)
    assert row is not None and row["written_on"] == "2027-01-08"  # unchanged: nothing unreadable is saved


# The field itself ---------------------------------------------------------------------------------

@pytest.fixture
def form(qtbot: QtBot) -> Iterator[tuple[QWidget, QLineEdit, DateField, QLineEdit]]:
    """A small form: a text field, a date field (8 January 2027, today 2 March 2026), a text field."""
    form = QWidget()
    before = QLineEdit(form)  # made in the order Tab goes
    field = DateField(_dt.date(2027, 1, 8), "Due date", today=lambda: _dt.date(2026, 3, 2), parent=form)
    after = QLineEdit(form)
    layout = QVBoxLayout(form)
    for widget in (before, field, after):
        layout.addWidget(widget)
    qtbot.addWidget(form)
    form.show()
    form.activateWindow()
    qtbot.waitUntil(form.isActiveWindow)
    yield form, before, field, after


LOCALES = [QLocale(QLocale.Language.German, QLocale.Country.Germany),
           QLocale(QLocale.Language.English, QLocale.Country.UnitedStates),
           QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom),
           QLocale(QLocale.Language.English, QLocale.Country.Canada),
           QLocale(QLocale.Language.English, QLocale.Country.Germany),
           QLocale(QLocale.Language.Hungarian, QLocale.Country.Hungary),
           QLocale(QLocale.Language.Korean, QLocale.Country.SouthKorea),
           QLocale.c()]


@pytest.mark.parametrize("locale", LOCALES, ids=[locale.name() for locale in LOCALES])
def test_the_date_shown_is_read_back_as_the_same_date_with_the_whole_year(qapp: QApplication,
                                                                        locale: QLocale) -> None:
    before = QLocale()
    QLocale.setDefault(locale)
    try:
        field = DateField(_dt.date(2027, 1, 8), "Due date", today=lambda: _dt.date(2026, 3, 2))
        assert "2027" in field.text()
        for day in (_dt.date(2027, 1, 8), _dt.date(2028, 2, 29), _dt.date(1999, 12, 31)):
            field.setDate(day)
            assert field.is_valid() and field.commit() and field.date() == day, field.text()
    finally:
        QLocale.setDefault(before)


def test_tab_and_shift_tab_leave_the_field(qtbot: QtBot, form: tuple[QWidget, QLineEdit, DateField, QLineEdit]
                                           ) -> None:
    _form, before, field, after = form
    qtbot.mouseClick(before, Qt.MouseButton.LeftButton)
    press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is field.edit and field.edit.selectedText() == field.text()
    press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is after
    press(qtbot, Qt.Key.Key_Tab, SHIFT)
    press(qtbot, Qt.Key.Key_Tab, SHIFT)
    assert QApplication.focusWidget() is before


def test_only_a_readable_changed_date_is_taken(qtbot: QtBot,
                                               form: tuple[QWidget, QLineEdit, DateField, QLineEdit]) -> None:
    _form, _before, field, after = form
    changes: list[_dt.date] = []
    field.dateChanged.connect(changes.append)
    field.setFocus()
    type_text(qtbot, "29.02.27")  # no 29 February in 2027
    press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is after  # the person may go on; the hint stays
    assert field.date() == _dt.date(2027, 1, 8) and changes == [] and not field.is_valid()
    assert field.hint.isVisible() and field.edit.accessibleDescription() == field.hint.text() == field.problem()
    assert "29.02.27" in field.hint.text() and "b3261e" in field.edit.styleSheet()
    field.setFocus()
    press(qtbot, Qt.Key.Key_End)
    press(qtbot, Qt.Key.Key_Backspace)
    type_text(qtbot, "8")  # 29.02.28: a leap year
    assert not field.hint.isVisible() and field.edit.styleSheet() == ""  # mended: the red goes at once
    assert changes == []  # … and the date is taken when the person is done
    press(qtbot, Qt.Key.Key_Return)
    assert changes == [_dt.date(2028, 2, 29)] and field.date() == _dt.date(2028, 2, 29)
    assert field.edit.accessibleDescription() and not field.problem()
    press(qtbot, Qt.Key.Key_Return)
    assert changes == [_dt.date(2028, 2, 29)]  # the same date again: no change
    field.edit.selectAll()
    press(qtbot, Qt.Key.Key_Delete)
    press(qtbot, Qt.Key.Key_Return)
    assert field.date() == _dt.date(2028, 2, 29) and "date" in field.problem()  # empty: "Type a date, …"


@pytest.mark.qt_log_ignore("This plugin does not support grabbing the keyboard")  # offscreen only
def test_the_calendar_opens_with_alt_down_and_enter_takes_its_day(
        qtbot: QtBot, form: tuple[QWidget, QLineEdit, DateField, QLineEdit]) -> None:
    _form, _before, field, _after = form
    field.setFocus()
    qtbot.waitUntil(field.edit.hasFocus)
    press(qtbot, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    calendar = QApplication.activePopupWidget()
    assert isinstance(calendar, QCalendarWidget) and calendar.selectedDate() == QDate(2027, 1, 8)
    press(qtbot, Qt.Key.Key_Right)  # the next day
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is None)
    assert field.date() == _dt.date(2027, 1, 9) and field.edit.hasFocus()


def test_a_due_date_typed_into_the_list_of_action_items_is_saved_as_typed(
        qtbot: QtBot, german: None, window: MainWindow, filled_journal: Path) -> None:
    """The due date edited in the list itself (F2 on the cell), not only in the field below it."""
    _ready(qtbot, window, filled_journal)
    press(qtbot, Qt.Key.Key_N, CTRL)
    press(qtbot, Qt.Key.Key_4, CTRL)
    type_text(qtbot, "Profilfoto hochladen\n")
    view = _named(window, tr("Action items"))
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton)  # into the list
    assert QApplication.focusWidget() is view
    press(qtbot, Qt.Key.Key_Home)
    press(qtbot, Qt.Key.Key_Right)
    press(qtbot, Qt.Key.Key_Right)  # the due date of the first row
    press(qtbot, Qt.Key.Key_F2)
    press(qtbot, Qt.Key.Key_A, CTRL)
    type_text(qtbot, "08.01.27")
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is view)  # the list takes the edit once Enter is through

    def due() -> list[tuple[str, str]]:
        return [(r["text"], r["due_on"]) for r in window.service.rows("action_item",
                                                                     session_id=window.session.session_id)]

    assert due() == [("Profilfoto hochladen", "2027-01-08")]

    press(qtbot, Qt.Key.Key_F2)
    press(qtbot, Qt.Key.Key_A, CTRL)
    type_text(qtbot, "31.02.2027")
    press(qtbot, Qt.Key.Key_Return)  # not a date: the editor stays, with its hint
    editor = QApplication.focusWidget()
    assert editor is not view and editor is not None and "31.02.2027" in editor.accessibleDescription()
    press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is view)
    assert due() == [("Profilfoto hochladen", "2027-01-08")]  # the impossible date was not saved


# Dates with a time --------------------------------------------------------------------------------

def _focused() -> str | None:
    widget = QApplication.focusWidget()
    return widget.accessibleName() if widget is not None else None


def _plan(qtbot: QtBot, window: MainWindow, date: str, time: str, seen: dict[str, Any]) -> None:
    """Plan the next session by its shortcut: type ``date``, Tab, ``time``, Tab (the keyboard is on the
    date when the dialog opens), then click Save; record what happened."""

    def walk(dialog: PlanDialog) -> None:
        try:
            dialog.activateWindow()
            qtbot.waitUntil(dialog.isActiveWindow)
            seen["first focus"] = _focused()
            type_text(qtbot, date)
            press(qtbot, Qt.Key.Key_Tab)
            seen["after the date"] = _focused()
            type_text(qtbot, time)
            press(qtbot, Qt.Key.Key_Tab)
            seen["after the time"] = _focused()
            buttons = dialog.findChild(QDialogButtonBox)
            assert buttons is not None
            save = buttons.button(QDialogButtonBox.StandardButton.Save)
            qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
            seen["open after Save"] = dialog.isVisible()
            if dialog.isVisible():
                seen["focus after Save"] = _focused()
                seen["hints"] = [label.text() for label in dialog.findChildren(QLabel)
                                 if label.isVisible() and time in label.text()]
        except Exception as exc:  # noqa: BLE001 - recorded, asserted outside the dialog's event loop
            seen["error"] = repr(exc)
        finally:
            if dialog.isVisible():
                dialog.reject()

    when_shown(window, PlanDialog, walk)
    press(qtbot, Qt.Key.Key_T, CTRL)  # Tandem → Nächstes Treffen planen…
    qtbot.waitUntil(lambda: not any(d.isVisible() for d in window.findChildren(QDialog)))


def test_planning_16_01_27_tab_18_30_tab_is_16_january_2027_at_half_past_six(
        qtbot: QtBot, german: None, window: MainWindow, filled_journal: Path) -> None:
    window.service.clock = FixedClock("2026-03-02T09:00")  # 16 January 2027 lies ahead
    _ready(qtbot, window, filled_journal)
    seen: dict[str, Any] = {}
    _plan(qtbot, window, "16.01.27", "18:30", seen)

    assert "error" not in seen, seen
    next_session = tr("Next session")
    assert seen["first focus"] == tr("{name}: date").format(name=next_session)
    assert seen["after the date"] == tr("{name}: time").format(name=next_session)
    assert seen["after the time"] == tr("Length in minutes")  # Tab left the date and time
    assert seen["open after Save"] is False
    assert window.service.tandem()["next_session_at"] == "2027-01-16T18:30"


def test_planning_at_25_00_shows_a_hint_and_saves_nothing(qtbot: QtBot, german: None, window: MainWindow,
                                                          filled_journal: Path) -> None:
    window.service.clock = FixedClock("2026-03-02T09:00")
    _ready(qtbot, window, filled_journal)
    before = window.service.tandem()["next_session_at"]
    seen: dict[str, Any] = {}
    _plan(qtbot, window, "16.01.27", "25:00", seen)

    assert "error" not in seen, seen
    assert seen["open after Save"] is True  # Save did not save
    assert seen["focus after Save"] == tr("{name}: time").format(name=tr("Next session"))  # back on the time
    assert len(seen["hints"]) == 1 and "25:00" in seen["hints"][0]
    assert window.service.tandem()["next_session_at"] == before


def _start_field(window: MainWindow) -> QWidget:
    return _named(window, tr("{name}: date").format(name=tr("Start of the session")))


@pytest.mark.parametrize(("time", "saved"), [("18:30", "2027-01-16T18:30"), ("25:00", None)])
def test_a_session_start_typed_like_a_person_writes_it_saves_itself(
        qtbot: QtBot, german: None, window: MainWindow, filled_journal: Path, time: str, saved: str | None) -> None:
    _ready(qtbot, window, filled_journal)
    press(qtbot, Qt.Key.Key_N, CTRL)  # a new session
    assert window.stack.currentWidget() is window.session
    session = window.session.session_id
    before = window.service.get("session", session)
    assert before is not None
    field = _start_field(window)
    qtbot.mouseClick(field, Qt.MouseButton.LeftButton)
    press(qtbot, Qt.Key.Key_A, CTRL)
    type_text(qtbot, "16.01.27")
    press(qtbot, Qt.Key.Key_Tab)
    assert _focused() == tr("{name}: time").format(name=tr("Start of the session"))
    press(qtbot, Qt.Key.Key_A, CTRL)
    type_text(qtbot, time)
    press(qtbot, Qt.Key.Key_Tab)
    assert _focused() == tr("Duration in minutes")  # Tab left the start
    qtbot.waitUntil(lambda: not window.session.has_pending, timeout=5_000)
    row = window.service.get("session", session)
    assert row is not None
    if saved is not None:
        assert row["starts_at"] == saved
        return
    hints = [label.text() for label in window.session.findChildren(QLabel) if label.isVisible() and time in label.text()]
    assert len(hints) == 1  # the hint beside the field says why
    assert window.session.flush()
    row = window.service.get("session", session)
    kept = before["starts_at"][11:16]
    assert row is not None and row["starts_at"] == f"2027-01-16T{kept}"  # the date as typed, the time unchanged


def test_the_kickoff_guide_takes_today_from_the_windows_clock(qtbot: QtBot, german: None, window: MainWindow,
                                                             journal_path: Path) -> None:
    window.service.clock = FixedClock("2031-05-20T09:00")  # far from the real today
    _ready(qtbot, window, journal_path)
    seen: dict[str, Any] = {}

    def look(wizard: KickoffWizard) -> None:
        try:
            seen["next"] = wizard.rhythm.next.dateTime()
            seen["started"] = wizard.rhythm.started.date()
            seen["agreed"] = wizard.rules.agreed_on.date()
        except Exception as exc:  # noqa: BLE001 - recorded, asserted outside the wizard's event loop
            seen["error"] = repr(exc)
        finally:
            wizard.reject()

    when_shown(window, KickoffWizard, look)
    press(qtbot, Qt.Key.Key_K, CTRL | SHIFT)  # Tandem → Kick-off-Leitfaden…
    qtbot.waitUntil(lambda: not any(d.isVisible() for d in window.findChildren(QDialog)))

    assert "error" not in seen, seen
    assert seen["next"] == _dt.datetime(2031, 6, 3, 10, 0)  # 14 days after the clock's today, at ten
    assert seen["started"] == seen["agreed"] == _dt.date(2031, 5, 20)


@pytest.fixture
def timed_form(qtbot: QtBot) -> Iterator[tuple[QWidget, QLineEdit, DateTimeField, QLineEdit]]:
    """A text field, a date and time field (8 January 2027 at 10:00, today 2 March 2026), a text field."""
    form = QWidget()
    before = QLineEdit(form)
    field = DateTimeField(_dt.datetime(2027, 1, 8, 10, 0), "Next session", today=lambda: _dt.date(2026, 3, 2),
                          parent=form)
    after = QLineEdit(form)
    layout = QVBoxLayout(form)
    for widget in (before, field, after):
        layout.addWidget(widget)
    qtbot.addWidget(form)
    form.show()
    form.activateWindow()
    qtbot.waitUntil(form.isActiveWindow)
    yield form, before, field, after


def test_tab_goes_date_time_out_and_shift_tab_back(
        qtbot: QtBot, timed_form: tuple[QWidget, QLineEdit, DateTimeField, QLineEdit]) -> None:
    _form, before, field, after = timed_form
    qtbot.mouseClick(before, Qt.MouseButton.LeftButton)
    press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is field.date_field.edit and _focused() == "Next session: date"
    press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is field.time_edit and field.time_edit.selectedText() == "10:00"
    assert field.time_edit.accessibleName() == "Next session: time"
    press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is after
    press(qtbot, Qt.Key.Key_Tab, SHIFT)
    assert QApplication.focusWidget() is field.time_edit
    press(qtbot, Qt.Key.Key_Tab, SHIFT)
    assert QApplication.focusWidget() is field.date_field.edit
    press(qtbot, Qt.Key.Key_Tab, SHIFT)
    assert QApplication.focusWidget() is before


def test_only_a_readable_changed_date_and_time_is_taken(
        qtbot: QtBot, timed_form: tuple[QWidget, QLineEdit, DateTimeField, QLineEdit]) -> None:
    _form, _before, field, after = timed_form
    changes: list[_dt.datetime] = []
    field.dateTimeChanged.connect(changes.append)
    field.time_edit.setFocus()
    type_text(qtbot, "10:60")
    press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is after  # the person may go on; the hint stays
    assert field.dateTime() == _dt.datetime(2027, 1, 8, 10, 0) and changes == [] and not field.is_valid()
    assert field.time_hint.isVisible() and "10:60" in field.time_hint.text() == field.problem()
    assert field.time_edit.accessibleDescription() == field.time_hint.text()
    field.time_edit.setFocus()
    type_text(qtbot, "1830")  # selected on the way in: typing replaces it
    assert not field.time_hint.isVisible()  # mended: the red goes at once
    press(qtbot, Qt.Key.Key_Return)
    assert changes == [_dt.datetime(2027, 1, 8, 18, 30)] and field.time_edit.text() == "18:30"
    field.setDateTime(_dt.datetime(2027, 1, 8, 18, 30))
    assert changes == [_dt.datetime(2027, 1, 8, 18, 30)]  # the same again: no change
    field.setDateTime(_dt.datetime(2027, 2, 1, 9, 5))
    assert changes[-1] == _dt.datetime(2027, 2, 1, 9, 5) and len(changes) == 2  # one signal for both parts
    field.time_edit.setText("abends")
    field.date_field.edit.setText("31.02.2027")
    assert not all_readable(field) and QApplication.focusWidget() is field.date_field.edit  # the date first
    field.date_field.edit.setText("1.2.27")
    assert not all_readable(field) and QApplication.focusWidget() is field.time_edit
    field.time_edit.setText("9.05")
    assert all_readable(field) and field.dateTime() == _dt.datetime(2027, 2, 1, 9, 5) and len(changes) == 2
