"""A new tandem's first hour on the session screen (issues 13 and 20), walked in the real window
like a person: Ctrl+N for a new session, Ctrl+1..5 for its areas, Tab, Enter, Del, clicks on
what is visible; each test checks what the screen shows and what the journal holds."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QAbstractItemView, QApplication, QComboBox, QLabel, QWidget
from pytestqt.qtbot import QtBot

from app.core.clock import FixedClock
from app.store import Journal
from app.ui import colours
from app.ui.formats import format_date
from app.ui.main_window import MainWindow
from tests.conftest import PASSPHRASE
from tests.ui.conftest import press, type_text, unlock

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def _named(window: QWidget, kind: type, name: str) -> QWidget:
    [found] = [w for w in window.findChildren(kind) if w.accessibleName() == name and w.isVisible()]
    return found


def _ready(qtbot: QtBot, window: MainWindow, path: Path, now: str = "2026-02-16T10:00") -> FixedClock:
    clock = FixedClock(now)
    window.service.clock = clock
    unlock(qtbot, window, path)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return clock


def _new_session(qtbot: QtBot, window: MainWindow) -> int:
    press(qtbot, Qt.Key.Key_N, CTRL)
    assert window.stack.currentWidget() is window.session
    session_id = window.session.session_id
    assert session_id is not None
    return session_id


def _take_over(qtbot: QtBot, window: MainWindow) -> None:
    """Click "Take over N unfinished items from last time": a new session offers them, never copies them."""
    carry = window.session.carry_button
    assert carry.isVisible()
    qtbot.mouseClick(carry, Qt.MouseButton.LeftButton, pos=carry.rect().center())


def _click_cell(qtbot: QtBot, view: QAbstractItemView, row: int, column: int) -> None:
    rect = view.visualRect(view.model().index(row, column))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert view.currentIndex().row() == row and view.hasFocus()


def _texts(view: QAbstractItemView, column: int = 0, role: int = Qt.ItemDataRole.DisplayRole) -> list[str]:
    model = view.model()
    return [model.index(row, column).data(role) for row in range(model.rowCount())]


def _open_session_from_overview(qtbot: QtBot, window: MainWindow, newest_first_row: int) -> None:
    """Alt+Home to the overview, then the session in that row of its list (newest first), Enter."""
    press(qtbot, Qt.Key.Key_Home, ALT)
    assert window.stack.currentWidget() is window.overview
    assert QApplication.focusWidget() is window.overview.sessions
    press(qtbot, Qt.Key.Key_Home)
    for _ in range(newest_first_row):
        press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.session


@pytest.fixture
def held_before(journal_path: Path) -> Path:
    """A tandem that met on 2 February (the kick-off) and left things open."""
    with Journal.open(journal_path, PASSPHRASE) as j:
        first = j.add("session", starts_at="2026-02-02T10:00", kind="kickoff",
                      notes="Mehr dazu auf [der Seite](https://example.org/tipps)")
        for text, done in (("Erwartungen klären", True), ("Rückblick", False), ("Werkzeugliste", False)):
            j.add("agenda_item", session_id=first, text=text, done=done)
        j.add("action_item", session_id=first, text="Profilfoto machen", owner="mentor", due_on="2026-02-20")
        j.add("action_item", session_id=first, text="Teams-Kanal anlegen", owner="mentee")
        j.add("action_item", session_id=first, text="Schon erledigt", owner="both", done=True)
    return journal_path


# 13.7: who learned it ------------------------------------------------------------------------
def test_each_new_learning_starts_without_a_direction_and_one_without_is_marked(
        qtmodeltester, qtbot: QtBot, window: MainWindow, held_before: Path) -> None:
    _ready(qtbot, window, held_before)
    session_id = _new_session(qtbot, window)
    press(qtbot, Qt.Key.Key_3, CTRL)  # Go to → Learnings
    assert QApplication.focusWidget() is _named(window, QWidget, "New learning")
    type_text(qtbot, "Kurze Sprachnachrichten wirken persönlicher")
    press(qtbot, Qt.Key.Key_Tab)
    who = _named(window, QComboBox, "Who learned it")
    assert QApplication.focusWidget() is who
    press(qtbot, Qt.Key.Key_End)  # the last choice: both
    press(qtbot, Qt.Key.Key_Tab, SHIFT)
    press(qtbot, Qt.Key.Key_Return)
    assert who.currentData() is None and who.currentText() == "", "the next learning asks again"
    assert who.placeholderText() == "Who learned it?"
    type_text(qtbot, "Kanban-Boards helfen beim Überblick\n")  # Enter without saying who: nothing is lost

    rows = window.service.rows("learning", session_id=session_id)
    assert [(r["text"], r["learner"]) for r in rows] == [
        ("Kurze Sprachnachrichten wirken persönlicher", "both"), ("Kanban-Boards helfen beim Überblick", None)]
    learnings = _named(window, QAbstractItemView, "Learnings")
    assert isinstance(learnings, QAbstractItemView)
    qtmodeltester.check(learnings.model(), force_py=True)
    assert _texts(learnings, 1) == ["Both", "not set"]
    assert _texts(learnings, 1, Qt.ItemDataRole.AccessibleTextRole) == [None, "Who: not set yet"]
    red = colours.warning(learnings.palette())
    assert learnings.model().index(1, 1).data(Qt.ItemDataRole.ForegroundRole).color() == red
    said = "1 learning does not say who learned it: choose in its Who column."  # read as its text (issue 19)
    [hint] = [w for w in window.findChildren(QLabel) if w.isVisible() and w.text() == said]

    _click_cell(qtbot, learnings, 1, 1)  # the unset Who of the second learning
    press(qtbot, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QComboBox) and editor.currentData() is None, "the editor does not guess"
    press(qtbot, Qt.Key.Key_Down)  # Mentee
    press(qtbot, Qt.Key.Key_Down)  # Mentor
    press(qtbot, Qt.Key.Key_Return)  # the list takes the choice as the event loop goes on
    qtbot.waitUntil(lambda: [r["learner"] for r in window.service.rows("learning", session_id=session_id)] == [
        "both", "mentor"])
    assert _texts(learnings, 1) == ["Both", "Mentor"] and not hint.isVisible()


def test_the_inline_who_editor_shows_its_choice_whole(qtbot: QtBot, window: MainWindow, held_before: Path) -> None:
    _ready(qtbot, window, held_before)
    _new_session(qtbot, window)
    press(qtbot, Qt.Key.Key_3, CTRL)
    type_text(qtbot, "Ein Learning")
    press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_End)  # who: both
    press(qtbot, Qt.Key.Key_Tab, SHIFT)
    press(qtbot, Qt.Key.Key_Return)
    learnings = _named(window, QAbstractItemView, "Learnings")
    assert isinstance(learnings, QAbstractItemView)
    _click_cell(qtbot, learnings, 0, 1)
    press(qtbot, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QComboBox) and editor.currentText() == "Both"
    assert editor.width() >= editor.sizeHint().width(), "the choice is cut off"


# 13.8: open action items from earlier sessions --------------------------------------------------
def test_open_action_items_from_earlier_sessions_are_shown_and_ticked_off_there(
        qtmodeltester, qtbot: QtBot, window: MainWindow, held_before: Path) -> None:
    _ready(qtbot, window, held_before)
    session_id = _new_session(qtbot, window)
    agenda = _named(window, QAbstractItemView, "Agenda")
    assert isinstance(agenda, QAbstractItemView)
    assert _texts(agenda) == [], "offered, not copied (walk 10)"
    _take_over(qtbot, window)
    assert _texts(agenda) == ["Rückblick", "Werkzeugliste"], "no “Follow up” lines: the list is their home"
    press(qtbot, Qt.Key.Key_4, CTRL)  # Go to → Action items
    earlier = _named(window, QAbstractItemView, "Open action items from earlier sessions")
    assert isinstance(earlier, QAbstractItemView)
    qtmodeltester.check(earlier.model())  # and again on every change below
    assert [[earlier.model().index(r, c).data() for c in range(3)] for r in range(earlier.model().rowCount())] == [
        ["Profilfoto machen", "Mentor", format_date("2026-02-20")], ["Teams-Kanal anlegen", "Mentee", ""]], "who, what, by when"
    assert window.service.rows("action_item", session_id=session_id) == [], "not copied into this session"

    _click_cell(qtbot, earlier, 0, 3)  # its Done box
    press(qtbot, Qt.Key.Key_Space)
    done = {r["text"]: r["done"] for r in window.service.rows("action_item")}
    assert done == {"Profilfoto machen": True, "Teams-Kanal anlegen": False, "Schon erledigt": True}
    assert earlier.model().index(0, 3).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert _texts(agenda) == ["Rückblick", "Werkzeugliste"], "nothing left on the agenda for a done item"
    press(qtbot, Qt.Key.Key_4, CTRL)
    type_text(qtbot, "Neue Aufgabe\n")  # another change to the action items keeps the ticked one in view
    assert _texts(earlier) == ["Profilfoto machen", "Teams-Kanal anlegen"]

    _open_session_from_overview(qtbot, window, 0)  # back later: only what is still open
    press(qtbot, Qt.Key.Key_4, CTRL)
    assert _texts(earlier) == ["Teams-Kanal anlegen"]


# 13.9: the unsafe-link notice ---------------------------------------------------------------------
def test_the_link_notice_goes_away_with_its_session(qtbot: QtBot, window: MainWindow, held_before: Path) -> None:
    with Journal.open(held_before, PASSPHRASE) as j:
        j.add("session", starts_at="2026-02-09T10:00", notes="Ohne Verweis")
    _ready(qtbot, window, held_before)
    _open_session_from_overview(qtbot, window, 1)  # the kick-off, whose notes hold a link
    preview = window.session.preview
    qtbot.waitUntil(lambda: "der Seite" in preview.toPlainText(), timeout=5_000)
    link_at = preview.toPlainText().index("der Seite") + 2
    cursor = preview.textCursor()
    cursor.setPosition(link_at)
    where = preview.cursorRect(cursor).center() + QPoint(2, 0)
    qtbot.mouseClick(preview.viewport(), Qt.MouseButton.LeftButton, pos=where)
    notice = window.session.link_label
    qtbot.waitUntil(lambda: "https://example.org/tipps" in notice.text())
    assert notice.isVisible()

    _open_session_from_overview(qtbot, window, 0)  # the other session
    assert notice.text() == "" and not notice.isVisible()


# 20.9: a deleted taken-over item stays deleted ---------------------------------------------------
def test_a_taken_over_item_deleted_with_del_stays_deleted(qtbot: QtBot, window: MainWindow, held_before: Path) -> None:
    _ready(qtbot, window, held_before)
    session_id = _new_session(qtbot, window)
    _take_over(qtbot, window)
    press(qtbot, Qt.Key.Key_1, CTRL)  # Go to → Agenda: the new item's field
    press(qtbot, Qt.Key.Key_Tab, SHIFT)  # the agenda list, on its first item
    agenda = _named(window, QAbstractItemView, "Agenda")
    assert QApplication.focusWidget() is agenda
    assert agenda.currentIndex().data() == "Rückblick"
    press(qtbot, Qt.Key.Key_Delete)
    texts = [r["text"] for r in window.service.rows("agenda_item", session_id=session_id)]
    assert texts == ["Werkzeugliste"]
    carry = window.session.carry_button
    assert not carry.isVisible(), f"offered again: {carry.text()}"

    _open_session_from_overview(qtbot, window, 0)  # leave and come back
    assert not carry.isVisible()
    assert [r["text"] for r in window.service.rows("agenda_item", session_id=session_id)] == texts


# 20.16: the first tab, and a visible focus in the agenda -------------------------------------------
def test_a_new_session_opens_on_the_first_tab(qtbot: QtBot, window: MainWindow, held_before: Path) -> None:
    clock = _ready(qtbot, window, held_before)
    _new_session(qtbot, window)
    press(qtbot, Qt.Key.Key_5, CTRL)  # Go to → Feedback
    assert window.session.tabs.currentIndex() == 2
    press(qtbot, Qt.Key.Key_Home, ALT)
    clock.advance(days=14)
    _new_session(qtbot, window)
    assert window.session.tabs.tabText(window.session.tabs.currentIndex()) == "&Learnings"


def _dark() -> QPalette:
    palette = QPalette()
    for role, colour in ((QPalette.ColorRole.Window, "#2b2b2b"), (QPalette.ColorRole.WindowText, "#e8e8e8"),
                         (QPalette.ColorRole.Base, "#1e1e1e"), (QPalette.ColorRole.AlternateBase, "#2b2b2b"),
                         (QPalette.ColorRole.Text, "#e8e8e8"), (QPalette.ColorRole.Button, "#353535"),
                         (QPalette.ColorRole.ButtonText, "#e8e8e8"), (QPalette.ColorRole.Highlight, "#3d6fb4"),
                         (QPalette.ColorRole.HighlightedText, "#ffffff")):
        palette.setColor(role, QColor(colour))
    return palette


@pytest.fixture(params=["light", "dark"])
def scheme(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    before = qapp.palette()
    if request.param == "dark":
        qapp.setPalette(_dark())
    try:
        yield request.param
    finally:
        qapp.setPalette(before)


def test_the_current_agenda_item_is_clearly_marked(qtbot: QtBot, scheme: str, window: MainWindow,
                                                   held_before: Path) -> None:
    _ready(qtbot, window, held_before)
    _new_session(qtbot, window)
    _take_over(qtbot, window)
    press(qtbot, Qt.Key.Key_1, CTRL)
    press(qtbot, Qt.Key.Key_Tab, SHIFT)  # into the agenda: its first item is current, nothing selected yet
    agenda = _named(window, QAbstractItemView, "Agenda")
    assert isinstance(agenda, QAbstractItemView) and agenda.hasFocus() and agenda.currentIndex().row() == 0
    assert colours.scheme(agenda.palette()) == scheme
    base = agenda.palette().color(QPalette.ColorRole.Base)
    for row in (0, 1):  # the first item, then the next one after Down
        if row:
            press(qtbot, Qt.Key.Key_Down)
        image = agenda.viewport().grab().toImage()
        rect = agenda.visualRect(agenda.currentIndex())
        edge = [QColor(image.pixel(x, rect.top())) for x in range(rect.left() + 4, rect.right() - 4)]
        strong = [c for c in edge if colours.contrast(c, base) >= 3]
        assert len(strong) >= 0.9 * len(edge), f"the current item's frame is faint ({scheme}, row {row})"
        other = agenda.visualRect(agenda.model().index(1 - row, 0))  # the item not current
        assert colours.contrast(QColor(image.pixel(other.center().x(), other.top())), base) < 1.5
