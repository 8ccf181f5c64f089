"""Issues 20.2 and 13.4: larger text and focus mode keep the session screen on a 1280×800 screen.

The offscreen test screen is 800×800 (``window.screen().availableGeometry()``), so the window's
size is what the walk resizes it to, and focus mode fills that 800-pixel screen: the columns must
reflow into even less room than a 1280 screen gives. A laptop of 1280×800 is simulated by
``setMaximumSize(1280, 800)`` in the test only.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QAbstractButton, QScrollArea, QWidget
from pytestqt.qtbot import QtBot

from app.ui.main_window import MainWindow
from app.ui.settings import Settings
from tests.ui.conftest import press, press_shortcut, unlock

CTRL = Qt.KeyboardModifier.ControlModifier
LAPTOP = (1280, 800)


def _outside(window: MainWindow, page: QWidget) -> list[str]:
    """Every visible, enabled control of ``page`` that does not lie inside the window's rectangle."""
    inside = QRect(QPoint(0, 0), window.size())
    lost = []
    for widget in page.findChildren(QWidget):
        if not (widget.isVisibleTo(window) and widget.isVisible() and widget.isEnabled()):
            continue
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus and not isinstance(widget, QAbstractButton):
            continue  # frames, labels and boxes: the controls are what a person must reach
        clip = widget.visibleRegion().boundingRect()  # a scrolled-away part is reachable, not cut
        if clip.isEmpty():
            continue
        top_left = widget.mapTo(window, clip.topLeft())
        shown = QRect(top_left, clip.size())
        if not inside.contains(shown):
            lost.append(f"{type(widget).__name__} {widget.accessibleName() or getattr(widget, 'text', str)()!r} "
                        f"at {shown.getRect()}")
    return lost


def _open_session(qtbot: QtBot, settings: Settings, path: Path) -> MainWindow:
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.setMaximumSize(*LAPTOP)  # a 1280×800 laptop (see the module's docstring)
    window.show()
    qtbot.waitExposed(window)
    window.resize(*LAPTOP)
    unlock(qtbot, window, path)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    press_shortcut(qtbot, window.actions.new_session)  # Ctrl+N, as the menu says
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.session)
    return window


def test_larger_text_and_focus_mode_keep_every_control_on_the_screen(
        qtbot: QtBot, language: str, settings: Settings, filled_journal: Path) -> None:
    window = _open_session(qtbot, settings, filled_journal)
    screen = window.screen().availableGeometry()
    before = window.size()
    for _ in range(3):
        press(qtbot, Qt.Key.Key_Plus, CTRL)
    qtbot.wait(50)
    assert window.width() <= min(LAPTOP[0], max(screen.width(), before.width()))
    assert _outside(window, window.session) == []

    press(qtbot, Qt.Key.Key_F11)
    qtbot.waitUntil(window.isFullScreen)
    qtbot.wait(50)
    assert window.width() <= screen.width()  # the screen, not beyond
    assert _outside(window, window.session) == []
    for area in window.findChildren(QScrollArea):  # it scrolls down, never sideways
        if area.isVisible() and area.widget() is not None:
            assert area.widget().width() <= area.viewport().width(), area.accessibleName()
    leave = window.focus_leave_button
    assert leave.isVisible() and ("Esc" in leave.text() and "F11" in leave.text())
    assert QRect(QPoint(0, 0), window.size()).contains(QRect(leave.mapTo(window, QPoint(0, 0)), leave.size()))

    press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not window.isFullScreen())
    assert not leave.isVisible() and window.menuBar().isVisible()
    press(qtbot, Qt.Key.Key_0, CTRL)
    qtbot.wait(50)
    assert window.size() == before
    assert _outside(window, window.session) == []
    window.close()


def test_the_leave_button_leaves_focus_mode(qtbot: QtBot, settings: Settings, filled_journal: Path) -> None:
    window = _open_session(qtbot, settings, filled_journal)
    press(qtbot, Qt.Key.Key_F11)
    qtbot.waitUntil(window.isFullScreen)
    qtbot.mouseClick(window.focus_leave_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.isFullScreen())
    assert not window.actions.focus_mode.isChecked() and window.menuBar().isVisible()
    window.close()


def test_the_overviews_top_row_stays_whole_with_larger_text(
        qtbot: QtBot, language: str, settings: Settings, filled_journal: Path) -> None:
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.resize(*LAPTOP)
    unlock(qtbot, window, filled_journal)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    for _ in range(3):  # 110, 125, 150 % (app/core/text_size): 18 points
        press(qtbot, Qt.Key.Key_Plus, CTRL)
    assert window.settings.text_size == 18
    qtbot.wait(50)
    assert window.width() <= LAPTOP[0]
    overview = window.overview
    for button in (overview.new_button, overview.plan_button):
        assert button.width() >= button.sizeHint().width(), f"{button.text()!r} is cut"
    assert window.height() <= LAPTOP[1]
    assert _outside(window, overview) == []
    window.close()
