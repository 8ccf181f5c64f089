"""My reflections in the real window: private, self-locking, and shared only on purpose."""

from __future__ import annotations

from pathlib import Path

import pytest
from app.ui.dialogs.share import ShareDialog
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from app.store import Journal, PrivateJournal, WrongPassphrase, portable
from app.ui.dialogs.create import CreatePrivateDialog
from app.ui.main_window import TITLE, MainWindow
from app.ui.pages.reflections import ReflectionsPage
from tests.conftest import PASSPHRASE
from tests.ui.conftest import focus, press, type_text, unlock

CTRL = Qt.KeyboardModifier.ControlModifier
MINE = "nur ich kenne diesen Satz 2026"
MARKER = "Privat-Gedanke-Zebra-Ωμέγα"
SHARED_LINE = "Frage: Wie geben wir uns öfter Feedback?"


def _answer_dialog(qtbot: QtBot, window: MainWindow, kind: type, act) -> None:
    """Answer the next modal dialog of ``kind`` from inside its event loop (no asserts there)."""

    def answer() -> None:
        dialog = next((d for d in window.findChildren(kind) if d.isVisible()), None)
        if dialog is None:
            QTimer.singleShot(10, answer)
            return
        act(dialog)

    QTimer.singleShot(0, answer)


def _create_private(qtbot: QtBot, window: MainWindow, path: Path, secret: str,
                    monkeypatch: pytest.MonkeyPatch, refused: list[str] | None = None) -> ReflectionsPage:
    """Create the private journal at ``path`` ("Choose another place…" answers it). With ``refused``, the
    passphrase is expected to be refused inside the dialog: its message is recorded and the dialog cancelled."""
    page = window.reflections
    monkeypatch.setattr(page, "ask_create_path", lambda *_: path)

    def fill(dialog: CreatePrivateDialog) -> None:
        dialog.elsewhere.click()
        type_text(qtbot, secret, dialog.passphrase)
        type_text(qtbot, secret, dialog.repeat)
        dialog.create_button.click()
        if refused is not None:
            QTimer.singleShot(10, lambda: wait_for_refusal(dialog))

    def wait_for_refusal(dialog: CreatePrivateDialog) -> None:
        if not dialog.message.text():
            QTimer.singleShot(10, lambda: wait_for_refusal(dialog))
            return
        assert refused is not None
        refused.append(dialog.message.text())
        dialog.reject()

    _answer_dialog(qtbot, window, CreatePrivateDialog, fill)
    page.create_button.click()
    return page


def _write_reflection(qtbot: QtBot, page: ReflectionsPage) -> None:
    page.new_reflection("raise")
    assert page.title.text() == "What I want to raise next time"
    type_text(qtbot, f"Ich merke {MARKER}.\n{SHARED_LINE}", page.body)
    type_text(qtbot, "Feedback, Führung\n", page.tags)  # Enter finishes the tags
    qtbot.waitUntil(lambda: not page.autosave.pending, timeout=5_000)


