"""Every command of the app as one QAction with its shortcut, created in one place.

The main window connects them and builds its menus from them; tests trigger
them the way a user's shortcut would.
"""

from __future__ import annotations

from dataclasses import dataclass, fields

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from .i18n import tr

Key = QKeySequence.StandardKey


@dataclass
class Actions:
    new_journal: QAction
    open_journal: QAction
    lock: QAction
    onepager: QAction
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

    def needing_journal(self) -> list[QAction]:
        return [self.lock, self.onepager, self.new_session, self.overview, self.carry_over, self.find, self.focus_agenda,
                self.focus_notes, self.focus_learnings, self.focus_actions, self.focus_feedback, *self.programme()]

    def programme(self) -> list[QAction]:
        return [self.kickoff, self.plan_next, self.calendar, self.evaluation, self.closing, self.reopen]

    def writing(self) -> list[QAction]:
        """The commands that change the tandem: off while it is completed (read-only)."""
        return [self.new_session, self.carry_over, self.kickoff, self.plan_next, self.evaluation, self.closing]


def _action(parent: QWidget, text: str, *shortcuts: QKeySequence | Key | str, tip: str = "") -> QAction:
    action = QAction(text, parent)
    keys: list[QKeySequence] = []
    for shortcut in shortcuts:  # a standard key can be empty on some platforms: keep the fallback
        for key in (QKeySequence.keyBindings(shortcut) if isinstance(shortcut, Key) else [QKeySequence(shortcut)]):
            if not key.isEmpty() and key not in keys:
                keys.append(key)
    action.setShortcuts(keys)
    if tip:
        action.setStatusTip(tip)
    parent.addAction(action)  # shortcuts work even when the menu bar is hidden (focus mode)
    return action


def create_actions(parent: QWidget) -> Actions:
    focus_mode = _action(parent, tr("&Focus mode"), Key.FullScreen, "F11",
                         tip=tr("Full screen with larger text, for two people at one screen"))
    focus_mode.setCheckable(True)
    return Actions(
        new_journal=_action(parent, tr("&New tandem journal…"), "Ctrl+Shift+N"),
        open_journal=_action(parent, tr("&Open journal…"), Key.Open),
        lock=_action(parent, tr("&Lock"), "Ctrl+L", tip=tr("Save, close the journal and clear the screen")),
        onepager=_action(parent, tr("&Export one-pager…"), "Ctrl+E", tip=tr("What you learned, on one PDF page")),
        preferences=_action(parent, tr("&Preferences…"), "Ctrl+,"),
        quit=_action(parent, tr("&Quit"), Key.Quit, "Ctrl+Q"),
        new_session=_action(parent, tr("&New session"), Key.New, tip=tr("Start a new session now")),
        overview=_action(parent, tr("Back to &overview"), "Alt+Home"),
        carry_over=_action(parent, tr("Take over &unfinished agenda items"), "Ctrl+Shift+U"),
        find=_action(parent, tr("&Search the journal…"), Key.Find),
        reflections=_action(parent, tr("&My reflections (private)"), "Ctrl+R",
                            tip=tr("Your own private journal, with its own passphrase")),
        kickoff=_action(parent, tr("&Kick-off guide…"), "Ctrl+Shift+K",
                        tip=tr("Goals, expectations, rules, rhythm and the topic pool, agreed together")),
        plan_next=_action(parent, tr("&Plan next session…"), "Ctrl+T", tip=tr("Date and time of the next session")),
        calendar=_action(parent, tr("Save next session to &calendar…"), "Ctrl+Shift+T", tip=tr("An .ics file for your calendar")),
        evaluation=_action(parent, tr("&Check in on goals…"), "Ctrl+Shift+G", tip=tr("Are we reaching our goals?")),
        closing=_action(parent, tr("C&losing round…"), "Ctrl+Shift+D", tip=tr("Look back together and complete the tandem")),
        reopen=_action(parent, tr("&Reopen tandem"), "Ctrl+Shift+O", tip=tr("Make a completed tandem editable again")),
        focus_agenda=_action(parent, tr("&Agenda"), "Ctrl+1"),
        focus_notes=_action(parent, tr("&Notes"), "Ctrl+2"),
        focus_learnings=_action(parent, tr("&Learnings"), "Ctrl+3"),
        focus_actions=_action(parent, tr("Action &items"), "Ctrl+4"),
        focus_feedback=_action(parent, tr("&Feedback"), "Ctrl+5"),
        focus_mode=focus_mode,
        zoom_in=_action(parent, tr("&Larger text"), Key.ZoomIn, "Ctrl+="),
        zoom_out=_action(parent, tr("&Smaller text"), Key.ZoomOut),
        zoom_reset=_action(parent, tr("&Normal text size"), "Ctrl+0"),
    )
