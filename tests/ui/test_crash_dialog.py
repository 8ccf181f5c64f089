"""An unexpected error in a slot (issue 15.3): a calm dialog with a copyable report that holds no
journal content, and a window that carries on, with what was typed still there."""

from __future__ import annotations

import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton

from app.ui.dialogs import crash
from app.ui.service import JournalService

from .conftest import type_text, unlock


@pytest.fixture
def reporter(qapp: QApplication) -> Iterator[crash.CrashReporter]:
    """The handler main.py installs at start (pytest-qt's own is switched off for these tests)."""
    before = sys.excepthook, threading.excepthook
    installed = crash.install(qapp)
    yield installed
    sys.excepthook, threading.excepthook = before
    installed.deleteLater()


def _field(window, name: str) -> QLineEdit:
    return next(w for w in window.findChildren(QLineEdit) if w.accessibleName() == name and w.isVisible())


@pytest.mark.qt_no_exception_capture
def test_an_error_raised_in_a_slot_shows_a_calm_report_and_the_window_carries_on(
        qtbot, window, filled_journal: Path, reporter: crash.CrashReporter, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    unlock(qtbot, window, filled_journal)

    def broken(self, table: str, **values: object) -> None:
        raise KeyError(f"{values}")  # a bug whose message carries what was typed

    monkeypatch.setattr(JournalService, "add", broken)
    field = _field(window, "New goal")
    qtbot.mouseClick(field, Qt.MouseButton.LeftButton)
    type_text(qtbot, "Vertrauliches Ziel von Anna")
    qtbot.keyClick(field, Qt.Key.Key_Return)  # the slot raises

    qtbot.waitUntil(lambda: reporter.dialog is not None and reporter.dialog.isVisible())
    dialog = reporter.dialog
    assert dialog is not None and dialog.windowTitle() == "Something went wrong"
    report = dialog.report.toPlainText()
    assert "Error: KeyError" in report and "app/ui/pages/overview.py:" in report
    assert "Anna" not in report and "Vertrauliches" not in report
    assert "Anna" not in capsys.readouterr().err, "nor on the terminal"

    copy = next(b for b in dialog.findChildren(QPushButton) if b.text() == "&Copy report")
    qtbot.mouseClick(copy, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == report
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: reporter.dialog is None)

    assert field.text() == "Vertrauliches Ziel von Anna", "what was typed is still there"
    monkeypatch.undo()
    qtbot.mouseClick(field, Qt.MouseButton.LeftButton)
    qtbot.keyClick(field, Qt.Key.Key_Return)  # the window still works: now the goal is saved
    qtbot.waitUntil(lambda: field.text() == "")
    assert "Vertrauliches Ziel von Anna" in [r["title"] for r in window.service.rows("goal")]


@pytest.mark.qt_no_exception_capture
def test_a_second_error_joins_the_open_dialog(qtbot, window, reporter: crash.CrashReporter) -> None:
    for kind in (ValueError, TypeError, TypeError):
        try:
            raise kind("x")
        except Exception:  # noqa: BLE001
            sys.excepthook(*sys.exc_info())
    assert reporter.dialog is not None and reporter.dialog.count == 2
    assert len([w for w in QApplication.topLevelWidgets() if isinstance(w, crash.CrashDialog) and w.isVisible()]) == 1
    reporter.dialog.reject()


def test_main_installs_it() -> None:
    source = Path(crash.__file__).resolve().parents[1] / "main.py"
    assert "show_unexpected_errors(app)" in source.read_text(encoding="utf-8")
