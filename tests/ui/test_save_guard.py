"""Saving a file never replaces the open journal (a data-loss defect found for the CLI in 465c0ba): the file
chooser lets a person pick the open ``.tandem`` file itself (or its ``-journal`` companion), asks "replace?",
and on yes the one-pager, the programme report or the programme view's PDF was written over the encrypted
journal. Now each save says calmly what happened, that nothing was written and to choose another name; the
journal keeps every byte and opens with its passphrase; what the person chose in the dialog stays, and the
next name they give is saved.

The file chooser is the one thing these walks stand in for (``QFileDialog.getSaveFileName``): it answers
with the journal's own path first, then with another name."""

from __future__ import annotations

import io
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pypdf
import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QCheckBox, QFileDialog, QLabel, QListView, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from app.core import programme_report as pr
from app.store import Journal, PrivateJournal
from app.ui.dialogs.onepager import OnePagerDialog
from app.ui.dialogs.programme_share import ProgrammeShareDialog
from app.ui.dialogs.programme_view import ProgrammeView
from app.ui.i18n import tr
from app.ui.main_window import MainWindow
from tests.conftest import PASSPHRASE
from tests.ui.conftest import press, press_shortcut, type_text, unlock

CTRL = Qt.KeyboardModifier.ControlModifier
COMPANIONS = ["tandem.tandem", "tandem.tandem-journal"]  # the journal, and the file SQLite would take as its own

# What the person reads, by language: the file's name, what happened, that nothing was written, what to do.
SAYS = {"en": ["{name} is a journal that is open here", "saving there would replace it", "Choose another name",
               "nothing was written"],
        "de": ["{name} ist ein Journal, das hier geöffnet ist", "würde es mit allem, was darin steht, ersetzen",
               "Wähle einen anderen Namen", "es wurde nichts geschrieben"]}


@pytest.fixture
def tandem(journal_path: Path) -> Path:
    with Journal.open(journal_path, PASSPHRASE) as j:
        sid = j.add("session", starts_at="2026-02-01T10:00")
        j.add("learning", session_id=sid, text="Geteilt: Kanban-Board eingeführt", share=True)
        j.add("learning", session_id=sid, text="Geteilt: Videocalls ohne Hall", share=True)
        j.add("learning", session_id=sid, text="Vertraulich: nur für uns")
        pr.report_key(j)  # the report's random code, made with the first report: a refused one changes nothing
    return journal_path


class Chooser:
    """The file chooser's answers, in turn: the journal's own file first, then another name."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, *answers: Path) -> None:
        self.answers = list(answers)
        self.asked = 0
        monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(self.answer))

    def answer(self, *args: Any, **kwargs: Any) -> tuple[str, str]:
        self.asked += 1
        return str(self.answers.pop(0)), ""


def _answering(monkeypatch: pytest.MonkeyPatch, first: Path, elsewhere: Path) -> tuple[Chooser, Path]:
    """The file chooser answers ``first``, then ``elsewhere`` (its folder made): a name that can be saved."""
    elsewhere.parent.mkdir(exist_ok=True)
    return Chooser(monkeypatch, first, elsewhere), elsewhere


def _files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()}


def _says(language: str, name: str, text: str) -> None:
    for words in SAYS[language]:
        assert words.format(name=name) in text, (words, text)


def _journal_is_whole(window: MainWindow, path: Path) -> None:
    window.close()  # the window locks it; then it opens with its passphrase, with what it held
    with Journal.open(path, PASSPHRASE) as j:
        assert sorted(row["text"] for row in j.rows("learning"))[0] == "Geteilt: Kanban-Board eingeführt"


def _click(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=QPoint(8, widget.height() // 2))


def _button(parent: QWidget, text: str) -> QPushButton:
    return next(b for b in parent.findChildren(QPushButton) if b.text().replace("&", "") == text and b.isVisible())


def _walk(window: MainWindow, kind: type, steps: list[Callable[[Any], bool]]) -> None:
    """Run ``steps`` on the visible ``kind`` dialog in turn, each when the one before returned True (a step
    that returns False waits, as a person waits for the page): inside the dialog's own loop."""
    def poll() -> None:
        dialog = next((d for d in window.findChildren(kind) if d.isVisible()), None)
        if dialog is not None and dialog.isActiveWindow() and steps and steps[0](dialog):
            steps.pop(0)
        if steps:
            QTimer.singleShot(20, window, poll)

    QTimer.singleShot(0, window, poll)


def _to_front(qtbot: QtBot, window: QWidget) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


