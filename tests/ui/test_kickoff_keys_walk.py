"""The kick-off guide and the create dialog with the keyboard, as the walk of 2026-12-05 found them:
Esc or Cancel threw away what was typed without asking; steps 3 and 8 opened with the keyboard on the
list, so a goal typed went nowhere; Enter in a one-line field did nothing, so the next name was typed
into the same field; and a new journal's suggestions came in the language of another journal's kick-off."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QComboBox, QLabel, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from app import programme
from app.ui.dialogs.create import CreateDialog
from app.ui.dialogs.kickoff import KickoffWizard
from app.ui.main_window import MainWindow
from tests.conftest import PASSPHRASE
from tests.ui.conftest import press_shortcut, type_text, unlock, when_shown
from tests.ui.test_kickoff_walk import guided

ALT = Qt.KeyboardModifier.AltModifier


def _name(widget: QWidget | None) -> str:
    """What a screen reader says for the focused control (a button or box: its text)."""
    if widget is None:
        return ""
    if isinstance(widget.parentWidget(), QComboBox) and not widget.accessibleName():
        widget = widget.parentWidget()
    if not widget.accessibleName() and isinstance(widget, QAbstractButton):
        return widget.text().replace("&", "")
    return widget.accessibleName()


def _key(qtbot: QtBot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    target = QApplication.focusWidget()
    assert target is not None, "nothing has the keyboard"
    qtbot.keyClick(target, key, modifier)


def _turn(qtbot: QtBot, wizard: KickoffWizard, key: Qt.Key) -> None:
    """A button's Alt shortcut (&Next >, &Save agreement); the button clicks itself a moment later."""
    page = wizard.currentId()
    _key(qtbot, key, ALT)
    qtbot.waitUntil(lambda: wizard.currentId() != page or not wizard.isVisible(), timeout=2000)


def _guide(qtbot: QtBot, window: MainWindow, walk: Callable[[KickoffWizard], None], seen: dict[str, Any]) -> None:
    """Tandem → Kick-off guide; ``walk`` runs in the guide (its problems recorded, asserted outside)."""

    seen.pop("walked", None)
    when_shown(window, KickoffWizard, guided(qtbot, walk, seen))
    press_shortcut(qtbot, window.actions.kickoff)
    qtbot.waitUntil(lambda: "walked" in seen and not any(w.isVisible() for w in window.findChildren(KickoffWizard)),
                    timeout=20_000)


def _answer(qtbot: QtBot, wizard: KickoffWizard, seen: dict[str, Any], act: Callable[[QMessageBox], None]) -> None:
    """When the guide asks, note what it says and answer with ``act``."""

    def answer(box: QMessageBox) -> None:
        box.activateWindow()
        qtbot.waitUntil(box.isActiveWindow)
        default = box.defaultButton()
        seen.setdefault("asked", []).append((box.text(), sorted(b.text() for b in box.buttons()),
                                             default.text() if default is not None else ""))
        act(box)

    when_shown(wizard, QMessageBox, answer)


def _back_in(qtbot: QtBot, wizard: KickoffWizard) -> None:
    """In front again once the question is answered (as the window manager brings it back)."""
    wizard.activateWindow()
    qtbot.waitUntil(lambda: wizard.isActiveWindow() and QApplication.focusWidget() is not None)


