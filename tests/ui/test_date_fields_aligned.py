"""Date fields line up with the fields above and below them (issue 13.4, 20), in German and English
at 1280×800, walked like a person: the check-in's date under the note's left edge, the plan dialog's
date and time together under the place, the reflection's date under its title; each wide enough for
the longest date of the language. (They sat in the middle of their rows, the time at the far right.)"""

from __future__ import annotations

import datetime as _dt
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from app.ui.dialogs.create import CreatePrivateDialog
from app.ui.dialogs.evaluation import EvaluationDialog
from app.ui.dialogs.plan import PlanDialog
from app.ui.i18n import tr
from app.ui.main_window import MainWindow
from app.ui.widgets.date_field import show_date
from tests.ui.conftest import box_in, press, to_front, type_text, unlock, visible_button, when_shown

CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier
SCREEN = QSize(1280, 800)


def _named(parent: QWidget, name: str) -> QWidget:
    [found] = [w for w in parent.findChildren(QWidget) if w.isVisible() and w.accessibleName() == name
               and w.focusPolicy() != Qt.FocusPolicy.NoFocus]
    return found


def _date_fits(edit: QWidget) -> bool:
    """The longest date of the language shows whole in the field, beside its calendar icon."""
    metrics = edit.fontMetrics()
    longest = max((show_date(_dt.date(2088, month, 28)) for month in range(1, 13)),
                  key=metrics.horizontalAdvance)
    needs = metrics.horizontalAdvance(longest)
    return needs + metrics.height() + 12 <= edit.width() <= 3 * needs  # the text, the icon; not a long bar


def test_the_check_in_date_lines_up_with_the_note(qtbot: QtBot, language: str, window: MainWindow,
                                                  filled_journal: Path) -> None:
    window.resize(SCREEN)
    unlock(qtbot, window, filled_journal)
    seen: dict[str, Any] = {}

    def look(dialog: EvaluationDialog) -> None:
        if not dialog.isActiveWindow():
            QTimer.singleShot(10, dialog, lambda: look(dialog))
            return
        date, note = _named(dialog, tr("Date of the check-in")), _named(dialog, tr("Note on the check-in"))
        seen["left edges"] = (box_in(date, dialog).left(), box_in(note, dialog).left())
        seen["date fits"] = _date_fits(date)
        dialog.reject()

    when_shown(window, EvaluationDialog, look)
    to_front(qtbot, window)
    press(qtbot, Qt.Key.Key_G, CTRL | SHIFT)  # Tandem → Check in on goals…
    qtbot.waitUntil(lambda: "left edges" in seen)
    date_left, note_left = seen["left edges"]
    assert date_left == note_left, seen
    assert seen["date fits"]


def test_the_plan_dialogs_date_and_time_line_up_with_the_place(qtbot: QtBot, language: str, window: MainWindow,
                                                               filled_journal: Path) -> None:
    window.resize(SCREEN)
    unlock(qtbot, window, filled_journal)
    seen: dict[str, Any] = {}

    def look(dialog: PlanDialog) -> None:
        if not dialog.isActiveWindow():
            QTimer.singleShot(10, dialog, lambda: look(dialog))
            return
        date = _named(dialog, tr("{name}: date").format(name=tr("Next session")))
        time = _named(dialog, tr("{name}: time").format(name=tr("Next session")))
        place = _named(dialog, tr("Place"))
        seen["left edges"] = (box_in(date, dialog).left(), box_in(place, dialog).left())
        gap = box_in(time, dialog).left() - box_in(date, dialog).right()
        seen["time beside the date"] = 0 < gap <= 2 * date.fontMetrics().height()
        seen["date fits"] = _date_fits(date)
        dialog.reject()

    when_shown(window, PlanDialog, look)
    to_front(qtbot, window)
    press(qtbot, Qt.Key.Key_T, CTRL)  # Tandem → Plan next session…
    qtbot.waitUntil(lambda: "left edges" in seen)
    date_left, place_left = seen["left edges"]
    assert date_left == place_left, seen
    assert seen["time beside the date"] and seen["date fits"], seen


def test_the_reflections_date_lines_up_with_its_title(qtbot: QtBot, language: str, window: MainWindow,
                                                      journal_path: Path, tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    window.resize(SCREEN)
    unlock(qtbot, window, journal_path)
    to_front(qtbot, window)
    press(qtbot, Qt.Key.Key_R, CTRL)  # my reflections
    page = window.reflections
    monkeypatch.setattr(page, "ask_create_path", lambda *_: tmp_path / "mine.reflections")
    secret = "Nur meine eigenen Gedanken, seit 1962"

    def create(dialog: CreatePrivateDialog) -> None:
        qtbot.mouseClick(visible_button(dialog, tr("Choose another place…")), Qt.MouseButton.LeftButton)
        type_text(qtbot, secret, _named(dialog, tr("Passphrase")))
        type_text(qtbot, secret, _named(dialog, tr("Passphrase again")))
        qtbot.mouseClick(visible_button(dialog, tr("Create")), Qt.MouseButton.LeftButton)

    when_shown(window, CreatePrivateDialog, create)
    qtbot.mouseClick(visible_button(window, tr("Create my private journal…")), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.is_open, timeout=10_000)
    to_front(qtbot, window)
    qtbot.mouseClick(_named(window, tr("Title")), Qt.MouseButton.LeftButton)
    type_text(qtbot, "Nach dem dritten Treffen")
    date, title = _named(window, tr("Date")), _named(window, tr("Title"))
    qtbot.waitUntil(date.isEnabled)
    assert box_in(date, window).left() == box_in(title, window).left()
    assert _date_fits(date)


