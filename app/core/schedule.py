"""When the next session is due. Qt-free, so the overview and the CLI agree."""

from __future__ import annotations

import datetime as _dt

RHYTHM_DAYS = {"weekly": 7, "biweekly": 14, "monthly": 30}
DEFAULT_DAYS = 14


def next_due(next_session_at: str | None, last_session_at: str | None, rhythm: str | None) -> _dt.datetime | None:
    """The agreed next date, unless a session has been held on or after that day; else the
    last session plus the rhythm."""
    last = _dt.datetime.fromisoformat(last_session_at).replace(tzinfo=None) if last_session_at else None
    if next_session_at:
        planned = _dt.datetime.fromisoformat(next_session_at).replace(tzinfo=None)
        if last is None or planned.date() > last.date():
            return planned
    if last is None:
        return None
    return last + _dt.timedelta(days=RHYTHM_DAYS.get(rhythm or "", DEFAULT_DAYS))


def days_until(due: _dt.datetime | None, now: _dt.datetime) -> int | None:
    """Whole calendar days from ``now`` to ``due``: negative when overdue, None when nothing is due."""
    return None if due is None else (due.date() - now.date()).days