def test_escape_and_cancel_ask_before_what_was_typed_is_thrown_away(
        qtbot: QtBot, german: None, window: MainWindow, journal_path: Path) -> None:
    unlock(qtbot, window, journal_path)
    seen: dict[str, Any] = {}
    concern = "Verstehen, wie die Jungen im Team Feedback wollen"

    def walk(wizard: KickoffWizard) -> None:
        type_text(qtbot, "Jürgen")
        _key(qtbot, Qt.Key.Key_Tab)
        type_text(qtbot, "Leonie")
        _turn(qtbot, wizard, Qt.Key.Key_W)  # &Weiter >
        type_text(qtbot, concern)
        _answer(qtbot, wizard, seen, lambda box: _key(qtbot, Qt.Key.Key_Return))  # Enter: the default
        _key(qtbot, Qt.Key.Key_Escape)
        _back_in(qtbot, wizard)
        seen["after Enter"] = (wizard.isVisible(), wizard.currentPage().title(), wizard.concern.concern.toPlainText())
        _answer(qtbot, wizard, seen, lambda box: _key(qtbot, Qt.Key.Key_Escape))
        _key(qtbot, Qt.Key.Key_Escape)
        _back_in(qtbot, wizard)
        seen["after Esc"] = (wizard.isVisible(), wizard.concern.concern.toPlainText())
        cancel = next(b for b in wizard.findChildren(QAbstractButton) if b.isVisible() and b.text() == "Abbrechen")
        _answer(qtbot, wizard, seen, lambda box: qtbot.mouseClick(
            next(b for b in box.buttons() if b.text().replace("&", "") == "Verwerfen"), Qt.MouseButton.LeftButton))
        qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
        seen["after Discard"] = wizard.isVisible()

    _guide(qtbot, window, walk, seen)
    assert seen.get("problems", []) == []
    question = ("Verwerfen, was ihr im Kick-off-Leitfaden eingegeben habt?", ["&Verwerfen", "&Weiter bearbeiten"],
                "&Weiter bearbeiten")
    assert seen["asked"] == [question, question, question]
    assert seen["after Enter"] == (True, "Anliegen und Form der Unterstützung", concern)
    assert seen["after Esc"] == (True, concern)
    assert seen["after Discard"] is False
    journal = window.service.journal
    assert journal is not None and journal.tandem()["concern"] == ""  # discarded, as asked

    def nothing_changed(wizard: KickoffWizard) -> None:
        _answer(qtbot, wizard, seen, lambda box: box.done(0))
        _key(qtbot, Qt.Key.Key_Escape)
        seen["closed at once"] = not wizard.isVisible()

    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    _guide(qtbot, window, nothing_changed, seen)
    assert seen["closed at once"] is True
    assert len(seen["asked"]) == 3  # nothing typed: nothing asked


FIRST = ["Mentee's name", "The concern", "New goal", "What the mentee expects",
         programme.RULE_NAMES[next(iter(programme.RULES))]("en"),  # the first rule's box
         "No, neither of us reports to the other", "Rhythm", "Your own topic"]


def test_every_step_starts_with_the_keyboard_in_its_first_field(
        qtbot: QtBot, window: MainWindow, journal_path: Path) -> None:
    unlock(qtbot, window, journal_path)
    seen: dict[str, Any] = {}

    def walk(wizard: KickoffWizard) -> None:
        keyboard = seen.setdefault("keyboard", [])
        keyboard.append(_name(QApplication.focusWidget()))
        type_text(qtbot, "Jürgen")
        _key(qtbot, Qt.Key.Key_Tab)
        type_text(qtbot, "Leonie")
        for _step in range(7):
            _turn(qtbot, wizard, Qt.Key.Key_N)  # &Next >
            keyboard.append(_name(QApplication.focusWidget()))
            if wizard.currentPage() is wizard.goals:
                type_text(qtbot, "Post on LinkedIn once a month\nAsk the trainees how they want feedback\n")
            if wizard.currentPage() is wizard.topics:
                type_text(qtbot, "Barcamps\n")
        seen["goals shown"] = [wizard.goals.list.item(i).text() for i in range(wizard.goals.list.count())]
        _turn(qtbot, wizard, Qt.Key.Key_S)  # &Save agreement

    _guide(qtbot, window, walk, seen)
    assert seen.get("problems", []) == []
    assert seen["keyboard"] == FIRST
    goals = ["Post on LinkedIn once a month", "Ask the trainees how they want feedback"]
    assert seen["goals shown"] == goals
    journal = window.service.journal
    assert journal is not None
    assert [g["title"] for g in journal.rows("goal")] == goals
    assert [t["title"] for t in journal.rows("topic") if t["origin"] == "own"] == ["Barcamps"]


