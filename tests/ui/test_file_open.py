"""A journal opened from outside the app (issue 17.4): on macOS a double-click on a ``.tandem`` file in
Finder, or ``open FILE.tandem``, passes no path on the command line; the system hands it to the
running app as a ``QFileOpenEvent``, maybe before the window is ready. The tests post that real event
to the application, as the system does, and look at what the person sees.

Opening means what "Open journal…" means for a chosen file (``begin_unlock``): pending typing is saved
first, and if it cannot be, the journal stays open with the typing on screen. The journal already on
screen (open, or waiting on its unlock screen) is only brought to the front: it is not locked, and
its unlock screen keeps the half-typed passphrase and the place to come back to."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QThreadPool, QUrl
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from app.store import Journal, StorageError
from app.ui import file_open
from app.ui.file_open import FileOpenListener
from app.ui.main_window import MainWindow
from app.ui.settings import Settings
from tests.conftest import PASSPHRASE
from tests.ui.conftest import press, to_front, type_text, unlock, unlock_typed, when_shown

CTRL = Qt.KeyboardModifier.ControlModifier
TYPED = "Gerade getippt: Führung auf Distanz 🙂"

Listen = Callable[[Callable[[Path], None]], FileOpenListener]


@pytest.fixture
def listen(qapp: QApplication) -> Iterator[Listen]:
    """``file_open.install`` on the test's application; taken off again after the test."""
    made: list[FileOpenListener] = []

    def make(open_path: Callable[[Path], None]) -> FileOpenListener:
        made.append(file_open.install(qapp, open_path))
        return made[-1]

    yield make
    for listener in made:
        listener.stop()


@pytest.fixture
def listening(window: MainWindow, listen: Listen) -> MainWindow:
    """A running window that listens, as main.py wires it once the window is shown."""
    listen(lambda path: file_open.open_in(window, path)).ready()
    return window


def system_opens(target: Path | QUrl, *, at_once: bool = False) -> None:
    """What macOS does when a file is double-clicked in Finder or named to ``open``: an event to the app
    (``at_once``: handled before anything else that is waiting, such as a finished unlock)."""
    url = target if isinstance(target, QUrl) else QUrl.fromLocalFile(str(target))
    app = QApplication.instance()
    assert app is not None
    if at_once:
        QCoreApplication.sendEvent(app, QFileOpenEvent(url))
        return
    QCoreApplication.postEvent(app, QFileOpenEvent(url))
    QApplication.processEvents()


def shows_unlock_screen_for(window: MainWindow, path: Path) -> bool:
    page = window.unlock_page
    return window.stack.currentWidget() is page and page.file_label.text() == str(path)


def type_into_new_session(qtbot: QtBot, window: MainWindow) -> None:
    """Ctrl+N for a new session, Ctrl+2 for its notes, and type (not yet saved by itself)."""
    to_front(qtbot, window)
    press(qtbot, Qt.Key.Key_N, CTRL)
    press(qtbot, Qt.Key.Key_2, CTRL)
    type_text(qtbot, TYPED)
    assert window.session.has_pending


def notes_in(path: Path) -> list[str]:
    with Journal.open(path, PASSPHRASE) as journal:
        return [row["notes"] for row in journal.rows("session")]


def test_a_journal_opened_before_the_window_is_ready_shows_its_unlock_screen_once_it_is(
        qtbot: QtBot, listen: Listen, settings: Settings, journal_path: Path) -> None:
    made: list[MainWindow] = []
    listener = listen(lambda path: file_open.open_in(made[0], path))  # as main.py: before the window
    system_opens(journal_path)  # the system is quicker than the window
    window = MainWindow(settings)
    made.append(window)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.stack.currentWidget() is window.welcome
    listener.ready()
    assert shows_unlock_screen_for(window, journal_path)
    page = window.unlock_page
    assert "Unlock journal" in page.title.text() and page.message.text() == "" and page.passphrase.isEnabled()
    to_front(qtbot, window)
    unlock_typed(qtbot, window)
    assert window.stack.currentWidget() is window.overview
    window.close()


def test_a_journal_opened_while_the_app_runs_shows_its_unlock_screen(
        qtbot: QtBot, listening: MainWindow, journal_path: Path) -> None:
    window = listening
    system_opens(journal_path)
    assert shows_unlock_screen_for(window, journal_path)
    assert window.unlock_page.message.text() == ""
    unlock_typed(qtbot, window)
    assert window.stack.currentWidget() is window.overview and window.service.path == journal_path


