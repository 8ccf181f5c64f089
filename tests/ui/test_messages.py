"""Issue 20.13: confirmations close by themselves (and when the screen changes); problems stay."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from app.ui.dialogs.kickoff import KickoffWizard
from app.ui.main_window import MainWindow
from app.ui.widgets.message_bar import MessageBar
from tests.ui.conftest import press, unlock, when_shown

CTRL, SHIFT, ALT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier, Qt.KeyboardModifier.AltModifier


class _Recorder(QObject):
    """Notes the message's text each time the bar is shown."""

    def __init__(self, label: QLabel, shown: list[str]) -> None:
        super().__init__(label)  # owned by the label: gone with the window
        self.label, self.shown = label, shown

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Show:
            self.shown.append(self.label.text())
        return False


def _save_the_guide(qtbot: QtBot, window: MainWindow) -> None:
    when_shown(window, KickoffWizard, lambda wizard: wizard.button(wizard.WizardButton.FinishButton).click())
    press(qtbot, Qt.Key.Key_K, CTRL | SHIFT)  # Tandem → Kick-off guide…, then "Save agreement"
    window.activateWindow()  # back in the main window, as after any dialog
    qtbot.waitUntil(window.isActiveWindow)


def test_a_confirmation_goes_with_the_screen_and_a_problem_stays(qtbot: QtBot, window: MainWindow,
                                                                 filled_journal: Path) -> None:
    unlock(qtbot, window, filled_journal)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    _save_the_guide(qtbot, window)
    assert window.message.isVisible() and "kick-off agreement is saved" in window.message.label.text()
    press(qtbot, Qt.Key.Key_N, CTRL)  # the session screen: the confirmation was for the overview
    assert window.stack.currentWidget() is window.session and not window.message.isVisible()

    press(qtbot, Qt.Key.Key_T, CTRL | SHIFT)  # save to calendar with nothing planned: a problem
    assert window.message.isVisible() and "No next session is planned" in window.message.label.text()
    press(qtbot, Qt.Key.Key_Home, ALT)  # to the overview: the problem is still there
    assert window.stack.currentWidget() is window.overview and window.message.isVisible()


def test_a_confirmation_closes_by_itself(qtbot: QtBot, window: MainWindow, filled_journal: Path,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(MessageBar, "DONE_MS", 50)
    shown: list[str] = []  # seen while it showed: on a loaded machine 50 ms can pass before the test looks
    window.message.installEventFilter(_Recorder(window.message.label, shown))
    unlock(qtbot, window, filled_journal)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    _save_the_guide(qtbot, window)
    qtbot.waitUntil(lambda: any("kick-off agreement is saved" in text for text in shown), timeout=2_000)
    qtbot.waitUntil(lambda: not window.message.isVisible(), timeout=2_000)
