"""The minimise walk on a real X server, run by test_lock_on_minimise.py in a child pytest
(QT_QPA_PLATFORM=xcb, DISPLAY=Xvfb's). Not collected by a normal run (not named test_*.py).

No window manager runs on Xvfb, so this module plays its part the way a window manager
minimises a window (ICCCM 4.1.4): from its own connection to the X server it sets the
window's WM_STATE property to IconicState and unmaps it. Qt learns of it from the X server
(PropertyNotify), exactly as on a desktop, and sends the window its WindowStateChange.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.ui.main_window import MainWindow
from tests.ui.conftest import unlock

if os.environ.get("QT_QPA_PLATFORM") != "xcb" or not os.environ.get("DISPLAY"):
    pytest.skip("runs on a real X server, started by tests/ui/test_lock_on_minimise.py", allow_module_level=True)

ICONIC_STATE = 3  # ICCCM WM_STATE: IconicState
PROP_MODE_REPLACE = 0


class _Cookie(ctypes.Structure):
    _fields_ = [("sequence", ctypes.c_uint)]


class _AtomReply(ctypes.Structure):
    _fields_ = [("response_type", ctypes.c_uint8), ("pad0", ctypes.c_uint8), ("sequence", ctypes.c_uint16),
                ("length", ctypes.c_uint32), ("atom", ctypes.c_uint32)]


def _xcb() -> ctypes.CDLL:
    xcb = ctypes.CDLL(ctypes.util.find_library("xcb") or "libxcb.so.1")
    xcb.xcb_connect.restype = ctypes.c_void_p
    xcb.xcb_connect.argtypes = [ctypes.c_char_p, ctypes.POINTER(ctypes.c_int)]
    xcb.xcb_connection_has_error.argtypes = [ctypes.c_void_p]
    xcb.xcb_intern_atom.restype = _Cookie
    xcb.xcb_intern_atom.argtypes = [ctypes.c_void_p, ctypes.c_uint8, ctypes.c_uint16, ctypes.c_char_p]
    xcb.xcb_intern_atom_reply.restype = ctypes.POINTER(_AtomReply)
    xcb.xcb_intern_atom_reply.argtypes = [ctypes.c_void_p, _Cookie, ctypes.c_void_p]
    xcb.xcb_request_check.restype = ctypes.c_void_p
    xcb.xcb_request_check.argtypes = [ctypes.c_void_p, _Cookie]
    xcb.xcb_change_property_checked.restype = _Cookie
    xcb.xcb_change_property_checked.argtypes = [ctypes.c_void_p, ctypes.c_uint8, ctypes.c_uint32, ctypes.c_uint32,
                                                ctypes.c_uint32, ctypes.c_uint8, ctypes.c_uint32, ctypes.c_void_p]
    xcb.xcb_unmap_window_checked.restype = _Cookie
    xcb.xcb_unmap_window_checked.argtypes = [ctypes.c_void_p, ctypes.c_uint32]
    xcb.xcb_disconnect.argtypes = [ctypes.c_void_p]
    return xcb


def iconify_like_a_window_manager(window_id: int) -> None:
    """Minimise the X window ``window_id`` as a window manager does, from a separate X connection."""
    xcb = _xcb()
    conn = xcb.xcb_connect(None, None)
    assert conn and not xcb.xcb_connection_has_error(conn), "no connection to the X server"
    try:
        reply = xcb.xcb_intern_atom_reply(conn, xcb.xcb_intern_atom(conn, 0, 8, b"WM_STATE"), None)
        assert reply, "the X server did not answer"
        wm_state = reply.contents.atom
        ctypes.CDLL(None).free(reply)
        data = (ctypes.c_uint32 * 2)(ICONIC_STATE, 0)  # state, icon window (none)
        for cookie in (xcb.xcb_change_property_checked(conn, PROP_MODE_REPLACE, window_id, wm_state, wm_state, 32,
                                                       2, data),
                       xcb.xcb_unmap_window_checked(conn, window_id)):
            # Checked requests wait for the server's answer: unchecked ones could still be unread
            # when this connection closes, and then the server drops them (a flaky test).
            error = xcb.xcb_request_check(conn, cookie)
            assert not error, f"the X server refused to minimise window {window_id:#x}"
    finally:
        xcb.xcb_disconnect(conn)


def _minimise(qtbot: QtBot, window: MainWindow) -> None:
    assert window.windowHandle().isExposed() and not window.isMinimized()
    iconify_like_a_window_manager(int(window.winId()))
    qtbot.waitUntil(window.isMinimized, timeout=5_000)  # Qt has heard it from the X server


def test_minimised_by_the_window_system_locks_when_chosen(qtbot: QtBot, window: MainWindow,
                                                          journal_path: Path) -> None:
    window.settings.lock_on_minimize = True
    unlock(qtbot, window, journal_path)
    _minimise(qtbot, window)
    qtbot.waitUntil(lambda: not window.service.is_open, timeout=5_000)
    assert window.stack.currentWidget() is window.unlock_page
    assert "Locked" in window.unlock_page.title.text()


def test_minimised_by_the_window_system_stays_open_by_default(qtbot: QtBot, window: MainWindow,
                                                              journal_path: Path) -> None:
    assert not window.settings.lock_on_minimize
    unlock(qtbot, window, journal_path)
    _minimise(qtbot, window)
    qtbot.wait(100)  # nothing to wait for: it must stay open
    assert window.service.is_open and window.stack.currentWidget() is not window.unlock_page
