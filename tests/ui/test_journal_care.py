"""Journal care in the real window (issue 14): Tandem → Journal care, walked with the mouse and the keyboard,
and the result checked on disk. The file dialogs' answers are given where the window asks for them
(``window.care.ask_*``), as the other walks do; everything else is clicked and typed."""

from __future__ import annotations

import datetime as _dt
import json
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialog, QLineEdit, QMenu, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from app.core import journals
from app.store import Journal, WrongPassphrase, portable
from app.store.connection import unlocks
from app.ui.dialogs.care import ImportDialog
from app.ui.dialogs.private_passphrase import PassphraseChangeDialog
from app.ui.i18n import tr
from app.ui.main_window import MainWindow
from tests.conftest import OTHER, PASSPHRASE
from tests.ui.conftest import press, type_text, unlock

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support grabbing the keyboard", extend=True)  # menus

NEW = "Zwei Tassen Kaffee am Rhein, dann Regen 2026"
TODAY = _dt.date.today().isoformat()


def plain(text: str) -> str:
    return text.replace("&", "")


def click_menu(qtbot: QtBot, window: MainWindow, *path: str) -> None:
    """Click a menu of the menu bar, then each entry along ``path`` (a submenu opens on its click)."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    bar = window.menuBar()
    top = next(a for a in bar.actions() if plain(a.text()) == plain(tr(path[0])))
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.actionGeometry(top).center())
    menu = top.menu()
    assert isinstance(menu, QMenu)
    qtbot.waitUntil(menu.isVisible)
    for name in path[1:]:
        entry = next(a for a in menu.actions() if plain(a.text()) == plain(tr(name)))
        assert entry.isEnabled(), name
        qtbot.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(entry).center())
        if isinstance(entry.menu(), QMenu):
            menu = entry.menu()
            qtbot.waitUntil(menu.isVisible)


def care(qtbot: QtBot, window: MainWindow, entry: str) -> None:
    click_menu(qtbot, window, "&Tandem", "Journal &care", entry)


def button(parent: QWidget, text: str) -> QAbstractButton:
    return next(b for b in parent.findChildren(QAbstractButton) if b.isVisible() and plain(b.text()) == plain(text))


def when_active(parent: QWidget, kind: type, act: Callable[[Any], None]) -> None:
    """Run ``act(dialog)`` once a ``kind`` dialog of ``parent`` is shown and in front, where the person types;
    what goes wrong in there is kept in the window's property "trouble" (asserted outside the dialog's loop)."""
    def poll() -> None:
        dialog = next((d for d in parent.findChildren(kind) if d.isVisible()), None)
        if dialog is None or not dialog.isActiveWindow():
            QTimer.singleShot(10, parent, poll)
            return
        try:
            act(dialog)
        except Exception as exc:  # noqa: BLE001 - asserted outside
            parent.setProperty("trouble", repr(exc))
            dialog.reject()

    QTimer.singleShot(0, parent, poll)


def answer_box(window: QWidget, seen: dict[str, Any], button_text: str | None = None) -> None:
    """When the next message box shows, note what it says and press Enter (or click ``button_text``)."""
    def act(box: QMessageBox) -> None:
        seen.update(text=box.text(), more=box.informativeText(), details=box.detailedText())
        if button_text is None:
            QTest.keyClick(box, Qt.Key.Key_Return)  # OK, as a person presses it
        else:
            button(box, button_text).click()

    when_active(window, QMessageBox, act)


def message(window: MainWindow) -> str:
    return window.message.label.text() if window.message.isVisible() else ""


def open_filled(qtbot: QtBot, window: MainWindow, path: Path) -> None:
    unlock(qtbot, window, path)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


# Change passphrase ---------------------------------------------------------------------------------------
def test_change_the_passphrase_a_wrong_current_one_is_said_in_the_dialog_and_nothing_typed_is_lost(
        qtbot: QtBot, window: MainWindow, filled_journal: Path) -> None:
    open_filled(qtbot, window, filled_journal)
    before = filled_journal.read_bytes()
    seen: dict[str, Any] = {}

    def walk(dialog: PassphraseChangeDialog) -> None:
        seen["focus first"] = QApplication.focusWidget() is dialog.current
        type_text(qtbot, OTHER)  # not the current passphrase
        press(qtbot, Qt.Key.Key_Tab)
        type_text(qtbot, NEW)
        press(qtbot, Qt.Key.Key_Tab)
        type_text(qtbot, NEW)
        press(qtbot, Qt.Key.Key_Return)
        qtbot.waitUntil(dialog.error.isVisible, timeout=10_000)
        seen["refused"] = dialog.error.text()
        seen["kept"] = (dialog.secret.passphrase.text(), dialog.secret.repeat.text())
        seen["file unchanged"] = filled_journal.read_bytes() == before
        seen["focus back"] = QApplication.focusWidget() is dialog.current and dialog.current.selectedText() == OTHER
        type_text(qtbot, PASSPHRASE)  # replaces the selected wrong one
        press(qtbot, Qt.Key.Key_Return)

    when_active(window, PassphraseChangeDialog, walk)
    care(qtbot, window, "Change &passphrase…")
    qtbot.waitUntil(lambda: "passphrase was changed" in message(window) or bool(window.property("trouble")), timeout=15_000)
    assert window.property("trouble") is None
    assert seen == {"focus first": True, "refused": seen["refused"], "kept": (NEW, NEW), "file unchanged": True,
                    "focus back": True}
    assert "not the current passphrase" in seen["refused"]
    assert unlocks(filled_journal, NEW) and not unlocks(filled_journal, PASSPHRASE)
    assert window.service.is_open and len(window.service.rows("session")) == 3  # still open, same content
    window.lock()
    with pytest.raises(WrongPassphrase):
        Journal.open(filled_journal, PASSPHRASE)
    unlock(qtbot, window, filled_journal, NEW)


# Backup ---------------------------------------------------------------------------------------------------
def test_backup_with_a_dated_name_opens_with_the_same_passphrase_and_the_overview_says_when(
        qtbot: QtBot, window: MainWindow, filled_journal: Path, tmp_path: Path) -> None:
    open_filled(qtbot, window, filled_journal)
    assert "No backup made on this laptop yet. Sessions held: 3." in window.overview.backup_line.text()
    proposed: list[Path] = []
    target = tmp_path / "usb" / f"tandem-backup-{TODAY}.tandem"
    target.parent.mkdir()
    window.care.ask_backup_path = lambda p: (proposed.append(p), target)[1]  # type: ignore[method-assign]
    care(qtbot, window, "&Back up…")
    qtbot.waitUntil(lambda: "Backup written" in message(window), timeout=15_000)
    assert proposed[0].name == f"tandem-backup-{TODAY}.tandem"  # the date, no names
    with Journal.open(target, PASSPHRASE) as copy:  # the same passphrase, the same rows
        assert portable.export_data(copy) == portable.export_data(window.service.journal)  # type: ignore[arg-type]
    assert window.overview.backup_line.text().startswith("Last backup:")
    assert "since then" not in window.overview.backup_line.text()


@pytest.mark.parametrize("where", ["the journal itself", "a read-only folder", "a full disk", "a folder gone"])
def test_a_refused_backup_says_why_and_writes_nothing(qtbot: QtBot, window: MainWindow, filled_journal: Path,
                                                     tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                     where: str) -> None:
    open_filled(qtbot, window, filled_journal)
    target, said = {
        "the journal itself": (filled_journal, "is the journal itself"),
        "a read-only folder": (Path("/sys/tandem-backup.tandem"), "cannot be written to"),
        "a full disk": (tmp_path / "b.tandem", "not enough free space"),
        "a folder gone": (tmp_path / "gone" / "b.tandem", "does not exist"),
    }[where]
    if where == "a full disk":
        usage = type(shutil.disk_usage(tmp_path))
        monkeypatch.setattr(shutil, "disk_usage", lambda _p: usage(10 ** 9, 10 ** 9 - 8192, 8192))
    before, files = filled_journal.read_bytes(), sorted(tmp_path.iterdir())
    window.care.ask_backup_path = lambda _p: target  # type: ignore[method-assign]
    care(qtbot, window, "&Back up…")
    qtbot.waitUntil(lambda: said in message(window), timeout=15_000)
    assert filled_journal.read_bytes() == before and sorted(tmp_path.iterdir()) == files
    assert window.service.is_open and window.overview.backup_line.text().startswith("No backup")


# Check ----------------------------------------------------------------------------------------------------
def test_check_says_all_pages_are_sound(qtbot: QtBot, window: MainWindow, filled_journal: Path) -> None:
    open_filled(qtbot, window, filled_journal)
    seen: dict[str, Any] = {}
    answer_box(window, seen)
    care(qtbot, window, "Chec&k the journal…")
    qtbot.waitUntil(lambda: "text" in seen and not window.findChildren(QMessageBox), timeout=15_000)
    assert seen["text"] == f"All {filled_journal.stat().st_size // 4096} pages of this journal are sound."


def test_check_reports_one_flipped_byte_and_says_what_to_do(qtbot: QtBot, window: MainWindow,
                                                           filled_journal: Path) -> None:
    data = bytearray(filled_journal.read_bytes())
    data[-10] ^= 0x01  # the last page's seal: it no longer verifies
    filled_journal.write_bytes(bytes(data))
    open_filled(qtbot, window, filled_journal)
    seen: dict[str, Any] = {}
    answer_box(window, seen)
    care(qtbot, window, "Chec&k the journal…")
    qtbot.waitUntil(lambda: "text" in seen, timeout=15_000)
    assert seen["text"].startswith("The check found problems in this journal (")
    assert "Open your last backup" in seen["more"] and seen["details"]


# Export and import ----------------------------------------------------------------------------------------
def export_through_the_menu(qtbot: QtBot, window: MainWindow, target: Path) -> dict[str, Any]:
    seen: dict[str, Any] = {}
    window.care.ask_export_path = lambda p: (seen.update(proposed=p), target)[1]  # type: ignore[method-assign]
    answer_box(window, seen, tr("Export unencrypted"))
    care(qtbot, window, "&Export to JSON…")
    qtbot.waitUntil(lambda: "Exported to" in message(window), timeout=15_000)
    return seen


def import_through_the_menu(qtbot: QtBot, window: MainWindow, source: Path, secret: str) -> dict[str, Any]:
    seen: dict[str, Any] = {}
    window.care.ask_import_source = lambda: source  # type: ignore[method-assign]

    def walk(dialog: ImportDialog) -> None:
        seen["holds"] = f"{dialog.holds.text()} {dialog.contents.text()}"
        seen["target"] = dialog.target
        seen["written before"] = dialog.target.exists()
        type_text(qtbot, secret, dialog.secret.passphrase)
        type_text(qtbot, secret, dialog.secret.repeat)
        button(dialog, tr("Import")).click()

    when_active(window, ImportDialog, walk)
    care(qtbot, window, "&Import from JSON…")
    return seen


def test_export_then_import_into_a_new_journal_then_export_gives_the_same_file(
        qtbot: QtBot, window: MainWindow, filled_journal: Path, tmp_path: Path) -> None:
    open_filled(qtbot, window, filled_journal)
    first = tmp_path / "eins.json"
    seen = export_through_the_menu(qtbot, window, first)
    assert seen["proposed"].name == f"tandem-export-{TODAY}.json"
    assert seen["text"] == "The JSON file is not encrypted." and str(first) in seen["more"]
    assert first.stat().st_mode & 0o777 == 0o600
    before = filled_journal.read_bytes()
    seen = import_through_the_menu(qtbot, window, first, OTHER)
    qtbot.waitUntil(lambda: "Imported into the new journal" in message(window), timeout=20_000)
    assert seen["holds"].startswith("eins.json holds a tandem journal: ") and "\nSessions: 3\n" in seen["holds"]
    assert not seen["written before"] and seen["target"].name == f"tandem-imported-{TODAY}.tandem"
    assert filled_journal.read_bytes() == before and window.service.path == filled_journal  # the open one as it was
    with Journal.open(seen["target"], OTHER) as imported:
        assert portable.dumps(portable.export_data(imported)) == first.read_text("utf-8")


def bad_files(export: dict[str, Any]) -> dict[str, tuple[bytes, str]]:
    def with_(change: Callable[[dict[str, Any]], Any]) -> bytes:
        copy = json.loads(json.dumps(export))
        change(copy)
        return json.dumps(copy, ensure_ascii=False).encode("utf-8")

    return {
        "not JSON": (b"Notizen vom Treffen {", "not valid JSON"),
        "foreign": (b'{"format": "todo-app", "todos": []}', "not a Tandem Journal export"),
        "newer": (with_(lambda d: d.update(format_version=7)), "newer version"),
        "duplicate ids": (with_(lambda d: d["sessions"].append(dict(d["sessions"][0]))), "is used twice"),
        "wrong type": (with_(lambda d: d["goals"][0].update(title=42)), "goals[0].title: expected text"),
        "NUL": (with_(lambda d: d["learnings"][0].update(text="a\u0000b")), "NUL"),
    }


@pytest.mark.parametrize("case", ["not JSON", "foreign", "newer", "duplicate ids", "wrong type", "NUL", "private"])
def test_a_bad_import_file_gets_its_own_message_and_nothing_is_created(
        qtbot: QtBot, window: MainWindow, filled_journal: Path, tmp_path: Path, case: str) -> None:
    with Journal.open(filled_journal, PASSPHRASE) as j:
        export = portable.export_data(j)
    if case == "private":  # a private journal's export, offered to the tandem's import
        (tmp_path / "elsewhere").mkdir()
        with journals.create_private(tmp_path / "elsewhere" / "m.reflections", "nur meins, lang genug") as mine:
            content, said = portable.dumps(portable.export_data(mine)).encode(), "private"
        shutil.rmtree(tmp_path / "elsewhere")
    else:
        content, said = bad_files(export)[case]
    source = tmp_path / "import.json"
    source.write_bytes(content)
    open_filled(qtbot, window, filled_journal)
    before, files = filled_journal.read_bytes(), sorted(tmp_path.iterdir())
    window.care.ask_import_source = lambda: source  # type: ignore[method-assign]
    care(qtbot, window, "&Import from JSON…")
    qtbot.waitUntil(lambda: bool(message(window)), timeout=15_000)
    assert said in message(window)
    assert not any(isinstance(d, QDialog) and d.isVisible() for d in window.findChildren(QDialog))
    assert filled_journal.read_bytes() == before and sorted(tmp_path.iterdir()) == files
    assert window.service.is_open and len(window.service.rows("session")) == 3


# The same for my private journal, from my reflections --------------------------------------------------------
def test_my_private_journal_has_the_same_care_with_its_own_passphrase(
        qtbot: QtBot, window: MainWindow, filled_journal: Path, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    from tests.ui.test_reflections import MINE, _create_private, _write_reflection

    open_filled(qtbot, window, filled_journal)
    window.show_reflections()
    private = tmp_path / "meine.reflections"
    page = _create_private(qtbot, window, private, MINE, monkeypatch)
    qtbot.waitUntil(lambda: page.is_open, timeout=10_000)
    _write_reflection(qtbot, page)
    mine_new = "Mein eigener neuer Satz am Fluss 2026"
    seen: dict[str, Any] = {}

    def change(dialog: PassphraseChangeDialog) -> None:
        seen["title"] = dialog.windowTitle()
        type_text(qtbot, MINE)
        press(qtbot, Qt.Key.Key_Tab)
        type_text(qtbot, PASSPHRASE)  # the tandem's: refused, the partner knows it
        press(qtbot, Qt.Key.Key_Tab)
        type_text(qtbot, PASSPHRASE)
        press(qtbot, Qt.Key.Key_Return)
        qtbot.waitUntil(dialog.error.isVisible, timeout=10_000)
        seen["refused"] = dialog.error.text()
        for field in (dialog.secret.passphrase, dialog.secret.repeat):  # the new one again, in both fields
            qtbot.mouseClick(field, Qt.MouseButton.LeftButton, pos=field.rect().center())
            qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
            type_text(qtbot, mine_new, field)
        press(qtbot, Qt.Key.Key_Return)

    when_active(window, PassphraseChangeDialog, change)
    qtbot.mouseClick(button(page, tr("Change passphrase…")), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: message(window) == tr("Your private passphrase was changed.")
                    or bool(window.property("trouble")), timeout=15_000)
    assert window.property("trouble") is None
    assert seen["title"] == "Change my private passphrase" and "tandem's passphrase" in seen["refused"]
    assert unlocks(private, mine_new) and not unlocks(private, MINE)

    proposed: list[Path] = []
    copy = tmp_path / f"reflections-backup-{TODAY}.reflections"
    page.care.ask_backup_path = lambda p: (proposed.append(p), copy)[1]  # type: ignore[method-assign]
    qtbot.mouseClick(button(page, tr("Back up…")), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Backup written" in message(window), timeout=15_000)
    assert proposed[0].name == copy.name and unlocks(copy, mine_new)

    answer_box(window, seen)
    qtbot.mouseClick(button(page, tr("Check…")), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "text" in seen, timeout=15_000)
    assert seen["text"] == f"All {private.stat().st_size // 4096} pages of this journal are sound."

    exported = tmp_path / "meine.json"
    page.care.ask_export_path = lambda _p: exported  # type: ignore[method-assign]
    answer_box(window, seen, tr("Export unencrypted"))
    qtbot.mouseClick(button(page, tr("Export as JSON…")), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: exported.exists() and "Exported to" in message(window), timeout=15_000)
    qtbot.mouseClick(button(page, tr("Lock my reflections")), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.is_open)

    page.care.ask_import_source = lambda: exported  # type: ignore[method-assign]

    def walk(dialog: ImportDialog) -> None:
        seen["holds"] = f"{dialog.holds.text()} {dialog.contents.text()}"
        seen["target"] = dialog.target
        type_text(qtbot, "Noch ein eigener Satz für mich 2027", dialog.secret.passphrase)
        type_text(qtbot, "Noch ein eigener Satz für mich 2027", dialog.secret.repeat)
        button(dialog, tr("Import")).click()

    when_active(window, ImportDialog, walk)
    qtbot.mouseClick(button(page, tr("Import from JSON…")), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Imported into the new journal" in message(window), timeout=20_000)
    assert seen["holds"].startswith("meine.json holds a private journal: Reflections: 1")
    with journals.open_private(seen["target"], "Noch ein eigener Satz für mich 2027") as again:
        assert portable.dumps(portable.export_data(again)) == exported.read_text("utf-8")


def test_the_reminder_follows_the_preference(qtbot: QtBot, window: MainWindow, filled_journal: Path) -> None:
    """Three sessions held and no backup: reminded (the default is 3); after 5 is set in Preferences, not."""
    from app.ui.dialogs.preferences import PreferencesDialog

    open_filled(qtbot, window, filled_journal)
    assert "A good moment to make one: Tandem → Journal care → Back up…" in window.overview.backup_line.text()

    def set_five(dialog: PreferencesDialog) -> None:
        spin = next(w for w in dialog.findChildren(QWidget)
                    if w.accessibleName() == tr("Remind me to back up after this many sessions without a backup"))
        field = spin.findChild(QLineEdit)
        qtbot.mouseClick(field, Qt.MouseButton.LeftButton, pos=field.rect().center())  # into the field
        qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)  # all of it
        type_text(qtbot, "5", field)
        button(dialog, "OK").click()

    when_active(window, PreferencesDialog, set_five)
    click_menu(qtbot, window, "&Journal", "&Preferences…")
    qtbot.waitUntil(lambda: window.settings.backup_reminder_every == 5 or bool(window.property("trouble")))
    assert window.property("trouble") is None
    assert window.overview.backup_line.text() == "No backup made on this laptop yet."


def test_a_two_megabyte_note_with_emoji_imports_whole(qtbot: QtBot, window: MainWindow, filled_journal: Path,
                                                      tmp_path: Path) -> None:
    with Journal.open(filled_journal, PASSPHRASE) as j:
        export = portable.export_data(j)
    note = ("Notizen 🙂👩🏽‍💻 ß " * 120_000)[:2_000_000]
    export["sessions"][0]["notes"] = note
    export["learnings"][0]["text"] = "Emoji 🎉 und Umlaute äöü"
    source = tmp_path / "gross.json"
    source.write_text(portable.dumps(export), "utf-8")
    open_filled(qtbot, window, filled_journal)
    seen = import_through_the_menu(qtbot, window, source, OTHER)
    qtbot.waitUntil(lambda: "Imported into the new journal" in message(window), timeout=30_000)
    with Journal.open(seen["target"], OTHER) as imported:
        assert imported.get("session", export["sessions"][0]["id"])["notes"] == note  # type: ignore[index]
        assert portable.export_data(imported) == json.loads(portable.dumps(export))
