"""What goes on the one-pager: plain data, no reportlab, so the layer can build it cheaply.

``app/core/onepager.py`` decides the content (what is offered, what starts ticked, that nothing is
printed twice); ``app/export/onepager.py`` lays it out on one page in the chosen language.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Goal:
    """A goal and its ratings (1–5): (index of the check-in in ``Content.checkins``, rating), oldest first."""

    title: str
    points: tuple[tuple[int, int], ...] = ()

    @property
    def ratings(self) -> list[int]:
        return [rating for _, rating in self.points]


@dataclass
class Content:
    """What goes on the page; the dialog (or the CLI) decides the selection through the layer."""

    title: str = ""  # the page's title as the tandem edited it; "" = the default in the chosen language
    tandem_title: str = ""
    concern: str = ""
    rhythm: str = ""  # weekly, biweekly, monthly, other or ""
    sessions_held: int = 0
    first_held: str = ""  # ISO date of the first session held ("" before the first)
    last_held: str = ""
    people: list[tuple[str, str]] = field(default_factory=list)  # (role, name as written)
    learnings: list[dict[str, Any]] = field(default_factory=list)  # text, learner ("" = not said), quick_win
    quick_wins: list[str] = field(default_factory=list)  # those not already printed as a learning
    goals: list[Goal] = field(default_factory=list)
    checkins: list[str] = field(default_factory=list)  # ISO dates of the check-ins, oldest first
    topics: list[str] = field(default_factory=list)
    recommendations: str = ""
