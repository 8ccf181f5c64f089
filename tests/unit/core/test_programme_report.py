"""What a programme report holds and what the programme view makes of many (issue 18), by table."""

from __future__ import annotations

import copy
import datetime as _dt
import json
from pathlib import Path
from typing import Any

import pytest

from app.core import closing
from app.core import programme_report as pr
from app.core.clock import FixedClock
from app.store import Journal
from tests.conftest import PASSPHRASE

D = _dt.date.fromisoformat


@pytest.mark.parametrize(("dates", "rhythm", "expected"), [
    ([], "biweekly", (0, 0)),
    (["2026-01-05"], "biweekly", (0, 0)),
    (["2026-01-05", "2026-01-19"], "biweekly", (1, 1)),
    (["2026-01-05", "2026-01-22"], "biweekly", (1, 1)),  # three days late still counts
    (["2026-01-05", "2026-01-23"], "biweekly", (1, 0)),
    (["2026-01-05", "2026-01-12", "2026-01-30"], "weekly", (2, 1)),
    (["2026-01-31", "2026-03-03"], "monthly", (1, 1)),  # one month after 31 Jan is 28 Feb, + 3 days
    (["2026-01-31", "2026-03-04"], "monthly", (1, 0)),
    (["2026-01-05", "2026-01-19"], None, (1, 1)),  # no rhythm agreed: two weeks
    (["2026-01-19", "2026-01-05"], "other", (1, 1)),  # order does not matter
])
def test_rhythm_kept(dates: list[str], rhythm: str | None, expected: tuple[int, int]) -> None:
    assert pr.rhythm_kept([D(d) for d in dates], rhythm) == expected


@pytest.mark.parametrize(("choices", "extra"), [
    (pr.Choices(), ()),
    (pr.Choices(goal_texts=True), ("goal_titles",)),
    (pr.Choices(own_topics=True), ("own_topics",)),
    (pr.Choices(names=True), ("names",)),
    (pr.Choices(True, True, True), ("goal_titles", "own_topics", "names")),
])
def test_fields_follow_the_ticks(choices: pr.Choices, extra: tuple[str, ...]) -> None:
    assert pr.fields(choices) == pr.BASE_FIELDS + extra
    for private in ("notes", "agenda", "feedback", "reflections", "pass_on", "recommendations", "title"):
        assert private not in pr.fields(choices)


def _report(**changes: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "format": pr.FORMAT, "format_version": 1, "tandem": "a" * 32, "written_on": "2026-06-01",
        "period_from": "2026-01-05", "period_to": "2026-05-25", "last_session_on": "2026-05-25",
        "completed": False, "sessions_held": 4, "rhythm": "biweekly", "rhythm_intervals": 3, "rhythm_kept": 2,
        "learnings_mentee": 3, "learnings_mentor": 2, "learnings_both": 1, "learnings_unsaid": 0,
        "goals": [{"state": "open", "first": 2, "last": 4}], "mean_session_rating": 4.5,
        "pool_topics_covered": ["LinkedIn"], "own_topics_covered": 1, "quick_wins": ["Profil steht"],
        "closing_answers": {g: {"value": None, "again": None, "recommend": None, "line": ""} for g in pr.GIVERS},
    }
    base.update(changes)
    return base


@pytest.mark.parametrize(("today", "changes", "expected"), [
    ("2026-06-22", {}, "active"),  # 28 days after the last session: exactly two steps
    ("2026-06-23", {}, "overdue"),
    ("2026-06-23", {"completed": True}, "completed"),
    ("2026-07-25", {"rhythm": "monthly"}, "active"),
    ("2026-07-26", {"rhythm": "monthly"}, "overdue"),
    ("2026-06-10", {"last_session_on": None, "period_from": "2026-05-20"}, "active"),
    ("2026-06-18", {"last_session_on": None, "period_from": "2026-05-20"}, "overdue"),
])
def test_state(today: str, changes: dict[str, Any], expected: str) -> None:
    assert pr.state(_report(**changes), D(today)) == expected


BAD = [
    ([1, 2], pr.NOT_A_REPORT),
    ({"format": "tandem-journal"}, pr.NOT_A_REPORT),
    (_report(format_version=2), pr.NEWER),
    (_report(sessions_held=-1), "sessions_held"),
    (_report(rhythm_kept=4), "rhythm_kept"),
    (_report(goals=[{"state": "open", "first": 7, "last": 1}]), "goals"),
    (_report(written_on="gestern"), "written_on"),
    (_report(completed="yes"), "completed"),
    (_report(closing_answers={"mentee": {}}), "closing_answers"),
    (_report(names={"mentee": 3}), "names"),
]


@pytest.mark.parametrize(("data", "reason"), BAD)
def test_bad_reports_are_refused_with_a_reason(data: Any, reason: str) -> None:
    with pytest.raises(pr.ReportProblem, match=reason):
        pr.validate(data)


def test_a_missing_key_is_named() -> None:
    data = _report()
    del data["quick_wins"]
    with pytest.raises(pr.ReportProblem, match="quick_wins"):
        pr.validate(data)


