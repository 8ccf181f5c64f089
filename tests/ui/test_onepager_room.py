"""The one-pager dialog gives its learnings the room (issues 13.4, 16): at 1280×800 with the demo
tandem at least eight of its learnings show without scrolling (it showed two and a half), and the
dialog still fits the screen there and at 1920×1080 with text at 150 %, in German and English.
Walked like a person: Ctrl+Plus for larger text, Ctrl+P for the dialog."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QRect, QSize, Qt, QTimer
from PySide6.QtWidgets import QListView, QWidget
from pytestqt.qtbot import QtBot

from app.demo import DEMO_PASSPHRASE, create_demo
from app.ui.dialogs.onepager import OnePagerDialog
from app.ui.i18n import tr
from app.ui.main_window import MainWindow
from tests.ui.conftest import box_in, press, to_front, unlock, when_shown

CTRL = Qt.KeyboardModifier.ControlModifier
SCREEN = QSize(1280, 800)


def _rows_in_view(view: QListView) -> int:
    model, shown = view.model(), view.viewport().rect()
    return sum(shown.contains(view.visualRect(model.index(row, 0))) for row in range(model.rowCount()))


@pytest.mark.parametrize(("screen", "presses"), [(SCREEN, 0), (QSize(1920, 1080), 3)],
                         ids=["1280x800", "1920x1080 at 150 %"])
def test_the_one_pager_dialog_shows_many_learnings_and_fits_the_screen(
        qtbot: QtBot, language: str, window: MainWindow, tmp_path: Path, screen: QSize, presses: int) -> None:
    demo = create_demo(tmp_path, language=language)
    window.resize(screen)
    unlock(qtbot, window, demo, DEMO_PASSPHRASE)
    to_front(qtbot, window)
    for _ in range(presses):
        press(qtbot, Qt.Key.Key_Plus, CTRL)  # View → Larger text: 110, 125, 150 % (app/core/text_size)
    assert window.settings.text_size == 12 * (150 if presses else 100) // 100
    seen: dict[str, Any] = {}

    def look(dialog: OnePagerDialog) -> None:
        if not dialog.isActiveWindow() or not dialog.save_button.isEnabled():  # the page is rendered
            QTimer.singleShot(20, dialog, lambda: look(dialog))
            return
        [learnings] = [view for view in dialog.findChildren(QListView) if view.isVisible()
                       and view.accessibleName() == tr("Learnings to share")]
        seen["rows in view"] = _rows_in_view(learnings)
        seen["rows"] = learnings.model().rowCount()
        frame = dialog.frameGeometry()
        seen["on screen"] = frame.width() <= screen.width() and frame.height() <= screen.height()
        seen["controls inside"] = [w.accessibleName() or type(w).__name__ for w in dialog.findChildren(QWidget)
                                   if w.isVisible() and w.window() is dialog and w.focusPolicy() != Qt.FocusPolicy.NoFocus
                                   and not QRect(QPoint(0, 0), dialog.size()).contains(box_in(w, dialog))]
        dialog.reject()

    when_shown(window, OnePagerDialog, look)
    press(qtbot, Qt.Key.Key_P, CTRL)  # Journal → Export one-pager…
    qtbot.waitUntil(lambda: "rows" in seen, timeout=20_000)
    assert seen["rows"] == 17
    assert seen["rows in view"] >= 8, seen
    assert seen["on screen"] and seen["controls inside"] == [], seen
