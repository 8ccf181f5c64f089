"""The fresh-eyes walk of 4 December (/tmp/notes/walk.md items 1, 3, 12, 14): hints that look like hints
and read at 4.5:1, the demo's lock screen that takes the passphrase shown on it, and a create dialog
without an empty gap above the passphrase."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLabel, QLineEdit, QPlainTextEdit, QWidget
from pytestqt.qtbot import QtBot

from app.ui import colours
from app.ui.dialogs.create import CreateDialog
from app.ui.main_window import MainWindow
from tests.ui.conftest import press, press_shortcut, type_text, unlock, when_shown

CTRL = Qt.KeyboardModifier.ControlModifier
Role = QPalette.ColorRole


def dark(palette: QPalette) -> QPalette:
    """A dark system palette; its hint colour as Qt makes it: the text colour at half opacity."""
    result = QPalette(palette)
    for role, colour in ((Role.Window, "#2b2c2f"), (Role.Base, "#1e1f22"), (Role.Text, "#e8eaed"),
                         (Role.WindowText, "#e8eaed"), (Role.Button, "#35363a"), (Role.ButtonText, "#e8eaed"),
                         (Role.PlaceholderText, "#80e8eaed")):
        for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
            result.setColor(group, role, QColor(colour))
    return result


@pytest.fixture(params=["light", "dark"])
def scheme(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    """The app's palette as ``app/ui/main.py`` sets it (``with_readable_hints``), on a light or dark system."""
    before = QPalette(qapp.palette())
    system = before if request.param == "light" else dark(before)
    qapp.setPalette(colours.with_readable_hints(QPalette(system)))  # it changes the palette it is given
    try:
        yield request.param
    finally:
        qapp.setPalette(before)


def strongest(widget: QWidget) -> QColor:
    """The drawn colour that stands out most from the field's base: the text's own shade, as seen."""
    image = widget.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    base = widget.palette().color(Role.Base)
    seen = {image.pixel(x, y) for x in range(3, image.width() - 3) for y in range(3, image.height() - 3)}
    return max((QColor.fromRgb(p) for p in seen), key=lambda c: colours.contrast(c, base))


def visible_label(window: QWidget, starts: str) -> QLabel:
    [label] = [w for w in window.findChildren(QLabel) if w.isVisible() and w.text().replace("\xa0", " ").replace("\u2060", "").startswith(starts)]
    return label


def seen_contrast(label: QLabel) -> float:
    """The label's text colour against its background, in the colour group it is drawn with."""
    group = QPalette.ColorGroup.Active if label.isEnabled() else QPalette.ColorGroup.Disabled
    palette = label.palette()
    return colours.contrast(palette.color(group, label.foregroundRole()), palette.color(group, Role.Window))


def open_first_session(qtbot: QtBot, window: MainWindow) -> None:
    [sessions] = [v for v in window.findChildren(QAbstractItemView)
                  if v.isVisible() and v.accessibleName() == "Past sessions"]
    qtbot.mouseClick(sessions.viewport(), Qt.MouseButton.LeftButton,
                     pos=sessions.visualRect(sessions.model().index(0, 0)).center())
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.session)


# Item 1: placeholders look like hints, not like typed text -------------------------------------------------
def test_a_placeholder_is_lighter_than_typed_text_and_still_reads(
        qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, scheme: str) -> None:
    monkeypatch.setattr(window, "ask_create_path", lambda: tmp_path / "tandem.tandem")
    seen: dict[str, Any] = {}

    def look(dialog: CreateDialog) -> None:  # inside the dialog's event loop: record, never assert
        if not dialog.isActiveWindow():
            qtbot.wait(10)
        mentor = next(w for w in dialog.findChildren(QLineEdit) if w.accessibleName() == "Mentor's name")
        seen["hint"] = strongest(mentor)  # its placeholder, before anything is typed there
        type_text(qtbot, "Petra", QApplication.focusWidget())  # the mentee's name, where the keyboard starts
        mentee = QApplication.focusWidget()
        qtbot.keyClick(mentee, Qt.Key.Key_Tab)
        seen["typed"] = strongest(mentee)
        seen["base"] = mentee.palette().color(Role.Base)
        dialog.reject()

    when_shown(window, CreateDialog, look)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    press_shortcut(qtbot, window.actions.new_journal)
    assert colours.contrast(seen["hint"], seen["typed"]) >= 1.8, (scheme, seen["hint"].name(), seen["typed"].name())
    for kind in (QLineEdit, QPlainTextEdit):
        palette = kind().palette()
        hint, text, base = (palette.color(r) for r in (Role.PlaceholderText, Role.Text, Role.Base))
        assert hint.alpha() == 255 and colours.contrast(hint, base) >= 4.5, (kind, scheme, hint.name(), base.name())
        assert colours.contrast(hint, text) >= 1.8, (kind, scheme, hint.name(), text.name())