# The one-pager (Ctrl+P) ----------------------------------------------------------------------------------------
@pytest.mark.parametrize("name", COMPANIONS)
def test_the_one_pager_is_not_saved_over_the_open_journal(qtbot: QtBot, window: MainWindow, tandem: Path,
                                                          tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                          language: str, name: str) -> None:
    unlock(qtbot, window, tandem)
    folder = tandem.parent
    files = _files(folder)
    chooser, other = _answering(monkeypatch, folder / name, tmp_path / "elsewhere" / "one-pager.pdf")
    monkeypatch.setattr(OnePagerDialog, "last_folder", None)  # where the next one is proposed: this test's own
    seen: dict[str, Any] = {}

    def checked(dialog: OnePagerDialog) -> list[str]:
        model = dialog.learnings
        return [model.item(r).text() for r in range(model.rowCount())
                if model.item(r).checkState() == Qt.CheckState.Checked]

    def choose(dialog: OnePagerDialog) -> bool:  # the choice: the title typed anew, one learning less
        if not dialog.save_button.isEnabled():
            return False
        _click(qtbot, dialog.title)
        press(qtbot, Qt.Key.Key_A, CTRL)
        type_text(qtbot, "Unser Jahr im Tandem")
        view = next(v for v in dialog.findChildren(QListView) if v.accessibleName() == tr("Learnings to share"))
        first = view.visualRect(dialog.learnings.index(1, 0))  # the second learning's tick box, at its left
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(first.left() + 10, first.center().y()))
        return True

    def save_onto_the_journal(dialog: OnePagerDialog) -> bool:
        if not dialog.save_button.isEnabled():
            return False
        seen["chosen"] = checked(dialog)
        _click(qtbot, _button(dialog, tr("Save PDF…")))
        seen["status"] = dialog.status.text()
        seen["after"] = (dialog.isVisible(), dialog.title.text(), checked(dialog), dialog.save_button.isEnabled())
        seen["files"] = _files(folder)  # the journal's bytes too (a saved one-pager is remembered in it)
        return True

    def save_elsewhere(dialog: OnePagerDialog) -> bool:
        _click(qtbot, _button(dialog, tr("Save PDF…")))
        seen["saved"] = dialog.status.text()
        _click(qtbot, _button(dialog, tr("Close")))
        return True

    _walk(window, OnePagerDialog, [choose, save_onto_the_journal, save_elsewhere])
    _to_front(qtbot, window)
    press_shortcut(qtbot, window.actions.onepager)  # Ctrl+P
    qtbot.waitUntil(lambda: "saved" in seen, timeout=20_000)

    _says(language, name, seen["status"])
    assert seen["chosen"] == ["Geteilt: Kanban-Board eingeführt"]
    assert seen["after"] == (True, "Unser Jahr im Tandem", seen["chosen"], True), "what was chosen stays"
    assert seen["files"] == files, "nothing was written beside the journal, no part file"
    assert chooser.asked == 2 and str(other) in seen["saved"]
    page = " ".join(pypdf.PdfReader(io.BytesIO(other.read_bytes())).pages[0].extract_text().split())
    assert "Unser Jahr im Tandem" in page and "Kanban-Board" in page and "Videocalls" not in page
    _journal_is_whole(window, tandem)


# The programme report (Ctrl+Shift+S) ---------------------------------------------------------------------------
@pytest.mark.parametrize("name", COMPANIONS)
def test_the_programme_report_is_not_saved_over_the_open_journal(qtbot: QtBot, window: MainWindow, tandem: Path,
                                                                 tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                                 language: str, name: str) -> None:
    unlock(qtbot, window, tandem)
    folder = tandem.parent
    files = _files(folder)
    chooser, other = _answering(monkeypatch, folder / name, tmp_path / "elsewhere" / "report.json")
    seen: dict[str, Any] = {}

    def goals_box(dialog: ProgrammeShareDialog) -> QCheckBox:
        return next(b for b in dialog.findChildren(QCheckBox) if b.text() == tr("Include the titles of our goals"))

    def save_onto_the_journal(dialog: ProgrammeShareDialog) -> bool:
        _click(qtbot, goals_box(dialog))  # the choice: the goals' titles go in too
        _click(qtbot, _button(dialog, tr("Save the report…")))
        shown = [w.text() for w in dialog.findChildren(QLabel) if w.isVisible() and w.text()]
        seen["status"] = next((text for text in shown if name in text), " | ".join(shown))
        seen["after"] = (dialog.isVisible(), goals_box(dialog).isChecked())
        seen["files"] = _files(folder)  # the journal's bytes too (a saved one-pager is remembered in it)
        return True

    def save_elsewhere(dialog: ProgrammeShareDialog) -> bool:
        _click(qtbot, _button(dialog, tr("Save the report…")))
        seen["saved"] = True
        return True

    _walk(window, ProgrammeShareDialog, [save_onto_the_journal, save_elsewhere])
    _to_front(qtbot, window)
    press(qtbot, Qt.Key.Key_S, CTRL | Qt.KeyboardModifier.ShiftModifier)  # Share with the programme…
    qtbot.waitUntil(lambda: "status" in seen and not any(d.isVisible() for d in window.findChildren(
        ProgrammeShareDialog)), timeout=20_000)  # saved under the other name, or (before the fix) over the journal

    _says(language, name, seen["status"])
    assert seen["after"] == (True, True), "the dialog stays open with what was ticked"
    assert seen["files"] == files
    assert chooser.asked == 2 and "goal_titles" in json.loads(other.read_text(encoding="utf-8"))
    _journal_is_whole(window, tandem)


