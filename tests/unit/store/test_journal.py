"""Reading and writing the parts of a tandem through the store API."""

from __future__ import annotations

import pytest

from app import sample
from app.store import InvalidData, Journal


def test_new_journal_is_empty_and_active(journal: Journal) -> None:
    assert journal.is_empty()
    assert journal.tandem()["state"] == "active"
    assert set(journal.counts().values()) == {0}


def test_every_part_of_a_tandem_round_trips(journal: Journal) -> None:
    journal.update_tandem(title="Tandem 1", rhythm="monthly", planned_months=6, dependency_exists=True,
                          dependency_note="Vertraulich gegenüber der Linie", rules_agreed_on="2026-01-12")
    journal.set_person("mentee", display_name="Jürgen", expectations="Ehrlichkeit")
    journal.set_person("mentor", display_name="Aylin")
    journal.set_person("mentor", display_name="Aylin K.")
    goal = journal.add("goal", title="LinkedIn", description="Profil")
    topic = journal.add("topic", title="KI", state="planned")
    session = journal.add("session", starts_at="2026-02-01T10:00", topic_id=topic, goal="Profil anlegen")
    learning = journal.add("learning", session_id=session, text="Kurz schreiben", learner="both",
                           share=True, quick_win=True, topic_id=topic)
    action = journal.add("action_item", session_id=session, text="Foto", owner="mentee", due_on="2026-02-10")
    journal.add("feedback", session_id=session, giver="mentor", helped="Demo", rating=5)
    evaluation = journal.add("evaluation", held_on="2026-02-01", session_id=session)
    journal.add("evaluation_rating", evaluation_id=evaluation, goal_id=goal, rating=3, comment="gut")

    assert journal.tandem()["dependency_exists"] is True
    assert journal.people()["mentor"]["display_name"] == "Aylin K."
    row = journal.get("learning", learning)
    assert row and row["share"] is True and row["quick_win"] is True and row["learner"] == "both"
    assert [a["id"] for a in journal.open_actions()] == [action]
    journal.update("action_item", action, done=True)
    assert journal.open_actions() == []
    summary = journal.session_summaries()[0]
    assert (summary.id, summary.topic, summary.learning_count) == (session, "KI", 1)
    assert not journal.is_empty()


def test_sessions_are_listed_newest_first(journal: Journal) -> None:
    ids = [journal.add("session", starts_at=f"2026-0{m}-01T10:00") for m in (3, 1, 2)]
    assert [s.id for s in journal.session_summaries()] == [ids[0], ids[2], ids[1]]


@pytest.mark.parametrize(
    ("table", "values", "message"),
    [
        ("learning", {"text": "x", "learner": "boss"}, "learner: expected one of mentee, mentor, both"),
        ("feedback", {"giver": "mentor", "rating": 7}, "rating: expected a rating from 1 to 5"),
        ("action_item", {"text": "x", "due_on": "next week"}, "due_on: expected a date YYYY-MM-DD"),
        ("session", {"starts_at": "2026-02-01T10:00", "colour": "red"}, "no field 'colour'"),
        ("learning", {"text": 5}, "text: expected text"),
        ("learning", {"text": "x", "session_id": 999}, "Not saved"),
    ],
)
def test_invalid_values_are_refused_with_the_reason(journal: Journal, table: str, values: dict, message: str) -> None:
    with pytest.raises(InvalidData, match=message):
        journal.add(table, **values)
    assert journal.is_empty()


def test_agenda_reorders_and_renumbers(journal: Journal) -> None:
    session = journal.add("session", starts_at="2026-02-01T10:00")
    a, b, c = (journal.add("agenda_item", session_id=session, text=t) for t in "abc")
    journal.move("agenda_item", c, 0)
    assert [r["text"] for r in journal.rows("agenda_item", session_id=session)] == ["c", "a", "b"]
    journal.delete("agenda_item", a)
    rows = journal.rows("agenda_item", session_id=session)
    assert [(r["text"], r["position"]) for r in rows] == [("c", 0), ("b", 1)]
    assert b in [r["id"] for r in rows]


def test_unfinished_agenda_items_carry_over_once(journal: Journal) -> None:
    first = journal.add("session", starts_at="2026-02-01T10:00")
    second = journal.add("session", starts_at="2026-02-15T10:00")
    journal.add("agenda_item", session_id=second, text="schon da")
    done = journal.add("agenda_item", session_id=first, text="erledigt", done=True)
    open_ = journal.add("agenda_item", session_id=first, text="offen")
    new = journal.carry_over_agenda(first, second)
    assert journal.carry_over_agenda(first, second) == []
    rows = journal.rows("agenda_item", session_id=second)
    assert [r["text"] for r in rows] == ["schon da", "offen"]
    assert rows[1]["carried_from"] == open_ and rows[1]["id"] == new[0] and done not in new


def test_deleting_a_session_removes_its_items(journal: Journal) -> None:
    sample.fill(journal, sessions=2, items_per_session=2)
    session = journal.session_summaries()[0].id
    journal.delete("session", session)
    assert journal.rows("learning", session_id=session) == []
    assert journal.integrity_problems() == []


def test_overview_holds_everything_the_screen_needs(journal: Journal) -> None:
    sample.fill(journal, sessions=4, items_per_session=3)
    overview = journal.overview()
    assert set(overview.people) == {"mentor", "mentee"}
    assert len(overview.sessions) == 4 and len(overview.goals) == 3
    assert all(not a["done"] for a in overview.open_actions)
    dues = [a["due_on"] for a in overview.open_actions]
    assert dues == sorted(dues)


def test_previous_session_follows_time_not_ids(journal: Journal) -> None:
    later = journal.add("session", starts_at="2026-03-01T10:00")
    earlier = journal.add("session", starts_at="2026-02-01T10:00")
    same_time = journal.add("session", starts_at="2026-03-01T10:00")
    assert journal.previous_session(later) == earlier
    assert journal.previous_session(same_time) == later
    assert journal.previous_session(earlier) is None