@pytest.mark.parametrize(("what", "told"), [
    ("missing", "It was looked for at {path}."),
    ("folder", "{path} is a folder, not a tandem journal."),
    ("web", "It was looked for at {path}."),
])
def test_what_cannot_be_a_journal_is_told_calmly(qtbot: QtBot, listening: MainWindow, tmp_path: Path,
                                                 what: str, told: str) -> None:
    window = listening
    target: Path | QUrl = tmp_path / "tippfehler.tandem"
    if what == "folder":
        target = tmp_path
    if what == "web":
        target = QUrl("https://example.org/tandem.tandem")
    system_opens(target)
    page = window.unlock_page
    assert window.stack.currentWidget() is page
    shown = page.file_label.text()
    assert told.format(path=shown) in page.message.text()
    assert "example.org/tandem.tandem" in shown if what == "web" else shown == str(target)
    assert not page.passphrase.isEnabled()
    # a file not there may be on a drive not connected: Try again has the keyboard (tests/ui/test_recent_list_walk.py)
    assert QApplication.focusWidget() is (page.cancel_button if what == "folder" else page.retry_button)


def test_opening_another_journal_saves_what_was_just_typed(
        qtbot: QtBot, listening: MainWindow, journal_path: Path,
        new_journal_path: Callable[[str], Path]) -> None:
    window = listening
    other = new_journal_path("zweites.tandem")
    unlock(qtbot, window, journal_path)
    type_into_new_session(qtbot, window)
    system_opens(other)
    assert shows_unlock_screen_for(window, other)
    assert not window.service.is_open
    assert notes_in(journal_path) == [TYPED]


def test_opening_another_journal_while_saving_fails_keeps_the_journal_and_the_typing(
        qtbot: QtBot, listening: MainWindow, journal_path: Path, new_journal_path: Callable[[str], Path],
        monkeypatch: pytest.MonkeyPatch) -> None:
    window = listening
    other = new_journal_path("zweites.tandem")
    unlock(qtbot, window, journal_path)
    journal = window.service.journal
    assert journal is not None
    real_update = journal.update

    def full_disk(table: str, row_id: int, **values: object) -> None:
        if table == "session":
            raise StorageError("The disk is full: tandem.tandem could not be saved. Free some space and try again.")
        real_update(table, row_id, **values)

    monkeypatch.setattr(journal, "update", full_disk)
    type_into_new_session(qtbot, window)
    system_opens(other)
    assert window.service.is_open and window.stack.currentWidget() is window.session
    assert window.session.notes.toPlainText() == TYPED
    assert "stays open" in window.message.label.text() and "disk is full" in window.message.label.text()

    monkeypatch.setattr(journal, "update", real_update)  # space was freed: the person double-clicks again
    system_opens(other)
    assert shows_unlock_screen_for(window, other)
    assert notes_in(journal_path) == [TYPED]


def test_opening_the_journal_that_is_open_only_brings_it_to_the_front(
        qtbot: QtBot, listening: MainWindow, journal_path: Path) -> None:
    window = listening
    unlock(qtbot, window, journal_path)
    type_into_new_session(qtbot, window)
    window.showMinimized()
    qtbot.waitUntil(window.isMinimized)
    system_opens(journal_path)
    assert not window.isMinimized()
    assert window.service.is_open and window.stack.currentWidget() is window.session
    assert window.session.notes.toPlainText() == TYPED
    qtbot.waitUntil(lambda: not window.session.has_pending, timeout=5_000)
    session = window.service.get("session", window.session.session_id or 0)
    assert session is not None and session["notes"] == TYPED


def test_opening_the_locked_journal_keeps_the_passphrase_typed_and_the_place(
        qtbot: QtBot, listening: MainWindow, journal_path: Path) -> None:
    window = listening
    unlock(qtbot, window, journal_path)
    type_into_new_session(qtbot, window)
    press(qtbot, Qt.Key.Key_L, CTRL)  # locked
    page = window.unlock_page
    assert window.stack.currentWidget() is page and "Locked" in page.title.text()
    half = PASSPHRASE[:8]
    qtbot.waitUntil(page.passphrase.hasFocus)
    type_text(qtbot, half)
    system_opens(journal_path)
    assert window.stack.currentWidget() is page and "Locked" in page.title.text()
    assert page.passphrase.text() == half and page.passphrase.hasFocus()
    type_text(qtbot, PASSPHRASE[8:])
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.service.is_open, timeout=10_000)
    assert window.stack.currentWidget() is window.session  # back where the person was
    assert window.session.notes.toPlainText() == TYPED


