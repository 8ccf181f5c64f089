"""Issue 13.16: dialogs as large as the rest, hint text that reads, and Tab that leaves a list."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QTableView
from pytestqt.qtbot import QtBot

from app.ui import colours
from app.ui.dialogs.preferences import PreferencesDialog
from app.ui.main_window import MainWindow
from tests.ui.conftest import press, press_shortcut, unlock, when_shown

CTRL = Qt.KeyboardModifier.ControlModifier


def test_a_dialog_follows_the_text_size(qtbot: QtBot, window: MainWindow, journal_path: Path) -> None:
    unlock(qtbot, window, journal_path)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    press(qtbot, Qt.Key.Key_Plus, CTRL)
    press(qtbot, Qt.Key.Key_Plus, CTRL)
    size = window.settings.text_size
    seen: dict[str, int] = {}
    when_shown(window, PreferencesDialog, lambda d: (seen.update(size=d.font().pointSize()), d.reject()))
    press_shortcut(qtbot, window.actions.preferences)
    assert seen["size"] == size
    press(qtbot, Qt.Key.Key_0, CTRL)


def test_hint_text_reads_at_4_5_to_1() -> None:
    palette = QPalette(QApplication.palette())
    for base, hint, text in (("#ffffff", "#7f7f7f", "#000000"), ("#2b2c2f", "#6b6b6b", "#e8eaed")):
        palette.setColor(QPalette.ColorRole.Base, QColor(base))
        palette.setColor(QPalette.ColorRole.PlaceholderText, QColor(hint))
        palette.setColor(QPalette.ColorRole.Text, QColor(text))
        assert colours.contrast(QColor(hint), QColor(base)) < 4.5  # as Fusion gives it
        readable = colours.with_readable_hints(palette)
        assert colours.contrast(readable.color(QPalette.ColorRole.PlaceholderText), QColor(base)) >= 4.5


def test_tab_leaves_every_list_of_the_overview(qtbot: QtBot, window: MainWindow, filled_journal: Path) -> None:
    unlock(qtbot, window, filled_journal)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    for view in window.overview.findChildren(QTableView):
        if not view.isVisible():
            continue
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(view.model().index(0, 0)).center())
        assert QApplication.focusWidget() is view, view.accessibleName()
        press(qtbot, Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is not view, f"Tab is trapped in {view.accessibleName()}"
