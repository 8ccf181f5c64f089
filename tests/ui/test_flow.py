"""End to end through the real main window: create, run a session, search, lock, unlock.

Everything is done the way a user does it: typing into fields, pressing
Enter and the app's shortcuts. Only the native file dialogs are replaced.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.store import Journal, StorageError
from app.ui.dialogs.create import CreateDialog
from app.ui.dialogs.kickoff import KickoffWizard
from app.ui.main_window import TITLE, MainWindow
from tests.conftest import OTHER, PASSPHRASE
from tests.ui.conftest import press, press_shortcut, type_text, unlock, when_shown

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier
MARKER = "Zebra-Vertraulich-Ωμέγα"


def _journal_rows(window: MainWindow, table: str, **where) -> list[dict]:
    return window.service.rows(table, **where)


def test_create_a_journal_through_the_dialog(qtbot: QtBot, window: MainWindow, tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "neu.tandem"
    monkeypatch.setattr(window, "ask_create_path", lambda: path)

    seen: dict[str, object] = {}

    def fill_dialog() -> None:
        # Runs inside the dialog's own event loop: record, never assert here.
        dialog = window.findChild(CreateDialog)
        if dialog is None or not dialog.isVisible():
            QTimer.singleShot(10, fill_dialog)
            return
        type_text(qtbot, "Dr. Jürgen Maaß", dialog.mentee)
        type_text(qtbot, "Şükrü Nguyễn", dialog.mentor)
        type_text(qtbot, "kurz", dialog.passphrase)
        seen["short"] = (dialog.create_button.isEnabled(), dialog.verdict.text())
        type_text(qtbot, " und lang genug für uns", dialog.passphrase)
        type_text(qtbot, "kurz und lang genug", dialog.repeat)
        seen["differ"] = (dialog.create_button.isEnabled(), dialog.match.text())
        type_text(qtbot, " für uns", dialog.repeat)
        seen["ready"] = dialog.create_button.isEnabled()
        dialog.create_button.click()

    QTimer.singleShot(0, fill_dialog)
    when_shown(window, KickoffWizard, lambda wizard: (seen.update(guide=True), wizard.reject()))  # see test_programme
    press_shortcut(qtbot, window.actions.new_journal)
    assert seen["short"] == (False, seen["short"][1]) and "Too short" in str(seen["short"][1])
    assert seen["differ"] == (False, "The two passphrases differ.") and seen["ready"] is True
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.overview and "guide" in seen, timeout=10_000)
    assert "Jürgen Maaß" in window.overview.people.text() and "Şükrü" in window.overview.people.text()
    assert window.windowTitle() == TITLE
    assert window.settings.recent == [str(path.resolve())]
    window.lock()
    with Journal.open(path, "kurz und lang genug für uns") as j:
        assert j.people()["mentor"]["display_name"] == "Şükrü Nguyễn"
        assert j.rows("goal") == [] and j.rows("topic") == []  # the cancelled guide saved nothing


def test_a_whole_session_with_the_keyboard(qtbot: QtBot, window: MainWindow, journal_path: Path) -> None:
    with Journal.open(journal_path, PASSPHRASE) as j:  # the kick-off was last time (see test_programme)
        j.add("session", starts_at="2026-01-05T10:00", kind="kickoff")
    unlock(qtbot, window, journal_path)
    assert window.stack.currentWidget() is window.overview
    press(qtbot, Qt.Key.Key_N, CTRL)  # new session
    assert window.stack.currentWidget() is window.session
    session_id = window.session.session_id
    assert session_id is not None
    type_text(qtbot, "LinkedIn-Profil anlegen")  # the goal field has the focus

    press(qtbot, Qt.Key.Key_1, CTRL)  # agenda
    for item in ("Rückblick", "Profil", "Nächster Termin"):
        type_text(qtbot, item)
        press(qtbot, Qt.Key.Key_Return)
    agenda = window.session.agenda
    agenda.setFocus()
    agenda.setCurrentIndex(window.session.agenda_model.index(2, 0))
    press(qtbot, Qt.Key.Key_Up, ALT)
    press(qtbot, Qt.Key.Key_Space)  # tick off "Nächster Termin"
    press(qtbot, Qt.Key.Key_2, CTRL)  # notes
    type_text(qtbot, f"## Notizen\n**Führung** auf Distanz {MARKER}")
    press(qtbot, Qt.Key.Key_3, CTRL)  # learnings
    type_text(qtbot, "Kurze Sprachnachrichten wirken persönlicher")
    press(qtbot, Qt.Key.Key_Return)
    press(qtbot, Qt.Key.Key_4, CTRL)  # action items
    type_text(qtbot, "Profilfoto ändern")
    press(qtbot, Qt.Key.Key_Return)
    press(qtbot, Qt.Key.Key_5, CTRL)  # feedback
    type_text(qtbot, "Die Demo am Laptop")
    qtbot.waitUntil(lambda: not window.session.has_pending, timeout=5_000)  # saved by itself

    agenda_rows = _journal_rows(window, "agenda_item", session_id=session_id)
    assert [(r["text"], r["done"]) for r in agenda_rows] == [
        ("Rückblick", False), ("Nächster Termin", True), ("Profil", False)]
    session = window.service.get("session", session_id)
    assert session and session["goal"] == "LinkedIn-Profil anlegen" and MARKER in session["notes"]
    assert [r["text"] for r in _journal_rows(window, "learning")] == ["Kurze Sprachnachrichten wirken persönlicher"]
    assert [r["text"] for r in _journal_rows(window, "action_item")] == ["Profilfoto ändern"]
    assert _journal_rows(window, "feedback")[0]["helped"] == "Die Demo am Laptop"
    qtbot.waitUntil(lambda: "<h2" in window.session.preview.toHtml() or "Notizen" in
                    window.session.preview.toPlainText(), timeout=5_000)

    press(qtbot, Qt.Key.Key_Home, ALT)  # back to the overview
    assert window.stack.currentWidget() is window.overview
    assert window.overview.sessions_model.rowCount() == 2
    assert window.overview.sessions_model.index(0, 2).data() == "1"
    assert window.windowTitle() == TITLE


def _open_search(qtbot: QtBot, window: MainWindow) -> None:
    press(qtbot, Qt.Key.Key_F, CTRL)
    assert window.search.isVisible()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.search.query)


def test_search_jumps_to_the_place(qtbot: QtBot, window: MainWindow, filled_journal: Path) -> None:
    unlock(qtbot, window, filled_journal)
    target = _journal_rows(window, "learning")[-1]
    window.service.update("learning", target["id"], text="Ein ganz besonderer Lernmoment")
    _open_search(qtbot, window)
    type_text(qtbot, "besonder")
    with qtbot.waitSignal(window.search.hit_chosen, timeout=5_000):  # Enter waits for the search to end
        press(qtbot, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.session
    assert window.session.session_id == target["session_id"]
    assert window.session.learnings.currentIndex().data() == "Ein ganz besonderer Lernmoment"
    assert not window.search.isVisible()


def test_lock_clears_everything_and_unlock_returns_to_the_same_place(
    qtbot: QtBot, window: MainWindow, filled_journal: Path
) -> None:
    unlock(qtbot, window, filled_journal)
    session_id = window.overview.sessions_model.index(1, 0).data(Qt.ItemDataRole.UserRole + 1)
    window.show_session(session_id)
    window.session.notes.setFocus()
    type_text(qtbot, f" {MARKER}")
    window.session.tabs.setCurrentIndex(1)
    cursor_at = window.session.notes.textCursor().position()
    _open_search(qtbot, window)
    with qtbot.waitSignal(window.search.results_shown, timeout=5_000):  # searched in the background
        type_text(qtbot, "LinkedIn")
    assert window.search.model.rowCount() > 0
    window.search.hide()

    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.session.notes.setFocus()
    press(qtbot, Qt.Key.Key_L, CTRL)  # lock, with unsaved typing pending
    assert not window.service.is_open and window.stack.currentWidget() is window.unlock_page
    assert "Locked" in window.unlock_page.title.text()
    s = window.session
    assert s.notes.toPlainText() == "" and s.goal.text() == "" and s.preview.toPlainText() == ""
    assert not s.notes.document().isUndoAvailable()
    for model in (s.agenda_model, s.learning_model, s.action_model, window.overview.sessions_model,
                  window.overview.goals_model, window.overview.topics_model, window.overview.actions_model,
                  window.search.model):
        assert model.rowCount() == 0
    assert window.search.query.text() == "" and not window.search.isVisible()
    assert window.overview.people.text() == ""
    assert not window.actions.find.isEnabled() and not window.actions.new_session.isEnabled()

    # A wrong passphrase gets a calm message and changes nothing.
    before = filled_journal.read_bytes()
    type_text(qtbot, OTHER, window.unlock_page.passphrase)
    qtbot.keyClick(window.unlock_page.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "does not open" in window.unlock_page.message.text(), timeout=10_000)
    assert filled_journal.read_bytes() == before and not window.service.is_open

    window.unlock_page.passphrase.clear()
    type_text(qtbot, PASSPHRASE, window.unlock_page.passphrase)
    qtbot.keyClick(window.unlock_page.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.service.is_open, timeout=10_000)
    assert window.stack.currentWidget() is window.session and window.session.session_id == session_id
    assert MARKER in window.session.notes.toPlainText(), "the typing before the lock was saved"
    assert window.session.tabs.currentIndex() == 1
    assert window.session.notes.textCursor().position() == cursor_at
    assert window.unlock_page.passphrase.text() == ""


def test_idle_time_locks(qtbot: QtBot, window: MainWindow, journal_path: Path) -> None:
    window.settings.idle_lock_seconds = 1
    unlock(qtbot, window, journal_path)
    assert window.service.is_open
    qtbot.waitUntil(lambda: not window.service.is_open, timeout=5_000)
    assert window.stack.currentWidget() is window.unlock_page


def test_minimising_locks_when_chosen(qtbot: QtBot, window: MainWindow, journal_path: Path) -> None:
    window.settings.lock_on_minimize = True
    unlock(qtbot, window, journal_path)
    window.setWindowState(Qt.WindowState.WindowMinimized)
    qtbot.waitUntil(lambda: not window.service.is_open, timeout=5_000)


def test_minimising_does_not_lock_by_default(qtbot: QtBot, window: MainWindow, journal_path: Path) -> None:
    unlock(qtbot, window, journal_path)
    window.setWindowState(Qt.WindowState.WindowMinimized)
    qtbot.wait(50)  # nothing to wait for: the window must stay unlocked
    assert window.service.is_open


def test_a_second_window_on_the_same_journal_is_refused(qtbot: QtBot, make_window, journal_path: Path) -> None:
    first = make_window()
    unlock(qtbot, first, journal_path)
    second = make_window()
    second.begin_unlock(journal_path)
    type_text(qtbot, PASSPHRASE, second.unlock_page.passphrase)
    qtbot.keyClick(second.unlock_page.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "already open" in second.unlock_page.message.text(), timeout=10_000)
    assert first.service.is_open and not second.service.is_open


def test_closing_the_window_saves_what_was_just_typed(qtbot: QtBot, window: MainWindow, journal_path: Path) -> None:
    unlock(qtbot, window, journal_path)
    window.new_session()
    window.session.notes.setFocus()
    type_text(qtbot, "gerade getippt")
    assert window.session.has_pending
    window.close()
    with Journal.open(journal_path, PASSPHRASE) as j:
        assert j.rows("session")[0]["notes"] == "gerade getippt"


def test_preview_shows_markdown_but_nothing_active(qtbot: QtBot, window: MainWindow, journal_path: Path) -> None:
    unlock(qtbot, window, journal_path)
    window.new_session()
    window.session.notes.setPlainText(
        '**fett** <img src="https://tracker.example/p.png"> [x](javascript:alert(1)) <script>alert(1)</script>')
    qtbot.waitUntil(lambda: "fett" in window.session.preview.toPlainText(), timeout=5_000)
    html = window.session.preview.toHtml()
    assert "font-weight" in html or "<b>" in html
    assert "tracker.example" not in html and "javascript" not in html and "alert(1)" not in html.split("</head>")[-1]


def test_recent_list_can_be_turned_off(qtbot: QtBot, window: MainWindow, journal_path: Path) -> None:
    unlock(qtbot, window, journal_path)
    window.lock()
    assert window.settings.recent
    window.settings.remember_recent = False
    window.show_welcome()
    assert window.settings.recent == [] and not window.welcome.recent_view.isVisible()
    window.settings.sync()
    assert str(journal_path) not in window.settings.path.read_text(encoding="utf-8")


def test_no_content_in_settings_or_temp_files(qtbot: QtBot, window: MainWindow, journal_path: Path,
                                              isolated_home: dict[str, Path]) -> None:
    unlock(qtbot, window, journal_path)
    window.new_session()
    window.session.notes.setPlainText(MARKER)
    window.session.goal.setFocus()
    type_text(qtbot, MARKER)
    window.service.journal.set_person("mentee", display_name=MARKER)
    window.session.flush()
    window.change_text_size(+2)
    window.lock()
    window.settings.sync()
    for folder in isolated_home.values():
        for f in folder.rglob("*"):
            if f.is_file():
                data = f.read_bytes()
                assert MARKER.encode() not in data and MARKER.encode("utf-16-le") not in data, f


def test_text_size_and_focus_mode(qtbot: QtBot, window: MainWindow, journal_path: Path) -> None:
    unlock(qtbot, window, journal_path)
    size = window.stack.font().pointSize()
    press(qtbot, Qt.Key.Key_Plus, CTRL)
    assert window.stack.font().pointSize() == size + 1
    press(qtbot, Qt.Key.Key_Minus, CTRL)
    assert window.stack.font().pointSize() == size
    press_shortcut(qtbot, window.actions.focus_mode)
    assert window.stack.font().pointSize() > size and not window.menuBar().isVisible()
    press_shortcut(qtbot, window.actions.focus_mode)
    assert window.stack.font().pointSize() == size and window.menuBar().isVisible()


def test_a_full_disk_keeps_the_typing_and_refuses_to_lock(qtbot: QtBot, window: MainWindow, journal_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    unlock(qtbot, window, journal_path)
    window.new_session()
    journal = window.service.journal
    assert journal is not None
    real_update = journal.update

    def full_disk(table: str, row_id: int, **values) -> None:
        if table == "session":
            raise StorageError("The disk is full: tandem.tandem could not be saved. Free some space and try again.")
        real_update(table, row_id, **values)

    monkeypatch.setattr(journal, "update", full_disk)
    window.session.notes.setFocus()
    type_text(qtbot, "wichtiger Gedanke")
    qtbot.waitUntil(lambda: window.message.isVisible(), timeout=5_000)
    assert "disk is full" in window.message.label.text()
    window.lock()
    assert window.service.is_open, "locking would have thrown the typing away"
    assert "stays open" in window.message.label.text() and "disk is full" in window.message.label.text()
    assert window.session.notes.toPlainText() == "wichtiger Gedanke"
    window.show_overview()
    assert window.stack.currentWidget() is window.session

    monkeypatch.setattr(journal, "update", real_update)  # space was freed
    window.lock()
    assert not window.service.is_open
    with Journal.open(journal_path, PASSPHRASE) as j:
        assert j.rows("session")[0]["notes"] == "wichtiger Gedanke"


def test_a_two_megabyte_note_with_emoji_and_umlauts(qtbot: QtBot, window: MainWindow, journal_path: Path) -> None:
    unlock(qtbot, window, journal_path)
    window.new_session()
    big = ("Grüße aus München 🙂 — **Führung** heißt zuhören. " * 40 + "\n\n") * 1100
    assert len(big.encode()) > 2_000_000
    window.session.notes.setPlainText(big)
    assert window.session.flush()
    window.lock()
    with Journal.open(journal_path, PASSPHRASE) as j:
        assert j.rows("session")[0]["notes"] == big
        assert j.search("grusse munchen")


def test_a_long_note_previews_the_part_around_the_cursor(qtbot: QtBot, window: MainWindow,
                                                         journal_path: Path) -> None:
    from app.ui.pages.session import PREVIEW_FULL_LIMIT, PREVIEW_WINDOW

    unlock(qtbot, window, journal_path)
    window.new_session()
    lines = [f"Zeile {i}: über Führung gesprochen" for i in range(20_000)]  # no blank lines at all
    window.session.notes.setPlainText("\n".join(lines))
    cursor = window.session.notes.textCursor()
    cursor.setPosition(len(window.session.notes.toPlainText()) // 2)
    window.session.notes.setTextCursor(cursor)
    source = window.session._preview_source()
    assert len(window.session.notes.toPlainText()) > PREVIEW_FULL_LIMIT
    assert len(source) < 2 * PREVIEW_WINDOW + 5_000 and "Zeile 10000:" in source
    assert "the preview shows the part around the cursor" in source


def test_undo_and_redo_in_text_fields_and_the_undo_is_saved(qtbot: QtBot, window: MainWindow,
                                                             journal_path: Path) -> None:
    unlock(qtbot, window, journal_path)
    window.new_session()
    window.session.notes.setFocus()
    type_text(qtbot, "erst")
    press(qtbot, Qt.Key.Key_Z, CTRL)
    assert window.session.notes.toPlainText() == ""
    press(qtbot, Qt.Key.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert window.session.notes.toPlainText() == "erst"
    window.session.goal.setFocus()
    type_text(qtbot, "Ziel")
    assert window.session.flush()
    saved = window.service.get("session", window.session.session_id)
    assert saved and saved["goal"] == "Ziel"
    press(qtbot, Qt.Key.Key_Z, CTRL)
    assert window.session.goal.text() == ""
    press(qtbot, Qt.Key.Key_Z, CTRL)  # no-op: nothing more to undo in this field
    assert window.session.flush()
    row = window.service.get("session", window.session.session_id)
    assert row and row["notes"] == "erst" and row["goal"] == ""


def test_cancelling_new_or_open_keeps_the_journal_open(qtbot: QtBot, window: MainWindow, filled_journal: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    unlock(qtbot, window, filled_journal)
    monkeypatch.setattr(window, "ask_create_path", lambda: None)
    monkeypatch.setattr(window, "ask_open_path", lambda: None)
    press_shortcut(qtbot, window.actions.new_journal)
    press_shortcut(qtbot, window.actions.open_journal)
    assert window.service.is_open and window.stack.currentWidget() is window.overview
    assert window.overview.sessions_model.rowCount() == 3


def test_a_recent_journal_that_is_gone_is_explained_and_kept(qtbot: QtBot, window: MainWindow,
                                                             journal_path: Path) -> None:
    unlock(qtbot, window, journal_path)
    window.lock()
    assert window.settings.recent == [str(journal_path.resolve())]
    journal_path.rename(journal_path.with_name("moved.tandem"))
    window.show_welcome()
    window.welcome.recent_chosen.emit(str(journal_path))
    assert "It was looked for at" in window.unlock_page.message.text()  # before a passphrase is asked for
    assert not window.unlock_page.passphrase.isEnabled()
    assert window.settings.recent == [str(journal_path.resolve())]  # the person decides (app/core/recent.py)
