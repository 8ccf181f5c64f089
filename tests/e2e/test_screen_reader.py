"""A screen-reader user runs the app (issue 19): read over AT-SPI, the interface Orca uses.

The real app runs under Xvfb with Qt's AT-SPI bridge on a private D-Bus session bus; a reader in
the system Python (Debian's python3-pyatspi) presses keys through AT-SPI and records what a screen
reader hears: focus events and announcements (tests/e2e/screen_reader.py). It walks the welcome,
unlock, overview, session, search, one-pager and kick-off screens by Tab and Shift+Tab, and checks
the order of names, that every screen's controls are reached and left (Tab comes back round to
where it started: nothing traps the focus), that each key press moves the focus to one object, and
that the wrong passphrase, the search count, the one-pager's fit and the lock are announced.

Under CI (TANDEM_REQUIRE_XVFB=1, set by .ci/run, which installs the packages) it must run; elsewhere
it is skipped when the tools are missing. TANDEM_A11Y_TREES=<folder> writes the tree of each screen
there as text (docs/accessibility/ holds the committed ones: what a screen-reader user would hear).
"""

from __future__ import annotations

import os
import re
import time
from pathlib import Path

from tests.e2e.screen_reader import Reader, require_tools, running_app

PASSPHRASE = "Kaffee am Markt, 2026!"
FOCUS = "object:state-changed:focused"
ANNOUNCEMENT = "object:announcement"


def focused(events: list[dict[str, str]]) -> list[str]:
    """The objects that took the focus, in order. Entering a list, Qt says its current cell and then the
    list: that is one stop (the list); the same object twice in a row is one too."""
    names: list[str] = []
    cell = False
    for event in events:
        if event["event"] != FOCUS:
            continue
        name = event["name"]
        if event["role"] == "combo box" and event.get("label"):  # its name is the choice: said after its label
            name = f"{event['label']}: {name}"
        if names and cell and event["role"] in ("table", "list"):
            names[-1] = name
        elif not names or names[-1] != name:
            names.append(name)
        cell = event["role"] in ("table cell", "list item")
    return names


def said(events: list[dict[str, str]]) -> list[str]:
    return [event.get("text", "") for event in events if event["event"] == ANNOUNCEMENT]


class Walk:
    def __init__(self, reader: Reader, trees: Path | None, home: Path) -> None:
        self.reader = reader
        self.trees = trees
        self.home = str(home)
        self.heard: list[str] = []  # everything announced, for the report
        self.current = ""  # the object with the focus

    def key(self, key: str, *mods: str, expect: bool = True) -> list[dict[str, str]]:
        events = self.reader.key(key, *mods, expect=expect)
        self.heard += said(events)
        return events

    def key_until(self, words: str, key: str, *mods: str) -> list[dict[str, str]]:
        """Press a key, and wait until a focus or announcement says ``words`` (the app may be busy)."""
        events = self.key(key, *mods)
        if not any(words in (event.get("text") or event["name"]) for event in events):
            more = self.reader.until(words)
            self.heard += said(more)
            events += more
        return events

    def one_stop(self, key: str, *mods: str) -> str:
        """Press a key that moves the focus: exactly one object takes it (Qt may first repeat the one
        that had it, which a screen reader does not say again)."""
        stops = focused(self.key(key, *mods))
        if len(stops) > 1 and stops[0] == self.current:
            stops = stops[1:]
        assert len(stops) == 1, f"{'+'.join((*mods, key))} moved the focus through {stops}"
        self.current = stops[0]
        return stops[0]

    def round(self, start: str, most: int = 30) -> list[str]:
        """Tab from ``start`` until the focus is back there: the screen's stops in order. Then Shift+Tab
        goes back the same way (one step) and Tab forward again."""
        stops = [start]
        for _ in range(most):
            name = self.one_stop("Tab")
            if name == start:
                break
            stops.append(name)
        else:
            raise AssertionError(f"Tab never came back to {start!r}: trapped in {stops[-5:]}")
        assert self.one_stop("Tab", "Shift") == stops[-1], "Shift+Tab goes back"
        assert self.one_stop("Tab") == start
        return stops

    def dump(self, screen: str) -> list[str]:
        tree = self.reader.tree()
        focused_lines = [line.strip() for line in tree if "focused" in line and not line.strip().startswith("page tab ")]
        assert len(focused_lines) == 1, f"{screen}: several objects report the focus: {focused_lines}"
        if self.trees is not None:
            self.trees.mkdir(parents=True, exist_ok=True)
            text = "\n".join(tree).replace(self.home, "~")  # the same on every machine
            (self.trees / f"{screen}.txt").write_text(text + "\n", encoding="utf-8")
        return tree


