"""Starting a session, raising a line for next time, planning: the rules, with a fixed clock."""

from __future__ import annotations

import datetime as _dt

import pytest

from app.core import onepager, sessions
from app.core.clock import FixedClock
from app.store import Journal


def _held(journal: Journal, starts_at: str, **values: object) -> int:
    return journal.add("session", starts_at=starts_at, **values)


def test_first_session_is_the_kickoff_with_the_guide(journal: Journal) -> None:
    clock = FixedClock("2026-02-02T10:00")
    sid = sessions.start(journal, clock, "de")
    row = journal.get("session", sid)
    assert row["kind"] == "kickoff" and row["starts_at"] == "2026-02-02T10:00" and row["duration_minutes"] == 60
    agenda = [a["text"] for a in journal.rows("agenda_item", session_id=sid)]
    assert agenda[0].startswith("Kennenlernen") and len(agenda) == 9


def test_the_kickoff_session_takes_over_lines_raised_before_it(journal: Journal) -> None:
    """Nothing raised is dropped, not even before the very first session."""
    sessions.raise_next_time(journal, FixedClock("2026-01-30T20:00"), "Was erwartest du?")
    sid = sessions.start(journal, FixedClock("2026-02-02T10:00"), "en")
    agenda = [a["text"] for a in journal.rows("agenda_item", session_id=sid)]
    assert agenda[-1] == "Was erwartest du?" and len(agenda) == 10
    assert journal.rows("next_time") == []


def test_a_new_session_takes_over_what_is_open(journal: Journal) -> None:
    journal.update_tandem(place="Café am Markt")
    first = _held(journal, "2026-02-02T10:00", duration_minutes=90, place="Raum 3")
    journal.add("agenda_item", session_id=first, text="LinkedIn-Profil", done=True)
    open_item = journal.add("agenda_item", session_id=first, text="Teams-Kanäle")
    journal.add("action_item", session_id=first, text="Profilfoto machen", done=False)
    journal.add("action_item", session_id=first, text="erledigt", done=True)
    journal.add("next_time", text="Wie geben wir Feedback?")
    clock = FixedClock("2026-02-16T10:00")
    sid = sessions.start(journal, clock, "en")
    row = journal.get("session", sid)
    assert row["kind"] == "regular" and row["duration_minutes"] == 90, "duration of the last session"
    assert row["place"] == "Café am Markt", "the agreed place"
    agenda = journal.rows("agenda_item", session_id=sid)
    assert [a["text"] for a in agenda] == ["Wie geben wir Feedback?"], "no “Follow up” lines, nothing copied"
    assert [r["id"] for r in sessions.carry_offer(journal, sid)] == [open_item], "the unfinished item is offered"
    assert journal.rows("next_time") == [], "the list for next time is taken over, not kept twice"


def test_place_comes_from_the_last_session_when_none_was_agreed(journal: Journal) -> None:
    _held(journal, "2026-02-02T10:00", place="Raum 3")
    sid = sessions.start(journal, FixedClock("2026-02-16T10:00"), "en")
    assert journal.get("session", sid)["place"] == "Raum 3"


def test_a_planned_session_is_not_the_one_a_new_session_follows(journal: Journal) -> None:
    held = _held(journal, "2026-02-02T10:00", duration_minutes=45)
    journal.add("agenda_item", session_id=held, text="offen")
    _held(journal, "2026-03-01T10:00", duration_minutes=120)  # planned, not held yet
    sid = sessions.start(journal, FixedClock("2026-02-16T10:00"), "en")
    assert journal.get("session", sid)["duration_minutes"] == 45
    assert journal.rows("agenda_item", session_id=sid) == []
    assert [r["text"] for r in sessions.carry_offer(journal, sid)] == ["offen"]


