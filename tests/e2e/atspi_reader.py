"""The screen reader's side of tests/e2e/test_screen_reader.py: run with the system Python
(/usr/bin/python3, which has Debian's python3-pyatspi), never imported by the app's tests.

It reads the running app over AT-SPI, the interface Orca uses, and answers one JSON command a line
on stdin with one JSON line on stdout:

  {"key": "Tab", "mods": ["Shift"]}   press a key through AT-SPI's device controller (XTest) and
                                      answer once the app has gone quiet: the focus events and
                                      announcements it sent on the way
  {"type": "text"}                    type a text, the same way
  {"tree": true}                      the showing accessible tree of the active window, as text
  {"quit": true}
"""

from __future__ import annotations

import json
import sys
import time

import pyatspi
from gi.repository import GLib

APP = sys.argv[1] if len(sys.argv) > 1 else "tandem-journal"
QUIET_MS, LONGEST_S = 150, 4.0
MODIFIERS = {"Shift": 50, "Control": 37, "Alt": 64}  # X keycodes of Shift_L, Control_L, Alt_L (evdev)
KEYS = {"Tab": 0xFF09, "Return": 0xFF0D, "Escape": 0xFF1B, "Home": 0xFF50, "Left": 0xFF51, "Up": 0xFF52,
        "Right": 0xFF53, "Down": 0xFF54, "BackSpace": 0xFF08, "space": 0x20, "F6": 0xFFC3}

events: list[dict[str, object]] = []
last_event = [time.monotonic()]


def label_of(acc: object) -> str:
    """The label a screen reader says before the object (AT-SPI's labelled-by: a form's label)."""
    try:
        for relation in acc.getRelationSet():
            if relation.getRelationType() == pyatspi.RELATION_LABELLED_BY and relation.getNTargets():
                return relation.getTarget(0).name or ""
    except Exception:  # noqa: BLE001
        return ""
    return ""


def describe(acc: object) -> dict[str, object]:
    try:
        return {"role": acc.getRoleName(), "name": acc.name or "", "description": acc.description or "",
                "label": label_of(acc)}
    except Exception as error:  # noqa: BLE001 - an object gone while we read it
        return {"role": "gone", "name": str(error), "description": ""}


def on_event(event: object) -> None:
    kind = str(event.type)
    if kind.startswith("object:state-changed:focused") and not event.detail1:
        return
    if kind.startswith(("object:state-changed:showing", "object:property-change")):
        try:  # a message that shows or changes is heard only from an alert, notification or status bar
            if event.source.getRoleName() not in ("alert", "notification", "status bar"):
                return
        except Exception:  # noqa: BLE001
            return
    record = {"event": str(kind), **describe(event.source)}
    if str(kind).startswith("object:announcement"):
        record["text"] = str(event.any_data)
    events.append(record)
    last_event[0] = time.monotonic()


def application() -> object | None:
    desktop = pyatspi.Registry.getDesktop(0)
    for index in range(desktop.childCount):
        app = desktop.getChildAtIndex(index)
        if app is not None and app.name == APP:
            return app
    return None


def states(acc: object) -> list[str]:
    state_set = acc.getState()
    wanted = {pyatspi.STATE_FOCUSED: "focused", pyatspi.STATE_FOCUSABLE: "focusable",
              pyatspi.STATE_EDITABLE: "editable", pyatspi.STATE_CHECKED: "checked",
              pyatspi.STATE_SELECTED: "selected"}
    return [word for state, word in wanted.items() if state_set.contains(state)]


