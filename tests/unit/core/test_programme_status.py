"""What the overview says about the programme: check-in due, closing due, fit, by table."""

from __future__ import annotations

import pytest

from app.core import programme_status
from app.core.clock import FixedClock
from app.store import Journal

CHECK_IN = [
    # sessions held (dates), last check-in, goals, every, now -> due?
    (["2026-01-05", "2026-01-19", "2026-02-02"], None, 1, 3, "2026-02-02T12:00", True),
    (["2026-01-05", "2026-01-19", "2026-02-02"], None, 1, 3, "2026-02-01T12:00", False),  # third not held yet
    (["2026-01-05", "2026-01-19", "2026-02-02"], None, 0, 3, "2026-02-03T12:00", False),  # no goals to rate
    (["2026-01-05", "2026-01-19", "2026-02-02"], None, 1, 0, "2026-02-03T12:00", False),  # never
    (["2026-01-05", "2026-01-19", "2026-02-02"], "2026-01-19", 1, 3, "2026-02-03T12:00", False),
    (["2026-01-05", "2026-01-19", "2026-02-02"], "2026-01-18", 1, 2, "2026-02-03T12:00", True),
    (["2026-01-31", "2026-02-28", "2026-03-31"], "2026-01-31", 2, 1, "2026-04-01T00:00", True),
]


@pytest.mark.parametrize(("held", "checked_in", "goals", "every", "now", "expected"), CHECK_IN)
def test_check_in_due(journal: Journal, held: list[str], checked_in: str | None, goals: int, every: int, now: str,
                      expected: bool) -> None:
    goal_ids = [journal.add("goal", title=f"Ziel {n}") for n in range(goals)]
    for day in held:
        journal.add("session", starts_at=f"{day}T10:00")
    if checked_in:
        journal.save_evaluation(checked_in, {g: (3, "") for g in goal_ids} or {})
    status = programme_status.status(journal, FixedClock(now), every)
    assert status.check_in_due is expected


CLOSING = [
    # started, months, today -> closing due?
    ("2026-01-31", 1, "2026-02-27", False),
    ("2026-01-31", 1, "2026-02-28", True),  # the end of a shorter month
    ("2026-08-31", 6, "2027-02-27", False),
    ("2026-08-31", 6, "2027-02-28", True),
    ("2026-03-29", 6, "2026-09-29", True),
    ("2026-03-29", 6, "2026-09-28", False),
    (None, 6, "2030-01-01", False),  # not started
    ("2026-01-01", None, "2030-01-01", False),  # no planned duration
]


@pytest.mark.parametrize(("started", "months", "today", "expected"), CLOSING)
def test_closing_due(journal: Journal, started: str | None, months: int | None, today: str, expected: bool) -> None:
    journal.update_tandem(started_on=started, planned_months=months)
    status = programme_status.status(journal, FixedClock(f"{today}T09:00"), 3)
    assert status.closing_due is expected


def test_a_completed_tandem_is_due_nothing(journal: Journal) -> None:
    goal = journal.add("goal", title="LinkedIn")
    for day in ("2026-01-05", "2026-01-19", "2026-02-02"):
        journal.add("session", starts_at=f"{day}T10:00")
    journal.update_tandem(started_on="2026-01-05", planned_months=1)
    journal.save_evaluation("2026-01-01", {goal: (2, "")})
    journal.complete("2026-02-10")
    status = programme_status.status(journal, FixedClock("2026-03-01T09:00"), 3)
    assert status.completed and not status.check_in_due and not status.closing_due and not status.fit_concern


def test_check_in_form_offers_open_goals_with_last_ratings(journal: Journal) -> None:
    a = journal.add("goal", title="A")
    b = journal.add("goal", title="B")
    journal.add("goal", title="C", state="reached")
    journal.save_evaluation("2026-01-10", {a: (2, ""), b: (1, "")})
    journal.save_evaluation("2026-02-10", {a: (4, "")})
    form = programme_status.check_in_form(journal)
    assert [g["title"] for g in form.goals] == ["A", "B"]
    assert form.last_ratings == {a: 4, b: 1}


def test_check_in_is_saved_for_open_goals_only_and_not_in_the_future(journal: Journal) -> None:
    a = journal.add("goal", title="A")
    reached = journal.add("goal", title="B", state="reached")
    clock = FixedClock("2026-02-10T18:00")
    with pytest.raises(ValueError):
        programme_status.check_in(journal, clock, "2026-02-11", {a: (3, "")})
    with pytest.raises(ValueError):
        programme_status.check_in(journal, clock, "2026-02-10", {reached: (3, "")})
    with pytest.raises(ValueError):
        programme_status.check_in(journal, clock, "2026-02-10", {})
    assert journal.evaluations() == []
    programme_status.check_in(journal, clock, "2026-02-10", {a: (3, "gut")}, "Notiz")
    (saved,) = journal.evaluations()
    assert saved.ratings == {a: 3} and saved.note == "Notiz"