def test_a_journal_opened_while_another_is_unlocking_is_the_one_on_screen_at_the_end(
        qtbot: QtBot, listening: MainWindow, journal_path: Path, new_journal_path: Callable[[str], Path]) -> None:
    window = listening
    other = new_journal_path("zweites.tandem")
    system_opens(journal_path)
    to_front(qtbot, window)
    type_text(qtbot, PASSPHRASE)
    press(qtbot, Qt.Key.Key_Return)  # its key is being derived …
    assert window.unlock_page.busy.isVisible()
    system_opens(other, at_once=True)  # … when the other is double-clicked
    QThreadPool.globalInstance().waitForDone(10_000)  # the first one's key is ready …
    QApplication.processEvents()  # … and handed to the window
    qtbot.waitUntil(lambda: shows_unlock_screen_for(window, other) and not window.service.is_open, timeout=5_000)
    assert window.unlock_page.passphrase.isEnabled() and not window.unlock_page.busy.isVisible()
    unlock_typed(qtbot, window)
    assert window.service.path == other


def test_a_journal_opened_while_a_dialog_is_open_waits_until_it_is_closed(
        qtbot: QtBot, listening: MainWindow, journal_path: Path) -> None:
    window = listening
    seen: dict[str, object] = {}

    def while_open(dialog: QDialog) -> None:
        system_opens(journal_path)
        seen["page"] = window.stack.currentWidget()
        seen["open"] = dialog.isVisible()
        dialog.reject()

    when_shown(window, QDialog, while_open)
    to_front(qtbot, window)
    press(qtbot, Qt.Key.Key_Comma, CTRL)  # the preferences
    assert seen == {"page": window.welcome, "open": True}, "nothing changes behind the dialog"
    qtbot.waitUntil(lambda: shows_unlock_screen_for(window, journal_path))
    unlock_typed(qtbot, window)
    assert window.stack.currentWidget() is window.overview


WIRED = """
import sys
from pathlib import Path
from PySide6.QtCore import QCoreApplication, QTimer, QUrl
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QApplication, QLabel
import app.ui.main as entry
entry.FILES_COME_AS_EVENTS = True  # as on macOS
journal = Path(sys.argv[1])
app = QApplication(["tandem-journal"])

def sent() -> None:  # what Finder sends for a double-clicked journal, once the app runs
    QCoreApplication.postEvent(QApplication.instance(), QFileOpenEvent(QUrl.fromLocalFile(str(journal))))
    QTimer.singleShot(1000, look)

def look() -> None:
    window = next(w for w in QApplication.topLevelWidgets() if type(w).__name__ == "MainWindow")
    page = window.unlock_page
    print("on screen:", window.stack.currentWidget() is page, page.isVisible(), flush=True)
    print("names:", journal.name in " ".join(label.text() for label in page.findChildren(QLabel) if label.isVisible()),
          flush=True)
    QApplication.closeAllWindows()

QTimer.singleShot(300, sent)
sys.exit(entry.main(["tandem-journal"]))
"""


def test_the_real_app_opens_a_journal_the_system_hands_over(journal_path: Path, tmp_path: Path) -> None:
    """Through ``app.ui.main.main`` (its wiring, not a listener a test installs): the event posted
    after start shows that journal's unlock screen, named."""
    import os
    import subprocess
    import sys

    root = Path(__file__).resolve().parents[2]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(root), "LANG": "en_US.UTF-8",
           "HOME": str(tmp_path), "XDG_CONFIG_HOME": str(tmp_path / "config")}
    result = subprocess.run([sys.executable, "-c", WIRED, str(journal_path)], cwd=root, env=env,
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == ["on screen: True True", "names: True"], result.stdout + result.stderr


def test_an_address_elsewhere_is_shown_without_its_secrets() -> None:
    """A user name, password, query or fragment may be a key to somebody's account: never on screen."""
    shown = str(file_open.asked_path(QUrl("https://anna:geheim@example.org/t.tandem?token=abc123#teil")))
    assert "example.org/t.tandem" in shown
    assert not any(secret in shown for secret in ("anna", "geheim", "token", "abc123", "teil"))
