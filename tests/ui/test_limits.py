"""The longest texts (issue 15.7): at the limit a calm message says how long a text may be, and what
was typed stays where it was typed; nothing is saved half. The limits live in the store
(app/store/tables.LIMITS) and are written down in docs/portable-format.md."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from app.store.tables import LIMITS

from .conftest import unlock


def _field(window, name: str) -> QLineEdit:
    return next(w for w in window.findChildren(QLineEdit) if w.accessibleName() == name and w.isVisible())


def _paste(qtbot, field: QLineEdit, text: str) -> None:
    """Put ``text`` on the clipboard and paste it with Ctrl+V, as a person pastes a long text."""
    from PySide6.QtGui import QGuiApplication

    QGuiApplication.clipboard().setText(text)
    qtbot.mouseClick(field, Qt.MouseButton.LeftButton)
    qtbot.keyClick(field, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)


def test_a_goal_title_over_the_limit_gets_a_calm_message_and_stays_typed(qtbot, window,
                                                                         filled_journal: Path) -> None:
    unlock(qtbot, window, filled_journal)
    goals_before = [r["title"] for r in window.service.rows("goal")]
    field = _field(window, "New goal")
    long_title = "Ein sehr langes Ziel " * 15 + "!"  # 316 characters
    assert len(long_title) > LIMITS["title"]
    _paste(qtbot, field, long_title)
    qtbot.keyClick(field, Qt.Key.Key_Return)

    assert window.message.isVisible()
    text = window.message.label.text()
    assert "Too long to save" in text and "at most 300 characters" in text and "316" in text
    assert field.text() == long_title, "what was typed is still there"
    assert [r["title"] for r in window.service.rows("goal")] == goals_before

    qtbot.keyClick(field, Qt.Key.Key_End)
    for _ in range(len(long_title) - LIMITS["title"]):
        qtbot.keyClick(field, Qt.Key.Key_Backspace)
    qtbot.keyClick(field, Qt.Key.Key_Return)  # exactly at the limit: saved
    assert field.text() == ""
    assert long_title[:LIMITS["title"]] in [r["title"] for r in window.service.rows("goal")]


def test_the_message_in_german(qtbot, window, filled_journal: Path, german) -> None:
    unlock(qtbot, window, filled_journal)
    field = _field(window, "Neues Ziel")
    _paste(qtbot, field, "x" * 301)
    qtbot.keyClick(field, Qt.Key.Key_Return)
    text = window.message.label.text()
    assert "Zu lang" in text and "300" in text and "301" in text
    assert field.text() == "x" * 301
