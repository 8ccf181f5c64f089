"""The programme around the sessions, in the store and in ``app.programme``: kick-off,
evaluation, coverage, the fit hint, and the completed (read-only) tandem."""

from __future__ import annotations

import datetime as _dt

import pytest

from app import programme
from app.store import Journal, TandemCompleted
from app.core import kickoff


def _session(journal: Journal, when: str, **values) -> int:
    return journal.add("session", starts_at=when, **values)


def test_kickoff_round_trips_and_keeps_goal_ids(journal: Journal) -> None:
    agreement = kickoff.Kickoff(
        mentee="Jürgen", mentor="Şükrü", mentee_expects="Ehrliche Rückmeldung", mentor_expects="Einblick",
        concern="Sichtbar werden", support_form="Demos", goals=[kickoff.GoalDraft("LinkedIn-Profil"),
                                                                kickoff.GoalDraft("KI verstehen")],
        rules=[kickoff.RuleDraft("confidentiality", "Bleibt unter uns"), kickoff.RuleDraft("custom", "Handy aus")],
        rules_agreed_on="2026-11-24", dependency_exists=True, dependency_note="Nicht in Beurteilungen",
        rhythm="biweekly", planned_months=6, place="Café", started_on="2026-11-24",
        next_session_at="2026-12-08T10:00", new_topics=[("Datenschutz", "Generationen", "pool"), ("datenschutz", "x", "own"), ("Podcasts", "", "own")])
    kickoff.save(journal, agreement)
    back = kickoff.read(journal)
    assert back.mentee == "Jürgen" and back.mentor_expects == "Einblick"
    assert [g.title for g in back.goals] == ["LinkedIn-Profil", "KI verstehen"]
    assert [(r.key, r.text) for r in back.rules] == [("confidentiality", "Bleibt unter uns"), ("custom", "Handy aus")]
    assert (back.dependency_exists, back.dependency_note, back.rhythm, back.planned_months) == (
        True, "Nicht in Beurteilungen", "biweekly", 6)
    assert [(t["title"], t["origin"]) for t in journal.rows("topic")] == [("Datenschutz", "pool"),
                                                                           ("Podcasts", "own")]  # not twice
    first = back.goals[0].id

    # Reopened: one goal renamed, one removed, one added; the rated goal is dropped, not deleted.
    journal.save_evaluation("2026-12-01", {back.goals[1].id: (2, "")})
    back.goals = [kickoff.GoalDraft("LinkedIn-Profil pflegen", first), kickoff.GoalDraft("Feedback geben")]
    kickoff.save(journal, back)
    goals = {g["title"]: g for g in journal.rows("goal")}
    assert goals["LinkedIn-Profil pflegen"]["id"] == first
    assert goals["KI verstehen"]["state"] == "dropped"
    assert [g.title for g in kickoff.read(journal).goals] == ["LinkedIn-Profil pflegen", "Feedback geben"]


def test_without_dependency_no_dependency_rule_is_kept(journal: Journal) -> None:
    kickoff.save(journal, kickoff.Kickoff(dependency_exists=False, dependency_note="left over"))
    assert journal.tandem()["dependency_note"] == ""


def test_evaluations_and_sessions_since_the_last_one(journal: Journal) -> None:
    goal = journal.add("goal", title="LinkedIn")
    for day in ("2026-01-05", "2026-01-19", "2026-02-02"):
        _session(journal, f"{day}T10:00")
    _session(journal, "2026-12-24T10:00")  # planned, not held yet
    now = "2026-02-10T00:00"
    assert journal.sessions_since_evaluation(now) == 3
    journal.save_evaluation("2026-02-02", {goal: (3, "gut")}, note="erste Runde")
    assert journal.sessions_since_evaluation(now) == 0  # the session of that day counts as evaluated
    _session(journal, "2026-02-16T10:00")
    assert journal.sessions_since_evaluation("2026-02-20T00:00") == 1
    [evaluation] = journal.evaluations()
    assert (evaluation.held_on, evaluation.note, evaluation.ratings, evaluation.comments) == (
        "2026-02-02", "erste Runde", {goal: 3}, {goal: "gut"})


def test_a_goal_is_rated_once_per_evaluation_or_not_at_all(journal: Journal) -> None:
    goal = journal.add("goal", title="x")
    with pytest.raises(Exception):
        journal.save_evaluation("2026-02-02", {goal: (9, "")})
    assert journal.evaluations() == []  # nothing half-written


