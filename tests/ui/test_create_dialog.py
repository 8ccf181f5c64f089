"""Issue 20.3: creating a tandem journal in German — the warning readable in full, the keyboard
starting at the mentee's name, and a strength bar that does not look like a field."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.ui.dialogs.create import CreateDialog
from app.ui.main_window import MainWindow
from tests.ui.conftest import press_shortcut, type_text, when_shown


def test_the_create_dialog_reads_in_full_and_starts_at_the_mentees_name(
        qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, language: str) -> None:
    monkeypatch.setattr(window, "ask_create_path", lambda: tmp_path / "tandem.tandem")
    seen: dict[str, Any] = {}

    def look(dialog: CreateDialog) -> None:  # inside the dialog's event loop: record, never assert
        if not dialog.isActiveWindow():  # as a person sees it: the dialog in front
            QTimer.singleShot(10, dialog, lambda: look(dialog))
            return
        warning = dialog.secret.warning
        seen["first focus"] = QApplication.focusWidget() is dialog.mentee
        layout = dialog.layout()
        bottom = warning.mapTo(dialog, warning.rect().bottomLeft()).y()
        seen["warning fits"] = (warning.isVisible() and warning.height() >= warning.heightForWidth(warning.width())
                                and layout is not None and dialog.height() >= layout.totalHeightForWidth(dialog.width())
                                and bottom < dialog.buttons.mapTo(dialog, dialog.buttons.rect().topLeft()).y())
        seen["empty meter shown"] = dialog.secret.meter.isVisible()
        type_text(qtbot, "Dr. Petra Schäfer-Ünal", QApplication.focusWidget())
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        type_text(qtbot, "Jonas Weiß", QApplication.focusWidget())
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen["third"] = QApplication.focusWidget() is dialog.passphrase
        type_text(qtbot, "Kaffee Markt Montag Fahrrad", QApplication.focusWidget())
        seen["meter shown"] = dialog.secret.meter.isVisible()
        dialog.reject()

    when_shown(window, CreateDialog, look)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    press_shortcut(qtbot, window.actions.new_journal)
    assert seen == {"first focus": True, "warning fits": True, "empty meter shown": False, "third": True,
                    "meter shown": True}
