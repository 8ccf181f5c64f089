"""A journal on read-only media opens read-only in the window (issue 15.5): a visible notice, every
editing control read-only, nothing written (it could not be opened at all before: the lock file came
first).

Root (CI) ignores file modes and the window cannot mount a read-only file system, so this walk makes
the journal read-only at the one seam the store asks, ``app.store.files.can_write``; the real
read-only tmpfs and chmod cases are in tests/unit/store/test_read_only.py.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from app.store import files
from app.store.lockfile import lock_path

from .conftest import press, unlock


def test_a_read_only_journal_opens_with_a_notice_and_nothing_editable(
        qtbot, window, filled_journal: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    before = filled_journal.read_bytes()
    monkeypatch.setattr(files, "can_write", lambda path: Path(path) != filled_journal)
    unlock(qtbot, window, filled_journal)

    assert window.message.isVisible()
    assert "opened read-only" in window.message.label.text() and "copy it to a writable folder" in \
        window.message.label.text()
    assert not lock_path(filled_journal).exists(), "no lock file beside it"
    overview = window.overview
    assert not overview.goal_add.isEnabled() and not overview.new_button.isEnabled()
    assert not window.actions.new_session.isEnabled()
    assert window.actions.find.isEnabled() and window.actions.onepager.isEnabled()

    first = overview.sessions.visualRect(overview.sessions_model.index(0, 0)).center()
    qtbot.mouseClick(overview.sessions.viewport(), Qt.MouseButton.LeftButton, pos=first)
    press(qtbot, Qt.Key.Key_Return)  # open the newest session as a person does
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.session)
    page = window.session
    assert page.notes.isReadOnly() and page.goal.isReadOnly() and not page.learning_add.isEnabled()
    assert window.message.isVisible(), "the notice stays while the journal is open"

    window.close()
    assert filled_journal.read_bytes() == before
