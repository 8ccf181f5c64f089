"""Locking when the person walks away: the screen locks, or the computer is about to sleep.

Each test starts two private D-Bus daemons, one as the session bus and one as the system bus
(the app's listener connects to ``DBUS_SESSION_BUS_ADDRESS`` and ``DBUS_SYSTEM_BUS_ADDRESS``),
with a stand-in for logind on the 'system' one that answers ``GetSession``. The test sends the
signals a desktop and logind send and waits on the listener's ``locked`` signal. Without
dbus-daemon the tests are skipped, unless under CI (``CI=true`` or ``TANDEM_REQUIRE_XVFB=1``, set
by .ci/run, which installs it): then they fail.
"""

from __future__ import annotations

import itertools
import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import ClassInfo, QModelIndex, QObject, Qt, QTimer, Slot
from PySide6.QtDBus import QDBusConnection, QDBusMessage, QDBusObjectPath
from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QLabel, QLineEdit, QPlainTextEdit, QSpinBox, QTextEdit
from pytestqt.qtbot import QtBot

from app.core.locking import WalkedAway
from app.store import Journal
from app.ui.dialogs.preferences import PreferencesDialog
from app.ui.main_window import MainWindow
from tests.conftest import PASSPHRASE
from tests.ui.conftest import press, type_text, unlock, when_shown
from tests.ui.test_reflections import MARKER as PRIVATE_MARKER
from tests.ui.test_reflections import MINE, _create_private, _write_reflection

ROOT = Path(__file__).resolve().parents[2]
CTRL = Qt.KeyboardModifier.ControlModifier
SHARED_MARKER = "Gemeinsam-Vertraulich-Zebra-Ωμέγα"
SESSION_PATH = "/org/freedesktop/login1/session/_37"
REQUIRED = os.environ.get("CI") == "true" or os.environ.get("TANDEM_REQUIRE_XVFB") == "1"
OFFSCREEN_NOISE = ("This plugin does not support propagateSizeHints()", "This plugin does not support raise()")


def _start_bus(log: Path) -> tuple[subprocess.Popen, str]:
    """A private dbus-daemon with the session bus's rules; its address."""
    try:
        with log.open("wb") as errors:
            daemon = subprocess.Popen(["dbus-daemon", "--session", "--nofork", "--nopidfile", "--print-address"],
                                      stdout=subprocess.PIPE, stderr=errors)
    except FileNotFoundError:
        message = "dbus-daemon is not installed (Debian: apt-get install dbus-daemon)"
        if REQUIRED:
            pytest.fail(message + ", but this is CI")
        pytest.skip(message)
    assert daemon.stdout is not None
    address = daemon.stdout.readline().decode().strip()
    if not address:
        daemon.kill()
        daemon.wait()
        daemon.stdout.close()
        pytest.fail(f"dbus-daemon did not start: {log.read_text(errors='replace')[-2000:]}")
    return daemon, address


@ClassInfo({"D-Bus Interface": "org.freedesktop.login1.Manager"})
class FakeLogind(QObject):
    """What the listener asks of logind: the object of its login session."""

    def __init__(self) -> None:
        super().__init__()
        self.asked: list[str] = []

    @Slot(str, result=QDBusObjectPath)
    def GetSession(self, session_id: str) -> QDBusObjectPath:  # noqa: N802 (logind's name)
        self.asked.append(session_id)
        return QDBusObjectPath(SESSION_PATH)


@dataclass
class Buses:
    session: QDBusConnection  # the desktop's side of the session bus (the screen savers)
    system: QDBusConnection  # logind's side of the system bus
    logind: FakeLogind

    def send(self, bus: QDBusConnection, path: str, interface: str, member: str, *args: object) -> None:
        message = QDBusMessage.createSignal(path, interface, member)
        message.setArguments(list(args))
        assert bus.send(message), bus.lastError().message()

    def screen_saver(self, active: bool, service: str = "org.freedesktop.ScreenSaver") -> None:
        self.send(self.session, "/" + service.replace(".", "/"), service, "ActiveChanged", active)

    def session_lock(self) -> None:
        self.send(self.system, SESSION_PATH, "org.freedesktop.login1.Session", "Lock")

    def prepare_for_sleep(self, before: bool) -> None:
        self.send(self.system, "/org/freedesktop/login1", "org.freedesktop.login1.Manager", "PrepareForSleep", before)


