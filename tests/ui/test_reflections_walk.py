"""My reflections walked like a person in the real window, in German and English (issues 13 and 20).

The way back goes where the person came from (Esc, Alt+←, Alt+Home, the button); a private
journal is opened by choosing its file, is kept past the app's run only if its author ticks
"remember", and even then nothing on screen shows that it exists: the passphrase finds it.
Creating one refuses the tandem's passphrase and an existing file inside the dialog, keeping
what was typed, and proposes a file name in the interface language with the author's first name.
The empty screen offers only what can be saved and shows no date; a title typed shows in the list.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from app.core import journals
from app.store import PrivateJournal
from app.ui.dialogs.create import CreatePrivateDialog
from app.ui.i18n import tr
from app.ui.main_window import MainWindow
from app.ui.widgets.date_field import show_date
from app.ui.widgets.announce import LiveLabel
from tests.conftest import OTHER, PASSPHRASE
from tests.ui.conftest import press, to_front, type_text, unlock, visible_button

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier
MINE = "nur ich kenne diesen Satz 2026"
BACK = {"de": {"session": "Zurück zum Treffen", "overview": "Zurück zur Übersicht", "welcome": "Zurück zum Start"},
        "en": {"session": "Back to the session", "overview": "Back to the overview", "welcome": "Back to the start"}}
WORD = {"de": "Reflexionen", "en": "Reflections"}


@pytest.fixture
def documents(isolated_home: dict[str, Path]) -> Path:
    """The documents folder the file dialogs start in (both partners share it on one laptop)."""
    folder = isolated_home["home"] / "Documents"
    folder.mkdir()
    return folder


# Finding and using controls as a person sees them ------------------------------------------------
def _named(parent: QWidget, name: str) -> QWidget:
    """The one visible control that takes the keyboard focus and has this accessible name."""
    [found] = [w for w in parent.findChildren(QWidget) if w.accessibleName() == name and w.isVisible()
               and w.focusPolicy() != Qt.FocusPolicy.NoFocus]
    return found


def _click(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def _retype(qtbot: QtBot, field: QWidget, text: str) -> None:
    """Click into a field, select what is there and type over it."""
    _click(qtbot, field)
    qtbot.keyClick(field, Qt.Key.Key_A, CTRL)
    type_text(qtbot, text, field)


def _read(text: str) -> str:
    """What a person reads: a path's invisible line-break hints (zero-width spaces) left out."""
    return text.replace("\u200b", "")


def _visible_texts(window: QWidget) -> list[str]:
    """Everything a person can read on screen: texts, placeholders, tips, names, list rows."""
    texts = [window.windowTitle()]
    for w in window.findChildren(QWidget):
        if not w.isVisible():
            continue
        texts += [w.toolTip(), w.accessibleName(), w.accessibleDescription()]
        if isinstance(w, (QLabel, QAbstractButton)):
            texts.append(w.text())
        if isinstance(w, QLineEdit):
            texts += [w.text(), w.placeholderText()]
        if isinstance(w, QPlainTextEdit):
            texts += [w.toPlainText(), w.placeholderText()]
        if isinstance(w, QComboBox):
            texts += [w.itemText(i) for i in range(w.count())]
    return [t for t in texts if t]


def _in_dialog(window: QWidget, steps: list[tuple[Callable[[Any], bool], Callable[[Any], None]]],
               seen: dict[str, Any]) -> None:
    """Inside the modal private-journal dialog's own loop: run each step once its condition holds.

    Steps record, never assert. A step that fails, or a dialog still open 15 s after the test
    began, is recorded and the dialog cancelled, so the test goes on to its asserts.
    """
    started = _dt.datetime.now()

    def give_up(dialog: QDialog, why: str) -> None:
        seen.setdefault("trouble", why)
        dialog.reject()

    def run(dialog: QDialog, index: int) -> None:
        if not shiboken6.isValid(dialog) or not dialog.isVisible():
            return
        if (_dt.datetime.now() - started).total_seconds() > 15:
            give_up(dialog, f"step {index} never became ready" if index < len(steps) else "it stayed open")
            return
        if index == len(steps):  # the last step done: wait for the dialog to close
            QTimer.singleShot(20, window, lambda: run(dialog, index))
            return
        ready, act = steps[index]
        try:
            if not ready(dialog):
                QTimer.singleShot(20, window, lambda: run(dialog, index))
                return
            act(dialog)
        except Exception as exc:  # noqa: BLE001 - recorded and asserted on outside the dialog's loop
            give_up(dialog, f"step {index}: {exc!r}")
            return
        QTimer.singleShot(50, window, lambda: run(dialog, index + 1))

    def find() -> None:
        dialog = next((d for d in window.findChildren(CreatePrivateDialog) if d.isVisible()), None)
        if dialog is None:
            QTimer.singleShot(10, window, find)
        else:
            run(dialog, 0)

    QTimer.singleShot(0, window, find)


