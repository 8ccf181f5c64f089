"""Nothing typed is lost when a tandem journal cannot be created (found by the walk of 2026-12-05: a
file name in /sys was accepted, and after both names and the passphrase twice the dialog closed with
"not created" and everything typed was gone).

A place that cannot take the journal is told before anything else is typed; a creation that fails
all the same (the disk fills meanwhile) asks for a place again and brings the names and passphrase
back as typed."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.core import journals
from app.store import Journal, StorageError
from app.ui.dialogs.create import CreateDialog
from app.ui.dialogs.kickoff import KickoffWizard
from app.ui.main_window import MainWindow
from tests.ui.conftest import press_shortcut, type_text, when_shown

PASSPHRASE = "Kaffee Markt Montag Fahrrad"


def test_a_folder_that_cannot_take_the_journal_is_told_before_the_names(
        qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(window, "ask_create_path", lambda: Path("/sys/Tandem-Journal.tandem"))  # the chooser's answer
    shown: list[CreateDialog] = []
    when_shown(window, CreateDialog, lambda dialog: (shown.append(dialog), dialog.reject()))
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    press_shortcut(qtbot, window.actions.new_journal)
    qtbot.waitUntil(window.message.isVisible)
    assert "cannot be written to" in window.message.label.text()
    assert shown == [], "no names or passphrase were asked for a place that cannot take them"
    assert window.stack.currentWidget() is window.welcome


def test_a_creation_that_fails_brings_back_what_was_typed(
        qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    places = [tmp_path / "first.tandem", tmp_path / "second.tandem"]
    monkeypatch.setattr(window, "ask_create_path", lambda: places.pop(0) if places else None)
    create = journals.create_tandem
    attempts: list[Path] = []

    def fills_up(path: Path, *args: Any, **kwargs: Any) -> Journal:
        attempts.append(path)
        if len(attempts) == 1:
            raise StorageError("The disk is full: nothing was written.")
        return create(path, *args, **kwargs)

    monkeypatch.setattr(journals, "create_tandem", fills_up)
    seen: list[tuple[str, str, str, str]] = []

    def type_in(dialog: CreateDialog) -> None:  # as a person: the names, Tab, the passphrase twice, Enter
        if not dialog.isActiveWindow():
            QTimer.singleShot(10, dialog, lambda: type_in(dialog))
            return
        seen.append((dialog.mentee.text(), dialog.mentor.text(), dialog.passphrase.text(), dialog.repeat.text()))
        if not dialog.mentee.text():
            for text in ("Petra Schäfer-Ünal", "Jonas Weiß", PASSPHRASE, PASSPHRASE):
                type_text(qtbot, text, QApplication.focusWidget())
                qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        qtbot.keyClick(dialog.create_button, Qt.Key.Key_Space)
        if len(seen) == 1:
            when_shown(window, CreateDialog, type_in)  # the second time it comes back
        else:
            when_shown(window, KickoffWizard, lambda guide: guide.reject())  # the guide that follows: later

    when_shown(window, CreateDialog, type_in)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    press_shortcut(qtbot, window.actions.new_journal)
    qtbot.waitUntil(lambda: window.service.is_open, timeout=20_000)
    assert seen[1] == ("Petra Schäfer-Ünal", "Jonas Weiß", PASSPHRASE, PASSPHRASE), "typed once, kept"
    assert attempts == [tmp_path / "first.tandem", tmp_path / "second.tandem"]
    assert not (tmp_path / "first.tandem").exists()
    window.close()
    with Journal.open(tmp_path / "second.tandem", PASSPHRASE) as journal:
        assert {row["display_name"] for row in journal.people().values()} == {"Petra Schäfer-Ünal", "Jonas Weiß"}