# The programme view's PDF (Ctrl+Shift+R) -----------------------------------------------------------------------
@pytest.mark.parametrize("name", COMPANIONS)
def test_the_programme_views_pdf_is_not_saved_over_the_open_journal(qtbot: QtBot, window: MainWindow, tandem: Path,
                                                                    tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                                    language: str, name: str) -> None:
    unlock(qtbot, window, tandem)
    report = tmp_path / "reports" / "tandem-01.json"
    report.parent.mkdir()
    report.write_text(json.dumps({"format": "tandem-programme-report", "format_version": 1}), encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(lambda *a, **k: ([str(report)], "")))
    folder = tandem.parent
    files = _files(folder)
    chooser, other = _answering(monkeypatch, folder / name, tmp_path / "elsewhere" / "evaluation.pdf")
    seen: dict[str, Any] = {}

    def status(view: ProgrammeView) -> str:
        return next(w.text() for w in view.findChildren(QLabel) if w.accessibleName() == tr("Export status"))

    def save_onto_the_journal(view: ProgrammeView) -> bool:
        _click(qtbot, _button(view, tr("Export PDF…")))
        seen["status"], seen["files"] = status(view), _files(folder)  # the journal's bytes too
        return True

    def save_elsewhere(view: ProgrammeView) -> bool:
        _click(qtbot, _button(view, tr("Export PDF…")))
        seen["saved"] = status(view)
        _click(qtbot, _button(view, tr("Close")))
        return True

    _walk(window, ProgrammeView, [save_onto_the_journal, save_elsewhere])
    _to_front(qtbot, window)
    press(qtbot, Qt.Key.Key_R, CTRL | Qt.KeyboardModifier.ShiftModifier)  # Open programme reports…
    qtbot.waitUntil(lambda: "saved" in seen, timeout=20_000)

    _says(language, name, seen["status"])
    assert seen["files"] == files
    assert chooser.asked == 2 and other.name in seen["saved"] and other.read_bytes().startswith(b"%PDF")
    _journal_is_whole(window, tandem)


# My reflections' Markdown (Ctrl+R, then its tool button) ------------------------------------------------------
@pytest.mark.parametrize("which", ["mine.reflections", "tandem.tandem"])
def test_my_reflections_markdown_is_not_saved_over_an_open_journal(qtbot: QtBot, window: MainWindow, tandem: Path,
                                                                   tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                                   language: str, which: str) -> None:
    """On "My reflections" the private journal is open, and the tandem's too: neither is replaced."""
    from tests.ui.test_reflections import MINE, _create_private

    unlock(qtbot, window, tandem)
    _to_front(qtbot, window)
    press_shortcut(qtbot, window.actions.reflections)  # Ctrl+R
    page = _create_private(qtbot, window, tandem.parent / "mine.reflections", MINE, monkeypatch)
    qtbot.waitUntil(lambda: page.is_open, timeout=10_000)
    _to_front(qtbot, window)
    _click(qtbot, page.body)
    type_text(qtbot, "Was ich heute gelernt habe")
    qtbot.waitUntil(lambda: not page.autosave.pending, timeout=5_000)
    folder = tandem.parent
    files = _files(folder)
    chooser, other = _answering(monkeypatch, folder / which, tmp_path / "elsewhere" / "mine.md")

    _click(qtbot, _button(page, tr("Export as Markdown…")))
    _says(language, which, window.message.label.text())
    assert _files(folder) == files and page.body.toPlainText() == "Was ich heute gelernt habe"
    _click(qtbot, _button(page, tr("Export as Markdown…")))
    assert chooser.asked == 2 and "Was ich heute gelernt habe" in other.read_text(encoding="utf-8")
    window.close()
    with PrivateJournal.open(folder / "mine.reflections", MINE) as mine:
        assert [row["body"] for row in mine.reflections()] == ["Was ich heute gelernt habe"]
    _journal_is_whole(window, tandem)