def test_raise_without_a_planned_session_goes_on_the_list_and_creates_no_session(journal: Journal) -> None:
    journal.update_tandem(rhythm="biweekly")
    _held(journal, "2026-02-02T10:00")
    clock = FixedClock("2026-02-05T20:00")
    due_before = sessions.next_due_at(journal, clock)
    offer = onepager.choices(journal, clock)
    period_before = (offer.first_held, offer.last_held, offer.sessions_held)
    first = sessions.raise_next_time(journal, clock, "  Frage:\n Wie  geht es dir?  ")
    second = sessions.raise_next_time(journal, clock, "Noch eine 🙂")
    assert first.on_list and second.on_list
    assert [r["text"] for r in journal.rows("next_time")] == ["Frage: Wie geht es dir?", "Noch eine 🙂"]
    assert len(journal.session_summaries()) == 1, "no session was created"
    assert sessions.next_due_at(journal, clock) == due_before == _dt.datetime(2026, 2, 16, 10, 0)
    offer = onepager.choices(journal, clock)
    assert (offer.first_held, offer.last_held, offer.sessions_held) == period_before == ("2026-02-02", "2026-02-02", 1)
    assert journal.sessions_since_evaluation("2026-02-05T20:00") == 1


def test_raise_with_a_planned_session_goes_on_its_agenda(journal: Journal) -> None:
    _held(journal, "2026-02-02T10:00")
    planned = _held(journal, "2026-02-20T10:00")
    later = _held(journal, "2026-03-20T10:00")
    journal.add("agenda_item", session_id=planned, text="schon da")
    target = sessions.raise_next_time(journal, FixedClock("2026-02-05T20:00"), "Neu")
    assert target.session_id == planned and target.starts_at == "2026-02-20T10:00"
    assert [a["text"] for a in journal.rows("agenda_item", session_id=planned)] == ["schon da", "Neu"]
    assert journal.rows("agenda_item", session_id=later) == [] and journal.rows("next_time") == []


@pytest.mark.parametrize("text", ["", "   ", "\n\t"])
def test_raising_nothing_is_refused(journal: Journal, text: str) -> None:
    with pytest.raises(ValueError):
        sessions.raise_next_time(journal, FixedClock("2026-02-05T20:00"), text)
    assert journal.rows("next_time") == []


PLAN = [
    # now, agreed, last held, rhythm -> offered date
    ("2026-02-05T20:00", None, None, None, "2026-02-06T10:00"),  # nothing due: tomorrow at ten
    ("2026-02-05T20:00", None, "2026-02-02T17:00", "biweekly", "2026-02-16T17:00"),
    ("2026-02-20T20:00", None, "2026-02-02T17:00", "biweekly", "2026-02-21T10:00"),  # overdue: tomorrow
]


@pytest.mark.parametrize(("now", "agreed", "last", "rhythm", "offered"), PLAN)
def test_plan_offers_the_due_date_or_tomorrow(journal: Journal, now: str, agreed: str | None, last: str | None,
                                              rhythm: str | None, offered: str) -> None:
    journal.update_tandem(next_session_at=agreed, rhythm=rhythm)
    if last:
        _held(journal, last, duration_minutes=75)
    result = sessions.plan_defaults(journal, FixedClock(now))
    assert result.starts_at == _dt.datetime.fromisoformat(offered)
    assert result.duration_minutes == (75 if last else 60)


def test_plan_next_must_lie_in_the_future(journal: Journal) -> None:
    clock = FixedClock("2026-02-05T20:00")
    with pytest.raises(ValueError):
        sessions.plan_next(journal, clock, _dt.datetime(2026, 2, 5, 20, 0))
    assert journal.tandem()["next_session_at"] is None
    sessions.plan_next(journal, clock, _dt.datetime(2026, 2, 19, 18, 30))
    assert journal.tandem()["next_session_at"] == "2026-02-19T18:30"
    assert sessions.next_due_at(journal, clock) == _dt.datetime(2026, 2, 19, 18, 30)


# Taking over unfinished agenda items: once, and a copy deleted stays deleted (issue 20, item 9) -----
# (what happened to each item of session 1 "A" in session 2, by which way it came) -> what session 2 offers
CARRY = [
    # A was written before session 2 started: offered there, not copied (walk 10: no automatic carrying)
    ("start", "-", ["A"]),
    # session 2 existed before A was written (or came from an older version): offered as well
    ("none", "-", ["A"]),
    # taken over with the offer's button: kept, deleted or done there, it is not offered again
    ("button", "kept", []),
    ("button", "deleted", []),  # deleted in session 2: not offered again
    ("button", "done_there", []),
]


