"""The welcome screen's "Recently opened" list: what happens to an entry.

- A journal opened (unlocked) goes to the top; the list keeps the ``LIMIT`` most recent, and the
  oldest drops off.
- A journal that is not there when it is chosen stays where it is: most often it is on a USB stick
  that is not plugged in or a network drive that is not connected, and it will be back. The app does
  not decide that it is gone for good.
- Only the person takes an entry off the list (the welcome screen's Delete key and context menu, the
  unlock screen's "Remove from the list"). The file itself is never touched.

The list holds file paths only (settings hold no content and no names of people beyond what a
file name says). The settings store it; the rule is here, so a plain test reaches it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from enum import Enum

LIMIT = 8  # journals on the list; a tandem has one, a programme office a handful


class Happened(Enum):
    """What happened to a journal on (or off) the recent list."""

    OPENED = "unlocked: first on the list"
    MISSING = "not there when chosen: kept where it is"
    REMOVED = "taken off by the person: gone"


def after(happened: Happened, recent: Sequence[str], path: str) -> list[str]:
    """The recent list once ``happened`` to ``path`` (a stored path, as on the list)."""
    if happened is Happened.OPENED:
        return ([path] + [p for p in recent if p != path])[:LIMIT]
    if happened is Happened.REMOVED:
        return [p for p in recent if p != path]
    return list(recent)  # MISSING: the person decides, not a drive that is not plugged in


def listed_as(recent: Sequence[str], path: str, resolved: Callable[[], str]) -> str | None:
    """``path`` as it stands on the ``recent`` list, or None: compared as written first, then as
    ``resolved()`` gives it (resolving asks the file system, which for a drive that is not connected can
    take a moment: only when the plain comparison finds nothing)."""
    if path in recent:
        return path
    absolute = resolved()
    return absolute if absolute in recent else None


def next_choice(recent: Sequence[str], removed: str) -> int | None:
    """Where the keyboard goes on the list after ``removed`` is taken off ``recent`` (a row of the list
    that remains): the entry that was below it, else the one above; None when the list is empty."""
    remaining = after(Happened.REMOVED, recent, removed)
    if not remaining:
        return None
    row = list(recent).index(removed) if removed in recent else 0
    return min(row, len(remaining) - 1)
