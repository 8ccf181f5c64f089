"""When the next session is due, by table, with a fixed clock: month ends, a leap year, and
both daylight-saving changes in Berlin (wall-clock times stay where they were agreed)."""

from __future__ import annotations

import datetime as _dt
import os
import time
from collections.abc import Iterator

import pytest

from app.core.schedule import due, next_due

D = _dt.datetime.fromisoformat

NEXT_DUE = [
    # agreed next date, last held session, rhythm -> due
    (None, None, "monthly", None),
    (None, "2026-01-31T10:00", "monthly", "2026-02-28T10:00"),  # the 31st: last day of February
    (None, "2028-01-31T10:00", "monthly", "2028-02-29T10:00"),  # leap year
    (None, "2026-03-31T17:30", "monthly", "2026-04-30T17:30"),
    (None, "2026-12-15T09:00", "monthly", "2027-01-15T09:00"),  # over the year's end
    (None, "2026-03-20T10:00", "biweekly", "2026-04-03T10:00"),  # across the spring DST change
    (None, "2026-10-20T10:00", "weekly", "2026-10-27T10:00"),  # across the autumn DST change
    (None, "2026-03-28T02:30", "weekly", "2026-04-04T02:30"),  # a time that does not exist on 29 March
    (None, "2026-05-04T10:00", None, "2026-05-18T10:00"),  # no rhythm yet: two weeks
    (None, "2026-05-04T10:00", "other", "2026-05-18T10:00"),
    ("2026-06-01T18:00", None, "monthly", "2026-06-01T18:00"),  # agreed before the first session
    ("2026-06-01T18:00", "2026-05-20T10:00", "monthly", "2026-06-01T18:00"),  # agreed, not yet held
    ("2026-06-01T18:00", "2026-06-01T09:00", "biweekly", "2026-06-15T09:00"),  # held that day: rhythm again
    ("2026-06-01T18:00", "2026-06-03T09:00", "weekly", "2026-06-10T09:00"),  # held after it
    ("2026-06-01T18:00+02:00", "2026-05-20T10:00+02:00", "weekly", "2026-06-01T18:00"),  # offsets dropped
]


@pytest.fixture(params=["UTC", "Europe/Berlin", "America/New_York"])
def zone(request: pytest.FixtureRequest) -> Iterator[str]:
    """The rules must not depend on the machine's time zone."""
    old = os.environ.get("TZ")
    os.environ["TZ"] = request.param
    time.tzset()
    yield request.param
    if old is None:
        del os.environ["TZ"]
    else:
        os.environ["TZ"] = old
    time.tzset()


@pytest.mark.parametrize(("agreed", "last", "rhythm", "expected"), NEXT_DUE)
def test_next_due(zone: str, agreed: str | None, last: str | None, rhythm: str | None, expected: str | None) -> None:
    assert next_due(agreed, last, rhythm) == (D(expected) if expected else None)


DUE = [
    # last held, rhythm, now -> days until due (negative: overdue)
    ("2026-01-31T10:00", "monthly", "2026-02-27T23:59", 1),
    ("2026-01-31T10:00", "monthly", "2026-02-28T08:00", 0),  # due today, not overdue
    ("2026-01-31T10:00", "monthly", "2026-02-28T23:00", 0),  # later that day: still today
    ("2026-01-31T10:00", "monthly", "2026-03-01T00:01", -1),  # overdue after midnight
    ("2026-03-20T10:00", "biweekly", "2026-03-29T03:30", 5),  # the night the clocks go forward
    ("2026-10-18T10:00", "weekly", "2026-10-25T02:30", 0),  # the hour that happens twice
    ("2026-12-20T10:00", "biweekly", "2027-01-05T12:00", -2),
]


@pytest.mark.parametrize(("last", "rhythm", "now", "days"), DUE)
def test_due_and_overdue(zone: str, last: str, rhythm: str, now: str, days: int) -> None:
    result = due(None, last, rhythm, D(now))
    assert result.days == days
    assert result.overdue is (days < 0)


def test_nothing_due_before_the_first_session() -> None:
    result = due(None, None, "monthly", D("2026-01-01T10:00"))
    assert result.at is None and result.days is None and not result.overdue
