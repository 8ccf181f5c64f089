"""When the next session is due: one answer for the overview, the plan dialog and the CLI.

Pure date arithmetic, no journal: the callers read the agreed date, the last
*held* session and the rhythm, and ask here. "Monthly" means the same day next
month (the 31st becomes the last day of a shorter month), not 30 days.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass

from app.programme import add_months

RHYTHM_DAYS = {"weekly": 7, "biweekly": 14}
DEFAULT_DAYS = 14  # no rhythm agreed yet, or "other"


def after_rhythm(last: _dt.datetime, rhythm: str | None) -> _dt.datetime:
    """``last`` plus one step of the rhythm, at the same wall-clock time."""
    if rhythm == "monthly":
        return _dt.datetime.combine(add_months(last.date(), 1), last.time())
    return last + _dt.timedelta(days=RHYTHM_DAYS.get(rhythm or "", DEFAULT_DAYS))


def next_due(next_session_at: str | None, last_session_at: str | None, rhythm: str | None) -> _dt.datetime | None:
    """The agreed next date, unless a session has been held on or after that day; else the
    last held session plus the rhythm; None before the first session."""
    last = naive(last_session_at)
    planned = naive(next_session_at)
    if planned is not None and (last is None or planned.date() > last.date()):
        return planned
    if last is None:
        return None
    return after_rhythm(last, rhythm)


def days_until(due: _dt.datetime | None, now: _dt.datetime) -> int | None:
    """Whole calendar days from ``now`` to ``due``: negative when overdue, None when nothing is due."""
    return None if due is None else (due.date() - now.date()).days


@dataclass(frozen=True)
class Due:
    """When the next session is due, seen from ``now``."""

    at: _dt.datetime | None
    days: int | None  # calendar days from today: 0 today, negative when overdue

    @property
    def overdue(self) -> bool:
        return self.days is not None and self.days < 0


def due(next_session_at: str | None, last_session_at: str | None, rhythm: str | None,
        now: _dt.datetime) -> Due:
    at = next_due(next_session_at, last_session_at, rhythm)
    return Due(at, days_until(at, now))


def naive(value: str | None) -> _dt.datetime | None:
    """A stored time as its wall-clock time: an offset (the format allows one, e.g. from an import) is dropped,
    so it never meets the naive clock in a comparison (``journal_care.backup_status`` reads times this way too)."""
    return _dt.datetime.fromisoformat(value).replace(tzinfo=None) if value else None
