"""Export one-pager…: a real preview, the selection decides, too much is named and not saved."""

from __future__ import annotations

import io
import threading
from collections.abc import Callable
from pathlib import Path

import pypdf
import pytest
from PySide6.QtCore import QCoreApplication, Qt, QThreadPool
from PySide6.QtWidgets import QListView, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from app.export import onepager
from app.store import Journal
from app.ui.dialogs.common import run_once
from app.ui.dialogs.onepager import OnePagerDialog
from app.ui.main_window import MainWindow
from app.ui.service import JournalService
from tests.conftest import PASSPHRASE
from tests.ui.conftest import press_shortcut, to_front, type_text, unlock, when_shown


@pytest.fixture
def dialog(qtbot: QtBot, window: MainWindow, journal_path: Path) -> OnePagerDialog:
    with Journal.open(journal_path, PASSPHRASE) as j:
        sid = j.add("session", starts_at="2026-02-01T10:00")
        for i in range(3):
            j.add("learning", session_id=sid, text=f"Geteilt-{i}: kurz und klar", share=True)
        j.add("learning", session_id=sid, text="Vertraulich: nur für uns")
        j.add("learning", session_id=sid, text="Quick-Win: Kanban-Board eingeführt", quick_win=True)
    unlock(qtbot, window, journal_path)
    d = OnePagerDialog(window.service, window)
    qtbot.addWidget(d)
    d.show()
    qtbot.waitUntil(d.save_button.isEnabled, timeout=15_000)
    return d


def test_preview_selection_and_save(qtbot: QtBot, dialog: OnePagerDialog, tmp_path: Path,
                                    monkeypatch: pytest.MonkeyPatch) -> None:
    assert dialog.preview.pixmap() is not None and not dialog.preview.pixmap().isNull()
    checked = [dialog.learnings.item(r).text() for r in range(dialog.learnings.rowCount())
               if dialog.learnings.item(r).checkState() == Qt.CheckState.Checked]
    assert checked == [f"Geteilt-{i}: kurz und klar" for i in range(3)]  # preselected: flagged ones only
    dialog.learnings.item(0).setCheckState(Qt.CheckState.Unchecked)
    assert not dialog.save_button.isEnabled(), "the old page must not be saved while the new one renders"
    qtbot.waitUntil(dialog.save_button.isEnabled, timeout=15_000)
    target = tmp_path / "one.pdf"
    monkeypatch.setattr(dialog, "ask_save_path", lambda: target)
    dialog.save_button.click()
    text = " ".join(pypdf.PdfReader(io.BytesIO(target.read_bytes())).pages[0].extract_text().split())
    assert len(pypdf.PdfReader(target).pages) == 1
    assert "Geteilt-1" in text and "Geteilt-0" not in text and "Vertraulich" not in text
    assert "Kanban-Board" in text and target.stat().st_mode & 0o777 == 0o600


def test_too_much_is_named_and_cannot_be_saved(qtbot: QtBot, dialog: OnePagerDialog) -> None:
    dialog.recommendations.setPlainText("\n".join(f"- Empfehlung {i}: " + "ausführlich " * 25 for i in range(60)))
    qtbot.waitUntil(lambda: "does not fit" in dialog.status.text(), timeout=15_000)
    assert not dialog.save_button.isEnabled() and "recommendations" in dialog.status.text()


