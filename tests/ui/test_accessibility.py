"""Accessibility: every control has a name a screen reader can say, a whole session works
with key presses alone, and the app stays readable in light and dark palettes."""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from app.store import Journal
from app.ui import colours
from app.ui.dialogs.closing import ClosingWizard
from app.ui.dialogs.create import CreateDialog, CreatePrivateDialog
from app.ui.dialogs.evaluation import EvaluationDialog
from app.ui.dialogs.kickoff import KickoffWizard
from app.ui.dialogs.onepager import OnePagerDialog
from app.ui.dialogs.plan import PlanDialog
from app.ui.dialogs.preferences import PreferencesDialog
from app.ui.main_window import MainWindow
from tests.conftest import PASSPHRASE
from tests.ui.conftest import press, type_text, unlock

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier


def unnamed_controls(root: QWidget) -> list[str]:
    """Controls the keyboard can reach that have no accessible name, no text and no label."""
    labelled = {label.buddy() for label in root.findChildren(QLabel) if label.buddy() is not None}
    found = []
    for widget in (root, *root.findChildren(QWidget)):
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus or not widget.isVisibleTo(root.window()):
            continue
        if widget.accessibleName() or widget in labelled:
            continue
        if isinstance(widget, QAbstractButton) and widget.text().replace("&", "").strip():
            continue
        if isinstance(widget, QLabel) and widget.text().strip():
            continue  # a label is read as its text (a name over it would replace the text)
        parent = widget.parentWidget()
        if type(widget).__name__ == "QLineEdit" and parent is not None and parent.accessibleName():
            continue  # the text field inside a named combo box
        found.append(f"{type(widget).__name__} in {type(parent).__name__}")
    return found


def test_every_control_has_an_accessible_name(qtbot: QtBot, window: MainWindow, filled_journal: Path) -> None:
    assert unnamed_controls(window.welcome) == []
    window.begin_unlock(filled_journal)
    assert unnamed_controls(window.unlock_page) == []
    unlock(qtbot, window, filled_journal)
    assert unnamed_controls(window.overview) == []
    window.show_session(window.overview.sessions_model.index(0, 0).data(Qt.ItemDataRole.UserRole + 1))
    for tab in range(window.session.tabs.count()):
        window.session.tabs.setCurrentIndex(tab)
        assert unnamed_controls(window.session) == [], tab
    window.show_reflections()
    assert unnamed_controls(window.reflections) == []
    window.search.open_search()
    assert unnamed_controls(window.search) == []
    window.search.hide()

    service = window.service
    goals = service.rows("goal")
    dialogs = [PreferencesDialog(window.settings, window), CreateDialog(filled_journal, window),
               CreatePrivateDialog(filled_journal.parent, [filled_journal], window.reflections.private, lambda _p: None, window), EvaluationDialog(goals, {}, window),
               PlanDialog(_dt.datetime.now(), 60, "", window), OnePagerDialog(service, window)]
    for dialog in dialogs:
        dialog.show()
        assert unnamed_controls(dialog) == [], type(dialog).__name__
        dialog.close()
    agreement = service.kickoff_agreement()
    for wizard in (KickoffWizard(agreement, [], "en", window), ClosingWizard(service, window)):
        wizard.show()
        for step in range(len(wizard.pageIds())):
            assert unnamed_controls(wizard.currentPage()) == [], (type(wizard).__name__, step)
            wizard.next()
        wizard.reject()


