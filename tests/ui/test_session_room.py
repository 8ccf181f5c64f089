"""Issues 13.4 and 20.11: at 1280×800 every column of the session screen has the room its content needs,
in English and German. Walked like a person: Ctrl+N for the kick-off, its own points typed into the
agenda, learnings and action items typed with Enter, and a second session that offers to take over
what was left open."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics, QTextLayout, QTextOption
from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QLabel, QLineEdit, QTableView, QWidget
from pytestqt.exceptions import TimeoutError
from pytestqt.qtbot import QtBot

from app import programme
from app.core.clock import FixedClock
from app.store import Journal
from app.ui.i18n import tr
from app.ui.main_window import MainWindow
from app.ui.settings import Settings
from tests.conftest import PASSPHRASE
from tests.ui.conftest import press, type_text, unlock

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier
LAPTOP = (1280, 800)
OWN_POINTS = {"en": ("Which tools we use", "How we give feedback", "Homework for next time"),
              "de": ("Welche Werkzeuge wir nutzen", "Wie wir uns Feedback geben", "Hausaufgabe bis zum nächsten Mal")}
LONG_LEARNING = {"en": "Young colleagues want to know why a decision was made, not only what was decided, "
                       "and they expect to hear it before everyone else does",
                 "de": "Junge Kolleg:innen wollen wissen, warum entschieden wurde, nicht nur was; "
                       "Vertraulichkeitsvereinbarungen lesen sie genauer als gedacht"}


@pytest.fixture
def new_tandem(journal_path: Path) -> Path:
    with Journal.open(journal_path, PASSPHRASE) as j:
        j.set_person("mentee", display_name="Dr. Petra Schäfer-Ünal")
        j.set_person("mentor", display_name="Jonas Weiß")
    return journal_path


def _named(window: QWidget, kind: type, name: str) -> QWidget:
    [found] = [w for w in window.findChildren(kind) if w.accessibleName() == tr(name) and w.isVisible()]
    return found


def _click(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=widget.rect().center())


def _lines(label: QLabel) -> list[str]:
    """The lines a word-wrapped label shows at its width."""
    layout = QTextLayout(label.text(), label.font())
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    layout.setTextOption(option)
    layout.beginLayout()
    lines = []
    while (line := layout.createLine()).isValid():
        line.setLineWidth(label.contentsRect().width())
        lines.append(label.text()[line.textStart():line.textStart() + line.textLength()].strip())
    layout.endLayout()
    return lines


def _cut_words(view: QTableView, column: int) -> list[str]:
    """Words of a text column wider than the column: the list would have to break them."""
    room = view.columnWidth(column) - 8
    metrics = QFontMetrics(view.font())
    model = view.model()
    return [word for row in range(model.rowCount()) for word in str(model.index(row, column).data()).split()
            if metrics.horizontalAdvance(word) > room]


def _shows_whole(button: QAbstractButton) -> bool:
    """A button's text is not cut: it fits on one line, or its wrapped lines all show."""
    labels = [lab for lab in button.findChildren(QLabel) if lab.isVisible() and lab.text() == button.text()]
    if labels:
        [label] = labels
        return (label.height() >= label.heightForWidth(label.width())
                and button.rect().contains(label.geometry()))
    return button.fontMetrics().horizontalAdvance(button.text()) + 16 <= button.width()


