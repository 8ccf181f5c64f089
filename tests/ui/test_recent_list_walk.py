"""The welcome screen's "Recently opened" list, walked by a person: a journal on a USB stick that is not
plugged in stays listed, the unlock screen says where it was looked for and offers "Try again" and
"Remove from the list"; an entry is taken off with the Delete key or the context menu, and the keyboard
stays in the list (rules: app/core/recent.py)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QListView, QMenu, QWidget
from pytestqt.qtbot import QtBot

from app.ui.main_window import MainWindow
from app.ui.settings import Settings
from tests.conftest import PASSPHRASE
from tests.ui.conftest import press, to_front, type_text, unlock, unlock_typed, when_shown


def focused() -> QWidget | None:
    return QApplication.focusWidget()


def buttons(window: QWidget) -> list[str]:
    """The texts of the buttons a person sees."""
    return [b.text() for b in window.findChildren(QAbstractButton) if b.isVisible() and b.text()]


def recent_list(window: MainWindow) -> QListView:
    [view] = [w for w in window.findChildren(QListView)
              if w.accessibleName() == "Recently opened journals" and w.isVisible()]
    return view


def shown_entries(view: QListView) -> list[str]:
    model = view.model()
    return [str(model.index(row, 0).data()) for row in range(model.rowCount())]


@pytest.fixture
def on_stick(tmp_path: Path, journal_path: Path) -> Path:
    """The tandem's journal on a USB stick (a folder that goes away when the stick is pulled out)."""
    stick = tmp_path / "media" / "STICK"
    stick.mkdir(parents=True)
    return Path(shutil.move(journal_path, stick / "Anna und Ben.tandem")).resolve()


def unplug(journal: Path) -> Path:
    away = journal.parent.with_name("pulled-out")
    journal.parent.rename(away)
    return away


def test_a_journal_on_a_stick_that_is_not_plugged_in_stays_and_opens_after_try_again(
        qtbot: QtBot, settings: Settings, make_window, tmp_path: Path, on_stick: Path, heard: list[str]) -> None:
    older = tmp_path / "older.tandem"
    settings.add_recent(older)
    settings.add_recent(on_stick)  # opened last: first on the list
    away = unplug(on_stick)
    window: MainWindow = make_window()
    assert focused() is recent_list(window)  # the last journal opened, ready for Enter
    press(qtbot, Qt.Key.Key_Return)

    page = window.unlock_page
    assert window.stack.currentWidget() is page
    told = page.message.text()
    assert str(on_stick) in told and "USB stick" in told and "Try again" in told, told
    assert {"Try again", "Remove from the list", "Choose another journal"} <= set(buttons(window))
    assert not page.passphrase.isEnabled(), "no passphrase is asked for a file that is not there"
    assert focused() is not None and focused().text() == "Try again"  # type: ignore[union-attr]
    assert window.settings.recent == [str(on_stick), str(older.resolve())]  # still listed, still first

    press(qtbot, Qt.Key.Key_Return)  # not plugged in yet: told again, heard again
    assert window.stack.currentWidget() is page and "Still" in page.message.text()
    assert heard and heard[-1] == page.message.text()
    assert focused() is not None and focused().text() == "Try again"  # type: ignore[union-attr]

    away.rename(on_stick.parent)  # plugged in
    press(qtbot, Qt.Key.Key_Return)  # Try again
    assert page.passphrase.isEnabled() and focused() is page.passphrase
    assert "Try again" not in buttons(window) and "Remove from the list" not in buttons(window)
    type_text(qtbot, PASSPHRASE + "\n")
    qtbot.waitUntil(lambda: window.service.is_open and window.stack.currentWidget() is window.overview,
                    timeout=10_000)
    assert window.settings.recent == [str(on_stick), str(older.resolve())]


