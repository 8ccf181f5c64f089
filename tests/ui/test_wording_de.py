"""The German wording in the real window (issue 20.14, docs/translation.md): what a German user reads
in the preferences and the menus. The catalogue as a whole: tests/unit/test_wording.py."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QMenu, QSpinBox
from pytestqt.qtbot import QtBot

from app.ui.dialogs.preferences import PreferencesDialog
from app.ui.main_window import MainWindow
from tests.ui.conftest import press, type_text, when_shown

CTRL = Qt.KeyboardModifier.ControlModifier


def _rows(dialog: PreferencesDialog) -> dict[str, str]:
    """Each spin box's row as it reads: its label and what the box shows."""
    form = dialog.layout()
    assert isinstance(form, QFormLayout)
    rows = {}
    for row in range(form.rowCount()):
        label, field = (form.itemAt(row, role) for role in (QFormLayout.ItemRole.LabelRole,
                                                           QFormLayout.ItemRole.FieldRole))
        if label is not None and field is not None and isinstance(label.widget(), QLabel) \
                and isinstance(field.widget(), QSpinBox):
            rows[label.widget().text()] = field.widget().text()  # type: ignore[union-attr]
    return rows


def test_the_preferences_read_as_german(qtbot: QtBot, german: None, window: MainWindow) -> None:
    """Was "Sperren nach keiner Eingabe für 5 Min.": now "Bei Inaktivität sperren: nach 5 Min.", or "nie"."""
    seen: dict[str, Any] = {}

    def look(dialog: PreferencesDialog) -> None:
        try:
            seen["rows"] = _rows(dialog)
            idle = next(s for s in dialog.findChildren(QSpinBox)
                        if s.accessibleName() == "Nach Minuten ohne Eingabe sperren")
            qtbot.mouseClick(idle, Qt.MouseButton.LeftButton)  # the person turns locking off: 0 minutes
            qtbot.waitUntil(idle.hasFocus)
            press(qtbot, Qt.Key.Key_A, CTRL)
            type_text(qtbot, "0")
            press(qtbot, Qt.Key.Key_Tab)
            seen["off"] = _rows(dialog)
            press(qtbot, Qt.Key.Key_Escape)
        finally:
            seen.setdefault("off", {})
            if dialog.isVisible():  # never left open by a surprise
                dialog.reject()

    when_shown(window, PreferencesDialog, look)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    press(qtbot, Qt.Key.Key_Comma, CTRL)
    qtbot.waitUntil(lambda: "off" in seen)

    mine = {"Bei Inaktivität sperren": "nach 5 Min.", "Meine Reflexionen bei Inaktivität sperren": "nach 2 Min.",
            "Zwischenbilanz anbieten": "nach je 3 Treffen"}
    assert {label: seen["rows"].get(label) for label in mine} == mine
    assert seen["off"]["Bei Inaktivität sperren"] == "nie"
    assert window.settings.idle_lock_seconds == 300  # Escape: nothing changed


def test_the_menus_speak_in_commands_with_one_accelerator_each(qtbot: QtBot, german: None,
                                                              window: MainWindow) -> None:
    def entries(menu: QMenu) -> list[str]:
        return [action.text() for action in menu.actions() if not action.isSeparator()]

    bar = [action.text() for action in window.menuBar().actions()]
    menus = {action.text(): entries(action.menu()) for action in window.menuBar().actions()
             if isinstance(action.menu(), QMenu)}

    def accelerators(texts: list[str]) -> list[str]:
        return [text[text.index("&") + 1].lower() for text in texts if "&" in text]

    for texts in [bar, *menus.values()]:
        keys = accelerators(texts)
        assert len(keys) == len(texts) and len(set(keys)) == len(keys), texts  # one each, none twice
    assert menus["Ta&ndem"][:6] == ["&Kick-off-Leitfaden…", "Nächstes Treffen &planen…", "Nächstes Treffen im Kalen&der speichern…",
                          "&Zwischenbilanz ziehen…", "&Abschlussrunde beginnen…", "Tandem &wieder öffnen"]
    assert menus["&Journal"][0] == "&Neues Tandem-Journal anlegen…"
    assert menus["&Treffen"][0] == "&Neues Treffen beginnen"