def test_a_screen_reader_user_runs_a_session(tmp_path: Path) -> None:
    require_tools()
    started = time.monotonic()
    trees = Path(os.environ["TANDEM_A11Y_TREES"]) if os.environ.get("TANDEM_A11Y_TREES") else None
    with running_app(tmp_path) as reader:
        walk = Walk(reader, trees, tmp_path / "home")

        # Welcome: the recent list (the keyboard starts at the journal opened last) and the two buttons,
        # round and back.
        reader.until("Recently opened journals", timeout=5)  # the window has the keyboard (it may have said so)
        walk.current = "Recently opened journals"
        walk.dump("1-welcome")
        assert walk.round("Recently opened journals") == [
            "Recently opened journals", "Create a tandem journal…", "Open a journal…"]

        # Unlock: a wrong passphrase is announced once the focus is back in the field.
        assert focused(walk.key("Return")) == ["Passphrase"]
        walk.dump("2-unlock")
        assert walk.round("Passphrase") == ["Passphrase", "Unlock", "Choose another journal"]
        reader.type("not the passphrase")
        events = walk.key_until("does not open", "Return")
        assert any("That passphrase does not open this journal" in text for text in said(events)), events
        assert focused(events)[-1] == "Passphrase"
        walk.key("a", "Control", expect=False)
        reader.type(PASSPHRASE)
        events = walk.key_until("Past sessions", "Return")

        # Overview: the focus is in the first list, and Tab reaches everything else on the screen.
        assert focused(events)[-1] == "Past sessions", events
        assert any(text.startswith("Next session") for text in said(events)), "when the next session is due"
        walk.dump("3-overview")
        stops = walk.round("Past sessions")
        assert stops[:7] == ["Past sessions", "Topic pool", "New topic", "Goals", "New goal",
                             "Progress towards the goals", "Check in on goals…"], stops
        assert stops[-3:] == ["Start a new session", "Plan next session…", "Start the closing round…"], stops
        assert "Open action items" in stops

        # A session: Return on a past session, then round the screen; Tab leaves the shared notes.
        assert walk.one_stop("Return") == "Session goal"
        walk.dump("4-session")
        stops = walk.round("Session goal")
        assert stops[:4] == ["Session goal", "Agenda", "New agenda item", "Shared notes (Markdown)"], stops
        assert stops[4] == "Preview of the notes", "Tab leaves the notes instead of typing a tab"
        for name in ("New learning", "Learnings", "← Overview", "Start of the session: date",
                     "Start of the session: time", "Duration in minutes", "Place"):
            assert name in stops, (name, stops)
        assert any(stop.startswith("Focus topic: ") for stop in stops), stops  # its label, then the topic
        assert stops.index("Start of the session: date") + 1 == stops.index("Start of the session: time")
        assert walk.one_stop("Home", "Alt") == "Past sessions"

        # Search: the number of results is announced.
        assert walk.one_stop("f", "Control") == "Search words"
        events = reader.type("LinkedIn")
        events += [] if said(events) else reader.until("result")
        walk.heard += said(events)
        assert any(re.fullmatch(r"\d+ results?", text) for text in said(events)), events
        walk.dump("5-search")
        assert walk.round("Search words") == ["Search words", "Search results"]
        assert focused(walk.key("Escape"))[-1] == "Past sessions"

        # One-pager: whether it fits is announced; the preview reads the page's text; Tab reaches Close.
        events = walk.key_until("one page", "p", "Control")
        assert focused(events)[-1] == "Title of the one-pager"
        assert any("one page" in text for text in said(events)), events
        walk.dump("6-one-pager")
        stops = walk.round("Title of the one-pager")
        assert stops[-7:] == ["Next steps and recommendations for the team", "Names: Names in full",
                              "Language: English", "Paper: A4",
                              "Protect the PDF with a password…", "Save PDF…", "Close"], stops
        assert "Preview of the one-pager" in stops
        assert focused(walk.key("Escape"))[-1] == "Past sessions"

        # Kick-off guide: its first step round and back.
        assert focused(walk.key("k", "Control", "Shift"))[-1] == "Mentee's name"
        walk.dump("7-kick-off")
        stops = walk.round("Mentee's name")
        assert stops == ["Mentee's name", "Mentor's name", "Suggestions in: Language of the suggestions", "Next >",
                         "Save agreement", "Cancel"], stops
        assert focused(walk.key("Escape"))[-1] == "Past sessions"

        # Lock: "Locked" is said, and the focus is in the passphrase field.
        events = walk.key_until("Locked", "l", "Control")
        assert "Locked" in said(events), events
        assert focused(events)[-1] == "Passphrase"
        tree = walk.dump("8-locked")
        assert not any("Unlocking" in line for line in tree), "nothing of the last unlocking is read on the locked screen"
    assert time.monotonic() - started < 90, "the walk should stay under a minute or so"
