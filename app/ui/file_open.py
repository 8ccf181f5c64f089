"""Journal files the system asks the running app to open (issue 17.4).

On Windows and Linux a double-clicked ``.tandem`` file starts the app with its path on the command
line (``main.py``). On macOS it does not: Finder (or ``open FILE.tandem``) hands the file to the app
as a ``QFileOpenEvent`` on the application, at start maybe before the window is ready, and later
each time another file is opened. ``install`` puts a ``FileOpenListener`` on the application: it
keeps what comes before ``ready()`` and hands the last file asked for to ``open_path`` then; while a
dialog or a menu is open it waits until it is closed, so that nothing is pulled away underneath it.

``open_in`` is what opening means in the window. The journal already on screen (unlocked, or on its
unlock screen) only comes to the front (``app/core/opening.py``). Another file waits while a journal
is being unlocked (else that one would take the screen when its key is ready), then goes to
``begin_unlock``, exactly as "Open journal…" does with a chosen file: pending typing is saved first
(if it cannot be, the journal stays open with the typing and says why), then the file's unlock
screen asks for the passphrase, or says calmly why the file cannot be unlocked (missing, a folder,
not a tandem journal, open elsewhere). An address that is not a file on this computer is told like
a missing file.

The filter sees every event of the application (Qt has no narrower hook for this one) and lets all
others pass at its first comparison: about 1.4 µs more per event, some 1.4 ms while the window is
built and first drawn.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, QUrl
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QApplication

from app.core.opening import same_journal

if TYPE_CHECKING:
    from .main_window import MainWindow

WAIT_MS = 200  # how often a file that waits for a dialog or menu to close looks again


def asked_path(url: QUrl) -> Path | None:
    """The file an event asks for; an address elsewhere as it reads (without a user name or password:
    no such file exists here, and the unlock screen says so); None for an empty event."""
    if url.isLocalFile():
        return Path(url.toLocalFile())
    elsewhere = QUrl(url)
    elsewhere.setUserInfo(None)  # type: ignore[arg-type]  # a null string: no "@" left (PySide's stubs want str)
    elsewhere.setQuery(None)  # type: ignore[call-overload]  # nor a query or fragment, which may hold a token
    elsewhere.setFragment(None)  # type: ignore[arg-type]
    shown = elsewhere.toDisplayString()
    return Path(shown) if shown else None


class FileOpenListener(QObject):
    """Takes the application's ``QFileOpenEvent``s and hands each file to ``open_path`` when it can."""

    def __init__(self, app: QCoreApplication, open_path: Callable[[Path], None]) -> None:
        super().__init__(app)
        self._open_path = open_path
        self._ready = False
        self.waiting: Path | None = None  # the last file asked for and not yet handed on
        self._later = QTimer(self)
        self._later.setSingleShot(True)
        self._later.setInterval(WAIT_MS)
        self._later.timeout.connect(self._hand_on)
        app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.FileOpen:
            return False
        assert isinstance(event, QFileOpenEvent)
        path = asked_path(event.url())
        if path is not None:
            self.waiting = path  # several at once (a selection in Finder): one journal at a time, the last
            self._hand_on()
        return True

    def ready(self) -> None:
        """The window is shown: hand on what was asked for before, and from now on at once."""
        self._ready = True
        self._hand_on()

    def stop(self) -> None:
        """Listen no more (the application ends, or a test is over)."""
        app = QCoreApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self._later.stop()
        self.waiting = None
        self.deleteLater()

    def _hand_on(self) -> None:
        if self.waiting is None or not self._ready:
            return
        if QApplication.activeModalWidget() is not None or QApplication.activePopupWidget() is not None:
            self._later.start()  # a dialog or menu is open: the file waits until it is closed
            return
        path, self.waiting = self.waiting, None
        self._open_path(path)


def install(app: QCoreApplication, open_path: Callable[[Path], None]) -> FileOpenListener:
    """Listen for files the system asks the app to open; ``open_path`` gets them once ``ready()`` is called."""
    return FileOpenListener(app, open_path)


def open_in(window: MainWindow, path: Path) -> None:
    """Open ``path`` in ``window`` as the person asked from outside the app (see the module's text)."""
    to_front(window)
    if same_journal(path, journal_on_screen(window)):
        return
    if unlocking(window):  # else the journal being unlocked would take the screen from this one's unlock screen
        QTimer.singleShot(WAIT_MS, window, lambda: open_in(window, path))
        return
    window.begin_unlock(path)


def unlocking(window: MainWindow) -> bool:
    """Whether a journal is being unlocked or created (its key derived in the background)."""
    return window._built("unlock_page") and window.unlock_page.busy.isVisibleTo(window.unlock_page)


def journal_on_screen(window: MainWindow) -> Path | None:
    """The journal the window shows: unlocked, or on its unlock screen waiting for its passphrase or
    unlocking. None on the welcome screen, and when the unlock screen told why its file cannot be
    unlocked (opening it again checks it again: it may be back in its place)."""
    if window._built("service") and window.service.is_open:
        return window.service.path
    if window._built("unlock_page") and window.stack.currentWidget() is window.unlock_page:
        page = window.unlock_page
        if page.passphrase.isEnabled() or unlocking(window):
            return window._path
    return None


def to_front(window: MainWindow) -> None:
    """Out of the Dock or taskbar if minimised (full screen or maximised as it was), and in front."""
    from PySide6.QtCore import Qt  # here: naming Qt's namespace costs 15 ms at start (tests/test_startup.py)

    if window.isMinimized():
        window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
    window.raise_()
    window.activateWindow()
