"""What the one-pager offers, preselects and prints: decided in the layer (issue 16: nothing twice)."""

from __future__ import annotations

import pytest

from app.core import onepager
from app.core.clock import FixedClock
from app.export.content import Goal
from app.store import Journal


def test_preselection_context_and_period_of_held_sessions(journal: Journal) -> None:
    journal.update_tandem(title="Tandem", concern="Digital sichtbar werden", rhythm="monthly")
    s1 = journal.add("session", starts_at="2026-01-12T10:00")
    s2 = journal.add("session", starts_at="2026-03-02T10:00")
    journal.add("session", starts_at="2026-05-01T10:00")  # planned: not part of the period
    journal.add("learning", session_id=s1, text="Geteilt", share=True, learner="mentor")
    journal.add("learning", session_id=s2, text="Privat gehalten", share=False)
    journal.add("learning", session_id=s2, text="Ein Quick Win", quick_win=True)
    goal = journal.add("goal", title="LinkedIn")
    journal.add("goal", title="KI")
    journal.save_evaluation("2026-01-12", {goal: (2, "")})
    journal.save_evaluation("2026-03-02", {goal: (4, "")})
    clock = FixedClock("2026-03-10T12:00")
    offer = onepager.choices(journal, clock)
    assert (offer.first_held, offer.last_held, offer.sessions_held) == ("2026-01-12", "2026-03-02", 2)
    assert (offer.concern, offer.rhythm, offer.lang, offer.title) == ("Digital sichtbar werden", "monthly", "", "")
    assert [(learning["text"], chosen) for learning, chosen in offer.learnings] == [
        ("Geteilt", True), ("Privat gehalten", False), ("Ein Quick Win", False)]
    assert offer.quick_wins == ["Ein Quick Win"]
    assert offer.goals == [Goal("LinkedIn", ((0, 2), (1, 4))), Goal("KI", ())]
    assert offer.checkins == ["2026-01-12", "2026-03-02"] and offer.goals[0].ratings == [2, 4]
    content = onepager.preselected(journal, clock)
    assert content.learnings == [{"text": "Geteilt", "learner": "mentor", "quick_win": False}]
    assert content.quick_wins == ["Ein Quick Win"] and content.first_held == "2026-01-12"


def test_no_period_before_the_first_session(journal: Journal) -> None:
    journal.add("session", starts_at="2026-05-01T10:00")
    offer = onepager.choices(journal, FixedClock("2026-04-01T10:00"))
    assert (offer.first_held, offer.last_held, offer.sessions_held) == ("", "", 0)


def test_a_learning_written_in_several_sessions_is_offered_once(journal: Journal) -> None:
    sessions = [journal.add("session", starts_at=f"2026-0{m}-01T10:00") for m in (1, 2, 3)]
    journal.add("learning", session_id=sessions[0], text="Feedback öfter und kürzer.", learner="mentee")
    journal.add("learning", session_id=sessions[1], text="feedback  öfter und kürzer", learner="mentor", share=True)
    journal.add("learning", session_id=sessions[2], text="Feedback öfter und kürzer", learner=None)
    journal.add("learning", session_id=sessions[2], text="Kanban hilft", learner="mentee")
    offer = onepager.choices(journal, FixedClock("2026-04-01T10:00"))
    assert offer.learnings == [({"text": "Feedback öfter und kürzer.", "learner": "both"}, True),
                               ({"text": "Kanban hilft", "learner": "mentee"}, False)]


L = {"text": "Kanban macht Last sichtbar", "learner": "mentor"}


@pytest.mark.parametrize(("learnings", "wins", "printed", "wins_left"), [
    # a quick win that is also a chosen learning: once, among the learnings, marked
    ([L], ["Kanban macht Last sichtbar"], [{**L, "quick_win": True}], []),
    # the same when written differently in case, spacing or the final stop
    ([L], ["kanban macht  Last sichtbar."], [{**L, "quick_win": True}], []),
    # a quick win that is not a chosen learning: under the quick wins
    ([], ["Kanban macht Last sichtbar"], [], ["Kanban macht Last sichtbar"]),
    # a learning that is a quick win the tandem unticked: not marked
    ([L], [], [{**L, "quick_win": False}], []),
    # the same learning chosen twice and a quick win twice: each once
    ([L, {**L, "learner": "mentee"}], ["Chat-Regeln", "Chat-Regeln "],
     [{**L, "learner": "both", "quick_win": False}], ["Chat-Regeln"]),
])
def test_nothing_is_printed_twice(learnings: list[dict[str, str]], wins: list[str],
                                  printed: list[dict[str, object]], wins_left: list[str]) -> None:
    content = onepager.compose(onepager.Choices(), learnings=learnings, quick_wins=wins, goals=[], topics=[],
                               recommendations="")
    assert content.learnings == printed and content.quick_wins == wins_left


def test_the_language_and_title_are_remembered(journal: Journal) -> None:
    clock = FixedClock("2026-04-01T10:00")
    assert onepager.shown_title(onepager.choices(journal, clock), "en") == "Reverse mentoring: what we learned"
    onepager.remember(journal, "en", "Reverse Mentoring: Was wir gelernt haben", "Weiter so")
    offer = onepager.choices(journal, clock)
    assert (offer.lang, offer.title, offer.recommendations) == ("en", "", "Weiter so"), "a default is not kept"
    onepager.remember(journal, "de", "  Unser Jahr im Tandem 🙂 ", "Weiter so")
    offer = onepager.choices(journal, clock)
    assert (offer.lang, offer.title) == ("de", "Unser Jahr im Tandem 🙂")
    assert onepager.shown_title(offer, "en") == "Unser Jahr im Tandem 🙂"
    assert onepager.preselected(journal, clock).title == "Unser Jahr im Tandem 🙂"