def test_write_reflect_and_raise_a_line_next_time(qtbot: QtBot, window: MainWindow, journal_path: Path,
                                                  tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    unlock(qtbot, window, journal_path)
    press(qtbot, Qt.Key.Key_R, CTRL)
    assert window.stack.currentWidget() is window.reflections
    private = tmp_path / "meine.reflections"

    refused: list[str] = []
    page = _create_private(qtbot, window, private, PASSPHRASE, monkeypatch, refused)  # the tandem's passphrase
    assert len(refused) == 1 and "tandem's passphrase" in refused[0]  # said in the dialog
    assert not private.exists() and not page.is_open

    _create_private(qtbot, window, private, MINE, monkeypatch)
    qtbot.waitUntil(lambda: page.is_open, timeout=10_000)
    _write_reflection(qtbot, page)
    assert page.model.rowCount() == 1 and page.tag_filter.count() == 3  # All tags, Feedback, Führung
    page.search.setText("zebra")
    assert page.model.rowCount() == 1
    page.search.setText("nichtda")
    assert page.model.rowCount() == 0
    page.search.clear()

    seen: dict[str, object] = {}

    def nothing_selected(dialog: ShareDialog) -> None:  # the cursor is in the reflection, nothing selected
        seen["empty"] = dialog.text.toPlainText()
        seen["hint"] = dialog.text.placeholderText()
        seen["disabled"] = not dialog.share_button.isEnabled()
        dialog.buttons.button(dialog.buttons.StandardButton.Cancel).click()

    _answer_dialog(qtbot, window, ShareDialog, nothing_selected)
    page.raise_button.click()
    assert seen["empty"] == "", "nothing of the private reflection is offered without a selection"
    assert "only this text is shared" in str(seen["hint"]) and seen["disabled"]
    assert window.service.rows("next_time") == []

    qtbot.keyClick(page.body, Qt.Key.Key_Home, Qt.KeyboardModifier.ShiftModifier)  # select the line to share

    def share(dialog: ShareDialog) -> None:
        seen["text"] = dialog.text.toPlainText()
        seen["where"] = dialog.findChild(QLabel).text()
        dialog.share_button.click()

    _answer_dialog(qtbot, window, ShareDialog, share)
    page.raise_button.click()
    assert seen["text"] == SHARED_LINE, "the dialog shows exactly the selected line, nothing else"
    assert "the next session you start" in str(seen["where"]) and "the next session you start" in window.message.label.text()
    assert [r["text"] for r in window.service.rows("next_time")] == [SHARED_LINE]
    assert window.service.rows("agenda_item") == [] and window.service.session_summaries() == [], \
        "raising a line creates no session (it would count as held)"
    assert window.windowTitle() == TITLE

    window.activateWindow()  # the person's window is in front
    qtbot.waitUntil(window.isActiveWindow)
    press(qtbot, Qt.Key.Key_N, CTRL)  # the tandem meets: the new session takes the line over
    assert window.stack.currentWidget() is window.session
    agenda = window.service.rows("agenda_item", session_id=window.session.session_id)
    assert agenda[-1]["text"] == SHARED_LINE and window.service.rows("next_time") == []
    assert SHARED_LINE in [window.session.agenda_model.index(r, 0).data()
                           for r in range(window.session.agenda_model.rowCount())], "and it is on screen"


def test_leaving_idle_and_ctrl_l_each_lock_and_clear(qtbot: QtBot, window: MainWindow, journal_path: Path,
                                                     tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    unlock(qtbot, window, journal_path)
    window.show_reflections()
    private = tmp_path / "meine.reflections"
    page = _create_private(qtbot, window, private, MINE, monkeypatch)
    qtbot.waitUntil(lambda: page.is_open, timeout=10_000)
    _write_reflection(qtbot, page)

    def assert_locked_and_clear() -> None:
        assert not page.is_open
        assert page.body.toPlainText() == "" and page.title.text() == "" and page.tags.text() == ""
        assert page.model.rowCount() == 0 and page.tag_filter.count() == 0 and page.search.text() == ""
        assert not page.body.document().isUndoAvailable()

    def reopen() -> None:
        window.show_reflections()
        assert page.path is None and page.passphrase.text() == ""  # forgotten on leaving
        monkeypatch.setattr(page, "ask_open_path", lambda: private)
        page.choose_button.click()
        type_text(qtbot, MINE, page.passphrase)
        qtbot.keyClick(page.passphrase, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: page.is_open, timeout=10_000)
        assert MARKER in page.body.toPlainText()

    focus(qtbot, page.body)
    press(qtbot, Qt.Key.Key_Home, Qt.KeyboardModifier.AltModifier)  # leave for the overview
    assert window.stack.currentWidget() is window.overview
    assert_locked_and_clear()

    reopen()
    focus(qtbot, page.body)
    press(qtbot, Qt.Key.Key_L, CTRL)  # locks my reflections and the tandem journal
    assert_locked_and_clear()
    assert not window.service.is_open

    unlock(qtbot, window, journal_path)
    window.settings.private_idle_seconds = 1
    reopen()
    qtbot.waitUntil(lambda: not page.is_open, timeout=5_000)  # idle
    assert_locked_and_clear()
    assert window.service.is_open, "the tandem journal has its own, longer idle time"


def test_two_people_one_laptop(qtbot: QtBot, make_window, journal_path: Path, tmp_path: Path,
                               isolated_home: dict[str, Path], monkeypatch: pytest.MonkeyPatch) -> None:
    """The mentee reflects and locks; the mentor opens the app and finds no trace of it."""
    mentee_window = make_window()
    unlock(qtbot, mentee_window, journal_path)
    mentee_window.show_reflections()
    private = tmp_path / "mentee.reflections"
    page = _create_private(qtbot, mentee_window, private, MINE, monkeypatch)
    qtbot.waitUntil(lambda: page.is_open, timeout=10_000)
    _write_reflection(qtbot, page)
    focus(qtbot, page.body)
    press(qtbot, Qt.Key.Key_L, CTRL)
    mentee_window.close()

    mentor_window = make_window()
    unlock(qtbot, mentor_window, journal_path)
    mentor_window.search.open_search()
    with qtbot.waitSignal(mentor_window.search.results_shown, timeout=5_000):
        mentor_window.search.query.setText("Zebra")
    assert mentor_window.search.model.rowCount() == 0
    with pytest.raises(WrongPassphrase):
        PrivateJournal.open(private, PASSPHRASE)
    mentor_window.lock()
    with Journal.open(journal_path, PASSPHRASE) as tandem:
        (tmp_path / "tandem-export.json").write_text(portable.dumps(portable.export_data(tandem)), "utf-8")
    needles = [MARKER.encode(), MARKER.encode("utf-16-le"), b"privat-gedanke", "Privat-Gedanke".encode()]
    places = [journal_path, tmp_path / "tandem-export.json", *isolated_home.values()]
    for place in places:
        for f in [place] if place.is_file() else [p for p in place.rglob("*") if p.is_file()]:
            data = f.read_bytes().lower()
            assert not any(n.lower() in data for n in needles), f
    assert not any(n.lower() in private.read_bytes().lower() for n in needles), "encrypted in its own file"


def test_author_exports_markdown_and_json(qtbot: QtBot, window: MainWindow, tmp_path: Path,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    window.show_reflections()  # works without a tandem journal open, too
    page = _create_private(qtbot, window, tmp_path / "m.reflections", MINE, monkeypatch)
    qtbot.waitUntil(lambda: page.is_open, timeout=10_000)
    _write_reflection(qtbot, page)
    monkeypatch.setattr(page, "ask_save_path", lambda *_: tmp_path / "mine.md")
    page.tool_buttons["markdown"].click()
    monkeypatch.setattr(page.care, "ask_export_path", lambda _proposed: tmp_path / "mine.json")
    _answer_dialog(qtbot, window, QMessageBox, lambda box: next(  # "not encrypted": export anyway
        b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole).click())
    page.tool_buttons["json"].click()
    qtbot.waitUntil(lambda: (tmp_path / "mine.json").exists(), timeout=10_000)
    assert MARKER in (tmp_path / "mine.md").read_text("utf-8")
    assert '"format": "tandem-journal-private"' in (tmp_path / "mine.json").read_text("utf-8")
    assert (tmp_path / "mine.md").stat().st_mode & 0o777 == 0o600
    assert "not encrypted" in window.message.label.text()


def test_typing_before_new_starts_a_reflection_and_nothing_is_lost(
        qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Issue 20.1: with no reflection chosen, typing and then "New reflection" used to erase the text."""
    window.show_reflections()
    private = tmp_path / "m.reflections"
    page = _create_private(qtbot, window, private, MINE, monkeypatch)
    qtbot.waitUntil(lambda: page.is_open, timeout=10_000)
    assert page.model.rowCount() == 0 and not page.tags.isEnabled()
    window.activateWindow()  # the person's window is in front
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.mouseClick(page.title, Qt.MouseButton.LeftButton)
    type_text(qtbot, "Gedanken zu Jürgen 🙂")
    qtbot.mouseClick(page.body, Qt.MouseButton.LeftButton)
    type_text(qtbot, "Größer denken.\nMehr fragen.")
    assert page.model.rowCount() == 1, "typing started a reflection, shown in the list"
    assert page.tags.isEnabled()
    page.new_button.click()
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=5_000)
    assert page.body.toPlainText() == "" and page.body.hasFocus()
    page.lock()
    with PrivateJournal.open(private, MINE) as journal:
        rows = {r["title"]: r["body"] for r in journal.reflections()}
    assert rows["Gedanken zu Jürgen 🙂"] == "Größer denken.\nMehr fragen."


def test_a_reflection_links_to_a_session_with_a_long_topic(qtbot: QtBot, window: MainWindow, journal_path: Path,
                                                           tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The window builds the session's label ("date · topic") itself; with a topic at its longest it still
    saves, shortened to fit (review 2026-12-04, item 4)."""
    topic = "Thema " + "t" * 294  # 300 characters, the longest title
    with Journal.open(journal_path, PASSPHRASE) as j:
        tid = j.add("topic", title=topic)
        j.add("session", starts_at="2026-12-01T10:00", duration_minutes=60, topic_id=tid)
    unlock(qtbot, window, journal_path)
    press(qtbot, Qt.Key.Key_R, CTRL)
    page = _create_private(qtbot, window, tmp_path / "meine.reflections", MINE, monkeypatch)
    qtbot.waitUntil(lambda: page.is_open, timeout=10_000)
    _write_reflection(qtbot, page)
    problems: list[str] = []
    page.private.problem.connect(problems.append)
    qtbot.keyClick(page.session_link, Qt.Key.Key_Down)  # the person picks the session
    qtbot.waitUntil(lambda: bool(problems) or not page.autosave.pending, timeout=5_000)
    assert problems == [] and "Too long" not in window.message.label.text()
    saved = page.private.reflection(page.current_id)
    assert saved is not None and saved["session_starts_at"] == "2026-12-01T10:00"
    label = saved["session_label"]
    assert label == page.session_link.currentText() and len(label) <= 300 and label.endswith("…")
    assert " · Thema ttt" in label
