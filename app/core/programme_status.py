"""What the overview tells a tandem about its programme, decided here and only shown there.

When the next session is due (and whether it is overdue), whether a check-in is due,
whether the planned duration is over (closing round), and whether the ratings suggest
talking about the fit. Everything is seen from the clock's today.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass

from app import programme
from app.store import Evaluation, Journal
from app.store.encrypted import Row

from .clock import Clock, stamp
from .schedule import Due, due


@dataclass(frozen=True)
class ProgrammeStatus:
    completed: bool
    completed_at: str | None
    due: Due
    sessions_since_check_in: int
    check_in_due: bool
    planned_months: int | None
    planned_end: _dt.date | None
    closing_due: bool
    fit_concern: bool
    evaluations: list[Evaluation]


def status(journal: Journal, clock: Clock, check_in_every: int) -> ProgrammeStatus:
    """The programme as of now. ``check_in_every``: offer a check-in after that many sessions (0: never)."""
    now = clock.now()
    tandem = journal.tandem()
    _held, _first, last = journal.held_sessions(stamp(now))
    evaluations = journal.evaluations()
    completed = tandem["state"] == "completed"
    since = journal.sessions_since_evaluation(stamp(now))
    open_goals = [g for g in journal.rows("goal") if g["state"] == "open"]
    means = [sum(e.ratings.values()) / len(e.ratings) for e in evaluations if e.ratings]
    return ProgrammeStatus(
        completed=completed,
        completed_at=tandem["completed_at"],
        due=due(tandem["next_session_at"], last, tandem["rhythm"], now),
        sessions_since_check_in=since,
        check_in_due=not completed and programme.evaluation_due(since, len(open_goals), check_in_every),
        planned_months=tandem["planned_months"],
        planned_end=programme.planned_end(tandem["started_on"], tandem["planned_months"]),
        closing_due=programme.closing_due(tandem["state"], tandem["started_on"], tandem["planned_months"],
                                          now.date()),
        fit_concern=not completed and programme.fit_concern(means, journal.session_ratings()),
        evaluations=evaluations,
    )


@dataclass(frozen=True)
class CheckInForm:
    """What a check-in asks about: the open goals, each with its rating last time (if any)."""

    goals: list[Row]
    last_ratings: dict[int, int]


def check_in_form(journal: Journal) -> CheckInForm:
    last: dict[int, int] = {}
    for evaluation in journal.evaluations():  # oldest first: later ratings win
        last.update(evaluation.ratings)
    return CheckInForm([g for g in journal.rows("goal") if g["state"] == "open"], last)


def check_in(journal: Journal, clock: Clock, held_on: str, ratings: dict[int, tuple[int, str]],
             note: str = "") -> int:
    """Record a check-in: a rating (1–5) and a comment per open goal. Not in the future; not empty."""
    if _dt.date.fromisoformat(held_on) > clock.now().date():
        raise ValueError("A check-in cannot be dated in the future.")
    open_ids = {g["id"] for g in check_in_form(journal).goals}
    if not ratings or not set(ratings) <= open_ids:
        raise ValueError("A check-in rates the tandem's open goals; rate at least one.")
    return journal.save_evaluation(held_on, ratings, note=note)
