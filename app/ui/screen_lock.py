"""Notice when the person walks away: the session's screen locks, or the computer is about to sleep.

``ScreenLockListener`` emits ``locked`` with a ``WalkedAway`` (``app/core/locking.py``); the
window asks the core whether the preferences let that lock (``LockingMixin.walked_away``).
Where the system offers nothing to listen to (no D-Bus, a desktop without a screen saver
service), nothing is emitted and nothing is said: the app runs as before.

- Linux (tested): D-Bus through QtDBus, as KeePassXC does. On the session bus the screen savers'
  ``ActiveChanged(true)`` (``org.freedesktop.ScreenSaver``, ``org.gnome.ScreenSaver``); on the
  system bus logind's ``Session.Lock`` for this login session (its object asked of
  ``Manager.GetSession`` with ``XDG_SESSION_ID``, or ``"auto"``: the caller's session, else the
  user's display session) and ``Manager.PrepareForSleep(true)``. Each listener has connections
  of its own, to the addresses in ``DBUS_SESSION_BUS_ADDRESS`` and ``DBUS_SYSTEM_BUS_ADDRESS``
  when set (the tests point both at private buses) or else to the usual buses.
- Windows (written, untested): ``WTSRegisterSessionNotification`` for the window, then
  ``WM_WTSSESSION_CHANGE`` (lock, console disconnect) and ``WM_POWERBROADCAST`` (suspend)
  through a native event filter.
- macOS (written, untested): the distributed notification ``com.apple.screenIsLocked``.
"""

from __future__ import annotations

import os
import sys
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtWidgets import QWidget

from app.core.locking import WalkedAway

SCREEN_SAVERS = (("org.freedesktop.ScreenSaver", "/org/freedesktop/ScreenSaver"),
                 ("org.gnome.ScreenSaver", "/org/gnome/ScreenSaver"))
LOGIN1 = "org.freedesktop.login1"
LOGIN1_PATH = "/org/freedesktop/login1"
LOGIN1_MANAGER = "org.freedesktop.login1.Manager"
LOGIN1_SESSION = "org.freedesktop.login1.Session"
_connections: dict[tuple[str, str], str] = {}  # (bus, address) -> the name of this process's connection to it