@pytest.fixture
def buses(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Buses]:
    daemons: list[subprocess.Popen] = []
    connections: list[QDBusConnection] = []
    try:
        for kind in ("session", "system"):
            daemon, address = _start_bus(tmp_path / f"dbus-{kind}.log")
            daemons.append(daemon)
            monkeypatch.setenv(f"DBUS_{kind.upper()}_BUS_ADDRESS", address)
            name = f"test-{kind}-{tmp_path.name}"
            connection = QDBusConnection.connectToBus(address, name)
            assert connection.isConnected(), connection.lastError().message()
            connections.append(connection)
        session, system = connections
        for service in ("org.freedesktop.ScreenSaver", "org.gnome.ScreenSaver"):
            assert session.registerService(service)
        logind = FakeLogind()
        assert system.registerObject("/org/freedesktop/login1", logind,
                                     QDBusConnection.RegisterOption.ExportAllSlots)
        assert system.registerService("org.freedesktop.login1")
        monkeypatch.delenv("XDG_SESSION_ID", raising=False)
        yield Buses(session, system, logind)
    finally:  # let go of the stand-in; the connections end with their daemons (closing one here can
        # deadlock with the next test's new connection: see ScreenLockListener._connect)
        if len(connections) == 2:
            connections[1].unregisterObject("/org/freedesktop/login1")
        connections.clear()
        for daemon in daemons:
            daemon.terminate()
            daemon.wait(timeout=10)
            if daemon.stdout is not None:
                daemon.stdout.close()


@pytest.fixture
def bus_window(buses: Buses, make_window: Callable[[], MainWindow]) -> MainWindow:
    """The window, made after the buses (and closed before they go)."""
    return make_window()


def _until_heard(qtbot: QtBot, window: MainWindow, send: Callable[[], None]) -> list[WalkedAway]:
    """Send the signal, again every 100 ms until the listener has heard it (its match rules may reach
    the daemon a moment after the window is up); what it emitted."""
    heard: list[WalkedAway] = []
    window.screen_lock.locked.connect(heard.append)
    again = QTimer()
    again.timeout.connect(send)
    again.start(100)
    try:
        with qtbot.waitSignal(window.screen_lock.locked, timeout=10_000):
            send()
    finally:
        again.stop()
    return heard


def _shown_text(window: MainWindow) -> str:
    """Every text any widget of the window shows: fields, labels, buttons, lists, the title."""
    texts = [window.windowTitle()]
    for widget in window.findChildren(QLineEdit):
        texts.append(widget.text())
    for widget in window.findChildren(QTextEdit) + window.findChildren(QPlainTextEdit):
        texts.append(widget.toPlainText())
    for widget in window.findChildren(QLabel):
        texts.append(widget.text())
    for widget in window.findChildren(QAbstractButton):
        texts.append(widget.text())
    for view in window.findChildren(QAbstractItemView):
        model = view.model()
        if model is not None:
            for row in range(model.rowCount(QModelIndex())):
                cells = (model.index(row, column) for column in range(50))  # list models hide columnCount
                texts.extend(str(cell.data()) for cell in itertools.takewhile(QModelIndex.isValid, cells))
    return "\n".join(texts)


def _write_in_a_session(qtbot: QtBot, window: MainWindow, journal_path: Path) -> None:
    unlock(qtbot, window, journal_path)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    press(qtbot, Qt.Key.Key_N, CTRL)  # a new session
    press(qtbot, Qt.Key.Key_2, CTRL)  # Ctrl+2: its notes
    type_text(qtbot, SHARED_MARKER)
    assert SHARED_MARKER in _shown_text(window)


def _assert_locked_and_empty(window: MainWindow, *markers: str) -> None:
    assert not window.service.is_open
    assert window.stack.currentWidget() is window.unlock_page and "Locked" in window.unlock_page.title.text()
    shown = _shown_text(window)
    for marker in markers:
        assert marker not in shown


