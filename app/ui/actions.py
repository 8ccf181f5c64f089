"""Every command of the app in one table: id, text, shortcut, tip, and when it can be used.

``ACTIONS`` is the registry. ``create_actions`` makes one QAction per row, on the main window
(so shortcuts work even when the menu bar is hidden); the main window connects them, builds
its menus from them and enables each by its ``when`` (``WindowState.allows``). Tests press
their shortcuts where the keyboard is (``tests/ui/conftest.press_shortcut``). Standard keys (``QKeySequence.StandardKey``) come first
where Qt has one; a string is the fallback, or the only key.

No shortcut may be a key that a text field claims on any platform: a one-line field on Linux takes
Ctrl+E (end of line), Ctrl+U, Ctrl+K and Ctrl+D, input methods take Ctrl+Shift+U, and so on, and the
command would do nothing while someone types (tests/ui/text_keys.py lists them from Qt's table;
tests/ui/test_start_walk.py presses every shortcut in the session goal and in the notes).
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from enum import Enum

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from .i18n import N_, tr

Key = QKeySequence.StandardKey


class When(Enum):
    """When a command can be used."""

    ALWAYS = "always"
    JOURNAL = "a tandem journal is open"
    WRITABLE = "a tandem journal is open and not completed (a completed one is read-only)"
    SESSION = "a session is on screen"
    WRITABLE_SESSION = "a session is on screen and the tandem is not completed"
    COMPLETED = "the open tandem is completed"
    LOCKABLE = "the tandem journal or my reflections are open"


@dataclass(frozen=True)
class WindowState:
    """What ``When`` depends on, as the main window sees it."""

    journal_open: bool
    read_only: bool
    in_session: bool
    private_open: bool

    def allows(self, when: When) -> bool:
        writable = self.journal_open and not self.read_only
        return {
            When.ALWAYS: True,
            When.JOURNAL: self.journal_open,
            When.WRITABLE: writable,
            When.SESSION: self.journal_open and self.in_session,
            When.WRITABLE_SESSION: writable and self.in_session,
            When.COMPLETED: self.journal_open and self.read_only,
            When.LOCKABLE: self.journal_open or self.private_open,
        }[when]


@dataclass(frozen=True)
class ActionSpec:
    id: str
    text: str  # marked with N_, translated when the action is made
    keys: tuple[Key | str, ...] = ()
    when: When = When.ALWAYS
    tip: str = ""  # marked with N_ too
    checkable: bool = False


ACTIONS = (
    # Journal
    ActionSpec("new_journal", N_("&New tandem journal…"), ("Ctrl+Shift+N",)),
    ActionSpec("open_journal", N_("&Open journal…"), (Key.Open,)),
    ActionSpec("lock", N_("&Lock"), ("Ctrl+L",), When.LOCKABLE, N_("Save, close the journal and clear the screen")),
    ActionSpec("onepager", N_("&Export one-pager…"), (Key.Print, "Ctrl+P"), When.JOURNAL,
               N_("What you learned, on one PDF page")),
    ActionSpec("programme_view", N_("Open p&rogramme reports…"), ("Ctrl+Shift+R",), When.ALWAYS,
               N_("Many tandems' programme reports at once, for whoever runs the programme")),
    ActionSpec("preferences", N_("&Preferences…"), (Key.Preferences, "Ctrl+,")),
    ActionSpec("quit", N_("&Quit"), (Key.Quit, "Ctrl+Q")),
    # Session
    ActionSpec("new_session", N_("&New session"), (Key.New,), When.WRITABLE, N_("Start a new session now")),
    ActionSpec("overview", N_("Back to &overview"), ("Alt+Home",), When.JOURNAL),
    ActionSpec("carry_over", N_("Take over &unfinished agenda items"), ("Ctrl+Shift+I",), When.WRITABLE_SESSION),
    ActionSpec("find", N_("&Search the journal…"), (Key.Find,), When.JOURNAL),
    ActionSpec("reflections", N_("&My reflections (private)"), ("Ctrl+R",),
               tip=N_("Your own private journal, with its own passphrase")),
    # Tandem
    ActionSpec("kickoff", N_("&Kick-off guide…"), ("Ctrl+Shift+K",), When.WRITABLE,
               N_("Goals, expectations, rules, rhythm and the topic pool, agreed together")),
    ActionSpec("plan_next", N_("&Plan next session…"), ("Ctrl+T",), When.WRITABLE,
               N_("Date and time of the next session")),
    ActionSpec("calendar", N_("Save next session to &calendar…"), ("Ctrl+Shift+T",), When.JOURNAL,
               N_("An .ics file for your calendar")),
    ActionSpec("evaluation", N_("&Check in on goals…"), ("Ctrl+Shift+G",), When.WRITABLE,
               N_("Are we reaching our goals?")),
    ActionSpec("closing", N_("C&losing round…"), ("Ctrl+Shift+D",), When.WRITABLE,
               N_("Look back together and complete the tandem")),
    ActionSpec("reopen", N_("&Reopen tandem"), ("Ctrl+Shift+O",), When.COMPLETED,
               N_("Make a completed tandem editable again")),
    ActionSpec("share_report", N_("&Share with the programme…"), ("Ctrl+Shift+S",), When.JOURNAL,
               N_("A small report for the programme: numbers and what you both choose, nothing that was said")),
    # Tandem → Journal care
    ActionSpec("care_passphrase", N_("Change &passphrase…"), ("Ctrl+Shift+P",), When.JOURNAL,
               N_("A new passphrase for this journal; both of you need it")),
    ActionSpec("care_backup", N_("&Back up…"), ("Ctrl+Shift+B",), When.JOURNAL,
               N_("An encrypted copy with the same passphrase; to restore, open it")),
    ActionSpec("care_check", N_("Chec&k the journal…"), ("Ctrl+Shift+J",), When.JOURNAL, N_("Verify every page of the journal")),
    ActionSpec("care_export", N_("&Export to JSON…"), ("Ctrl+Shift+X",), When.JOURNAL,
               N_("The whole journal as a portable file, not encrypted")),
    ActionSpec("care_import", N_("&Import from JSON…"), ("Ctrl+Shift+M",), When.ALWAYS,
               N_("A new journal from an export; the open one stays as it is")),
    # Go to (a part of the session on screen)
    ActionSpec("focus_agenda", N_("&Agenda"), ("Ctrl+1",), When.SESSION),
    ActionSpec("focus_notes", N_("&Notes"), ("Ctrl+2",), When.SESSION),
    ActionSpec("focus_learnings", N_("&Learnings"), ("Ctrl+3",), When.SESSION),
    ActionSpec("focus_actions", N_("Action &items"), ("Ctrl+4",), When.SESSION),
    ActionSpec("focus_feedback", N_("&Feedback"), ("Ctrl+5",), When.SESSION),
    # View
    ActionSpec("focus_mode", N_("&Focus mode"), (Key.FullScreen, "F11"),
               tip=N_("Full screen with larger text, for two people at one screen"), checkable=True),
    ActionSpec("zoom_in", N_("&Larger text"), (Key.ZoomIn, "Ctrl+=")),
    ActionSpec("zoom_out", N_("&Smaller text"), (Key.ZoomOut,)),
    ActionSpec("zoom_reset", N_("&Normal text size"), ("Ctrl+0",)),
)


@dataclass
class Actions:
    """The QActions made from ``ACTIONS``, by id (``window.actions.lock``)."""

    new_journal: QAction
    open_journal: QAction
    lock: QAction
    onepager: QAction
    programme_view: QAction
    preferences: QAction
    quit: QAction
    new_session: QAction
    overview: QAction
    carry_over: QAction
    find: QAction
    reflections: QAction
    kickoff: QAction
    plan_next: QAction
    calendar: QAction
    evaluation: QAction
    closing: QAction
    reopen: QAction
    share_report: QAction
    care_passphrase: QAction
    care_backup: QAction
    care_check: QAction
    care_export: QAction
    care_import: QAction
    focus_agenda: QAction
    focus_notes: QAction
    focus_learnings: QAction
    focus_actions: QAction
    focus_feedback: QAction
    focus_mode: QAction
    zoom_in: QAction
    zoom_out: QAction
    zoom_reset: QAction

    def all(self) -> list[QAction]:
        return [getattr(self, f.name) for f in fields(self)]

    def enable_for(self, state: WindowState) -> None:
        """Enable every command that ``state`` allows, and only those."""
        for spec in ACTIONS:
            getattr(self, spec.id).setEnabled(state.allows(spec.when))


def _action(parent: QWidget, spec: ActionSpec) -> QAction:
    action = QAction(tr(spec.text), parent)
    keys: list[QKeySequence] = []
    for shortcut in spec.keys:  # a standard key can be empty on some platforms: keep the fallback
        for key in (QKeySequence.keyBindings(shortcut) if isinstance(shortcut, Key) else [QKeySequence(shortcut)]):
            if not key.isEmpty() and key not in keys:
                keys.append(key)
    action.setShortcuts(keys)
    if spec.tip:
        action.setStatusTip(tr(spec.tip))
    action.setCheckable(spec.checkable)
    parent.addAction(action)  # shortcuts work even when the menu bar is hidden (focus mode)
    return action


def create_actions(parent: QWidget) -> Actions:
    return Actions(**{spec.id: _action(parent, spec) for spec in ACTIONS})