def test_a_whole_session_with_key_presses_only(qtbot: QtBot, window: MainWindow, journal_path: Path) -> None:
    """From the recent list to a locked journal, without a mouse and without setting focus in code."""
    with Journal.open(journal_path, PASSPHRASE) as j:
        j.add("session", starts_at="2026-01-05T10:00", kind="kickoff")  # so this is a regular session
    window.settings.add_recent(journal_path)
    window.show_welcome()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    press(qtbot, Qt.Key.Key_Tab)  # from "Create" to the recent list's first entry … or further
    while QApplication.focusWidget() is not window.welcome.recent_view:
        press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.unlock_page.passphrase)
    type_text(qtbot, PASSPHRASE)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.overview, timeout=10_000)

    press(qtbot, Qt.Key.Key_N, CTRL)
    type_text(qtbot, "Einen Beitrag veröffentlichen")  # the session goal has the focus
    press(qtbot, Qt.Key.Key_1, CTRL)
    type_text(qtbot, "Profil prüfen\nBeitrag schreiben\n")
    press(qtbot, Qt.Key.Key_2, CTRL)
    type_text(qtbot, "Wir haben **gemeinsam** gepostet.")
    press(qtbot, Qt.Key.Key_3, CTRL)
    type_text(qtbot, "Ein persönlicher Ton wirkt\n")
    press(qtbot, Qt.Key.Key_4, CTRL)
    type_text(qtbot, "Zweiten Beitrag planen\n")
    press(qtbot, Qt.Key.Key_5, CTRL)
    type_text(qtbot, "Ausprobieren statt erklären")
    press(qtbot, Qt.Key.Key_Tab)  # to "what to change"
    type_text(qtbot, "Mehr Zeit")
    press(qtbot, Qt.Key.Key_Tab)  # to the rating
    press(qtbot, Qt.Key.Key_Up)
    press(qtbot, Qt.Key.Key_Up)
    press(qtbot, Qt.Key.Key_Up)
    press(qtbot, Qt.Key.Key_Up)
    press(qtbot, Qt.Key.Key_Home, ALT)  # saves and goes back
    assert window.stack.currentWidget() is window.overview
    session_id = window.overview.sessions_model.index(0, 0).data(Qt.ItemDataRole.UserRole + 1)
    j = window.service.journal
    assert j is not None
    session = j.get("session", session_id)
    assert session["goal"] == "Einen Beitrag veröffentlichen" and "**gemeinsam**" in session["notes"]
    assert [r["text"] for r in j.rows("agenda_item", session_id=session_id)] == ["Profil prüfen",
                                                                                  "Beitrag schreiben"]
    assert [r["text"] for r in j.rows("learning", session_id=session_id)] == ["Ein persönlicher Ton wirkt"]
    assert [r["text"] for r in j.rows("action_item", session_id=session_id)] == ["Zweiten Beitrag planen"]
    [feedback] = j.rows("feedback", session_id=session_id)
    assert (feedback["helped"], feedback["to_change"], feedback["rating"]) == (
        "Ausprobieren statt erklären", "Mehr Zeit", 4)
    press(qtbot, Qt.Key.Key_L, CTRL)
    assert not window.service.is_open and window.stack.currentWidget() is window.unlock_page


def _palette(window: str, text: str, base: str, highlight: str, highlighted_text: str) -> QPalette:
    palette = QPalette(QColor(window))
    for role, colour in ((QPalette.ColorRole.WindowText, text), (QPalette.ColorRole.Text, text),
                         (QPalette.ColorRole.Base, base), (QPalette.ColorRole.Highlight, highlight),
                         (QPalette.ColorRole.HighlightedText, highlighted_text),
                         (QPalette.ColorRole.ButtonText, text)):
        palette.setColor(role, QColor(colour))
    return palette


PALETTES = {"light": ("#efefef", "#1b1b1b", "#ffffff", "#3072c0", "#ffffff"),
            "dark": ("#202124", "#e8eaed", "#2b2c2f", "#8ab4f8", "#202124")}


@pytest.fixture(params=sorted(PALETTES))
def system_palette(request: pytest.FixtureRequest) -> Iterator[tuple[str, QPalette]]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = app.palette()
    palette = _palette(*PALETTES[request.param])
    app.setPalette(palette)
    yield request.param, palette
    app.setPalette(before)


def test_readable_in_light_and_dark(qtbot: QtBot, window: MainWindow, filled_journal: Path,
                                    system_palette: tuple[str, QPalette]) -> None:
    name, palette = system_palette
    unlock(qtbot, window, filled_journal)  # the sample is long overdue and has check-ins
    overview = window.overview
    background = overview.palette().color(QPalette.ColorRole.Window)
    assert colours.scheme(overview.palette()) == name
    assert "Time to meet" in overview.due.text()
    red = colours.warning(overview.palette())
    assert overview.due.palette().color(QPalette.ColorRole.WindowText) == red and overview.due.font().bold()
    assert colours.contrast(red, background) >= 4.5
    assert colours.contrast(overview.palette().color(QPalette.ColorRole.WindowText), background) >= 4.5
    assert overview.chart.series
    for series in overview.chart.series:
        assert colours.contrast(series.colour, background) >= 3, series.colour.name()
    image = overview.chart.grab().toImage()
    top = overview.chart.series[-1]  # drawn last, so its dots are on top of any shared point
    dot = overview.chart.point(*top.points[-1], goal=top.goal_id).toPoint()
    assert QColor(image.pixel(dot.x(), dot.y())).name() == top.colour.name()
    window.message.show_message("Saved.")
    qtbot.waitUntil(window.message.isVisible)
    drawn = window.message.grab().toImage()  # as it is seen: Text on Base
    assert QColor(drawn.pixel(drawn.width() // 2, 2)).name() == window.message.palette().color(
        QPalette.ColorRole.Base).name()
    assert window.message.label.foregroundRole() == QPalette.ColorRole.Text
    bar = window.message.palette()
    assert colours.contrast(bar.color(QPalette.ColorRole.Base), bar.color(QPalette.ColorRole.Text)) >= 4.5
