"""Walk 7 (issue 20.8): the file dialogs propose names in the interface's language, with the tandem's
names where the page shows them, and start in a real folder: next to the last one-pager, else
Documents, else home; never the working directory (in the walk: the source tree)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QPushButton
from pytestqt.qtbot import QtBot

from app.store import Journal
from app.ui.dialogs.onepager import OnePagerDialog
from app.ui.main_window import MainWindow
from tests.conftest import PASSPHRASE
from tests.ui.conftest import press, unlock, when_shown

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def source_tree(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The app started from a folder of its own (the walk's /work/main): no dialog may start there."""
    folder = tmp_path / "source-tree"
    folder.mkdir()
    monkeypatch.chdir(folder)
    return folder


def _proposals(monkeypatch: pytest.MonkeyPatch, answer: Path | None = None) -> list[Path]:
    """What the save dialogs propose (the path they open with); they answer ``answer`` or Cancel."""
    proposed: list[Path] = []

    def save_dialog(_parent: object, _title: str, start: str, _filter: str = "", *_: object) -> tuple[str, str]:
        proposed.append(Path(start))
        return (str(answer) if answer else "", "")

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_dialog)
    return proposed


def test_a_new_tandem_is_proposed_in_german_in_a_real_folder(german: None, qtbot: QtBot, window: MainWindow,
                                                             source_tree: Path, monkeypatch: pytest.MonkeyPatch,
                                                             isolated_home: dict[str, Path]) -> None:
    proposed = _proposals(monkeypatch)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    press(qtbot, Qt.Key.Key_N, CTRL | SHIFT)  # Neues Tandem-Journal… (cancelled in the file dialog)
    assert [p.name for p in proposed] == ["Tandem-Journal.tandem"]
    assert proposed[0].parent == isolated_home["home"] != source_tree, "no Documents folder here: home"
    (isolated_home["home"] / "Tandem-Journal.tandem").write_bytes(b"")  # another tandem's journal
    press(qtbot, Qt.Key.Key_N, CTRL | SHIFT)
    assert proposed[1].name == "Tandem-Journal-2.tandem", "each tandem its own file"


def test_the_one_pager_is_named_for_the_tandem_and_saved_next_to_the_last(
        german: None, qtbot: QtBot, window: MainWindow, journal_path: Path, source_tree: Path, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch, isolated_home: dict[str, Path]) -> None:
    with Journal.open(journal_path, PASSPHRASE) as j:
        j.set_person("mentee", display_name="Dr. Petra Schäfer-Ünal")
        j.set_person("mentor", display_name="Jonas Weiß")
    exports = tmp_path / "Ablage"
    exports.mkdir()
    proposed = _proposals(monkeypatch, exports / "unser-one-pager.pdf")
    unlock(qtbot, window, journal_path)

    def save(dialog: OnePagerDialog) -> None:
        qtbot.waitUntil(dialog.save_button.isEnabled, timeout=15_000)
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil((exports / "unser-one-pager.pdf").exists, timeout=15_000)
        close = next(b for b in dialog.findChildren(QPushButton) if b.text() == "Schließen")
        qtbot.mouseClick(close, Qt.MouseButton.LeftButton)

    for _ in range(2):  # Ctrl+P twice: the second time next to the first one-pager
        when_shown(window, OnePagerDialog, save)
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        press(qtbot, Qt.Key.Key_P, CTRL)
        qtbot.waitUntil(lambda: not any(d.isVisible() for d in window.findChildren(OnePagerDialog)), timeout=20_000)
        (exports / "unser-one-pager.pdf").unlink()
    assert [p.name for p in proposed] == ["One-Pager-Petra-Jonas.pdf"] * 2, "in German, with the names shown"
    assert proposed[0].parent == isolated_home["home"] != source_tree
    assert proposed[1].parent == exports, "next to the last one-pager"