def test_every_column_has_the_room_its_content_needs(qtbot: QtBot, make_window, settings: Settings,
                                                     language: str, new_tandem: Path) -> None:
    settings.language = language  # the kick-off's guide in the interface language, as the app starts
    window: MainWindow = make_window()
    window.setMaximumSize(*LAPTOP)  # a 1280×800 laptop (the offscreen screen is smaller)
    window.resize(*LAPTOP)
    clock = FixedClock("2026-02-02T10:00")
    window.service.clock = clock
    unlock(qtbot, window, new_tandem)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    press(qtbot, Qt.Key.Key_N, CTRL)  # the kick-off, with the guide's points
    assert window.stack.currentWidget() is window.session

    new_item = _named(window, QLineEdit, "New agenda item")
    assert isinstance(new_item, QLineEdit)
    assert new_item.fontMetrics().horizontalAdvance(new_item.placeholderText()) <= new_item.width() - 8, (
        f"the hint “{new_item.placeholderText()}” is cut at {new_item.width()} px")
    _click(qtbot, new_item)
    for point in OWN_POINTS[language]:
        type_text(qtbot, point + "\n")
    agenda = _named(window, QAbstractItemView, "Agenda")
    assert isinstance(agenda, QAbstractItemView)
    model = agenda.model()
    texts = [model.index(row, 0).data() for row in range(model.rowCount())]
    assert texts == [*programme.first_agenda(language), *OWN_POINTS[language]]
    hidden = [text for row, text in enumerate(texts)
              if not agenda.viewport().rect().contains(agenda.visualRect(model.index(row, 0)))]
    assert hidden == [], f"the agenda ({agenda.width()} px wide) needs scrolling for {hidden}"

    hint = next(label for label in window.session.findChildren(QLabel)
                if label.isVisible() and "Alt+" in label.text())
    parts = [part.replace("\u00a0", " ").replace("\u2060", "") for part in
             tr("Space ticks off · Alt+↑/↓ moves · Del removes").split(" · ")]
    shown = [line.replace("\u00a0", " ").replace("\u2060", "") for line in _lines(hint)]
    assert all(any(part in line for line in shown) for part in parts), f"a shortcut breaks across lines: {shown}"

    press(qtbot, Qt.Key.Key_3, CTRL)  # the learnings: a long one, then one more
    type_text(qtbot, LONG_LEARNING[language] + "\n")
    type_text(qtbot, "Kanban\n")
    learnings = _named(window, QTableView, "Learnings")
    assert isinstance(learnings, QTableView)
    header = learnings.horizontalHeader()
    least = 24 * learnings.fontMetrics().averageCharWidth()
    try:  # the screen lays itself out anew as the event loop goes on
        qtbot.waitUntil(lambda: header.sectionSize(0) >= least, timeout=1000)
    except TimeoutError:
        pass  # (the asserts below say what is wrong)
    assert header.sectionSize(0) >= header.sectionSizeHint(0), "the text column's header is cut"
    metrics = learnings.fontMetrics()
    who_texts = [learnings.model().index(row, 1).data() for row in range(learnings.model().rowCount())]
    who_shows = max(max(metrics.horizontalAdvance(text) for text in who_texts) + 12, header.sectionSizeHint(1))
    assert header.sectionSize(1) <= who_shows, "the Who column is wider than what it shows"
    assert header.sectionSize(0) >= least, "the text column is squeezed"
    assert _cut_words(learnings, 0) == [], "a learning's word is wider than its column"



@pytest.fixture
def left_open(new_tandem: Path) -> Path:
    """The kick-off left three points open; the next session was entered before they were written."""
    with Journal.open(new_tandem, PASSPHRASE) as j:
        first = j.add("session", starts_at="2026-02-02T10:00", kind="kickoff")
        j.add("session", starts_at="2026-02-16T10:00")
        for text in ("Rückblick", "Werkzeugliste", "Regeln für Vertraulichkeit"):
            j.add("agenda_item", session_id=first, text=text)
    return new_tandem


def test_the_offer_to_take_over_shows_whole(qtbot: QtBot, make_window, language: str, left_open: Path) -> None:
    window: MainWindow = make_window()
    window.setMaximumSize(*LAPTOP)
    window.resize(*LAPTOP)
    window.service.clock = FixedClock("2026-02-16T11:00")
    unlock(qtbot, window, left_open)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    press(qtbot, Qt.Key.Key_Home, ALT)  # the overview's list of sessions: the newest first
    press(qtbot, Qt.Key.Key_Home)
    press(qtbot, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.session
    carry = window.session.carry_button
    assert carry.isVisible() and carry.text() == tr("Take over {count} unfinished items from last time").format(
        count=3)
    assert _shows_whole(carry), f"the button “{carry.text()}” is cut at {carry.width()} px"
    _click(qtbot, carry)
    agenda = _named(window, QAbstractItemView, "Agenda")
    assert isinstance(agenda, QAbstractItemView)
    assert [agenda.model().index(r, 0).data() for r in range(agenda.model().rowCount())] == [
        "Rückblick", "Werkzeugliste", "Regeln für Vertraulichkeit"]
    assert not carry.isVisible()