@pytest.mark.parametrize(("way", "then", "offered"), CARRY)
def test_an_unfinished_item_is_offered_until_it_was_taken_over(journal: Journal, way: str, then: str,
                                                               offered: list[str]) -> None:
    first = _held(journal, "2026-02-02T10:00")
    journal.add("agenda_item", session_id=first, text="erledigt", done=True)
    if way == "start":
        journal.add("agenda_item", session_id=first, text="A")
        second = sessions.start(journal, FixedClock("2026-02-16T10:00"), "en")
        assert journal.rows("agenda_item", session_id=second) == [], "offered, not copied"
    else:
        second = sessions.start(journal, FixedClock("2026-02-16T10:00"), "en")
        journal.add("agenda_item", session_id=first, text="A")
        if way == "button":
            assert [r["text"] for r in sessions.carry_offer(journal, second)] == ["A"]
            assert len(sessions.carry_over(journal, second)) == 1
    copies = [r for r in journal.rows("agenda_item", session_id=second) if r["text"] == "A"]
    if then == "deleted":
        journal.delete("agenda_item", copies[0]["id"])
    elif then == "done_there":
        journal.update("agenda_item", copies[0]["id"], done=True)
    assert [r["text"] for r in sessions.carry_offer(journal, second)] == offered
    assert sessions.carry_over(journal, second) == [] or offered
    texts = [r["text"] for r in journal.rows("agenda_item", session_id=second)]
    assert texts.count("A") == (0 if then == "deleted" else 1)  # (the offer above took it over)


def test_the_first_session_offers_nothing_to_take_over(journal: Journal) -> None:
    first = sessions.start(journal, FixedClock("2026-02-02T10:00"), "en")
    assert sessions.carry_offer(journal, first) == [] and sessions.carry_over(journal, first) == []


# The open action items a session shows from before it (issue 13, item 8) ------------------------
# sessions: 1 on 02-02, 2 on 02-16, 3 (this one) on 03-02, 4 planned on 03-16; a second session on
# 03-02 made after 3 counts as later (same start: by id).
EARLIER = [
    # (text, session number or None, due, done) -> shown in session 3?
    ("aus 1", 1, "2026-03-20", False, True),
    ("aus 2, früher fällig", 2, "2026-03-01", False, True),
    ("aus 2, ohne Datum", 2, None, False, True),
    ("aus 2, erledigt", 2, "2026-02-20", True, False),
    ("ohne Sitzung", None, "2026-03-10", False, True),
    ("aus 3 selbst", 3, "2026-03-05", False, False),
    ("aus 3b, gleiche Zeit, später angelegt", "3b", "2026-03-05", False, False),
    ("aus 4, geplant", 4, "2026-03-05", False, False),
]


def test_a_session_shows_the_open_action_items_from_before_it(journal: Journal) -> None:
    ids = {1: _held(journal, "2026-02-02T10:00"), 2: _held(journal, "2026-02-16T10:00"),
           3: _held(journal, "2026-03-02T10:00"), "3b": _held(journal, "2026-03-02T10:00"),
           4: _held(journal, "2026-03-16T10:00")}
    for text, number, due, done, _shown in EARLIER:
        journal.add("action_item", session_id=ids[number] if number else None, text=text, due_on=due, done=done)
    shown = [r["text"] for r in sessions.open_from_earlier(journal, ids[3])]
    assert shown == ["aus 2, früher fällig", "ohne Sitzung", "aus 1", "aus 2, ohne Datum"], "soonest due first"
    assert set(shown) == {text for text, *_, show in EARLIER if show}
    assert [r["text"] for r in sessions.open_from_earlier(journal, ids[1])] == ["ohne Sitzung"]
    assert sessions.open_from_earlier(journal, 999) == []


def test_ticked_off_elsewhere_an_item_is_no_longer_shown(journal: Journal) -> None:
    first = _held(journal, "2026-02-02T10:00")
    item = journal.add("action_item", session_id=first, text="Profilfoto", owner="mentor", due_on="2026-02-20")
    second = sessions.start(journal, FixedClock("2026-02-16T10:00"), "de")
    assert [(r["text"], r["owner"], r["due_on"]) for r in sessions.open_from_earlier(journal, second)] == [
        ("Profilfoto", "mentor", "2026-02-20")]
    assert journal.rows("agenda_item", session_id=second) == [], "the list is its home, not the agenda"
    journal.update("action_item", item, done=True)
    assert sessions.open_from_earlier(journal, second) == []