def tree_lines(acc: object, depth: int, out: list[str]) -> None:
    if depth > 40:
        return
    try:
        state_set = acc.getState()
        if not state_set.contains(pyatspi.STATE_SHOWING) and depth > 1:
            return
        role, name, description = acc.getRoleName(), acc.name or "", acc.description or ""
        count = acc.childCount
    except Exception:  # noqa: BLE001
        return
    text = ""
    if not name and role in ("label", "text", "status bar", "notification", "alert"):
        try:
            text_iface = acc.queryText()
            text = text_iface.getText(0, -1)
        except NotImplementedError:
            text = ""
    parts = [role]
    label = label_of(acc)
    if label and label != name:
        parts.append("label=" + json.dumps(label, ensure_ascii=False))
    if name:
        parts.append(json.dumps(name, ensure_ascii=False))
    if text:
        parts.append("text=" + json.dumps(text, ensure_ascii=False))
    if description and description != name:
        parts.append("description=" + json.dumps(description, ensure_ascii=False))
    flags = states(acc)
    if flags:
        parts.append("[" + ", ".join(flags) + "]")
    out.append("  " * depth + " ".join(parts))
    if role == "table" or role == "list" or role == "tree table":  # the rows are read with the arrow keys
        out.append("  " * (depth + 1) + f"({count} cells)")
        return
    for index in range(count):
        try:
            child = acc.getChildAtIndex(index)
        except Exception:  # noqa: BLE001
            continue
        if child is not None:
            tree_lines(child, depth + 1, out)


def active_window() -> object | None:
    app = application()
    if app is None:
        return None
    for index in range(app.childCount):
        window = app.getChildAtIndex(index)
        if window is not None and window.getState().contains(pyatspi.STATE_ACTIVE):
            return window
    return app.getChildAtIndex(0) if app.childCount else None


def press(key: str, mods: list[str]) -> None:
    for mod in mods:
        pyatspi.Registry.generateKeyboardEvent(MODIFIERS[mod], None, pyatspi.KEY_PRESS)
    keysym = KEYS[key] if key in KEYS else ord(key.lower())
    pyatspi.Registry.generateKeyboardEvent(keysym, None, pyatspi.KEY_SYM)
    for mod in reversed(mods):
        pyatspi.Registry.generateKeyboardEvent(MODIFIERS[mod], None, pyatspi.KEY_RELEASE)


def answer(payload: object) -> None:
    sys.stdout.write(json.dumps(payload, ensure_ascii=False) + "\n")
    sys.stdout.flush()


def settle_then(reply: object, expect: bool = False) -> None:
    """Answer once the app has been quiet for QUIET_MS (after a first event, when one is expected)."""
    started = time.monotonic()
    last_event[0] = started

    def check() -> bool:
        now = time.monotonic()
        waiting = expect and not events and now - started < LONGEST_S
        if not waiting and ((now - last_event[0]) * 1000 >= QUIET_MS or now - started > LONGEST_S):
            answer(reply() if callable(reply) else reply)
            return False
        return True

    GLib.timeout_add(50, check)


def take_events() -> list[dict[str, object]]:
    taken = list(events)
    events.clear()
    return taken


def on_command(source: object, condition: object) -> bool:
    line = sys.stdin.readline()
    if not line:
        pyatspi.Registry.stop()
        return False
    command = json.loads(line)
    if command.get("quit"):
        answer({"ok": True})
        pyatspi.Registry.stop()
        return False
    if "key" in command:
        events.clear()
        press(command["key"], command.get("mods", []))
        settle_then(take_events, expect=command.get("expect", True))
    elif "type" in command:
        events.clear()
        pyatspi.Registry.generateKeyboardEvent(0, command["type"], pyatspi.KEY_STRING)
        settle_then(take_events)
    elif "until" in command:  # until a focus event or announcement says these words
        wanted, deadline = command["until"], time.monotonic() + command.get("timeout", 15)
        seen: list[dict[str, object]] = []

        def look() -> bool:
            seen.extend(take_events())
            said = [str(e.get("text") or e.get("name")) for e in seen]
            if any(wanted in words for words in said) or time.monotonic() > deadline:
                settle_then(lambda: seen + take_events())
                return False
            return True

        GLib.timeout_add(50, look)
    elif "wait" in command:
        settle_then(take_events)
    elif "tree" in command:
        out: list[str] = []
        window = active_window()
        if window is not None:
            tree_lines(window, 0, out)
        answer({"tree": out})
    elif "ready" in command:
        answer({"ready": application() is not None and active_window() is not None})
    return True


for kind in ("object:state-changed:focused", "object:announcement", "object:state-changed:showing",
             "window:activate", "object:property-change:accessible-name"):
    pyatspi.Registry.registerEventListener(on_event, kind)
GLib.io_add_watch(sys.stdin.fileno(), GLib.IO_IN | GLib.IO_HUP, on_command)
answer({"started": True})
pyatspi.Registry.start()
