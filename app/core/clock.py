"""One clock for every rule that depends on the date.

The app asks ``SystemClock``; tests hand the layer a ``FixedClock`` so that due
dates, check-ins and the closing round can be tested by table across month ends
and daylight-saving changes. Times are the person's local wall-clock time,
without a zone, to the minute: that is what they type and what sessions store.
"""

from __future__ import annotations

import datetime as _dt
from typing import Protocol


class Clock(Protocol):
    def now(self) -> _dt.datetime:
        """Local wall-clock time, naive, to the minute."""
        ...


class SystemClock:
    def now(self) -> _dt.datetime:
        return _dt.datetime.now().replace(second=0, microsecond=0)


class FixedClock:
    """A clock that shows what a test sets, and moves only when told."""

    def __init__(self, now: _dt.datetime | str) -> None:
        self._now = _dt.datetime.fromisoformat(now) if isinstance(now, str) else now

    def now(self) -> _dt.datetime:
        return self._now

    def set(self, now: _dt.datetime | str) -> None:
        self._now = _dt.datetime.fromisoformat(now) if isinstance(now, str) else now

    def advance(self, **delta: float) -> None:
        self._now += _dt.timedelta(**delta)


def stamp(moment: _dt.datetime) -> str:
    """A moment as sessions store it: ISO 8601 to the minute."""
    return moment.isoformat(timespec="minutes")