def test_session_ratings_and_topic_coverage(journal: Journal) -> None:
    topic = journal.add("topic", title="KI")
    late = _session(journal, "2026-03-01T10:00", topic_id=topic)
    early = _session(journal, "2026-02-01T10:00", topic_id=topic)
    _session(journal, "2026-02-15T10:00")
    journal.add("feedback", session_id=late, giver="mentee", rating=2)
    journal.add("feedback", session_id=early, giver="mentee", rating=5)
    journal.add("feedback", session_id=early, giver="mentor", rating=4)
    assert journal.session_ratings() == [4.5, 2.0]
    assert journal.topic_coverage() == {topic: ["2026-02-01T10:00", "2026-03-01T10:00"]}


def test_a_completed_tandem_is_read_only_until_reopened(journal: Journal) -> None:
    session = _session(journal, "2026-02-01T10:00")
    journal.complete("2026-07-01")
    tandem = journal.tandem()
    assert (tandem["state"], tandem["closing_held_on"]) == ("completed", "2026-07-01")
    assert tandem["completed_at"]
    for write in (lambda: journal.add("learning", text="x"), lambda: journal.update("session", session, notes="x"),
                  lambda: journal.delete("session", session), lambda: journal.update_tandem(title="x"),
                  lambda: journal.move("goal", 1, 0)):
        with pytest.raises(TandemCompleted, match="read-only"):
            write()
    assert journal.get("session", session)["notes"] == ""
    journal.reopen()
    assert (journal.tandem()["state"], journal.tandem()["completed_at"]) == ("active", None)
    journal.update("session", session, notes="wieder offen")


@pytest.mark.parametrize(("start", "months", "end"), [
    ("2026-01-31", 1, "2026-02-28"), ("2026-08-15", 6, "2027-02-15"), ("2024-11-30", 3, "2025-02-28")])
def test_planned_end_adds_calendar_months(start: str, months: int, end: str) -> None:
    assert programme.planned_end(start, months) == _dt.date.fromisoformat(end)


def test_closing_is_due_at_the_end_of_an_active_tandem() -> None:
    today = _dt.date(2026, 7, 1)
    assert programme.closing_due("active", "2026-01-01", 6, today)
    assert not programme.closing_due("active", "2026-01-02", 6, today)
    assert not programme.closing_due("completed", "2026-01-01", 6, today)
    assert not programme.closing_due("active", None, 6, today)


def test_evaluation_is_offered_every_few_sessions_once_there_are_goals() -> None:
    assert programme.evaluation_due(3, 2, every=3)
    assert not programme.evaluation_due(2, 2, every=3)
    assert not programme.evaluation_due(5, 0, every=3)
    assert not programme.evaluation_due(5, 2, every=0)  # turned off


@pytest.mark.parametrize(("evaluations", "sessions", "concern"), [
    ([4, 3.5, 3], [], True),  # goal ratings fell twice in a row
    ([4, 3, 3.5], [], False),  # one dip is not "for a while"
    ([], [5, 4, 3, 2], True),  # sessions fell three times in a row
    ([], [5, 4, 3], False),
    ([], [2, 2, 1.5], True),  # low for three sessions
    ([], [4, 2, 4, 3], False),
    ([3], [4], False),
])
def test_the_fit_hint_waits_for_a_trend(evaluations: list[float], sessions: list[float], concern: bool) -> None:
    assert programme.fit_concern(evaluations, sessions) is concern


def test_suggestions_exist_in_both_languages() -> None:
    for text in [*(t.title for t in programme.POOL), *programme.FIRST_CONVERSATION, *programme.RULES.values()]:
        assert text("en") and text("de") and text("en") != "" and text("de") != ""
    assert programme.POOL[0].title("de") == "Digitale Tools und Social Media"
    assert set(programme.RULES) == set(programme.RULE_NAMES)


def test_feedback_is_created_once_and_then_changed(journal: Journal) -> None:
    session = _session(journal, "2026-02-01T10:00")
    journal.set_feedback(session, "mentee", helped="", to_change="", rating=None)
    assert journal.rows("feedback") == []  # nothing said, nothing stored
    journal.set_feedback(session, "mentee", helped="Demo", to_change="", rating=4)
    journal.set_feedback(session, "mentee", helped="Demo am Laptop", to_change="", rating=5)
    journal.set_feedback(None, "mentee", helped="Alles", to_change="", rating=5)  # the closing round
    rows = journal.rows("feedback")
    assert [(r["session_id"], r["helped"], r["rating"]) for r in rows] == [(session, "Demo am Laptop", 5),
                                                                          (None, "Alles", 5)]
