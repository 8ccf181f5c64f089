"""When the app locks by itself, and how soon.

The sources call the sessions absolutely confidential, and a laptop is most often left open on a
table between two meetings: the screen locks, the lid closes, nobody touches it. So by default the
app locks after five minutes without input, when the session's screen locks and before the
computer goes to sleep (as KeePassXC does). Each is a preference; the window asks ``locks`` and
decides nothing itself.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

IDLE_LOCK_SECONDS = 5 * 60  # the tandem journal, after no input (0: never)
PRIVATE_IDLE_SECONDS = 2 * 60  # my reflections: shorter, they are one person's alone


class WalkedAway(Enum):
    """What the system says when the person walks away from the laptop."""

    SCREEN_LOCKED = "the session's screen locked"
    SLEEP = "the computer is about to sleep"


@dataclass(frozen=True)
class WhenAway:
    """The preferences: lock when the screen locks, lock before sleep (both on by default)."""

    on_screen_lock: bool = True
    before_sleep: bool = True


def locks(event: WalkedAway, choices: WhenAway) -> bool:
    """Whether ``event`` locks the open journals, given the person's ``choices``."""
    if event is WalkedAway.SCREEN_LOCKED:
        return choices.on_screen_lock
    return choices.before_sleep