def test_load_many_leaves_out_bad_files_and_keeps_the_newer_of_a_tandem(tmp_path: Path) -> None:
    files = {
        "a.json": _report(),
        "a-newer.json": _report(written_on="2026-07-01", sessions_held=5, rhythm_intervals=4),
        "b.json": _report(tandem="b" * 32),
        "newer.json": _report(tandem="c" * 32, format_version=9),
    }
    for name, data in files.items():
        (tmp_path / name).write_text(json.dumps(data))
    (tmp_path / "broken.json").write_text('{"format": "tandem-programme-report", ')
    (tmp_path / "notes.json").write_text('{"hello": 1}')
    loaded = pr.load_many(pr.report_files(tmp_path))
    assert sorted(r["sessions_held"] for _, r in loaded.reports) == [4, 5]
    assert [(p.name, q.name) for p, q in loaded.replaced] == [("a.json", "a-newer.json")]
    assert sorted((p.name, why) for p, why in loaded.left_out) == [
        ("broken.json", pr.NOT_A_REPORT), ("newer.json", pr.NEWER), ("notes.json", pr.NOT_A_REPORT)]


def test_summary_shows_counts_only_below_three_tandems() -> None:
    answered = {"mentee": {"value": 5, "again": True, "recommend": True, "line": ""},
                "mentor": {"value": 4, "again": True, "recommend": False, "line": ""}}
    two = [_report(closing_answers=answered), _report(tandem="b" * 32, closing_answers=answered)]
    few = pr.summarise(two, D("2026-06-01"))
    assert few.sessions_mean is None and few.kept_percent is None and few.goal_change_mean is None
    assert few.values[5] == pr.Share(2, 4, 2) and few.values[5].percent is None
    three = pr.summarise([*two, _report(tandem="c" * 32, closing_answers=answered, goals=[
        {"state": "reached", "first": 1, "last": 5}, {"state": "open", "first": None, "last": None}])],
        D("2026-06-01"))
    assert (three.sessions_mean, three.kept_percent, three.goal_change_mean) == (4.0, 67, 2.67)
    assert three.values[5].percent == 50 and three.recommend[False].percent == 50
    assert three.topics == [("LinkedIn", 3)]


@pytest.fixture
def tandem(tmp_path: Path) -> Journal:
    journal = Journal.create(tmp_path / "t.tandem", PASSPHRASE)
    journal.update_tandem(rhythm="biweekly", started_on="2026-01-05")
    journal.set_person("mentee", display_name="NAME-CANARY-Mentee")
    journal.set_person("mentor", display_name="NAME-CANARY-Mentor")
    pool = journal.add("topic", title="KI im Alltag", origin="pool")
    own = journal.add("topic", title="OWN-TOPIC-CANARY", origin="own", state="done")
    goal = journal.add("goal", title="GOAL-CANARY")
    for n, day in enumerate(("2026-01-05", "2026-01-19", "2026-02-20")):
        sid = journal.add("session", starts_at=f"{day}T10:00", notes="NOTES-CANARY", topic_id=pool if n else None)
        journal.add("agenda_item", session_id=sid, text="AGENDA-CANARY")
        journal.add("feedback", session_id=sid, giver="mentee", helped="FEEDBACK-CANARY", rating=3 + n % 2)
        journal.add("learning", session_id=sid, text=f"Gelernt {n}", learner=("mentee", "mentor", None)[n],
                    quick_win=n == 1, share=n >= 1)
    journal.add("session", starts_at="2026-12-01T10:00")  # planned, not held
    journal.save_evaluation("2026-01-20", {goal: (2, "COMMENT-CANARY")})
    journal.save_evaluation("2026-02-21", {goal: (4, "")})
    closing.save_answers(journal, {"mentee": {"value": 5, "again": True, "recommend": True, "line": "Gern wieder"},
                                   "mentor": {"value": None, "again": None, "recommend": None, "line": " "}})
    del own
    return journal


def test_build_holds_numbers_and_what_was_chosen(tandem: Journal, tmp_path: Path) -> None:
    report = pr.build(tandem, FixedClock("2026-03-01T09:00"), pr.Choices())
    assert report == {
        **report,
        "period_from": "2026-01-05", "period_to": "2026-02-20", "last_session_on": "2026-02-20",
        "completed": False, "sessions_held": 3, "rhythm": "biweekly", "rhythm_intervals": 2, "rhythm_kept": 1,
        "learnings_mentee": 1, "learnings_mentor": 1, "learnings_both": 0, "learnings_unsaid": 1,
        "goals": [{"state": "open", "first": 2, "last": 4}], "mean_session_rating": 3.33,
        "pool_topics_covered": ["KI im Alltag"], "own_topics_covered": 1, "quick_wins": ["Gelernt 1"],
        "closing_answers": {"mentee": {"value": 5, "again": True, "recommend": True, "line": "Gern wieder"},
                            "mentor": {"value": None, "again": None, "recommend": None, "line": ""}},
    }
    assert tandem.closing_answers().keys() == {"mentee"}, "an empty answer is not stored"
    text = pr.dumps(report).decode()
    assert "CANARY" not in text
    key = report["tandem"]
    tandem.complete("2026-03-01")
    again = pr.build(tandem, FixedClock("2026-03-02T09:00"), pr.Choices(True, True, True))
    assert (again["tandem"], again["completed"], again["period_to"]) == (key, True, "2026-03-01")
    assert again["goal_titles"] == ["GOAL-CANARY"] and again["own_topics"] == ["OWN-TOPIC-CANARY"]
    assert again["names"] == {"mentee": "NAME-CANARY-Mentee", "mentor": "NAME-CANARY-Mentor"}
    path = tmp_path / "r.json"
    pr.write(path, again)
    assert pr.load(path) == again and path.stat().st_mode & 0o777 == 0o600
    broken = copy.deepcopy(again)
    broken["sessions_held"] = "3"
    with pytest.raises(pr.ReportProblem):
        pr.validate(broken)
