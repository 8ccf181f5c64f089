"""The last-backup record in the settings (review 2026-12-04, item 7): an HMAC with this install's salt, not
a plain digest of the path, and gone with the recent list when "remember recent journals" is turned off."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox
from pytestqt.qtbot import QtBot

from app.ui.i18n import tr
from app.ui.main_window import MainWindow
from tests.ui.test_journal_care import TODAY, button, care, click_menu, message, open_filled, when_active

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support grabbing the keyboard", extend=True)  # menus


def test_the_backup_record_is_salted_and_forgotten_with_the_recent_list(qtbot: QtBot, window: MainWindow,
                                                                        filled_journal: Path,
                                                                        tmp_path: Path) -> None:
    from app.ui.dialogs.preferences import PreferencesDialog

    open_filled(qtbot, window, filled_journal)
    target = tmp_path / f"tandem-backup-{TODAY}.tandem"
    window.care.ask_backup_path = lambda p: target  # type: ignore[method-assign]
    care(qtbot, window, "&Back up…")
    qtbot.waitUntil(lambda: "Backup written" in message(window), timeout=15_000)
    assert window.overview.backup_line.text().startswith("Last backup:")
    window.settings.sync()
    stored = window.settings.path.read_text(encoding="utf-8")
    digest = hashlib.sha256(str(filled_journal.resolve()).encode("utf-8")).hexdigest()
    assert digest[:20] not in stored and "backup_last" in stored and "salt=" in stored

    def forget(dialog: PreferencesDialog) -> None:
        box = next(b for b in dialog.findChildren(QCheckBox)
                   if b.text() == tr("Remember recently opened journals (file paths only)"))
        qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=box.rect().center())
        button(dialog, "OK").click()

    when_active(window, PreferencesDialog, forget)
    click_menu(qtbot, window, "&Journal", "&Preferences…")
    qtbot.waitUntil(lambda: not window.settings.remember_recent or bool(window.property("trouble")))
    assert window.property("trouble") is None
    window.settings.sync()
    stored = window.settings.path.read_text(encoding="utf-8")
    assert "backup_last" not in stored and "last_" not in stored and "salt" not in stored
    assert window.settings.last_backup(filled_journal) is None
