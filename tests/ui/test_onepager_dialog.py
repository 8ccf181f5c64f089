"""Export one-pager…: a real preview, the selection decides, too much is named and not saved."""

from __future__ import annotations

import io
import threading
from pathlib import Path

import pypdf
import pytest
from PySide6.QtCore import QCoreApplication, Qt, QThreadPool
from PySide6.QtWidgets import QPushButton, QWidget
from pytestqt.qtbot import QtBot

from app.export import onepager
from app.store import Journal
from app.ui.dialogs.common import run_once
from app.ui.dialogs.onepager import OnePagerDialog
from app.ui.main_window import MainWindow
from app.ui.service import JournalService
from tests.conftest import PASSPHRASE
from tests.ui.conftest import unlock, when_shown


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
    render = onepager.render

    def slow_render(*args: object) -> bytes:
        started.set()
        assert release.wait(10)
        return render(*args)

    monkeypatch.setattr(onepager, "render", slow_render)
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