def test_a_learning_without_direction_reaches_the_one_pager_without_one(journal: Journal) -> None:
    sid = _held(journal, "2026-02-02T10:00")
    journal.add("learning", session_id=sid, text="Ohne Richtung", share=True)
    assert journal.rows("learning")[0]["learner"] is None, "a new learning starts unset"
    content = onepager.preselected(journal, FixedClock("2026-02-03T10:00"))
    assert content.learnings == [{"text": "Ohne Richtung", "learner": "", "quick_win": False}]


FOCUS = [
    # session starts, topic's state before (None: a new title) -> state after
    ("2026-02-02T10:00", None, "done"),  # the focus of a held session is covered
    ("2026-02-02T10:00", "idea", "done"),
    ("2026-02-02T10:00", "planned", "done"),
    ("2026-02-02T10:00", "done", "done"),
    ("2026-03-01T10:00", None, "planned"),  # the focus of a planned session is planned
    ("2026-03-01T10:00", "idea", "planned"),
    ("2026-03-01T10:00", "planned", "planned"),
    ("2026-03-01T10:00", "done", "done"),  # covered once stays covered
]


@pytest.mark.parametrize(("starts_at", "before", "after"), FOCUS)
def test_a_focus_topic_follows_its_session(journal: Journal, starts_at: str, before: str | None, after: str) -> None:
    if before is not None:
        journal.add("topic", title="KI im Alltag", state=before, origin="pool")
    session = journal.add("session", starts_at=starts_at)
    topic_id = sessions.choose_focus(journal, FixedClock("2026-02-10T12:00"), session, "ki im alltag")
    assert topic_id is not None and journal.get("topic", topic_id)["state"] == after
    assert journal.get("session", session)["topic_id"] == topic_id
    assert len(journal.rows("topic")) == 1


DUE_DEFAULT = [
    # session starts, agreed next date, rhythm, a later planned session, now -> the new item's due date
    ("2026-02-02T10:00", None, "biweekly", None, "2026-02-02T10:30", "2026-02-16"),  # the rhythm after it
    ("2026-01-31T10:00", None, "monthly", None, "2026-01-31T10:30", "2026-02-28"),  # month end
    ("2026-02-02T10:00", "2026-02-20T18:00", "biweekly", None, "2026-02-02T10:30", "2026-02-20"),  # agreed
    ("2026-02-02T10:00", None, "biweekly", "2026-02-09T17:00", "2026-02-02T10:30", "2026-02-09"),  # planned
    ("2026-01-05T10:00", None, "weekly", None, "2026-02-02T10:30", "2026-02-09"),  # an old session: not past
]


@pytest.mark.parametrize(("starts_at", "agreed", "rhythm", "planned", "now", "due"), DUE_DEFAULT)
def test_a_new_action_item_is_due_at_the_next_session(journal: Journal, starts_at: str, agreed: str | None,
                                                       rhythm: str, planned: str | None, now: str, due: str) -> None:
    journal.update_tandem(next_session_at=agreed, rhythm=rhythm)
    session = journal.add("session", starts_at=starts_at)
    if planned:
        journal.add("session", starts_at=planned)
    assert sessions.action_due_default(journal, FixedClock(now), session) == _dt.date.fromisoformat(due)


# An action item's owner: never the last choice (issue 13.7's rule for learnings, for owners) --------
OWNER_BEFORE = [
    # owners chosen earlier (this session's and an earlier one's items) -> a new item's owner
    ((), None),
    (("mentor",), None),
    (("mentee", "both"), None),
    (("mentor", None), None),
]


@pytest.mark.parametrize(("chosen", "owner"), OWNER_BEFORE)
def test_a_new_action_item_starts_without_an_owner(journal: Journal, chosen: tuple[str | None, ...],
                                                   owner: str | None) -> None:
    journal.update_tandem(rhythm="biweekly")
    first = _held(journal, "2026-02-02T10:00")
    clock = FixedClock("2026-02-16T10:00")
    second = sessions.start(journal, clock, "de")
    for n, who in enumerate(chosen):
        journal.add("action_item", session_id=(first, second)[n % 2], text=f"Aufgabe {n}", owner=who)
    for session in (first, second):
        defaults = sessions.action_defaults(journal, clock, session)
        assert defaults.owner is owner
        assert defaults.due_on == sessions.action_due_default(journal, clock, session)
    unsaid = journal.add("action_item", session_id=second, text="Wer macht es?")
    assert journal.get("action_item", unsaid)["owner"] is None, "the journal's default agrees"


