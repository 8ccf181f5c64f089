"""The closing round: the last feedback both ways, what to pass on, and completing the tandem.

Each step saves on its own (cancelling the round loses nothing); completing makes the
tandem read-only, which the store enforces.
"""

from __future__ import annotations

from typing import Any

from app.store import Journal

from .clock import Clock

GIVERS = ("mentee", "mentor")


def save_feedback(journal: Journal, by_giver: dict[str, dict[str, Any]]) -> None:
    """Both directions of the closing feedback (the feedback with no session), or neither."""
    if not set(by_giver) <= set(GIVERS):
        raise ValueError("Feedback is given by the mentee and the mentor.")
    with journal.transaction():
        for giver, values in by_giver.items():
            journal.set_feedback(None, giver, **values)


def save_pass_on(journal: Journal, pass_on: str, recommendations: str) -> None:
    """What to pass on to the next round, and the next steps printed on the one-pager."""
    journal.update_tandem(pass_on=pass_on.strip(), recommendations=recommendations.strip())


def save_answers(journal: Journal, by_giver: dict[str, dict[str, Any]]) -> None:
    """Each partner's answer to the closing question (how valuable 1-5, again, recommend, one line).
    An answer with nothing given is not stored."""
    if not set(by_giver) <= set(GIVERS):
        raise ValueError("The closing question is answered by the mentee and the mentor.")
    with journal.transaction():
        for giver, values in by_giver.items():
            line = str(values.get("line") or "").strip()
            given = {**values, "line": line}
            if giver in journal.closing_answers() or any(v not in (None, "") for v in given.values()):
                journal.set_closing_answer(giver, **given)


def complete(journal: Journal, clock: Clock) -> None:
    """End the closing round today: the tandem becomes completed and read-only."""
    journal.complete(clock.now().date().isoformat())


def reopen(journal: Journal) -> None:
    journal.reopen()