def _always(_dialog: QDialog) -> bool:
    return True


def _said(dialog: QDialog) -> str:
    """The dialog's message, once it says something (the one text a screen reader hears at once)."""
    label = next((w for w in dialog.findChildren(LiveLabel) if w.isVisible() and w.text()), None)
    return label.text() if label is not None else ""


def _named_label(parent: QWidget, name: str) -> QLabel | None:
    return next((w for w in parent.findChildren(QLabel) if w.accessibleName() == name), None)


def _type_passphrase(qtbot: QtBot, dialog: QDialog, secret: str) -> None:
    _retype(qtbot, _named(dialog, tr("Passphrase")), secret)
    _retype(qtbot, _named(dialog, tr("Passphrase again")), secret)


def _open_by_choosing(qtbot: QtBot, window: MainWindow, path: Path, secret: str,
                      monkeypatch: pytest.MonkeyPatch) -> None:
    """Ctrl+R, "Open my private journal…" (the file dialog answers ``path``), the passphrase, Enter."""
    page = window.reflections
    monkeypatch.setattr(page, "ask_open_path", lambda: path)
    to_front(qtbot, window)
    press(qtbot, Qt.Key.Key_R, CTRL)
    _click(qtbot, visible_button(window, tr("Open my private journal…")))
    field = _named(window, tr("My private passphrase"))
    assert QApplication.focusWidget() is field
    type_text(qtbot, secret)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.is_open, timeout=10_000)


# 13.5: the way back ----------------------------------------------------------------------------------
def test_back_returns_where_the_person_came_from(qtbot: QtBot, language: str, make_window,
                                                  filled_journal: Path) -> None:
    window: MainWindow = make_window()
    unlock(qtbot, window, filled_journal)
    to_front(qtbot, window)
    press(qtbot, Qt.Key.Key_N, CTRL)  # a new session: the tandem is meeting
    assert window.stack.currentWidget() is window.session
    session_id = window.session.session_id

    for key, modifier in ((Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier), (Qt.Key.Key_Left, ALT),
                          (Qt.Key.Key_Home, ALT), (None, None)):
        press(qtbot, Qt.Key.Key_R, CTRL)  # the person's reflections, in the middle of the session
        assert window.stack.currentWidget() is window.reflections
        back = visible_button(window, BACK[language]["session"])
        if key is None:
            _click(qtbot, back)
        else:
            press(qtbot, key, modifier)
        assert window.stack.currentWidget() is window.session, (key, modifier)
        assert window.session.session_id == session_id

    press(qtbot, Qt.Key.Key_Home, ALT)  # from the session to the overview, as always
    assert window.stack.currentWidget() is window.overview
    press(qtbot, Qt.Key.Key_R, CTRL)
    visible_button(window, BACK[language]["overview"])
    press(qtbot, Qt.Key.Key_Escape)
    assert window.stack.currentWidget() is window.overview

    fresh: MainWindow = make_window()  # no tandem journal open: the welcome screen
    to_front(qtbot, fresh)
    for key, modifier in ((Qt.Key.Key_Home, ALT), (Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier)):
        press(qtbot, Qt.Key.Key_R, CTRL)
        assert fresh.stack.currentWidget() is fresh.reflections
        visible_button(fresh, BACK[language]["welcome"])
        press(qtbot, key, modifier)
        assert fresh.stack.currentWidget() is fresh.welcome, key