# What a new session's agenda starts with: the raised lines only; unfinished items are offered -----
TAKEN_OVER = [
    # the last session's agenda (text, done), its action items (text, done), raised lines
    #   -> the new agenda, what it offers to take over
    ((), (), (), [], []),
    ((("offen", False), ("erledigt", True)), (), (), [], ["offen"]),
    ((), (("Profilfoto", False),), (), [], []),  # an open action item stays in its list
    ((), (("Profilfoto", False), ("Lebenslauf", True)), ("Feedback?",), ["Feedback?"], []),
    ((("offen", False),), (("Profilfoto", False),), ("Feedback?",), ["Feedback?"], ["offen"]),
]


@pytest.mark.parametrize(("agenda", "actions", "raised", "new_agenda", "offered"), TAKEN_OVER)
def test_a_new_session_starts_with_raised_lines_and_offers_unfinished_items(
        journal: Journal, agenda: tuple[tuple[str, bool], ...], actions: tuple[tuple[str, bool], ...],
        raised: tuple[str, ...], new_agenda: list[str], offered: list[str]) -> None:
    last = _held(journal, "2026-02-02T10:00")
    for text, done in agenda:
        journal.add("agenda_item", session_id=last, text=text, done=done)
    for text, done in actions:
        journal.add("action_item", session_id=last, text=text, owner="mentor", done=done)
    for text in raised:
        journal.add("next_time", text=text)
    clock = FixedClock("2026-02-16T10:00")
    assert sessions.taken_over(journal) == new_agenda
    sid = sessions.start(journal, clock, "de")
    assert [a["text"] for a in journal.rows("agenda_item", session_id=sid)] == new_agenda
    assert [r["text"] for r in sessions.carry_offer(journal, sid)] == offered
    assert {r["text"] for r in sessions.open_from_earlier(journal, sid)} == {text for text, done in actions if not done}


def test_an_open_action_item_goes_on_the_agenda_only_when_put_there(journal: Journal) -> None:
    first = _held(journal, "2026-02-02T10:00")
    item = journal.add("action_item", session_id=first, text="  Profilfoto   machen ", owner="mentor")
    second = sessions.start(journal, FixedClock("2026-02-16T10:00"), "de")
    assert journal.rows("agenda_item", session_id=second) == []
    added = sessions.put_on_agenda(journal, second, item)
    assert added is not None and [a["text"] for a in journal.rows("agenda_item", session_id=second)] == [
        "Profilfoto machen"]
    assert sessions.put_on_agenda(journal, second, item) is None, "not twice"
    journal.update("action_item", item, done=True)
    assert [a["text"] for a in journal.rows("agenda_item", session_id=second)] == ["Profilfoto machen"]
    with pytest.raises(ValueError):
        sessions.put_on_agenda(journal, second, 999)


# A kick-off's guide points are the guide's steps: never offered to the next session (walk 10) -----
KICKOFF_LEFT_OPEN = [
    # the kick-off's language, its own unfinished points -> what the next session offers
    ("de", (), []),
    ("en", (), []),
    ("de", ("Werkzeugliste",), ["Werkzeugliste"]),
    ("en", ("Tool list", "Rules"), ["Tool list", "Rules"]),
]


@pytest.mark.parametrize(("language", "own", "offered"), KICKOFF_LEFT_OPEN)
def test_a_kickoffs_guide_is_never_carried(journal: Journal, language: str, own: tuple[str, ...],
                                           offered: list[str]) -> None:
    kickoff = sessions.start(journal, FixedClock("2026-02-02T10:00"), language)
    assert journal.get("session", kickoff)["kind"] == "kickoff"
    for text in own:
        journal.add("agenda_item", session_id=kickoff, text=text)
    second = sessions.start(journal, FixedClock("2026-02-16T10:00"), "de" if language == "en" else "en")
    assert journal.rows("agenda_item", session_id=second) == [], "nothing of the kick-off comes back by itself"
    assert [r["text"] for r in sessions.carry_offer(journal, second)] == offered
    sessions.carry_over(journal, second)
    assert [r["text"] for r in journal.rows("agenda_item", session_id=second)] == offered
