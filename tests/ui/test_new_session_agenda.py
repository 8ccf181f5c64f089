"""Walk 10: a new session does not bring back the last session's agenda by itself. The kick-off's guide
points never come back; the tandem's own unfinished points are offered with the session screen's button
and taken over with a click. In English and German, at 1280×800."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QLineEdit

from app import programme
from app.core.clock import FixedClock
from app.ui.i18n import tr
from app.ui.main_window import MainWindow
from app.ui.settings import Settings
from tests.ui.conftest import press, type_text, unlock
from tests.ui.test_session_room import LAPTOP, _click, _named, new_tandem  # noqa: F401 (fixtures)

CTRL = Qt.KeyboardModifier.ControlModifier
OWN = {"en": "Which tools we use", "de": "Welche Werkzeuge wir nutzen"}
RAISED = {"en": "How do we give feedback?", "de": "Wie geben wir uns Feedback?"}


def _agenda(window: MainWindow) -> list[str]:
    view = _named(window, QAbstractItemView, "Agenda")
    assert isinstance(view, QAbstractItemView)
    return [view.model().index(row, 0).data() for row in range(view.model().rowCount())]


def test_the_next_session_offers_what_was_left_open_and_never_the_guide(qtbot, make_window, settings: Settings,
                                                                       language: str, new_tandem: Path) -> None:  # noqa: F811
    settings.language = language  # the kick-off's guide in the interface language, as the app starts
    window: MainWindow = make_window()
    window.setMaximumSize(*LAPTOP)
    window.resize(*LAPTOP)
    window.service.clock = FixedClock("2026-02-02T10:00")
    unlock(qtbot, window, new_tandem)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    press(qtbot, Qt.Key.Key_N, CTRL)  # the kick-off: the guide's points, then one of their own
    assert window.stack.currentWidget() is window.session
    new_item = _named(window, QLineEdit, "New agenda item")
    _click(qtbot, new_item)
    type_text(qtbot, OWN[language] + "\n")
    assert _agenda(window) == [*programme.first_agenda(language), OWN[language]]
    assert window.service.raise_next_time(RAISED[language]) is not None  # (raised from a reflection)

    window.service.clock = FixedClock("2026-02-16T10:00")  # two weeks later they meet again
    press(qtbot, Qt.Key.Key_N, CTRL)
    qtbot.waitUntil(lambda: window.session.session_id is not None and len(window.service.session_summaries()) == 2)
    assert _agenda(window) == [RAISED[language]], "only the line raised for next time is on the new agenda"
    carry = window.session.carry_button
    assert carry.isVisible() and carry.text() == tr("Take over 1 unfinished item from last time")
    _click(qtbot, carry)
    assert _agenda(window) == [RAISED[language], OWN[language]], "the guide's points never come back"
    assert not carry.isVisible()
    held = window.service.rows("agenda_item", session_id=window.session.session_id)
    assert [r["text"] for r in held] == [RAISED[language], OWN[language]]


def test_a_new_journals_first_agenda_speaks_the_interface_language(qtbot, make_window, settings: Settings,
                                                                   language: str, new_tandem: Path) -> None:  # noqa: F811
    """The suggestion language remembered from another journal's kick-off (the other language here) does not
    decide a new journal's first agenda: before its agreement is saved, the interface's does (walk of
    2026-12-05; app/core/kickoff.first_suggestion_language)."""
    settings.language = language
    settings.suggestion_language = "de" if language == "en" else "en"
    window: MainWindow = make_window()
    unlock(qtbot, window, new_tandem)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    press(qtbot, Qt.Key.Key_N, CTRL)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.session)
    assert _agenda(window) == programme.first_agenda(language)