def test_my_reflections_json_export_is_not_saved_over_the_tandems_journal(
        qtbot: QtBot, window: MainWindow, tandem: Path, monkeypatch: pytest.MonkeyPatch, language: str) -> None:
    """The care flow's export checks the journal it exports (journal_care.check_target); the tandem's, open beside
    the private one, is refused as well."""
    from PySide6.QtWidgets import QMessageBox

    from tests.ui.test_reflections import MINE, _create_private

    unlock(qtbot, window, tandem)
    _to_front(qtbot, window)
    press_shortcut(qtbot, window.actions.reflections)  # Ctrl+R
    page = _create_private(qtbot, window, tandem.parent / "mine.reflections", MINE, monkeypatch)
    qtbot.waitUntil(lambda: page.is_open, timeout=10_000)
    files = _files(tandem.parent)
    Chooser(monkeypatch, tandem)

    def export_anyway(box: QMessageBox) -> bool:  # "not encrypted": export anyway
        _click(qtbot, next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole))
        return True

    _walk(window, QMessageBox, [export_anyway])
    _to_front(qtbot, window)
    _click(qtbot, _button(page, tr("Export as JSON…")))
    qtbot.waitUntil(lambda: tandem.name in window.message.label.text(), timeout=10_000)  # refused, or written
    _says(language, tandem.name, window.message.label.text())
    assert _files(tandem.parent) == files
    _journal_is_whole(window, tandem)


# A journal not open here: a backup, a private journal while locked (review 1b) ----------------------------------
# The file chooser starts in Documents, where journals and backups live, and adds no file ending: "Replace?"
# answered yes on a backup turned it into the one-pager.
SAYS_CLOSED = {"en": ["{name} is a journal (or one of a journal's files)", "saving there would replace it",
                      "Choose another name", "nothing was written"],
               "de": ["{name} ist ein Journal (oder eine Datei eines Journals)",
                      "würde es mit allem, was darin steht, ersetzen", "Wähle einen anderen Namen",
                      "es wurde nichts geschrieben"]}


@pytest.mark.parametrize("name", ["tandem-backup-2026-12-04.tandem", "mine.reflections"])
def test_the_one_pager_is_not_saved_over_a_closed_backup_or_a_locked_journal(
        qtbot: QtBot, window: MainWindow, tandem: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        language: str, name: str) -> None:
    import shutil

    folder = tandem.parent
    closed = folder / name
    shutil.copyfile(tandem, closed)  # a journal, closed: the last backup, or my reflections while locked
    unlock(qtbot, window, tandem)
    before = closed.read_bytes()
    chooser, other = _answering(monkeypatch, closed, tmp_path / "elsewhere" / "one-pager.pdf")
    monkeypatch.setattr(OnePagerDialog, "last_folder", None)
    seen: dict[str, Any] = {}

    def save_onto_the_backup(dialog: OnePagerDialog) -> bool:
        if not dialog.save_button.isEnabled():
            return False
        _click(qtbot, _button(dialog, tr("Save PDF…")))
        seen["status"] = dialog.status.text()
        seen["after"] = (dialog.isVisible(), dialog.save_button.isEnabled(), closed.read_bytes() == before)
        return True

    def save_elsewhere(dialog: OnePagerDialog) -> bool:
        _click(qtbot, _button(dialog, tr("Save PDF…")))
        seen["saved"] = dialog.status.text()
        _click(qtbot, _button(dialog, tr("Close")))
        return True

    _walk(window, OnePagerDialog, [save_onto_the_backup, save_elsewhere])
    _to_front(qtbot, window)
    press_shortcut(qtbot, window.actions.onepager)  # Ctrl+P
    qtbot.waitUntil(lambda: "saved" in seen, timeout=20_000)

    for words in SAYS_CLOSED[language]:
        assert words.format(name=name) in seen["status"], (words, seen["status"])
    assert seen["after"] == (True, True, True), "the dialog stays open; the backup keeps every byte"
    assert chooser.asked == 2 and str(other) in seen["saved"] and other.read_bytes().startswith(b"%PDF")
    assert closed.read_bytes() == before and not list(folder.glob("*.part"))
    with Journal.open(closed, PASSPHRASE) as j:  # it still opens, with what it held
        assert sorted(row["text"] for row in j.rows("learning"))[0] == "Geteilt: Kanban-Board eingeführt"
    _journal_is_whole(window, tandem)
