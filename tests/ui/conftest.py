"""Fixtures for driving the real main window."""

from __future__ import annotations

import types
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QLocale, QPoint, QRect, Qt, QTimer
from PySide6 import QtGui
from PySide6.QtGui import QAccessible, QAccessibleEvent, QAction, QKeyEvent
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget
from pytestqt.qtbot import QtBot

from app import sample
from app.store import Journal
from app.ui import i18n
from app.ui.main_window import MainWindow
from app.ui.settings import Settings
from tests.conftest import PASSPHRASE


@pytest.fixture
def settings(isolated_home: dict[str, Path]) -> Settings:
    return Settings(isolated_home["config"] / "tandem-journal" / "settings.ini")


@pytest.fixture
def make_window(qtbot: QtBot, settings: Settings) -> Iterator:
    windows: list[MainWindow] = []

    def make() -> MainWindow:
        window = MainWindow(settings)
        qtbot.addWidget(window)
        window.show()
        window.activateWindow()
        qtbot.waitExposed(window)
        qtbot.waitUntil(lambda: window.ready)  # drawn, then the menus and the rest built (as a person sees it)
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.close()


@pytest.fixture
def window(make_window) -> MainWindow:
    return make_window()


@pytest.fixture
def demo(qtbot: QtBot, tmp_path: Path, isolated_home: dict[str, Path], language: str) -> Iterator[MainWindow]:
    """The sample tandem (``--demo``) in ``language``, unlocked on its overview at 1280×800, in front."""
    from app.ui.demo import start_demo

    window = start_demo(tmp_path)
    qtbot.addWidget(window)
    window.show()
    window.resize(1280, 800)
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.overview, timeout=10_000)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    yield window
    window.settings.text_size = 12
    window.apply_text_size()
    window.close()


def unlock_typed(qtbot: QtBot, window: MainWindow, passphrase: str = PASSPHRASE) -> None:
    """On the unlock screen: type the passphrase where the keyboard is, press Enter."""
    qtbot.waitUntil(lambda: window.unlock_page.passphrase.hasFocus())
    type_text(qtbot, passphrase)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.service.is_open and window.stack.currentWidget() is not window.unlock_page,
                    timeout=10_000)


def larger_text(qtbot: QtBot, window: MainWindow, points: int = 18) -> None:
    """Ctrl+Plus until the text is ``points`` pt (150 % of 12), as a person presses it."""
    while window.settings.text_size < points:
        press(qtbot, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    qtbot.wait(50)


@pytest.fixture
def filled_journal(journal_path: Path) -> Path:
    with Journal.open(journal_path, PASSPHRASE) as j:
        sample.fill(j, sessions=3, items_per_session=2)
    return journal_path


def unlock(qtbot: QtBot, window: MainWindow, path: Path, passphrase: str = PASSPHRASE) -> None:
    """Open a journal the way a user does: choose it, type the passphrase, press Enter."""
    window.begin_unlock(path)
    type_text(qtbot, passphrase, window.unlock_page.passphrase)
    qtbot.keyClick(window.unlock_page.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.service.is_open and window.stack.currentWidget() is not window.unlock_page,
                    timeout=10_000)


def focus(qtbot: QtBot, widget: QWidget) -> None:
    """Give ``widget`` the keyboard focus the way a click would (activating its window first)."""
    window = widget.window()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)