WALKING_AWAY = {
    "freedesktop screen saver": lambda b: b.screen_saver(True),
    "GNOME screen saver": lambda b: b.screen_saver(True, "org.gnome.ScreenSaver"),
    "logind session lock": Buses.session_lock,
    "logind prepare for sleep": lambda b: b.prepare_for_sleep(True),
}


@pytest.mark.parametrize("event", WALKING_AWAY)
def test_walking_away_locks_and_clears_the_window(qtbot: QtBot, buses: Buses, bus_window: MainWindow,
                                                  journal_path: Path, event: str) -> None:
    window = bus_window
    _write_in_a_session(qtbot, window, journal_path)
    if event == "logind session lock":
        qtbot.waitUntil(lambda: window.screen_lock.login_session == SESSION_PATH, timeout=10_000)
        assert buses.logind.asked == ["auto"]  # no XDG_SESSION_ID here: the caller's session
    heard = _until_heard(qtbot, window, lambda: WALKING_AWAY[event](buses))
    expected = WalkedAway.SLEEP if "sleep" in event else WalkedAway.SCREEN_LOCKED
    assert heard[0] is expected
    _assert_locked_and_empty(window, SHARED_MARKER)
    with Journal.open(journal_path, PASSPHRASE) as j:
        assert SHARED_MARKER in j.rows("session")[0]["notes"], "what was typed was saved before locking"


def test_the_screen_unlocking_or_waking_up_does_not_lock(qtbot: QtBot, buses: Buses, bus_window: MainWindow,
                                                         journal_path: Path) -> None:
    window = bus_window
    unlock(qtbot, window, journal_path)
    heard = _until_heard(qtbot, window, lambda: buses.screen_saver(True))  # the listener hears this bus
    unlock(qtbot, window, journal_path)
    heard.clear()
    with qtbot.waitSignal(window.screen_lock.locked, timeout=10_000):
        buses.screen_saver(False)  # the screen unlocks: nothing
        buses.screen_saver(True)  # sent after it on the same connection, so heard after it
    assert heard == [WalkedAway.SCREEN_LOCKED]
    heard.clear()
    buses.prepare_for_sleep(False)  # waking up: nothing
    _until_heard(qtbot, window, lambda: buses.prepare_for_sleep(True))
    assert WalkedAway.SCREEN_LOCKED not in heard and heard[0] is WalkedAway.SLEEP


