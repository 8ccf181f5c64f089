"""Which open action item is overdue (walk issue 11): a rule by table, with a fixed clock."""

from __future__ import annotations

import pytest

from app.core import sessions
from app.core.clock import FixedClock


@pytest.mark.parametrize(("today", "due_on", "done", "overdue"), [
    ("2026-12-04T10:00", "2026-11-10", False, True),
    ("2026-12-04T10:00", "2026-11-30", False, True),
    ("2026-12-04T00:00", "2026-12-03", False, True),   # the day after, from midnight on
    ("2026-12-04T23:59", "2026-12-04", False, False),  # due today: not yet
    ("2026-12-04T10:00", "2026-12-05", False, False),
    ("2026-12-04T10:00", "2026-11-10", True, False),   # done: no longer
    ("2026-12-04T10:00", None, False, False),          # no due date: never
    ("2026-12-04T10:00", "", False, False),
    ("2027-01-01T08:00", "2026-12-31", False, True),   # across the year's end
    ("2026-03-01T08:00", "2026-02-28", False, True),   # across a month's end
    ("2026-03-29T03:30", "2026-03-29", False, False),  # the daylight-saving night: still the same day
])
def test_an_open_item_is_overdue_once_its_due_day_has_passed(today: str, due_on: str | None, done: bool,
                                                             overdue: bool) -> None:
    assert sessions.overdue(due_on, done, FixedClock(today)) is overdue