def press(qtbot: QtBot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    """Press a key where the keyboard focus is, as a user would."""
    target: QWidget | None = QApplication.focusWidget()
    assert target is not None, "nothing has the keyboard focus"
    qtbot.keyClick(target, key, modifier)


def press_shortcut(qtbot: QtBot, action: QAction) -> None:
    """Press ``action``'s shortcut (from app/ui/actions.py: the first one a keyboard can type) where the
    keyboard focus is, as a person would, and fail if the key did not reach the command (a focused field
    that swallows it). A dialog the command opens runs its own loop inside this call, as with trigger()."""
    typable = [s for s in action.shortcuts() if s[0].key().value < Qt.Key.Key_Back.value]  # not Open, Zoom In…
    assert typable, f"{action.text()!r} has no shortcut a keyboard can type"
    target: QWidget | None = QApplication.focusWidget() or QApplication.activeWindow()
    assert target is not None, "no window is active: a key press would go nowhere"
    fired: list[bool] = []

    def note(checked: bool = False) -> None:
        fired.append(True)

    action.triggered.connect(note)  # runs after the window's own slot (a dialog there has closed by then)
    try:
        combination = typable[0][0]
        qtbot.keyClick(target, combination.key(), combination.keyboardModifiers())
    finally:
        action.triggered.disconnect(note)
    assert fired, (f"{typable[0].toString()} ({action.text()!r}) did nothing with the keyboard in "
                   f"{type(target).__name__} {target.accessibleName() or target.objectName()!r}")


def to_front(qtbot: QtBot, window: QWidget) -> None:
    """Bring ``window`` to the front, as a click on it would (offscreen windows do not activate alone)."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def visible_button(parent: QWidget, text: str) -> QAbstractButton:
    """The one visible button of ``parent`` showing ``text``."""
    [found] = [b for b in parent.findChildren(QAbstractButton) if b.isVisible() and b.text() == text]
    return found


def box_in(widget: QWidget, top: QWidget) -> QRect:
    """Where ``widget`` sits inside ``top``."""
    return QRect(widget.mapTo(top, QPoint(0, 0)), widget.size())


def type_text(qtbot: QtBot, text: str, target: QWidget | None = None) -> None:
    """Type any Unicode text as key events (QTest.keyClicks only knows ASCII); a newline is Enter."""
    target = target or QApplication.focusWidget()
    assert target is not None, "nothing has the keyboard focus"
    for char in text:
        if char == "\n":
            qtbot.keyClick(target, Qt.Key.Key_Return)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(target, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def when_shown(parent: QWidget, kind: type, act) -> None:
    """Run ``act(dialog)`` as soon as a visible ``kind`` dialog of ``parent`` is open.

    It runs inside the dialog's own event loop: ``act`` records what it sees and never asserts.
    """

    def poll() -> None:
        dialog = next((d for d in parent.findChildren(kind) if d.isVisible()), None)
        if dialog is None:
            QTimer.singleShot(10, parent, poll)  # with ``parent`` as context: ends if the window goes
        else:
            act(dialog)

    QTimer.singleShot(0, parent, poll)


@pytest.fixture(params=["de", "en"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    """Each language of the interface in turn, installed as the app does at start; English and the
    old locale after (one fixture: it stood in nine test files)."""
    before = QLocale()
    assert i18n.install(request.param) == request.param, "the catalogue (resources/i18n/*.qm) did not load"
    try:
        yield request.param
    finally:
        i18n.install("en")
        QLocale.setDefault(before)


@pytest.fixture
def german(qapp: QApplication) -> Iterator[None]:
    """The German interface, as the app installs it at start; English and the old locale after."""
    before = QLocale()
    assert i18n.install("de") == "de", "the German catalogue (resources/i18n/*.qm) did not load"
    try:
        yield
    finally:
        i18n.install("en")
        QLocale.setDefault(before)  # the other tests keep the locale they started with


@pytest.fixture
def heard(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """What is announced (QAccessibleAnnouncementEvent), as a screen reader would receive it."""
    said: list[str] = []

    def update(event: QAccessibleEvent) -> None:
        message = getattr(event, "message", None)
        if callable(message):
            said.append(message())

    fake = types.SimpleNamespace(isActive=lambda: True, updateAccessibility=update,
                                 AnnouncementPoliteness=QAccessible.AnnouncementPoliteness)
    monkeypatch.setattr(QtGui, "QAccessible", fake)  # announce_module takes it from there when it speaks
    yield said
