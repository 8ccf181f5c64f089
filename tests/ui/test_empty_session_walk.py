"""A session started by mistake (Ctrl+N) and left without anything typed in it is not kept, walked
in the real window: leaving by the overview, by Ctrl+L, by another Ctrl+N, by opening a journal and by
closing the window (a look at my reflections and back is not leaving it).
Past sessions does not show it as "— 0", it does not count as held, and the line raised for next
time waits for the next session again. A session with anything typed in it stays (the rule:
``app/core/sessions.untouched``)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from app.core.clock import FixedClock
from app.store import Journal
from app.ui.main_window import MainWindow
from tests.conftest import PASSPHRASE
from tests.ui.conftest import press, press_shortcut, type_text, unlock, unlock_typed, visible_button

NOW = "2026-02-16T10:00"
RAISED = "Wie geben wir Feedback?"


@pytest.fixture
def tandem(filled_journal: Path) -> Path:
    """Three sessions held (sample), and one line raised for next time."""
    with Journal.open(filled_journal, PASSPHRASE) as journal:
        for row in journal.rows("next_time"):
            journal.delete("next_time", row["id"])
        journal.add("next_time", text=RAISED)
    return filled_journal


def _open(qtbot: QtBot, window: MainWindow, path: Path) -> None:
    window.service.clock = FixedClock(NOW)
    unlock(qtbot, window, path)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.overview)


def _past_sessions(window: MainWindow) -> list[str]:
    """The Past sessions list as the person reads it: its topic column, row by row."""
    model = window.overview.sessions.model()
    return [model.index(row, 1).data() for row in range(model.rowCount())]


def _new_session(qtbot: QtBot, window: MainWindow) -> int:
    press_shortcut(qtbot, window.actions.new_session)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.session)
    assert window.session.agenda_model.index(0, 0).data() == RAISED, "the raised line came onto its agenda"
    session_id = window.session.session_id
    assert session_id is not None
    return session_id


def _said_not_kept(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: window.message.isVisible() and "not kept" in window.message.label.text())
    assert "raised for next time" in window.message.label.text()


def _held(path: Path) -> tuple[int, list[str]]:
    """What the journal file holds: how many sessions, and the lines waiting for next time."""
    with Journal.open(path, PASSPHRASE) as journal:
        return len(journal.session_summaries()), [r["text"] for r in journal.rows("next_time")]


def test_leaving_an_untouched_session_for_the_overview_does_not_keep_it(qtbot: QtBot, window: MainWindow,
                                                                        tandem: Path) -> None:
    _open(qtbot, window, tandem)
    before = _past_sessions(window)
    assert len(before) == 3
    _new_session(qtbot, window)
    press_shortcut(qtbot, window.actions.overview)  # Alt+Home
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.overview)
    assert _past_sessions(window) == before, "no “— 0” row for the session opened by mistake"
    assert "—" not in _past_sessions(window)
    _said_not_kept(qtbot, window)
    assert window.overview.next_time.isVisible() and RAISED in window.overview.next_time.text()
    assert len(window.service.session_summaries()) == 3
    assert [r["text"] for r in window.service.rows("next_time")] == [RAISED], "waiting again, not lost"
    window.close()
    assert _held(tandem) == (3, [RAISED])


def test_locking_is_not_leaving_the_session(qtbot: QtBot, window: MainWindow, tandem: Path) -> None:
    """Ctrl+L (or the idle lock while the two are talking) keeps the session started: unlocking returns to
    it, and leaving it untouched afterwards does not keep it (review of 2026-12-05: locking discarded it,
    and after 5 minutes of talk the idle lock sent the pair to the overview)."""
    _open(qtbot, window, tandem)
    session_id = _new_session(qtbot, window)
    press_shortcut(qtbot, window.actions.lock)  # Ctrl+L
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.unlock_page)
    assert "not kept" not in window.message.label.text()
    assert _held(tandem) == (4, []), "while locked the session is there, with the raised line on its agenda"
    unlock_typed(qtbot, window)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.session)  # back where they were
    assert window.session.session_id == session_id
    press_shortcut(qtbot, window.actions.overview)  # Alt+Home: now they leave it
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.overview)
    _said_not_kept(qtbot, window)
    assert len(_past_sessions(window)) == 3 and "—" not in _past_sessions(window)
    assert RAISED in window.overview.next_time.text()


def _field(window: MainWindow, name: str) -> QLineEdit:
    return next(e for e in window.session.findChildren(QLineEdit) if e.accessibleName() == name and e.isVisible())


def test_a_focus_topic_typed_then_leaving_keeps_the_session(qtbot: QtBot, window: MainWindow, tandem: Path) -> None:
    """The topic is taken when its field loses the keyboard: leaving must take it first (it was judged
    untouched and discarded with the topic typed, review of 2026-12-05)."""
    _open(qtbot, window, tandem)
    session_id = _new_session(qtbot, window)
    qtbot.mouseClick(_field(window, "Focus topic"), Qt.MouseButton.LeftButton)
    type_text(qtbot, "KI im Alltag")
    press_shortcut(qtbot, window.actions.overview)  # Alt+Home, the keyboard still in the topic
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.overview)
    assert "not kept" not in window.message.label.text()
    assert len(window.service.session_summaries()) == 4
    topic_id = (window.service.get("session", session_id) or {}).get("topic_id")
    assert topic_id is not None and (window.service.get("topic", topic_id) or {})["title"] == "KI im Alltag"


def test_an_agenda_line_being_edited_then_leaving_keeps_the_session(qtbot: QtBot, window: MainWindow,
                                                                    tandem: Path) -> None:
    _open(qtbot, window, tandem)
    session_id = _new_session(qtbot, window)
    agenda = window.session.agenda
    qtbot.mouseClick(agenda.viewport(), Qt.MouseButton.LeftButton,
                     pos=agenda.visualRect(window.session.agenda_model.index(0, 0)).center())
    press(qtbot, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QLineEdit))
    press(qtbot, Qt.Key.Key_End)
    type_text(qtbot, " und wie oft?")
    press_shortcut(qtbot, window.actions.overview)  # Alt+Home while the line is still being edited
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.overview)
    assert "not kept" not in window.message.label.text()
    assert [a["text"] for a in window.service.rows("agenda_item", session_id=session_id)] == [
        RAISED + " und wie oft?"]


def test_a_line_typed_but_not_added_is_added_on_leaving(qtbot: QtBot, window: MainWindow, tandem: Path) -> None:
    """What is on screen counts, even before Enter: it is added as Enter would, and the session is kept."""
    _open(qtbot, window, tandem)
    session_id = _new_session(qtbot, window)
    qtbot.mouseClick(_field(window, "New learning"), Qt.MouseButton.LeftButton)
    type_text(qtbot, "Kurze Nachrichten statt E-Mails")
    press_shortcut(qtbot, window.actions.overview)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.overview)
    assert "not kept" not in window.message.label.text() and len(window.service.session_summaries()) == 4
    assert [r["text"] for r in window.service.rows("learning", session_id=session_id)] == [
        "Kurze Nachrichten statt E-Mails"]


@pytest.mark.parametrize(("field", "kind"), [("New learning", "learning"), ("New agenda item", "agenda_item"),
                                             ("New action item", "action_item")])
def test_a_line_typed_before_locking_is_there_after_unlocking(qtbot: QtBot, window: MainWindow, tandem: Path,
                                                             field: str, kind: str) -> None:
    """Ctrl+L (or the idle lock) without Enter pressed: the line was cleared with the screen and gone (walk of
    2026-12-05). Now it is added before the journal locks, and is there after unlocking."""
    _open(qtbot, window, tandem)
    session_id = _new_session(qtbot, window)
    if kind == "action_item":
        press_shortcut(qtbot, window.actions.focus_actions)  # Go to → Action items: its tab shows
    qtbot.mouseClick(_field(window, field), Qt.MouseButton.LeftButton)
    type_text(qtbot, "Über Ärger reden, früh")
    press_shortcut(qtbot, window.actions.lock)  # Ctrl+L
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.unlock_page)
    with Journal.open(tandem, PASSPHRASE) as journal:  # what the file holds while locked
        assert "Über Ärger reden, früh" in [r["text"] for r in journal.rows(kind, session_id=session_id)]
    unlock_typed(qtbot, window)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.session)
    assert "Über Ärger reden, früh" in [r["text"] for r in window.service.rows(kind, session_id=session_id)]
    assert _field(window, field).text() == ""


def test_closing_the_window_on_an_untouched_session_does_not_keep_it(qtbot: QtBot, window: MainWindow,
                                                                     tandem: Path) -> None:
    _open(qtbot, window, tandem)
    _new_session(qtbot, window)
    window.close()
    assert _held(tandem) == (3, [RAISED])


def test_a_second_ctrl_n_replaces_the_untouched_session(qtbot: QtBot, window: MainWindow, tandem: Path) -> None:
    """The new one takes over the raised line (it went back first), and only one session is added."""
    _open(qtbot, window, tandem)
    _new_session(qtbot, window)
    _new_session(qtbot, window)
    assert len(window.service.session_summaries()) == 4, "the first went, the second is there"
    _said_not_kept(qtbot, window)
    type_text(qtbot, "G")  # the goal has the keyboard: the person types
    press_shortcut(qtbot, window.actions.overview)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.overview)
    assert len(_past_sessions(window)) == 4 and _past_sessions(window)[0] == "G"
    window.close()
    assert _held(tandem) == (4, [])


def test_a_session_with_anything_typed_is_kept(qtbot: QtBot, window: MainWindow, tandem: Path) -> None:
    """Typed and left at once (the pause before saving has not passed): saved first, then kept."""
    _open(qtbot, window, tandem)
    session_id = _new_session(qtbot, window)
    assert window.session.goal.hasFocus()
    type_text(qtbot, "LinkedIn-Profil")
    press_shortcut(qtbot, window.actions.overview)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.overview)
    assert _past_sessions(window)[0] == "LinkedIn-Profil" and len(_past_sessions(window)) == 4
    assert not (window.message.isVisible() and "not kept" in window.message.label.text())
    assert window.service.rows("next_time") == [], "its agenda keeps the raised line"
    assert [a["text"] for a in window.service.rows("agenda_item", session_id=session_id)] == [RAISED]
    window.close()
    assert _held(tandem) == (4, [])


def test_a_look_at_my_reflections_is_not_leaving_the_session(qtbot: QtBot, window: MainWindow, tandem: Path) -> None:
    """Ctrl+R and back (“Back to the session”): the session is still there, with its raised line; only
    leaving it for the overview afterwards does not keep it."""
    _open(qtbot, window, tandem)
    session_id = _new_session(qtbot, window)
    press_shortcut(qtbot, window.actions.reflections)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.reflections)
    back = visible_button(window.reflections, "Back to the session")
    qtbot.mouseClick(back, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.session)
    assert window.session.session_id == session_id and window.service.get("session", session_id) is not None
    assert window.session.agenda_model.index(0, 0).data() == RAISED
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    press_shortcut(qtbot, window.actions.overview)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.overview)
    assert len(_past_sessions(window)) == 3 and [r["text"] for r in window.service.rows("next_time")] == [RAISED]


def test_opening_another_journal_leaves_the_untouched_session(qtbot: QtBot, window: MainWindow,
                                                              tandem: Path) -> None:
    _open(qtbot, window, tandem)
    _new_session(qtbot, window)
    window.ask_open_path = lambda: tandem  # the file chooser answers: the same file, opened again
    press_shortcut(qtbot, window.actions.open_journal)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.unlock_page)
    assert _held(tandem) == (3, [RAISED])
