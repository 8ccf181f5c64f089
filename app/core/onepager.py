"""What the one-pager offers and preselects; the export dialog and the CLI only show or use it.

The period runs from the first to the last session *held* (a planned session has not
happened yet, so it never widens the period). Learnings flagged for the one-pager are
preselected, the others offered unticked; quick wins, goals with their ratings over
time, the topics covered and the tandem's recommendations come preselected.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from app.store import Journal

from .clock import Clock, stamp

if TYPE_CHECKING:
    from app.export.onepager import Content

Learning = dict[str, str]  # {"text", "learner"}: what the one-pager prints ("" when nobody said who)


@dataclass
class Choices:
    """Everything the one-pager can hold, each with whether it starts ticked."""

    tandem_title: str = ""
    period: str = ""
    people: list[tuple[str, str]] = field(default_factory=list)  # (role, display name)
    learnings: list[tuple[Learning, bool]] = field(default_factory=list)
    quick_wins: list[str] = field(default_factory=list)
    goals: list[tuple[str, list[int]]] = field(default_factory=list)  # title, ratings oldest first
    topics: list[str] = field(default_factory=list)
    recommendations: str = ""

    def preselected_learnings(self) -> list[Learning]:
        return [learning for learning, chosen in self.learnings if chosen]


def choices(journal: Journal, clock: Clock) -> Choices:
    tandem, people = journal.tandem(), journal.people()
    learnings = journal.rows("learning")
    _count, first, last = journal.held_sessions(stamp(clock.now()))
    ratings: dict[int, list[int]] = {}
    for evaluation in journal.evaluations():  # oldest first
        for goal_id, rating in evaluation.ratings.items():
            ratings.setdefault(goal_id, []).append(rating)
    covered = {s.topic for s in journal.session_summaries() if s.topic}
    return Choices(
        tandem_title=tandem["title"],
        period=f"{first[:10]} – {last[:10]}" if first and last else "",
        people=[(role, people[role]["display_name"]) for role in ("mentee", "mentor") if role in people],
        learnings=[({"text": r["text"], "learner": r["learner"] or ""}, bool(r["share"])) for r in learnings],
        quick_wins=[r["text"] for r in learnings if r["quick_win"]],
        goals=[(g["title"], ratings.get(g["id"], [])) for g in journal.rows("goal")],
        topics=[t["title"] for t in journal.rows("topic") if t["title"] in covered or t["state"] == "done"],
        recommendations=tandem["recommendations"],
    )


def preselected(journal: Journal, clock: Clock) -> Content:
    """The one-pager as it starts: what ``choices`` ticks (the CLI prints exactly this)."""
    from app.export.onepager import Content  # reportlab loads only when a page is made

    offer = choices(journal, clock)
    return Content(tandem_title=offer.tandem_title, period=offer.period, people=offer.people,
                   learnings=list(offer.preselected_learnings()), quick_wins=offer.quick_wins, goals=offer.goals,
                   topics=offer.topics, recommendations=offer.recommendations)
