"""A session started now and left untouched is not kept: which sessions count as untouched, and
what discarding one does with the lines raised for next time (``sessions.untouched``,
``sessions.discard_untouched``), by table, with a fixed clock."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from app.core import sessions
from app.core.clock import FixedClock
from app.store import Journal

NOW = "2026-03-02T10:00"
RAISED = ("Wie geben wir Feedback?", "LinkedIn: wer sieht was?")


def _earlier(journal: Journal) -> int:
    """A session held before, so that the one started is a regular session (not the kick-off)."""
    sid = journal.add("session", starts_at="2026-02-16T10:00", duration_minutes=60, place="Raum 3")
    journal.add("agenda_item", session_id=sid, text="Teams-Kanäle")
    return sid


def _start(journal: Journal, clock: FixedClock) -> sessions.Started:
    _earlier(journal)
    for line in RAISED:
        sessions.raise_next_time(journal, FixedClock("2026-02-20T18:00"), line)
    return sessions.start_now(journal, clock, "de")


def _agenda(journal: Journal, sid: int) -> list[dict]:
    return journal.rows("agenda_item", session_id=sid)


def _first_line(journal: Journal, sid: int) -> int:
    return _agenda(journal, sid)[0]["id"]


# What the person did in the session after starting it, and whether it is then still untouched.
TOUCHES: list[tuple[str, Callable[[Journal, FixedClock, int], object], bool]] = [
    ("nothing", lambda j, c, sid: None, True),
    ("the clock moved on (a session left open for an hour)", lambda j, c, sid: c.advance(hours=1), True),
    ("only blanks in the notes and the goal", lambda j, c, sid: j.update("session", sid, notes="  \n", goal=" "), True),
    ("a feedback box touched and emptied again",
     lambda j, c, sid: (j.set_feedback(sid, "mentee", rating=3),
                        j.set_feedback(sid, "mentee", helped="", to_change="", rating=None)), True),
    ("a goal typed", lambda j, c, sid: j.update("session", sid, goal="LinkedIn-Profil"), False),
    ("notes typed", lambda j, c, sid: j.update("session", sid, notes="x"), False),
    ("a focus topic chosen", lambda j, c, sid: sessions.choose_focus(j, c, sid, "KI im Alltag"), False),
    ("a learning", lambda j, c, sid: j.add("learning", session_id=sid, text="Hashtags"), False),
    ("an action item", lambda j, c, sid: j.add("action_item", session_id=sid, text="Profilfoto"), False),
    ("feedback helped", lambda j, c, sid: j.set_feedback(sid, "mentor", helped="Zuhören"), False),
    ("feedback rated", lambda j, c, sid: j.set_feedback(sid, "mentor", rating=4), False),
    ("a check-in at this session", lambda j, c, sid: j.add("evaluation", held_on="2026-03-02", session_id=sid),
     False),
    ("an agenda line typed", lambda j, c, sid: j.add("agenda_item", session_id=sid, text="Datenschutz"), False),
    ("a raised line ticked off", lambda j, c, sid: j.update("agenda_item", _first_line(j, sid), done=True), False),
    ("a raised line reworded", lambda j, c, sid: j.update("agenda_item", _first_line(j, sid), text="Feedback?"),
     False),
    ("a raised line deleted", lambda j, c, sid: j.delete("agenda_item", _first_line(j, sid)), False),
    ("the raised lines reordered", lambda j, c, sid: j.move("agenda_item", _first_line(j, sid), 1), False),
    ("last time's unfinished items taken over", lambda j, c, sid: sessions.carry_over(j, sid), False),
    ("its start changed", lambda j, c, sid: j.update("session", sid, starts_at="2026-03-02T09:30"), False),
    ("its start moved ahead (planned)", lambda j, c, sid: j.update("session", sid, starts_at="2026-03-09T10:00"),
     False),
    ("its length changed", lambda j, c, sid: j.update("session", sid, duration_minutes=90), False),
    ("its place changed", lambda j, c, sid: j.update("session", sid, place="Café"), False),
]


@pytest.mark.parametrize(("touch", "expected"), [(t, e) for _name, t, e in TOUCHES],
                         ids=[name for name, _t, _e in TOUCHES])
def test_untouched_by_table(journal: Journal, touch: Callable[[Journal, FixedClock, int], object],
                            expected: bool) -> None:
    clock = FixedClock(NOW)
    started = _start(journal, clock)
    touch(journal, clock, started.session_id)
    assert sessions.untouched(journal, clock, started) is expected
    before = journal.rows("session")
    assert sessions.discard_untouched(journal, clock, started) is expected
    if expected:
        assert journal.get("session", started.session_id) is None
        assert [r["text"] for r in journal.rows("next_time")] == list(RAISED), "back to waiting, never lost"
    else:
        assert journal.rows("session") == before, "a session touched in any way is kept as it is"
        assert journal.rows("next_time") == [], "nothing moves back"


@pytest.mark.parametrize("typing", [False, True])
def test_text_on_screen_not_yet_in_the_journal_keeps_it(journal: Journal, typing: bool) -> None:
    """A save that failed and "Close anyway", or a line typed but not added: the journal looks untouched,
    the screen was not."""
    clock = FixedClock(NOW)
    started = _start(journal, clock)
    agenda = _agenda(journal, started.session_id)
    assert sessions.discard_untouched(journal, clock, started, typing=typing) is not typing
    if typing:
        assert _agenda(journal, started.session_id) == agenda and journal.rows("next_time") == []


def test_start_now_says_what_the_start_put_in(journal: Journal) -> None:
    started = _start(journal, FixedClock(NOW))
    assert started.starts_at == NOW and started.place == "Raum 3" and started.duration_minutes == 60
    assert started.agenda == RAISED == started.raised
    assert [a["text"] for a in _agenda(journal, started.session_id)] == list(RAISED)
    assert journal.rows("next_time") == []


def test_discarding_returns_the_raised_lines_before_those_raised_since(journal: Journal) -> None:
    clock = FixedClock(NOW)
    started = _start(journal, clock)
    sessions.raise_next_time(journal, clock, "Neu seit dem Start")  # from a reflection, while it was open
    assert sessions.discard_untouched(journal, clock, started)
    assert [r["text"] for r in journal.rows("next_time")] == [*RAISED, "Neu seit dem Start"]
    held, _first, _last = journal.held_sessions(NOW)
    assert held == 1, "only the session held before counts"
    again = sessions.start(journal, clock, "de")
    assert [a["text"] for a in _agenda(journal, again)] == [*RAISED, "Neu seit dem Start"], "the next start takes them"


def test_a_kickoff_left_untouched_goes_and_its_guide_returns_with_the_next_start(journal: Journal) -> None:
    clock = FixedClock(NOW)
    sessions.raise_next_time(journal, FixedClock("2026-02-20T18:00"), "Was erwartest du?")
    started = sessions.start_now(journal, clock, "de")
    assert started.raised == ("Was erwartest du?",) and len(started.agenda) == 10
    assert sessions.discard_untouched(journal, clock, started)
    assert journal.rows("session") == [] and journal.rows("agenda_item") == []
    assert [r["text"] for r in journal.rows("next_time")] == ["Was erwartest du?"], "the guide is not a raised line"
    again = sessions.start_now(journal, clock, "de")
    assert journal.get("session", again.session_id)["kind"] == "kickoff" and again.agenda == started.agenda


def test_a_session_already_gone_is_not_discarded_twice(journal: Journal) -> None:
    clock = FixedClock(NOW)
    started = _start(journal, clock)
    assert sessions.discard_untouched(journal, clock, started)
    assert not sessions.untouched(journal, clock, started)
    assert not sessions.discard_untouched(journal, clock, started)
    assert [r["text"] for r in journal.rows("next_time")] == list(RAISED), "the lines are back once, not twice"


def test_a_planned_session_is_always_kept(journal: Journal) -> None:
    """A session that starts after now was planned ahead: kept even with nothing in it."""
    clock = FixedClock(NOW)
    started = _start(journal, FixedClock("2026-03-09T10:00"))  # its start lies a week after NOW
    assert not sessions.untouched(journal, clock, started)
    assert not sessions.discard_untouched(journal, clock, started)
    assert journal.get("session", started.session_id) is not None
