"""The window's passphrase dialogs rate a new passphrase against the people's names and the file's name,
as the CLI does (review 2026-12-04, item 6): Change passphrase and Import from JSON."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.core import strength
from app.store import Journal, portable
from app.ui.dialogs.care import ImportDialog
from app.ui.dialogs.private_passphrase import PassphraseChangeDialog
from app.ui.main_window import MainWindow
from tests.conftest import PASSPHRASE
from tests.ui.conftest import press, type_text
from tests.ui.test_journal_care import care, open_filled, when_active

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support grabbing the keyboard", extend=True)  # menus

NAMED = "IlkayWolkenbruch!"  # strong for zxcvbn alone; weak once it knows the name


def _name_the_mentee(path: Path) -> None:
    with Journal.open(path, PASSPHRASE) as j:
        j.set_person("mentee", display_name="Ilkay Wolkenbruch")


def test_change_passphrase_rates_the_persons_name_weak(qtbot: QtBot, window: MainWindow,
                                                        filled_journal: Path) -> None:
    assert strength.rate(NAMED).verdict is strength.Verdict.STRONG
    _name_the_mentee(filled_journal)
    open_filled(qtbot, window, filled_journal)
    seen: dict[str, Any] = {}

    def walk(dialog: PassphraseChangeDialog) -> None:
        type_text(qtbot, PASSPHRASE)
        press(qtbot, Qt.Key.Key_Tab)
        type_text(qtbot, NAMED)
        press(qtbot, Qt.Key.Key_Tab)
        type_text(qtbot, NAMED)
        seen["verdict"] = dialog.secret.verdict.text()
        seen["anyway"] = dialog.secret.use_anyway.isVisible()
        seen["ok"] = dialog.ok.isEnabled()
        dialog.reject()

    when_active(window, PassphraseChangeDialog, walk)
    care(qtbot, window, "Change &passphrase…")
    qtbot.waitUntil(lambda: "ok" in seen or bool(window.property("trouble")), timeout=15_000)
    assert window.property("trouble") is None
    assert seen["anyway"] and not seen["ok"], seen["verdict"]  # weak: only "Use it anyway" lets it through
    assert "weak" in seen["verdict"].lower() or "schwach" in seen["verdict"].lower(), seen["verdict"]


def test_import_rates_the_names_in_the_file_weak(qtbot: QtBot, window: MainWindow, filled_journal: Path,
                                                 tmp_path: Path) -> None:
    _name_the_mentee(filled_journal)
    source = tmp_path / "eins.json"
    with Journal.open(filled_journal, PASSPHRASE) as j:
        source.write_text(portable.dumps(portable.export_data(j)), encoding="utf-8")
    open_filled(qtbot, window, filled_journal)
    window.care.ask_import_source = lambda: source  # type: ignore[method-assign]
    seen: dict[str, Any] = {}

    def walk(dialog: ImportDialog) -> None:
        type_text(qtbot, NAMED, dialog.secret.passphrase)
        type_text(qtbot, NAMED, dialog.secret.repeat)
        seen["anyway"] = dialog.secret.use_anyway.isVisible()
        seen["ok"] = dialog.ok.isEnabled()
        dialog.reject()

    when_active(window, ImportDialog, walk)
    care(qtbot, window, "&Import from JSON…")
    qtbot.waitUntil(lambda: "ok" in seen or bool(window.property("trouble")), timeout=15_000)
    assert window.property("trouble") is None
    assert seen == {"anyway": True, "ok": False}