def test_enter_in_the_guides_fields_goes_on_to_the_next_field_then_the_next_step(
        qtbot: QtBot, german: None, window: MainWindow, journal_path: Path) -> None:
    unlock(qtbot, window, journal_path)
    seen: dict[str, Any] = {}

    def walk(wizard: KickoffWizard) -> None:
        where = seen.setdefault("where", [])
        for text in ("Dr. Jürgen Weber\n", "Leonie Yılmaz\n", "\n"):  # the names, then Enter on the language
            type_text(qtbot, text)
            where.append((wizard.currentPage().title(), _name(QApplication.focusWidget())))
        type_text(qtbot, "Sichtbar werden")
        _key(qtbot, Qt.Key.Key_Tab)
        type_text(qtbot, "Zeigen, dann selbst probieren\n")  # the step's last field: Enter goes on
        where.append((wizard.currentPage().title(), _name(QApplication.focusWidget())))
        type_text(qtbot, "Ein LinkedIn-Profil anlegen\n")  # a goal: Enter adds it and stays
        where.append((wizard.currentPage().title(), _name(QApplication.focusWidget())))
        _turn(qtbot, wizard, Qt.Key.Key_S)  # Vereinbarung &speichern

    _guide(qtbot, window, walk, seen)
    assert seen.get("problems", []) == []
    assert seen["where"] == [("Kennenlernen", "Name (Mentor:in)"),
                             ("Kennenlernen", "Sprache der Vorschläge"),
                             ("Anliegen und Form der Unterstützung", "Das Anliegen"),
                             ("Ziele", "Neues Ziel"), ("Ziele", "Neues Ziel")]
    journal = window.service.journal
    assert journal is not None
    people, tandem = journal.people(), journal.tandem()
    assert (people["mentee"]["display_name"], people["mentor"]["display_name"]) == ("Dr. Jürgen Weber", "Leonie Yılmaz")
    assert (tandem["concern"], tandem["support_form"]) == ("Sichtbar werden", "Zeigen, dann selbst probieren")
    assert [g["title"] for g in journal.rows("goal")] == ["Ein LinkedIn-Profil anlegen"]


def test_enter_in_the_create_dialog_goes_on_to_the_next_field_and_creates(
        qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(window, "ask_create_path", lambda: tmp_path / "weber-yilmaz.tandem")
    seen: dict[str, Any] = {}

    def create(dialog: CreateDialog) -> None:
        dialog.activateWindow()
        qtbot.waitUntil(lambda: dialog.isActiveWindow() and dialog.mentee.hasFocus())
        for text in ("Dr. Jürgen Weber\n", "Leonie Yılmaz\n", PASSPHRASE + "\n"):
            type_text(qtbot, text)
            seen.setdefault("keyboard", []).append(_name(QApplication.focusWidget()))
        seen["fields"] = (dialog.mentee.text(), dialog.mentor.text())
        type_text(qtbot, PASSPHRASE + "\n")  # the last field: Enter creates
        seen["closed"] = not dialog.isVisible()
        if dialog.isVisible():
            dialog.reject()

    when_shown(window, CreateDialog, create)
    when_shown(window, KickoffWizard, lambda guide: (seen.update(guide=True), guide.reject()))
    press_shortcut(qtbot, window.actions.new_journal)
    qtbot.waitUntil(lambda: "closed" in seen and (seen["closed"] is False or "guide" in seen), timeout=20_000)
    assert seen["keyboard"] == ["Mentor's name", "Passphrase", "Passphrase again"]
    assert seen["fields"] == ("Dr. Jürgen Weber", "Leonie Yılmaz")
    assert seen["closed"] is True
    journal = window.service.journal
    assert journal is not None and window.service.path == tmp_path / "weber-yilmaz.tandem"
    people = journal.people()
    assert (people["mentee"]["display_name"], people["mentor"]["display_name"]) == ("Dr. Jürgen Weber", "Leonie Yılmaz")


def test_a_new_journals_suggestions_start_in_the_interface_language(
        qtbot: QtBot, window: MainWindow, journal_path: Path) -> None:
    window.settings.suggestion_language = "de"  # remembered from another journal's kick-off
    unlock(qtbot, window, journal_path)
    seen: dict[str, Any] = {}

    def walk(wizard: KickoffWizard) -> None:
        seen["suggestions in"] = wizard.people.language.currentText()
        type_text(qtbot, "Jürgen")
        _key(qtbot, Qt.Key.Key_Tab)
        type_text(qtbot, "Leonie")
        for _step in range(4):
            _turn(qtbot, wizard, Qt.Key.Key_N)
        seen["rules shown"] = [label.text() for label in wizard.currentPage().findChildren(QLabel) if label.isVisible()]
        _turn(qtbot, wizard, Qt.Key.Key_S)

    _guide(qtbot, window, walk, seen)
    assert seen.get("problems", []) == []
    assert seen["suggestions in"] == "English"
    assert programme.RULES["confidentiality"]("en") in seen["rules shown"]
    journal = window.service.journal
    assert journal is not None
    assert {r["key"]: r["text"] for r in journal.rows("rule")} == {k: text("en") for k, text in programme.RULES.items()}