def test_the_session_is_asked_by_its_id_when_known(qtbot: QtBot, buses: Buses, make_window: Callable[[], MainWindow],
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_SESSION_ID", "37")
    window = make_window()
    qtbot.waitUntil(lambda: window.screen_lock.login_session == SESSION_PATH, timeout=10_000)
    assert buses.logind.asked == ["37"]


def test_my_reflections_lock_too(qtbot: QtBot, buses: Buses, bus_window: MainWindow, journal_path: Path,
                                 tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    window = bus_window
    unlock(qtbot, window, journal_path)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    press(qtbot, Qt.Key.Key_R, CTRL)  # my reflections
    page = _create_private(qtbot, window, tmp_path / "meine.reflections", MINE, monkeypatch)
    qtbot.waitUntil(lambda: page.is_open, timeout=10_000)
    _write_reflection(qtbot, page)
    assert PRIVATE_MARKER in _shown_text(window)
    _until_heard(qtbot, window, lambda: buses.prepare_for_sleep(True))
    assert not page.is_open and page.body.toPlainText() == "" and page.model.rowCount() == 0
    _assert_locked_and_empty(window, PRIVATE_MARKER)


def _set_preferences(qtbot: QtBot, window: MainWindow, untick: str) -> dict[str, object]:
    """Open the preferences (Ctrl+,), note what they show, untick one box by its text, press OK."""
    seen: dict[str, object] = {}

    def answer(dialog: PreferencesDialog) -> None:
        boxes = {box.text(): box for box in dialog.findChildren(QAbstractButton) if box.isCheckable()}
        seen["boxes"] = {text: box.isChecked() for text, box in boxes.items()}
        seen["idle"] = next(s.text() for s in dialog.findChildren(QSpinBox)
                            if s.accessibleName() == "Lock after minutes without input")
        if untick:
            qtbot.mouseClick(boxes[untick], Qt.MouseButton.LeftButton)
        ok = next(b for b in dialog.findChildren(QAbstractButton) if b.text().replace("&", "") == "OK")
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

    when_shown(window, PreferencesDialog, answer)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    press(qtbot, Qt.Key.Key_Comma, CTRL)
    return seen


@pytest.mark.parametrize(("untick", "off", "still_on"), [
    ("Lock when the screen locks", lambda b: b.screen_saver(True), lambda b: b.prepare_for_sleep(True)),
    ("Lock before the computer sleeps", lambda b: b.prepare_for_sleep(True), lambda b: b.screen_saver(True)),
])
def test_each_preference_turns_its_lock_off(qtbot: QtBot, buses: Buses, bus_window: MainWindow, journal_path: Path,
                                            untick: str, off: Callable[[Buses], None],
                                            still_on: Callable[[Buses], None]) -> None:
    window = bus_window
    unlock(qtbot, window, journal_path)
    seen = _set_preferences(qtbot, window, untick)
    boxes = seen["boxes"]
    assert isinstance(boxes, dict)
    assert (boxes["Lock when the screen locks"], boxes["Lock before the computer sleeps"]) == (True, True), \
        "both on by default"
    _until_heard(qtbot, window, lambda: off(buses))
    assert window.service.is_open and window.stack.currentWidget() is not window.unlock_page, f"{untick} is off"
    _until_heard(qtbot, window, lambda: still_on(buses))
    assert not window.service.is_open, "the other one still locks"
    window.settings.sync()
    reread = type(window.settings)(window.settings.path)
    assert (reread.lock_on_screen_lock, reread.lock_before_sleep) == (
        untick != "Lock when the screen locks", untick != "Lock before the computer sleeps")


def test_a_fresh_profile_locks_after_five_minutes_without_input(qtbot: QtBot, window: MainWindow,
                                                                journal_path: Path) -> None:
    unlock(qtbot, window, journal_path)
    assert window.idle.seconds == 300
    seen = _set_preferences(qtbot, window, "")
    assert "5 min" in str(seen["idle"])  # what the preferences show


NO_BUS_PROBE = (
    "import sys\n"
    "from PySide6.QtCore import QTimer\n"
    "from PySide6.QtWidgets import QApplication\n"
    "app = QApplication(sys.argv[:1])\n"
    "def probe():\n"
    "    app.exit(4)\n"
    "    [w] = [w for w in app.topLevelWidgets() if type(w).__name__ == 'MainWindow' and w.isVisible()]\n"
    "    app.exit(3 if w.screen_lock.listening else 0)\n"
    "QTimer.singleShot(500, probe)\n"
    "from app.ui.main import main\n"
    "sys.exit(main(['tandem-journal']))\n"
)


@pytest.mark.parametrize("where", ["an address that leads nowhere", "no address, no display"])
def test_without_a_bus_the_app_starts_and_says_nothing(tmp_path: Path, isolated_home: dict[str, Path],
                                                       where: str) -> None:
    env = {key: value for key, value in os.environ.items() if not key.startswith(("DBUS_", "DISPLAY", "WAYLAND"))}
    env.update(QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT), XDG_RUNTIME_DIR=str(tmp_path))
    env.update(DBUS_SYSTEM_BUS_ADDRESS=f"unix:path={tmp_path}/no-system-bus")
    if where == "an address that leads nowhere":
        env.update(DBUS_SESSION_BUS_ADDRESS=f"unix:path={tmp_path}/no-session-bus")
    result = subprocess.run([sys.executable, "-c", NO_BUS_PROBE], cwd=tmp_path, env=env, capture_output=True,
                            text=True, timeout=60)
    said = [line for line in result.stderr.splitlines() if line not in OFFSCREEN_NOISE]
    assert (result.returncode, result.stdout, said) == (0, "", [])