def test_remove_from_the_list_on_the_unlock_screen(qtbot: QtBot, settings: Settings, make_window, tmp_path: Path,
                                                   on_stick: Path) -> None:
    other = tmp_path / "Programm.tandem"
    settings.add_recent(other)
    settings.add_recent(on_stick)
    unplug(on_stick)
    window: MainWindow = make_window()
    press(qtbot, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.unlock_page
    press(qtbot, Qt.Key.Key_Tab)  # Try again → Remove from the list
    assert focused() is not None and focused().text() == "Remove from the list"  # type: ignore[union-attr]
    press(qtbot, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.welcome
    assert window.settings.recent == [str(other.resolve())]
    assert shown_entries(recent_list(window)) == [str(other.resolve())]
    assert window.message.isVisible() and "Anna und Ben.tandem" in window.message.label.text()
    assert focused() is recent_list(window)


def test_the_delete_key_takes_an_entry_off_and_the_keyboard_stays_in_the_list(
        qtbot: QtBot, settings: Settings, make_window, tmp_path: Path, heard: list[str]) -> None:
    a, b, c = (tmp_path / f"{name}.tandem" for name in ("Anna", "Ben", "Cem"))
    for path in (c, b, a):
        settings.add_recent(path)  # a first
    window: MainWindow = make_window()
    view = recent_list(window)
    assert focused() is view
    press(qtbot, Qt.Key.Key_Down)  # Ben
    press(qtbot, Qt.Key.Key_Delete)
    left = [str(a.resolve()), str(c.resolve())]
    assert shown_entries(view) == left and window.settings.recent == left
    assert focused() is view and view.currentIndex().data() == str(c.resolve())  # the next entry
    said = window.message.label.text()
    assert window.message.isVisible() and "Ben.tandem" in said and said in heard
    assert b.name not in "".join(window.settings.recent)

    press(qtbot, Qt.Key.Key_Delete)  # Cem, the last: the keyboard goes up to Anna
    assert shown_entries(view) == [str(a.resolve())] and view.currentIndex().data() == str(a.resolve())
    assert focused() is view
    press(qtbot, Qt.Key.Key_Delete)  # none left: the hint, and the keyboard on Create
    assert window.settings.recent == [] and not view.isVisible()
    assert window.welcome.recent_empty.isVisible()
    assert focused() is window.welcome.create_button


@pytest.mark.qt_log_ignore("does not support grabbing the keyboard")  # offscreen, an open menu
def test_the_context_menu_takes_an_entry_off(qtbot: QtBot, settings: Settings, make_window,
                                            tmp_path: Path) -> None:
    a, b = tmp_path / "Anna.tandem", tmp_path / "Ben.tandem"
    settings.add_recent(b)
    settings.add_recent(a)
    window: MainWindow = make_window()
    view = recent_list(window)
    entry = view.visualRect(view.model().index(1, 0))  # Ben
    chosen: list[str] = []

    def choose(menu: QMenu) -> None:
        chosen.extend(action.text() for action in menu.actions())
        [remove] = [action for action in menu.actions() if action.text() == "Remove from the list"]
        QTest.mouseClick(menu, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                         menu.actionGeometry(remove).center())

    when_shown(window, QMenu, choose)
    at = view.viewport().mapTo(window, entry.center())
    QTest.mouseClick(window.windowHandle(), Qt.MouseButton.RightButton, Qt.KeyboardModifier.NoModifier, at)
    qtbot.waitUntil(lambda: window.settings.recent == [str(a.resolve())])
    assert "Remove from the list" in chosen
    assert shown_entries(view) == [str(a.resolve())]
    assert "Ben.tandem" in window.message.label.text() and window.message.isVisible()
    to_front(qtbot, window)  # the menu has closed (offscreen, no window manager gives the window back)
    assert focused() is view
    assert view.currentIndex().row() == 0


@pytest.mark.qt_log_ignore("does not support grabbing the keyboard")  # offscreen, an open menu
def test_the_context_menu_opens_an_entry(qtbot: QtBot, settings: Settings, make_window, tmp_path: Path,
                                         on_stick: Path) -> None:
    settings.add_recent(tmp_path / "Anna.tandem")
    settings.add_recent(on_stick)
    window: MainWindow = make_window()
    view = recent_list(window)

    def choose(menu: QMenu) -> None:
        [open_] = [action for action in menu.actions() if action.text() == "Open this journal"]
        QTest.mouseClick(menu, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                         menu.actionGeometry(open_).center())

    when_shown(window, QMenu, choose)
    at = view.viewport().mapTo(window, view.visualRect(view.model().index(0, 0)).center())
    QTest.mouseClick(window.windowHandle(), Qt.MouseButton.RightButton, Qt.KeyboardModifier.NoModifier, at)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.unlock_page)
    assert window.unlock_page.file_label.text() == str(on_stick)
    to_front(qtbot, window)
    assert focused() is window.unlock_page.passphrase


def test_a_missing_journal_not_on_the_list_offers_try_again_only(qtbot: QtBot, window: MainWindow,
                                                                  monkeypatch: pytest.MonkeyPatch,
                                                                  on_stick: Path) -> None:
    unplug(on_stick)
    monkeypatch.setattr(window, "ask_open_path", lambda: on_stick)  # chosen in the file dialog just now
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    press(qtbot, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentWidget() is window.unlock_page
    assert "Try again" in buttons(window) and "Remove from the list" not in buttons(window)
    assert window.settings.recent == []  # nothing added to the list by a failed look


def test_a_stick_pulled_out_while_locked_is_tried_again_from_the_lock_screen(
        qtbot: QtBot, window: MainWindow, on_stick: Path) -> None:
    unlock(qtbot, window, on_stick)
    to_front(qtbot, window)
    press(qtbot, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)  # locked
    qtbot.waitUntil(lambda: focused() is window.unlock_page.passphrase)
    away = unplug(on_stick)
    type_text(qtbot, PASSPHRASE + "\n")
    page = window.unlock_page
    qtbot.waitUntil(lambda: "It was looked for at" in page.message.text(), timeout=10_000)
    assert {"Try again", "Remove from the list"} <= set(buttons(window))
    assert window.settings.recent == [str(on_stick)]
    away.rename(on_stick.parent)
    press(qtbot, Qt.Key.Key_Return)  # Try again
    unlock_typed(qtbot, window)
    assert window.stack.currentWidget() is window.overview
