"""What the one-pager preselects and which period it shows: decided in the layer."""

from __future__ import annotations

from app.core import onepager
from app.core.clock import FixedClock
from app.store import Journal


def test_preselection_and_period_of_held_sessions(journal: Journal) -> None:
    s1 = journal.add("session", starts_at="2026-01-12T10:00")
    s2 = journal.add("session", starts_at="2026-03-02T10:00")
    journal.add("session", starts_at="2026-05-01T10:00")  # planned: not part of the period
    journal.add("learning", session_id=s1, text="Geteilt", share=True, learner="mentor")
    journal.add("learning", session_id=s2, text="Privat gehalten", share=False)
    journal.add("learning", session_id=s2, text="Ein Quick Win", quick_win=True)
    goal = journal.add("goal", title="LinkedIn")
    journal.save_evaluation("2026-01-12", {goal: (2, "")})
    journal.save_evaluation("2026-03-02", {goal: (4, "")})
    clock = FixedClock("2026-03-10T12:00")
    offer = onepager.choices(journal, clock)
    assert offer.period == "2026-01-12 – 2026-03-02"
    assert [(learning["text"], chosen) for learning, chosen in offer.learnings] == [
        ("Geteilt", True), ("Privat gehalten", False), ("Ein Quick Win", False)]
    assert offer.quick_wins == ["Ein Quick Win"] and offer.goals == [("LinkedIn", [2, 4])]
    content = onepager.preselected(journal, clock)
    assert content.learnings == [{"text": "Geteilt", "learner": "mentor"}] and content.period == offer.period


def test_no_period_before_the_first_session(journal: Journal) -> None:
    journal.add("session", starts_at="2026-05-01T10:00")
    assert onepager.choices(journal, FixedClock("2026-04-01T10:00")).period == ""
