"""Dialogs and forms at 1280×800 in German and English (issues 13.4, 20, 16), walked like a person:
the create dialogs show a long file path whole, and their fields line up."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QRect, QSize, Qt, QTimer
from PySide6.QtWidgets import QDialog, QLabel, QWidget
from pytestqt.qtbot import QtBot

from app.ui.dialogs.create import CreateDialog, CreatePrivateDialog
from app.ui.i18n import tr
from app.ui.main_window import MainWindow
from app.ui.widgets.path_label import LONGEST, breakable
from tests.ui.conftest import box_in, press, to_front, unlock, visible_button, when_shown

CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier
SCREEN = QSize(1280, 800)
INVISIBLE = dict.fromkeys(map(ord, "\u200b\u2060"))  # where a line may break, and where it may not


def read(text: str) -> str:
    """What a person reads in a label: the invisible hints for line breaks left out."""
    return text.translate(INVISIBLE)


def _named(parent: QWidget, name: str) -> QWidget:
    [found] = [w for w in parent.findChildren(QWidget) if w.isVisible() and w.accessibleName() == name
               and w.focusPolicy() != Qt.FocusPolicy.NoFocus]
    return found


def _shown_whole(label: QLabel) -> bool:
    """Every line of the label's text inside the label, as Qt lays it out (wrapped where it may)."""
    room = label.contentsRect()
    flags = Qt.TextFlag.TextWordWrap if label.wordWrap() else 0
    needs = label.fontMetrics().boundingRect(QRect(0, 0, room.width(), 100_000), flags, label.text())
    return needs.width() <= room.width() and needs.height() <= room.height()


def _path_seen(dialog: QDialog, path: Path) -> dict[str, Any]:
    """How the file's path shows in ``dialog``: found, read whole, inside the dialog, the dialog on screen."""
    labels = [label for label in dialog.findChildren(QLabel) if label.isVisible() and read(label.text()) == str(path)]
    inside = QRect(QPoint(0, 0), dialog.size())
    return {"labels": len(labels),
            "whole": all(_shown_whole(label) and inside.contains(box_in(label, dialog)) for label in labels),
            "read aloud": [label.accessibleName() or read(label.text()) for label in labels],
            "dialog on screen": dialog.frameGeometry().width() <= SCREEN.width()
            and dialog.frameGeometry().height() <= SCREEN.height()}


def _long_folder(root: Path) -> Path:
    return (root / "Reverse-Mentoring-Programm 2026" / "Tandem Dr. Petra Schäfer-Ünal und Jonas Weiß"
            / "Unterlagen_und_Protokolle_der_gemeinsamen_Treffen")


# 1. A long file path shows whole ------------------------------------------------------------------
def test_the_create_dialog_shows_a_long_path_whole(qtbot: QtBot, language: str, window: MainWindow,
                                                   tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    window.resize(SCREEN)
    path = _long_folder(tmp_path) / "tandem-petra-schaefer-uenal-jonas-weiss.tandem"
    path.parent.mkdir(parents=True)  # a folder the file chooser shows exists
    monkeypatch.setattr(window, "ask_create_path", lambda: path)  # what the person answers in the file dialog
    seen: dict[str, Any] = {}

    def look(dialog: CreateDialog) -> None:
        if not dialog.isActiveWindow():
            QTimer.singleShot(10, dialog, lambda: look(dialog))
            return
        seen.update(_path_seen(dialog, path))
        seen["fields start at"] = len({box_in(_named(dialog, name), dialog).left() for name in (
            tr("Mentee's name"), tr("Mentor's name"), tr("Passphrase"), tr("Passphrase again"))})
        dialog.reject()

    when_shown(window, CreateDialog, look)
    to_front(qtbot, window)
    press(qtbot, Qt.Key.Key_N, CTRL | SHIFT)  # Journal → New tandem journal…
    qtbot.waitUntil(lambda: "labels" in seen)
    assert seen == {"labels": 1, "whole": True, "read aloud": [str(path)], "dialog on screen": True,
                    "fields start at": 1}  # one left edge: the fields line up


def test_the_private_create_dialog_shows_a_long_path_whole(qtbot: QtBot, language: str, window: MainWindow,
                                                           journal_path: Path, tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    window.resize(SCREEN)
    unlock(qtbot, window, journal_path)
    to_front(qtbot, window)
    press(qtbot, Qt.Key.Key_R, CTRL)  # my reflections
    path = _long_folder(tmp_path) / "Reflexionen-Petra-Schaefer-Uenal-ueber-das-Tandem.reflections"
    monkeypatch.setattr(window.reflections, "ask_create_path", lambda *_: path)  # "Choose another place…"
    seen: dict[str, Any] = {}

    def look(dialog: CreatePrivateDialog) -> None:
        if not dialog.isActiveWindow():
            QTimer.singleShot(10, dialog, lambda: look(dialog))
            return
        qtbot.mouseClick(visible_button(dialog, tr("Choose another place…")), Qt.MouseButton.LeftButton)
        qtbot.wait(100)  # as the person looks at it: laid out and painted
        seen.update(_path_seen(dialog, path))
        seen["fields start at"] = len({box_in(_named(dialog, name), dialog).left() for name in (
            tr("Your first name"), tr("Passphrase"), tr("Passphrase again"))})
        dialog.reject()

    when_shown(window, CreatePrivateDialog, look)
    qtbot.mouseClick(visible_button(window, tr("Create my private journal…")), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "labels" in seen)
    assert seen == {"labels": 1, "whole": True, "read aloud": [str(path)], "dialog on screen": True,
                    "fields start at": 1}  # one left edge: the fields line up


@pytest.mark.parametrize("path", ["/home/petra/Dokumente/tandem.tandem", "C:\\Users\\Petra\\Documents\\tandem.tandem",
                                  "/tmp/" + "x" * 60 + ".tandem", "/srv/2026/Unterlagen_und_Protokolle/a b-c.tandem"])
def test_a_path_may_break_after_each_folder_and_reads_as_written(path: str) -> None:
    shown = breakable(path)
    assert read(shown) == path
    assert all(shown[i + 1] == "\u200b" for i, char in enumerate(shown) if char in "/\\_")
    unbreakable = [run for run in re.split(r"[\u200b\s\-]", shown) if run]
    assert max(map(len, unbreakable)) <= LONGEST + 1  # no run too long for a line (a separator at its end)