def test_the_lock_screen_does_not_look_filled_in(qtbot: QtBot, window: MainWindow, journal_path: Path,
                                                 scheme: str) -> None:
    unlock(qtbot, window, journal_path)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    press(qtbot, Qt.Key.Key_L, CTRL)
    field = QApplication.focusWidget()
    assert isinstance(field, QLineEdit) and field.accessibleName() == "Passphrase" and not field.text()
    field.clearFocus()  # no cursor drawn: only the placeholder
    hint = strongest(field)
    assert colours.contrast(hint, field.palette().color(Role.Text)) >= 1.8, (scheme, hint.name())


# Item 12: every hint text reads at 4.5:1 --------------------------------------------------------------------
def test_the_welcome_and_agenda_hints_read_at_4_5_to_1(qtbot: QtBot, window: MainWindow, filled_journal: Path,
                                                      scheme: str) -> None:
    welcome_hint = visible_label(window, "Journals you open appear here")
    assert seen_contrast(welcome_hint) >= 4.5, scheme
    unlock(qtbot, window, filled_journal)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    open_first_session(qtbot, window)
    agenda_hint = visible_label(window, "Space ticks off")
    assert seen_contrast(agenda_hint) >= 4.5, scheme


# Item 3: after a lock, the passphrase field has the keyboard — in the demo too -----------------------------
@pytest.mark.parametrize("demo", [True, False])
def test_after_ctrl_l_the_passphrase_shown_can_be_typed_at_once(
        qtbot: QtBot, tmp_path: Path, isolated_home: dict[str, Path], filled_journal: Path, settings: Any,
        demo: bool) -> None:
    from app.demo import DEMO_PASSPHRASE
    from app.ui.demo import start_demo
    from tests.conftest import PASSPHRASE

    if demo:
        (tmp_path / "demo").mkdir()
        window = start_demo(tmp_path / "demo")
    else:
        window = MainWindow(settings)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitExposed(window)
    qtbot.waitUntil(window.isActiveWindow)
    if not demo:
        unlock(qtbot, window, filled_journal)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.overview, timeout=10_000)
    open_first_session(qtbot, window)
    notes = next(w for w in window.findChildren(QPlainTextEdit)
                 if w.isVisible() and w.accessibleName() == "Shared notes (Markdown)")
    qtbot.mouseClick(notes.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(20, 20))  # as the walk did
    press(qtbot, Qt.Key.Key_L, CTRL)
    assert window.stack.currentWidget() is window.unlock_page
    qtbot.wait(50)
    field = QApplication.focusWidget()
    assert isinstance(field, QLineEdit) and field.accessibleName() == "Passphrase", field
    type_text(qtbot, DEMO_PASSPHRASE if demo else PASSPHRASE)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.service.is_open and window.stack.currentWidget() is window.session,
                    timeout=10_000)
    window.close()


# Item 14: no empty gap between the names and the passphrase ----------------------------------------------
def test_the_create_dialog_has_no_gap_above_the_passphrase(
        qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, language: str) -> None:
    monkeypatch.setattr(window, "ask_create_path", lambda: tmp_path / "tandem.tandem")
    seen: dict[str, int] = {}

    def top(widget: QWidget, dialog: QWidget) -> int:
        return widget.mapTo(dialog, QPoint(0, 0)).y()

    def look(dialog: CreateDialog) -> None:
        fields = {w.accessibleName(): w for w in dialog.findChildren(QLineEdit) if w.isVisible()}
        ordered = sorted((w for w in fields.values()), key=lambda w: top(w, dialog))
        mentee, mentor, passphrase = ordered[0], ordered[1], ordered[2]
        seen["between names"] = top(mentor, dialog) - (top(mentee, dialog) + mentee.height())
        seen["above passphrase"] = top(passphrase, dialog) - (top(mentor, dialog) + mentor.height())
        dialog.reject()

    when_shown(window, CreateDialog, look)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    press_shortcut(qtbot, window.actions.new_journal)
    assert seen["above passphrase"] <= seen["between names"] + 2, seen


@pytest.mark.parametrize("how", ["idle", "minimise"])
def test_after_an_idle_or_minimise_lock_the_passphrase_field_has_the_keyboard(
        qtbot: QtBot, window: MainWindow, filled_journal: Path, how: str) -> None:
    from tests.conftest import PASSPHRASE

    window.settings.idle_lock_seconds = 2 if how == "idle" else 0
    window.settings.lock_on_minimize = how == "minimise"
    unlock(qtbot, window, filled_journal)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    open_first_session(qtbot, window)
    notes = next(w for w in window.findChildren(QPlainTextEdit)
                 if w.isVisible() and w.accessibleName() == "Shared notes (Markdown)")
    qtbot.mouseClick(notes.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(20, 20))
    if how == "minimise":
        window.showMinimized()
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.unlock_page, timeout=10_000)
    if how == "minimise":
        window.showNormal()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    field = QApplication.focusWidget()
    assert isinstance(field, QLineEdit) and field.accessibleName() == "Passphrase", field
    type_text(qtbot, PASSPHRASE)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.service.is_open and window.stack.currentWidget() is window.session,
                    timeout=10_000)