# 13.5: opened by choosing its file; kept beyond the app's run only when ticked; found by the passphrase ----
def test_the_private_journal_is_forgotten_unless_its_author_ticks_remember(
        qtbot: QtBot, language: str, make_window, journal_path: Path, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    petra = tmp_path / "Reflexionen-Petra.reflections"
    journals.create_private(petra, MINE).close()
    nothing = tr("No private journal remembered on this laptop opens with that passphrase. Choose your file "
                 "with “Open my private journal…”, or check the spelling and Caps Lock.")
    off = tr("Off: nothing on this laptop keeps where the file is; once the app is closed, choose it again.")

    def start_app() -> tuple[MainWindow, Path]:
        window: MainWindow = make_window()
        unlock(qtbot, window, journal_path)
        return window, window.settings.path

    def try_passphrase(window: MainWindow, secret: str) -> None:
        """Ctrl+R and the passphrase alone, without choosing a file."""
        to_front(qtbot, window)
        press(qtbot, Qt.Key.Key_R, CTRL)
        type_text(qtbot, secret)
        press(qtbot, Qt.Key.Key_Return)
        page = window.reflections
        qtbot.waitUntil(lambda: page.is_open or page.message.text() == nothing, timeout=10_000)

    window, settings_file = start_app()
    page = window.reflections
    _open_by_choosing(qtbot, window, petra, MINE, monkeypatch)
    remember = visible_button(window, tr("Remember where this file is, on this laptop"))
    assert not remember.isChecked(), "off by default"
    assert _visible_label(window, off) and remember.toolTip(), "the tick is explained, beside it and in full"
    press(qtbot, Qt.Key.Key_Escape)  # back to the overview: locked
    assert window.stack.currentWidget() is window.overview and not page.is_open
    window.settings.sync()
    assert ".reflections" not in settings_file.read_text("utf-8")

    press(qtbot, Qt.Key.Key_R, CTRL)  # the partner's turn at the laptop: nothing shows Petra's file
    seen_by_anyone = _visible_texts(window)
    assert not [t for t in seen_by_anyone if "Petra" in t or ".reflections" in t or str(tmp_path) in t]
    press(qtbot, Qt.Key.Key_Escape)
    try_passphrase(window, OTHER)  # the partner's own passphrase opens nothing, and says nothing of Petra
    assert not page.is_open and page.message.text() == nothing
    press(qtbot, Qt.Key.Key_Escape)
    try_passphrase(window, MINE)  # Petra, while the app runs: her passphrase alone brings her back
    assert page.is_open
    press(qtbot, Qt.Key.Key_Escape)
    window.close()  # the app is closed: forgotten

    window, _ = start_app()
    page = window.reflections
    try_passphrase(window, MINE)
    assert not page.is_open and page.message.text() == nothing
    press(qtbot, Qt.Key.Key_Escape)
    _open_by_choosing(qtbot, window, petra, MINE, monkeypatch)
    _click(qtbot, visible_button(window, tr("Remember where this file is, on this laptop")))
    window.settings.sync()
    assert str(petra) in settings_file.read_text("utf-8"), "kept only because she ticked it"
    press(qtbot, Qt.Key.Key_Escape)
    window.close()

    window, _ = start_app()  # the next start
    page = window.reflections
    press(qtbot, Qt.Key.Key_R, CTRL)  # the partner again: the screen is exactly as before she ticked
    assert _visible_texts(window) == seen_by_anyone
    press(qtbot, Qt.Key.Key_Escape)
    try_passphrase(window, OTHER)
    assert not page.is_open and page.message.text() == nothing  # the same answer as with nothing remembered
    press(qtbot, Qt.Key.Key_Escape)
    try_passphrase(window, MINE)  # Petra: her passphrase alone opens her journal
    assert page.is_open
    remember = visible_button(window, tr("Remember where this file is, on this laptop"))
    assert remember.isChecked()
    _click(qtbot, remember)  # and she can take it back
    window.settings.sync()
    assert ".reflections" not in settings_file.read_text("utf-8")
    press(qtbot, Qt.Key.Key_Escape)
    assert [p for p in window.settings.recent if p.endswith(".reflections")] == []  # never a recent journal


# 20.8: creating it: refused inside the dialog, nothing typed lost, a name of its own -----------------
def test_creating_refuses_the_tandems_passphrase_in_the_dialog(
        qtbot: QtBot, language: str, window: MainWindow, journal_path: Path, documents: Path) -> None:
    unlock(qtbot, window, journal_path)
    to_front(qtbot, window)
    press(qtbot, Qt.Key.Key_R, CTRL)
    page = window.reflections
    expected = documents / f"{WORD[language]}-Petra.reflections"
    seen: dict[str, Any] = {}

    def first_try(dialog: CreatePrivateDialog) -> None:
        seen["proposed"] = [_read(label.text()) for label in dialog.findChildren(QLabel)
                            if ".reflections" in _read(label.text())]
        _retype(qtbot, _named(dialog, tr("Your first name")), "Petra")
        seen["named"] = [_read(label.text()) for label in dialog.findChildren(QLabel)
                         if ".reflections" in _read(label.text())]
        _type_passphrase(qtbot, dialog, PASSPHRASE)  # the tandem's: the partner knows it
        qtbot.keyClick(_named(dialog, tr("Passphrase again")), Qt.Key.Key_Return)

    def refused(dialog: CreatePrivateDialog) -> None:
        seen["refusal"] = _said(dialog)
        seen["kept"] = (_named(dialog, tr("Your first name")).property("text"),
                        _named(dialog, tr("Passphrase")).property("text"))
        seen["created then"] = expected.exists()
        _type_passphrase(qtbot, dialog, MINE)
        _click(qtbot, visible_button(dialog, tr("Create")))

    _in_dialog(window, [(_always, first_try), (lambda d: bool(_said(d)), refused)], seen)
    _click(qtbot, visible_button(window, tr("Create my private journal…")))
    assert "trouble" not in seen, seen
    assert seen["proposed"] == [str(documents / f"{WORD[language]}.reflections")]
    assert seen["named"] == [str(expected)]  # in the interface language, with her first name
    assert seen["refusal"] == tr("That is the tandem's passphrase, which your partner knows. Choose one only "
                                 "you know; nothing was changed.")
    assert seen["kept"] == ("Petra", PASSPHRASE) and seen["created then"] is False
    qtbot.waitUntil(lambda: page.is_open, timeout=10_000)
    to_front(qtbot, window)  # back from the dialog
    press(qtbot, Qt.Key.Key_Escape)  # back to the overview: locked
    with PrivateJournal.open(expected, MINE):
        pass


def test_the_partners_file_is_never_replaced(qtbot: QtBot, language: str, window: MainWindow,
                                             documents: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    partners = documents / f"{WORD[language]}-Petra.reflections"
    journals.create_private(partners, OTHER).close()
    before = partners.read_bytes()
    to_front(qtbot, window)
    press(qtbot, Qt.Key.Key_R, CTRL)  # no tandem open: reflections work from the welcome screen too
    page = window.reflections
    monkeypatch.setattr(page, "ask_create_path", lambda *_: partners)  # "Replace?" answered yes in Qt's dialog
    exists = tr("“{name}” already exists in this folder; it may be your partner's private journal. Nothing is "
                "replaced: type another name, or choose another place.").format(name=partners.name)
    seen: dict[str, Any] = {"said": []}

    def same_name(dialog: CreatePrivateDialog) -> None:
        _retype(qtbot, _named(dialog, tr("Your first name")), "Petra")
        seen["said"].append(_said(dialog))  # at once, while typing
        _type_passphrase(qtbot, dialog, MINE)
        _click(qtbot, visible_button(dialog, tr("Create")))

    def elsewhere(dialog: CreatePrivateDialog) -> None:
        seen["said"].append(_said(dialog))
        _click(qtbot, visible_button(dialog, tr("Choose another place…")))
        _click(qtbot, visible_button(dialog, tr("Create")))

    def another_name(dialog: CreatePrivateDialog) -> None:
        seen["said"].append(_said(dialog))
        seen["passphrase kept"] = _named(dialog, tr("Passphrase")).property("text")
        _retype(qtbot, _named(dialog, tr("Your first name")), "Jonas")
        seen["said"].append(_said(dialog))
        qtbot.keyClick(_named(dialog, tr("Passphrase again")), Qt.Key.Key_Return)

    _in_dialog(window, [(_always, same_name), (_always, elsewhere), (_always, another_name)], seen)
    _click(qtbot, visible_button(window, tr("Create my private journal…")))
    assert "trouble" not in seen, seen
    assert seen["said"] == [exists, exists, exists, ""] and seen["passphrase kept"] == MINE
    qtbot.waitUntil(lambda: page.is_open, timeout=10_000)
    to_front(qtbot, window)  # back from the dialog
    press(qtbot, Qt.Key.Key_Escape)  # back to the start: locked
    assert window.stack.currentWidget() is window.welcome and not page.is_open
    assert partners.read_bytes() == before
    with PrivateJournal.open(documents / f"{WORD[language]}-Jonas.reflections", MINE):
        pass


# 13.13, 13.15, 20.10: the empty screen, its date, and a title typed ------------------------------------
def test_the_empty_screen_offers_only_what_can_be_saved(qtbot: QtBot, language: str, window: MainWindow,
                                                       tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    private = tmp_path / "mine.reflections"
    journals.create_private(private, MINE).close()
    page = window.reflections
    to_front(qtbot, window)
    press(qtbot, Qt.Key.Key_R, CTRL)
    assert not page.title.isVisible() and not page.body.isVisible()  # nothing to type into before it is open

    later = tr("Date, session and tags can be set once the reflection has begun: type a title or some text.")
    for _visit in range(2):  # the first time, and again after locking
        press(qtbot, Qt.Key.Key_Escape)
        _open_by_choosing(qtbot, window, private, MINE, monkeypatch)
        assert page.model.rowCount() == 0
        date, session, tags = (_named_control(window, tr(n)) for n in ("Date", "Refers to session", "Tags"))
        assert [w.isEnabled() for w in (date, session, tags)] == [False, False, False]
        assert date.property("text") == "", "no reflection, no date"
        assert _visible_label(window, later), "why they cannot be used yet"
        _click(qtbot, _named(window, tr("Title")))
        press(qtbot, Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is _named(window, tr("Reflection (Markdown)"))  # past what is off
        if _visit == 0:
            press(qtbot, Qt.Key.Key_Escape)
            assert not page.is_open

    _click(qtbot, _named(window, tr("Title")))
    type_text(qtbot, "Erster Gedanke")  # typing starts a reflection
    today = show_date(_dt.date.today())
    assert _named(window, tr("Date")).property("text") == today
    assert _named(window, tr("Tags")).isEnabled() and not _visible_label(window, later)

    _click(qtbot, visible_button(window, tr("New reflection")))
    rows = lambda: [page.model.index(r).data() for r in range(page.model.rowCount())]  # noqa: E731
    qtbot.waitUntil(lambda: len(rows()) == 2)
    assert any(tr("Untitled") in row for row in rows())
    _click(qtbot, _named(window, tr("Title")))
    type_text(qtbot, "Zweiter Gedanke")
    qtbot.waitUntil(lambda: not any(tr("Untitled") in row for row in rows()), timeout=2_000)  # while typing
    assert sorted(r.rpartition(" · ")[2] for r in rows()) == ["Erster Gedanke", "Zweiter Gedanke"]
    qtbot.waitUntil(lambda: not page.autosave.pending, timeout=5_000)
    press(qtbot, Qt.Key.Key_Escape)
    with PrivateJournal.open(private, MINE) as journal:
        assert sorted(r["title"] for r in journal.reflections()) == ["Erster Gedanke", "Zweiter Gedanke"]


def _named_control(parent: QWidget, name: str) -> QWidget:
    """The visible control with this accessible name, enabled or not."""
    [found] = [w for w in parent.findChildren(QWidget) if w.accessibleName() == name and w.isVisible()
               and not isinstance(w, QLabel)]
    return found


def _visible_label(parent: QWidget, text: str) -> bool:
    return any(label.isVisible() and label.text() == text for label in parent.findChildren(QLabel))