class ScreenLockListener(QObject):
    """Emits ``locked(WalkedAway)`` when the screen locks or the computer is about to sleep."""

    locked = Signal(object)

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.login_session: str | None = None  # logind's object for this session, once known
        self._names: dict[str, str] = {}  # "session"/"system" -> the name of the connection listened on
        self._hooks: list[tuple[str, str, str, str, str, str]] = []
        self._asking: Any = None
        self._native: Any = None
        try:
            if sys.platform == "win32":
                self._native = _WindowsSessionFilter(self, window)
            elif sys.platform == "darwin":
                self._native = _MacScreenLocked(self)
            else:
                self._listen_on_dbus()
        except (ImportError, OSError, AttributeError):  # no QtDBus (libdbus missing), no system library
            self.stop()

    @property
    def listening(self) -> bool:
        """Whether anything is listened to (a signal on a bus, or the native notifications)."""
        return bool(self._hooks) or self._native is not None

    def stop(self) -> None:
        """Listen no more (the window closes): every signal let go of while this object lives, so that
        nothing of QtDBus points here afterwards. The connections stay open for the next window."""
        if self._hooks:
            from PySide6.QtDBus import QDBusConnection

            for kind, service, path, interface, member, slot in self._hooks:
                bus: Any = QDBusConnection(self._names[kind])
                bus.disconnect(service, path, interface, member, self, slot)
        self._hooks, self._names = [], {}
        if self._asking is not None:
            self._asking.deleteLater()
            self._asking = None
        if self._native is not None:
            self._native.stop()
            self._native = None

    # D-Bus ------------------------------------------------------------------------------------
    def _connect(self, kind: str) -> bool:
        """Listen on the session or system bus (False when there is none).

        One connection per bus and address for the whole process, made once and never closed: a
        closing connection is torn down on QtDBus's own thread, which then needs Python's lock to
        let go of Python objects, while a new connection is made on the GUI thread holding that
        lock (PySide6 6.11): the two waited for each other for ever.
        """
        from PySide6.QtDBus import QDBusConnection

        address = os.environ.get(f"DBUS_{kind.upper()}_BUS_ADDRESS", "")
        name = _connections.get((kind, address))
        if name is None:
            name = f"tandem-journal-{kind}-{len(_connections) + 1}"
            bus = QDBusConnection.BusType.SessionBus if kind == "session" else QDBusConnection.BusType.SystemBus
            made = QDBusConnection.connectToBus(address, name) if address else QDBusConnection.connectToBus(bus, name)
            _connections[(kind, address)] = name
            if not made.isConnected():
                return False
        if not QDBusConnection(name).isConnected():  # no bus there (or it went away)
            return False
        self._names[kind] = name
        return True

    def _hook(self, kind: str, service: str, path: str, interface: str, member: str, slot: str) -> None:
        from PySide6.QtCore import SLOT
        from PySide6.QtDBus import QDBusConnection

        signature = SLOT(slot)
        bus: Any = QDBusConnection(self._names[kind])  # its stubs say bytes for the slot; it takes SLOT()'s str
        if bus.connect(service, path, interface, member, self, signature):
            self._hooks.append((kind, service, path, interface, member, signature))

    def _listen_on_dbus(self) -> None:
        from PySide6.QtDBus import QDBusConnection, QDBusMessage, QDBusPendingCallWatcher

        if self._connect("session"):
            for service, path in SCREEN_SAVERS:
                self._hook("session", service, path, service, "ActiveChanged", "_screen_saver(bool)")
        if not self._connect("system"):
            return
        self._hook("system", LOGIN1, LOGIN1_PATH, LOGIN1_MANAGER, "PrepareForSleep", "_prepare_for_sleep(bool)")
        ask = QDBusMessage.createMethodCall(LOGIN1, LOGIN1_PATH, LOGIN1_MANAGER, "GetSession")
        ask.setArguments([os.environ.get("XDG_SESSION_ID") or "auto"])
        self._asking = QDBusPendingCallWatcher(QDBusConnection(self._names["system"]).asyncCall(ask, 10_000), self)
        self._asking.finished.connect(self._session_found)

    def _session_found(self, watcher: Any) -> None:
        from PySide6.QtDBus import QDBusObjectPath

        if watcher is not self._asking:
            return  # stopped meanwhile
        self._asking = None
        watcher.deleteLater()
        answer = watcher.reply().arguments() if not watcher.isError() else []
        if "system" not in self._names or not answer or not isinstance(answer[0], QDBusObjectPath):
            return  # no logind, or no session for us: the screen savers and sleep still lock
        self.login_session = answer[0].path()
        self._hook("system", LOGIN1, self.login_session, LOGIN1_SESSION, "Lock", "_session_lock()")

    @Slot(bool)
    def _screen_saver(self, active: bool) -> None:
        if active:
            self.locked.emit(WalkedAway.SCREEN_LOCKED)

    @Slot()
    def _session_lock(self) -> None:
        self.locked.emit(WalkedAway.SCREEN_LOCKED)

    @Slot(bool)
    def _prepare_for_sleep(self, before: bool) -> None:
        if before:
            self.locked.emit(WalkedAway.SLEEP)


