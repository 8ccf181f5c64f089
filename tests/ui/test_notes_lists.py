"""Issue 20.5: a Markdown list right under a line of text shows as a list in the preview."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from pytestqt.qtbot import QtBot

from app.ui.main_window import MainWindow
from tests.ui.conftest import press, type_text, unlock

CTRL = Qt.KeyboardModifier.ControlModifier


def _listed(document: QTextDocument) -> list[str]:
    """The texts the preview shows as list items."""
    found, block = [], document.begin()
    while block.isValid():
        if block.textList() is not None:
            found.append(block.text())
        block = block.next()
    return found


def test_a_list_typed_under_a_line_is_shown_as_a_list(qtbot: QtBot, window: MainWindow, journal_path: Path) -> None:
    unlock(qtbot, window, journal_path)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    press(qtbot, Qt.Key.Key_N, CTRL)
    press(qtbot, Qt.Key.Key_2, CTRL)  # Go to → Notes
    type_text(qtbot, "Was wir besprochen haben:\n- LinkedIn-Profil\n- Teams-Kanäle")
    document = window.session.preview.document()
    qtbot.waitUntil(lambda: _listed(document) == ["LinkedIn-Profil", "Teams-Kanäle"], timeout=5_000)
    qtbot.waitUntil(lambda: "- Teams-Kanäle" in (window.service.get("session", window.session.session_id)
                                                 or {}).get("notes", ""), timeout=5_000)
