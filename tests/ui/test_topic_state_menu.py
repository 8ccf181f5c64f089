"""The topic pool's state by context menu (issue 13.12): right-click, the Menu key or Shift+F10 on a row
offer Idea, Planned and Done as checkable entries; choosing one changes the journal and the list."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot

from app.store import Journal
from app.ui.main_window import MainWindow
from tests.conftest import PASSPHRASE
from tests.ui.conftest import press, unlock

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support grabbing the keyboard", extend=True)  # offscreen


@pytest.fixture
def pool_journal(journal_path: Path) -> Path:
    with Journal.open(journal_path, PASSPHRASE) as j:
        j.add("topic", title="Social Media", origin="pool", state="idea")
    return journal_path


def _menu() -> QMenu:
    popup = QApplication.activePopupWidget()
    assert isinstance(popup, QMenu), "no menu is open"
    return popup


@pytest.mark.parametrize("key", [(Qt.Key.Key_Menu, Qt.KeyboardModifier.NoModifier),
                                 (Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier)])
def test_a_topic_is_planned_from_the_keyboard(qtbot: QtBot, window: MainWindow, pool_journal: Path,
                                              key: tuple[Qt.Key, Qt.KeyboardModifier]) -> None:
    unlock(qtbot, window, pool_journal)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    overview = window.overview
    qtbot.mouseClick(overview.topic_add, Qt.MouseButton.LeftButton)  # the visible line under the pool
    press(qtbot, Qt.Key.Key_Backtab)
    assert QApplication.focusWidget() is overview.topics
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, *key)
    qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu))
    menu = _menu()
    entries = [(a.text(), a.isCheckable(), a.isChecked()) for a in menu.actions()]
    assert entries == [("Idea", True, True), ("Planned", True, False), ("Done", True, False)]
    qtbot.keyClick(menu, Qt.Key.Key_Down)  # an open menu has the keyboard
    assert menu.activeAction() is not None and menu.activeAction().text() == "Planned"
    qtbot.keyClick(menu, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is None)
    assert overview.topics_model.index(0, 1).data() == "Planned"
    assert [(r["title"], r["state"]) for r in window.service.rows("topic")] == [("Social Media", "planned")]


def test_a_right_click_offers_the_same_states(qtbot: QtBot, window: MainWindow, pool_journal: Path) -> None:
    unlock(qtbot, window, pool_journal)
    overview = window.overview
    rect = overview.topics.visualRect(overview.topics_model.index(0, 0))
    viewport = overview.topics.viewport()
    # QTest's right click makes no context-menu event; the windowing system sends this one on a right click
    QApplication.sendEvent(viewport, QContextMenuEvent(QContextMenuEvent.Reason.Mouse, rect.center(),
                                                       viewport.mapToGlobal(rect.center())))
    qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu))
    done = next(a for a in _menu().actions() if a.text() == "Done")
    qtbot.mouseClick(_menu(), Qt.MouseButton.LeftButton, pos=_menu().actionGeometry(done).center())
    qtbot.waitUntil(lambda: overview.topics_model.index(0, 1).data() == "Done")
    assert [r["state"] for r in window.service.rows("topic")] == ["done"]