def test_closing_while_the_preview_renders(qtbot: QtBot, journal_path: Path, monkeypatch: pytest.MonkeyPatch,
                                          capfd: pytest.CaptureFixture[str]) -> None:
    """Closed (and deleted) before its page is rendered: the late result is dropped without a word."""
    window = QWidget()
    qtbot.addWidget(window)
    service = JournalService(window)
    service.attach(Journal.open(journal_path, PASSPHRASE))
    started, release = threading.Event(), threading.Event()
    render = onepager.render_page

    def slow_render(*args: object) -> onepager.Page:
        started.set()
        assert release.wait(10)
        return render(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(onepager, "render_page", slow_render)
    rendered: list[object] = []  # what reached the dialog (resizing also calls _show_image, with no image)
    monkeypatch.setattr(OnePagerDialog, "_show_image", lambda self: self._image and rendered.append(self._image))
    closed: list[bool] = []

    def close_while_rendering(d: OnePagerDialog) -> None:
        closed.append(started.wait(10))
        next(b for b in d.findChildren(QPushButton) if b.text() == "Close").click()

    when_shown(window, OnePagerDialog, close_while_rendering)
    dialog = OnePagerDialog(service, window)
    with qtbot.waitSignal(dialog.destroyed, timeout=5_000):
        assert run_once(dialog, lambda _d: True) is None  # as the main window shows it: modal, then deleted
    assert closed == [True] and not release.is_set()
    release.set()
    assert QThreadPool.globalInstance().waitForDone(15_000)
    QCoreApplication.processEvents()
    assert rendered == []
    assert capfd.readouterr() == ("", "")
    service.close()


# Issue 13.3: the language starts as the interface's and the journal remembers the last choice.

def _open_and(qtbot: QtBot, window: MainWindow, act: Callable[[OnePagerDialog], None]) -> None:
    """Press Export one-pager…'s shortcut (Ctrl+P) and run ``act`` in the dialog while it is shown."""
    def run(d: OnePagerDialog) -> None:
        qtbot.waitUntil(d.save_button.isEnabled, timeout=15_000)
        act(d)
        qtbot.mouseClick(next(b for b in d.findChildren(QPushButton) if b.text() in ("Close", "Schließen")),
                         Qt.MouseButton.LeftButton)

    when_shown(window, OnePagerDialog, run)
    to_front(qtbot, window)  # a click on the window (offscreen, it does not come back to the front alone)
    press_shortcut(qtbot, window.actions.onepager)


def _pdf_text(data: bytes | None) -> str:
    assert data is not None
    return " ".join(pypdf.PdfReader(io.BytesIO(data)).pages[0].extract_text().split())


def test_the_language_starts_as_the_interfaces_and_the_last_choice_is_remembered(
        qtbot: QtBot, window: MainWindow, journal_path: Path, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    unlock(qtbot, window, journal_path)
    monkeypatch.setattr(OnePagerDialog, "ask_save_path", lambda self: tmp_path / "one.pdf")
    seen: list[tuple[str, str, str]] = []

    def switch_to_german_and_save(d: OnePagerDialog) -> None:
        seen.append((d.lang.currentText(), d.title.text(), _pdf_text(d.pdf)))
        qtbot.keyClick(d.lang, Qt.Key.Key_Down)  # English → Deutsch
        qtbot.waitUntil(d.save_button.isEnabled, timeout=15_000)
        seen.append((d.lang.currentText(), d.title.text(), _pdf_text(d.pdf)))
        qtbot.mouseClick(d.save_button, Qt.MouseButton.LeftButton)

    _open_and(qtbot, window, switch_to_german_and_save)
    assert seen[0][:2] == ("English", "Reverse mentoring: what we learned") and "what we learned" in seen[0][2]
    assert seen[1][:2] == ("Deutsch", "Reverse Mentoring: Was wir gelernt haben") and "Zeitraum" not in seen[0][2]
    assert "Reverse Mentoring: Was wir gelernt haben" in _pdf_text((tmp_path / "one.pdf").read_bytes())
    assert window.service.onepager_choices().lang == "de"  # type: ignore[union-attr]

    seen.clear()
    _open_and(qtbot, window, lambda d: seen.append((d.lang.currentText(), d.title.text(), "")))
    assert seen == [("Deutsch", "Reverse Mentoring: Was wir gelernt haben", "")], "the journal remembered"


def test_in_a_german_interface_the_page_starts_in_german(german: None, qtbot: QtBot, window: MainWindow,
                                                        journal_path: Path) -> None:
    unlock(qtbot, window, journal_path)
    seen: list[tuple[str, str, str]] = []
    _open_and(qtbot, window, lambda d: seen.append((d.lang.currentText(), d.title.text(), _pdf_text(d.pdf))))
    assert seen[0][:2] == ("Deutsch", "Reverse Mentoring: Was wir gelernt haben")
    assert "Mit Zustimmung beider" in seen[0][2]


def test_a_title_of_our_own_is_printed_and_kept(qtbot: QtBot, window: MainWindow, journal_path: Path,
                                                tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    unlock(qtbot, window, journal_path)
    monkeypatch.setattr(OnePagerDialog, "ask_save_path", lambda self: tmp_path / "own.pdf")

    def retitle_and_save(d: OnePagerDialog) -> None:
        qtbot.mouseClick(d.title, Qt.MouseButton.LeftButton)
        qtbot.keyClick(d.title, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        type_text(qtbot, "Unser Tandem-Jahr 🙂", d.title)
        qtbot.waitUntil(d.save_button.isEnabled, timeout=15_000)
        qtbot.keyClick(d.lang, Qt.Key.Key_Down)  # a title of our own stays when the language changes
        qtbot.waitUntil(d.save_button.isEnabled, timeout=15_000)
        qtbot.mouseClick(d.save_button, Qt.MouseButton.LeftButton)

    _open_and(qtbot, window, retitle_and_save)
    text = _pdf_text((tmp_path / "own.pdf").read_bytes())
    assert text.startswith("Unser Tandem-Jahr 🙂") and "Was wir gelernt haben" not in text.split("Anliegen")[0]
    seen: list[str] = []
    _open_and(qtbot, window, lambda d: seen.append(d.title.text()))
    assert seen == ["Unser Tandem-Jahr 🙂"]


def test_the_preview_prints_a_learning_and_a_quick_win_once(qtbot: QtBot, dialog: OnePagerDialog) -> None:
    """The dialog's fixture has "Quick-Win: Kanban-Board eingeführt" as a quick win; written again as
    a learning flagged for sharing, it is printed once, marked."""
    assert [dialog.wins.item(r).text() for r in range(dialog.wins.rowCount())] == [
        "Quick-Win: Kanban-Board eingeführt"]
    row = next(r for r in range(dialog.learnings.rowCount())
               if dialog.learnings.item(r).text() == "Quick-Win: Kanban-Board eingeführt")
    view = next(v for v in dialog.findChildren(QListView) if v.accessibleName() == "Learnings to share")
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                     pos=view.visualRect(dialog.learnings.index(row, 0)).center())
    qtbot.keyClick(view, Qt.Key.Key_Space)  # tick it, as a person does
    assert dialog.learnings.item(row).checkState() == Qt.CheckState.Checked
    qtbot.waitUntil(dialog.save_button.isEnabled, timeout=15_000)
    text = _pdf_text(dialog.pdf)
    assert text.count("Kanban-Board eingeführt") == 1 and "quick win" in text.split("Kanban-Board eingeführt")[1][:12]
    assert "Quick wins" not in text, "no quick-win section left to repeat it"
