"""Issue 15.2 in the window: the one-pager dialog offers a real password (AES-256, revision 6), entered
twice with the passphrase meter; a weak one only "anyway"; the file opens only with it, and the
journal keeps no trace of it."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path
from typing import Any

import pypdf
import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QCheckBox, QLabel
from pytestqt.qtbot import QtBot

from app.store import Journal
from app.ui.dialogs.onepager import OnePagerDialog
from app.ui.dialogs.pdf_password import PasswordDialog
from app.ui.main_window import MainWindow
from tests.conftest import PASSPHRASE
from tests.ui.conftest import press, press_shortcut, type_text, unlock, visible_button

SHIFT = Qt.KeyboardModifier.ShiftModifier
WEAK = "Sommer2026!"


def test_the_one_pager_is_saved_with_a_password(qtbot: QtBot, window: MainWindow, journal_path: Path,
                                                tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                isolated_home: dict[str, Path]) -> None:
    with Journal.open(journal_path, PASSPHRASE) as j:
        sid = j.add("session", starts_at="2026-02-01T10:00")
        j.add("learning", session_id=sid, text="Geteilt: Kanban-Board eingeführt", share=True)
    unlock(qtbot, window, journal_path)
    target = tmp_path / "one.pdf"
    monkeypatch.setattr(OnePagerDialog, "ask_save_path", lambda self: target)
    seen: dict[str, Any] = {}

    def ask() -> None:
        asking = next((d for d in window.findChildren(PasswordDialog) if d.isVisible()), None)
        if asking is None or not asking.isActiveWindow():
            QTimer.singleShot(20, window, ask)
            return
        ok = visible_button(asking, "Use this password")
        type_text(qtbot, WEAK)  # the keyboard is in the password field
        press(qtbot, Qt.Key.Key_Tab)
        box = QApplication.focusWidget()
        seen["next"] = box.accessibleName() if isinstance(box, QCheckBox) else type(box).__name__
        press(qtbot, Qt.Key.Key_Tab)
        type_text(qtbot, WEAK)
        seen["weak ok"] = ok.isEnabled()
        press(qtbot, Qt.Key.Key_Return)  # Enter does nothing yet
        seen["still asking"] = asking.isVisible()
        press(qtbot, Qt.Key.Key_Tab, SHIFT)
        press(qtbot, Qt.Key.Key_Space)  # use it anyway
        seen["anyway ok"] = ok.isEnabled()
        press(qtbot, Qt.Key.Key_Return)

    def walk() -> None:
        dialog = next((d for d in window.findChildren(OnePagerDialog) if d.isVisible()), None)
        if dialog is None or not (dialog.isActiveWindow() and dialog.save_button.isEnabled()):
            QTimer.singleShot(20, window, walk)  # as a person waits for the page
            return
        try:
            save = visible_button(dialog, "Save PDF…")
            QTimer.singleShot(0, window, ask)  # the password dialog opens on the click
            qtbot.mouseClick(visible_button(dialog, "Protect the PDF with a password…"), Qt.MouseButton.LeftButton)
            seen["set"] = next(w.text() for w in dialog.findChildren(QLabel) if w.text().startswith("Password set"))
            seen["savable"] = save.isEnabled()
            qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
            seen["status"] = dialog.status.text()
        finally:
            qtbot.mouseClick(visible_button(dialog, "Close"), Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, window, walk)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    press_shortcut(qtbot, window.actions.onepager)  # Ctrl+P, as the Journal menu says
    assert seen == {"next": "Use this weak password anyway", "weak ok": False, "still asking": True,
                    "anyway ok": True, "set": "Password set. Weak: easy to guess with a computer.", "savable": True,
                    "status": f"Saved to {target}, protected with the password."}

    locked = pypdf.PdfReader(target)  # without the password nothing can be read
    assert locked.is_encrypted
    with pytest.raises(pypdf.errors.FileNotDecryptedError):
        locked.pages[0].extract_text()
    for wrong in ("", "falsch", WEAK.lower()):
        assert pypdf.PdfReader(target).decrypt(wrong) == pypdf.PasswordType.NOT_DECRYPTED, wrong
    reader = pypdf.PdfReader(target)  # with it, the page and its text are there
    assert reader.decrypt(WEAK) != pypdf.PasswordType.NOT_DECRYPTED
    assert len(reader.pages) == 1 and "Geteilt: Kanban-Board eingeführt" in reader.pages[0].extract_text()
    assert reader.trailer["/Encrypt"]["/R"] == 6 and reader.trailer["/Encrypt"]["/V"] == 5

    assert shutil.which("qpdf"), "qpdf is needed (.ci/run installs it)"
    without = subprocess.run(["qpdf", "--show-encryption", str(target)], capture_output=True, text=True)
    assert "Incorrect password supplied" in without.stdout.splitlines(), without.stdout + without.stderr
    refused = subprocess.run(["qpdf", "--decrypt", str(target), str(tmp_path / "plain.pdf")], capture_output=True,
                             text=True)
    assert refused.returncode != 0 and "invalid password" in refused.stderr, refused.stdout + refused.stderr
    shown = subprocess.run(["qpdf", "--show-encryption", f"--password={WEAK}", str(target)],
                           capture_output=True, text=True, check=True).stdout.splitlines()
    assert "R = 6" in shown and "Supplied password is user password" in shown, shown
    for kind in ("stream", "string", "file"):
        assert f"{kind} encryption method: AESv3" in shown, shown

    window.close()  # the journal closed, the settings written
    qtbot.waitUntil(lambda: not window.service.is_open)
    with Journal.open(journal_path, PASSPHRASE) as journal:  # the journal keeps no trace of the password
        tables = [name for (name,) in journal.conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        dump = "\n".join(repr(row) for table in tables for row in journal.conn.execute(f'SELECT * FROM "{table}"'))
    assert "Kanban-Board" in dump and WEAK not in dump
    for path in [*tmp_path.rglob("*"), *(p for folder in isolated_home.values() for p in folder.rglob("*"))]:
        if path.is_file() and path not in (target, journal_path):  # nor does any other file the app wrote
            assert WEAK.encode() not in path.read_bytes(), path
