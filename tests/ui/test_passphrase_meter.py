"""Issue 15.1: the strength meter knows how people choose passphrases, and a weak one is used only
"anyway" — creating a tandem journal and a private journal (changing a passphrase uses the same
fields, widgets/passphrase_fields.py)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QAbstractButton, QApplication, QCheckBox, QWidget
from pytestqt.qtbot import QtBot

from app.store import Journal, PrivateJournal
from app.ui.dialogs.create import CreateDialog, CreatePrivateDialog
from app.ui.dialogs.kickoff import KickoffWizard
from app.ui.i18n import tr
from app.ui.main_window import MainWindow
from app.ui.widgets.passphrase_fields import NewPassphraseFields
from tests.ui.conftest import press, press_shortcut, type_text, unlock

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def _button(parent: QWidget, label: str) -> QAbstractButton:
    [found] = [b for b in parent.findChildren(QAbstractButton) if b.isVisible() and b.text() == label]
    return found


def _said(dialog: QWidget) -> str:
    """What the meter says under the bar, as a person reads it."""
    [fields] = dialog.findChildren(NewPassphraseFields)  # the text right under the meter's bar
    return fields.verdict.text() if fields.verdict.isVisible() else ""


def _focus() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def _when_active(parent: QWidget, kind: type, act: Any) -> None:
    """Run ``act(dialog)`` once a ``kind`` dialog of ``parent`` is shown and in front (it records, never asserts)."""
    def poll() -> None:
        dialog = next((d for d in parent.findChildren(kind) if d.isVisible()), None)
        if dialog is None or not dialog.isActiveWindow():
            QTimer.singleShot(10, parent, poll)
        else:
            try:
                act(dialog)
            except Exception as exc:  # noqa: BLE001 - recorded; asserted outside the dialog's loop
                parent.setProperty("trouble", repr(exc))
                dialog.reject()

    QTimer.singleShot(0, parent, poll)


def _type_weak_then_anyway(qtbot: QtBot, dialog: QWidget, create: QAbstractButton, secret: str,
                           seen: dict[str, Any]) -> None:
    """From the passphrase field: type it, Tab, Tab, type it again; then back to "anyway" and tick it."""
    type_text(qtbot, secret)
    seen["said"] = _said(dialog)
    press(qtbot, Qt.Key.Key_Tab)
    box = _focus()
    seen["next"] = box.accessibleName() if isinstance(box, QCheckBox) else type(box).__name__
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, secret)
    seen["create before"] = create.isEnabled()
    press(qtbot, Qt.Key.Key_Tab, SHIFT)
    press(qtbot, Qt.Key.Key_Space)
    seen["create after"] = create.isEnabled()


def test_a_weak_tandem_passphrase_is_used_only_anyway(qtbot: QtBot, window: MainWindow, tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch, language: str) -> None:
    path = tmp_path / "tandem.tandem"
    monkeypatch.setattr(window, "ask_create_path", lambda: path)
    seen: dict[str, Any] = {}
    secret = "Jonas2026!"  # the partner's first name and a year: the old count rated it "Good"

    def walk(dialog: CreateDialog) -> None:
        type_text(qtbot, "Dr. Petra Schäfer")
        press(qtbot, Qt.Key.Key_Tab)
        type_text(qtbot, "Jonas Weiß")
        press(qtbot, Qt.Key.Key_Tab)
        _type_weak_then_anyway(qtbot, dialog, _button(dialog, tr("Create")), secret, seen)
        press(qtbot, Qt.Key.Key_Return)

    _when_active(window, CreateDialog, walk)
    _when_active(window, KickoffWizard, lambda wizard: press(qtbot, Qt.Key.Key_Escape))  # the guide: later
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    press_shortcut(qtbot, window.actions.new_journal)
    assert window.property("trouble") is None
    qtbot.waitUntil(lambda: window.service.is_open, timeout=15_000)
    assert seen == {"said": seen["said"], "next": tr("Use this weak passphrase anyway"),
                    "create before": False, "create after": True}
    from app.core import strength as rule  # here: the walk above must fail on the code before (no such module)
    from app.ui.passphrase import VERDICTS, text
    assert seen["said"].startswith(tr(VERDICTS[rule.Verdict.WEAK])) and text(rule.PERSONAL) in seen["said"]
    window.service.close()
    Journal.open(path, secret).close()  # created with the passphrase chosen anyway


def test_a_strong_passphrase_needs_no_anyway(qtbot: QtBot, window: MainWindow, tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "tandem.tandem"
    monkeypatch.setattr(window, "ask_create_path", lambda: path)
    seen: dict[str, Any] = {}

    def walk(dialog: CreateDialog) -> None:
        for name in ("Petra", "Jonas"):
            type_text(qtbot, name)
            press(qtbot, Qt.Key.Key_Tab)
        type_text(qtbot, "Kaffee Markt Montag Fahrrad")
        seen["said"] = _said(dialog)
        press(qtbot, Qt.Key.Key_Tab)  # straight to the repeat: no "anyway" to pass
        seen["second"] = _focus() is dialog.repeat
        type_text(qtbot, "Kaffee Markt Montag Fahrrad")
        seen["create"] = _button(dialog, tr("Create")).isEnabled()
        press(qtbot, Qt.Key.Key_Return)

    _when_active(window, CreateDialog, walk)
    _when_active(window, KickoffWizard, lambda wizard: press(qtbot, Qt.Key.Key_Escape))  # the guide: later
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    press_shortcut(qtbot, window.actions.new_journal)
    qtbot.waitUntil(lambda: window.service.is_open, timeout=15_000)
    from app.core import strength as rule
    from app.ui.passphrase import VERDICTS
    assert seen == {"said": tr(VERDICTS[rule.Verdict.STRONG]), "second": True, "create": True}


def test_a_weak_private_passphrase_is_used_only_anyway(
        qtbot: QtBot, window: MainWindow, journal_path: Path, isolated_home: dict[str, Path],
        german: None) -> None:
    documents = isolated_home["home"] / "Documents"
    documents.mkdir()
    unlock(qtbot, window, journal_path)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    press(qtbot, Qt.Key.Key_R, CTRL)
    page = window.reflections
    seen: dict[str, Any] = {}
    created = "Petra2026!"

    def create(dialog: CreatePrivateDialog) -> None:
        type_text(qtbot, "Petra")  # the first name, where the keyboard starts
        press(qtbot, Qt.Key.Key_Tab)  # "Choose another place…"
        press(qtbot, Qt.Key.Key_Tab)
        _type_weak_then_anyway(qtbot, dialog, _button(dialog, tr("Create")), created, seen)
        press(qtbot, Qt.Key.Key_Return)

    _when_active(window, CreatePrivateDialog, create)
    qtbot.mouseClick(_button(window, tr("Create my private journal…")), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.is_open, timeout=15_000)
    assert window.property("trouble") is None
    assert seen == {"said": seen["said"], "next": tr("Use this weak passphrase anyway"),
                    "create before": False, "create after": True}
    from app.core import strength as rule
    from app.ui.passphrase import text
    assert text(rule.PERSONAL) in seen["said"]  # "Petra", her own name
    qtbot.mouseClick(_button(window, tr("Lock my reflections")), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.is_open)
    PrivateJournal.open(next(documents.glob("*.reflections")), created).close()
