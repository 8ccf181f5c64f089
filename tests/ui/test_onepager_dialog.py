"""Export one-pager…: a real preview, the selection decides, too much is named and not saved."""

from __future__ import annotations

import io
from pathlib import Path

import pypdf
import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.store import Journal
from app.ui.dialogs.onepager import OnePagerDialog
from app.ui.main_window import MainWindow
from tests.conftest import PASSPHRASE
from tests.ui.conftest import unlock


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