if sys.platform == "win32":  # written after the Win32 documentation; not run on these machines
    import ctypes
    from ctypes import wintypes

    from PySide6.QtCore import QAbstractNativeEventFilter, QCoreApplication

    WM_WTSSESSION_CHANGE, WTS_CONSOLE_DISCONNECT, WTS_SESSION_LOCK = 0x02B1, 0x2, 0x7
    WM_POWERBROADCAST, PBT_APMSUSPEND = 0x0218, 0x4
    NOTIFY_FOR_THIS_SESSION = 0

    class _WindowsSessionFilter(QAbstractNativeEventFilter):
        def __init__(self, listener: ScreenLockListener, window: QWidget) -> None:
            super().__init__()
            self._listener = listener
            self._hwnd = wintypes.HWND(int(window.winId()))
            ctypes.windll.wtsapi32.WTSRegisterSessionNotification(self._hwnd, NOTIFY_FOR_THIS_SESSION)
            app = QCoreApplication.instance()
            if app is not None:
                app.installNativeEventFilter(self)

        def nativeEventFilter(self, eventType: Any, message: int) -> object:
            if bytes(eventType) in (b"windows_generic_MSG", b"windows_dispatcher_MSG"):
                msg = wintypes.MSG.from_address(int(message))
                if msg.message == WM_WTSSESSION_CHANGE and msg.wParam in (WTS_SESSION_LOCK, WTS_CONSOLE_DISCONNECT):
                    self._listener.locked.emit(WalkedAway.SCREEN_LOCKED)
                elif msg.message == WM_POWERBROADCAST and msg.wParam == PBT_APMSUSPEND:
                    self._listener.locked.emit(WalkedAway.SLEEP)
            return False, 0

        def stop(self) -> None:
            app = QCoreApplication.instance()
            if app is not None:
                app.removeNativeEventFilter(self)
            ctypes.windll.wtsapi32.WTSUnRegisterSessionNotification(self._hwnd)
else:
    def _WindowsSessionFilter(listener: ScreenLockListener, window: QWidget) -> Any:  # noqa: N802
        raise OSError("not Windows")


if sys.platform == "darwin":  # written after Apple's CoreFoundation documentation; not run on these machines
    import ctypes
    import ctypes.util

    _CF_UTF8 = 0x08000100  # kCFStringEncodingUTF8
    _DELIVER_IMMEDIATELY = 4  # CFNotificationSuspensionBehaviorDeliverImmediately
    _CALLBACK = ctypes.CFUNCTYPE(None, ctypes.c_void_p, ctypes.c_void_p, ctypes.c_void_p, ctypes.c_void_p,
                                 ctypes.c_void_p)

    class _MacScreenLocked:
        """Observes ``com.apple.screenIsLocked`` on the distributed notification centre (Qt's event
        loop runs the main run loop, which delivers it)."""

        def __init__(self, listener: ScreenLockListener) -> None:
            cf = ctypes.cdll.LoadLibrary(ctypes.util.find_library("CoreFoundation") or "CoreFoundation")
            cf.CFNotificationCenterGetDistributedCenter.restype = ctypes.c_void_p
            cf.CFStringCreateWithCString.restype = ctypes.c_void_p
            cf.CFStringCreateWithCString.argtypes = (ctypes.c_void_p, ctypes.c_char_p, ctypes.c_uint32)
            cf.CFNotificationCenterAddObserver.argtypes = (ctypes.c_void_p, ctypes.c_void_p, _CALLBACK,
                                                           ctypes.c_void_p, ctypes.c_void_p, ctypes.c_long)
            cf.CFNotificationCenterRemoveEveryObserver.argtypes = (ctypes.c_void_p, ctypes.c_void_p)
            self._cf = cf
            self._center = cf.CFNotificationCenterGetDistributedCenter()
            if not self._center:
                raise OSError("no distributed notification centre")
            self._observer = ctypes.c_void_p(id(self))
            self._callback = _CALLBACK(lambda *_: listener.locked.emit(WalkedAway.SCREEN_LOCKED))  # kept alive
            name = cf.CFStringCreateWithCString(None, b"com.apple.screenIsLocked", _CF_UTF8)
            cf.CFNotificationCenterAddObserver(self._center, self._observer, self._callback, name, None,
                                               _DELIVER_IMMEDIATELY)

        def stop(self) -> None:
            self._cf.CFNotificationCenterRemoveEveryObserver(self._center, self._observer)
else:
    def _MacScreenLocked(listener: ScreenLockListener) -> Any:  # noqa: N802
        raise OSError("not macOS")
