"""Sessions: starting one, raising a line for next time, planning the next date.

The rules, in one place:
- The first session of a tandem is the kick-off and follows the guide for the first conversation.
- A new session's agenda starts with every line raised for next time (and, for the kick-off, the
  guide's points). The unfinished agenda items of the session before it are *offered*, not copied:
  the session screen's "Take over N unfinished items from last time" takes them over when the tandem
  wants them (``carry_offer``/``carry_over``). A kick-off's guide points are never offered: they are
  the guide's steps, not the tandem's topics. Its duration comes from the last session, its place
  from the agreement or else the last session.
- Open action items are not copied onto the agenda: their home is the list of open action items
  from earlier sessions, where they are ticked off (a "Follow up" line beside it stayed on the
  agenda after the item was done). The tandem may put one on the agenda deliberately
  (``put_on_agenda``).
- An unfinished agenda item is taken over once: the original remembers it, so a copy deleted in
  the later session stays deleted (the session offers to take over only items never taken over).
- A session's action items tab also shows the tandem's open action items from before it (see
  ``open_from_earlier``), to be ticked off there.
- A new action item starts without an owner: each one asks who does it (``action_defaults``); the
  session says how many of its items do not say it yet (``without_owner``; learnings alike,
  ``without_learner``).
- Raising a line never creates a session (a created one would count as held, move the due date and
  widen the one-pager's period). It goes onto the agenda of the next *planned* session if one
  exists, otherwise onto the list for next time, which the next session started takes over.
- The next session is planned for a moment in the future.
- A session started now and left untouched is not kept (``untouched``, ``discard_untouched``): the
  person opened it by mistake. Untouched means the journal holds nothing of theirs in it: its start,
  length and place as the start set them, no goal, notes, focus topic, learnings, action items,
  feedback or check-in, and its agenda exactly the lines the start put there (the kick-off guide's,
  and those raised for next time: those are not typed in this session). The lines raised for next
  time go back to the list for next time, in their order and before any raised since: never lost.
  A session planned ahead (starting after now) is always kept, and so is one anything was typed in,
  including text still on screen that is not in the journal yet (a save that failed, a line typed in
  an add field but not added: ``typing``). Locking is not leaving: the person comes back to the same
  session after unlocking. A private reflection linked to a session that is not kept keeps its label.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from app import languages, programme
from app.store import Journal
from app.store.encrypted import Row

from .clock import Clock, stamp
from .schedule import after_rhythm, next_due

DEFAULT_MINUTES = 60


@dataclass(frozen=True)
class SessionDefaults:
    """What a new or planned session starts with."""

    starts_at: _dt.datetime
    duration_minutes: int
    place: str


def defaults(journal: Journal, clock: Clock) -> SessionDefaults:
    """Now, the last held session's duration, and the agreed place (else the last session's)."""
    now = clock.now()
    last_id = journal.last_held_session(stamp(now))
    last = journal.get("session", last_id) if last_id is not None else None
    minutes = (last or {}).get("duration_minutes") or DEFAULT_MINUTES
    place = journal.tandem()["place"] or (last or {}).get("place", "")
    return SessionDefaults(now, minutes, place)


def taken_over(journal: Journal) -> list[str]:
    """What a session started now puts on its agenda by itself: the lines raised for next time
    (the last session's unfinished items are offered by ``carry_offer`` instead)."""
    return [r["text"] for r in journal.rows("next_time")]


@dataclass(frozen=True)
class Started:
    """A session as ``start_now`` made it: what ``untouched`` compares it with."""

    session_id: int
    starts_at: str
    duration_minutes: int | None
    place: str
    agenda: tuple[str, ...]  # the lines the start put on its agenda, in order
    raised: tuple[str, ...]  # those of them that were waiting for next time (the rest: the kick-off guide)


def start(journal: Journal, clock: Clock, language: str) -> int:
    """Start a session now; return its id. One transaction."""
    return start_now(journal, clock, language).session_id


def start_now(journal: Journal, clock: Clock, language: str) -> Started:
    """Start a session now (as ``start``) and say what the start put in it. One transaction."""
    first = not journal.session_summaries(limit=1)
    values = defaults(journal, clock)
    with journal.transaction():
        guide = programme.first_agenda(language) if first else []
        raised = taken_over(journal)
        session_id = journal.add("session", starts_at=stamp(values.starts_at), kind="kickoff" if first else "regular",
                                 duration_minutes=values.duration_minutes, place=values.place)
        for text in guide + raised:
            journal.add("agenda_item", session_id=session_id, text=text)
        for row in journal.rows("next_time"):
            journal.delete("next_time", row["id"])
    return Started(session_id, stamp(values.starts_at), values.duration_minutes, values.place,
                   tuple(guide + raised), tuple(raised))


def _blank(value: Any) -> bool:
    return not str(value or "").strip()


def untouched(journal: Journal, clock: Clock, started: Started) -> bool:
    """Whether the session ``started`` holds nothing but what its start put there (see the module's
    rules): False once anything was typed, chosen, ticked, moved or taken over in it, when it starts
    after now (planned ahead), and when it is gone."""
    session = journal.get("session", started.session_id)
    if session is None or session["starts_at"] > stamp(clock.now()):
        return False
    if (session["starts_at"], session["duration_minutes"], session["place"]) != (
            started.starts_at, started.duration_minutes, started.place):
        return False
    if not (_blank(session["goal"]) and _blank(session["notes"]) and session["topic_id"] is None):
        return False
    sid = started.session_id
    if journal.rows("learning", session_id=sid) or journal.rows("action_item", session_id=sid):
        return False
    if journal.rows("evaluation", session_id=sid):
        return False
    if any(not (_blank(f["helped"]) and _blank(f["to_change"]) and f["rating"] is None)
           for f in journal.rows("feedback", session_id=sid)):
        return False
    agenda = journal.rows("agenda_item", session_id=sid)
    return (all(not a["done"] and a["carried_from"] is None for a in agenda)
            and tuple(a["text"] for a in agenda) == started.agenda)


def discard_untouched(journal: Journal, clock: Clock, started: Started, *, typing: bool = False) -> bool:
    """Not keep a session started and left ``untouched``: delete it, and put the lines it took over
    from the list for next time back on that list (first, in their order). True when it was
    discarded; a session touched in any way, or left with ``typing`` on screen that is not in the
    journal, is kept and nothing changes. One transaction."""
    if typing:
        return False
    with journal.transaction():
        if not untouched(journal, clock, started):
            return False
        journal.delete("session", started.session_id)  # its agenda and empty feedback go with it
        for index, text in enumerate(started.raised):
            journal.move("next_time", journal.add("next_time", text=text), index)
    return True


def carry_offer(journal: Journal, session_id: int) -> list[Row]:
    """The unfinished agenda items of the session before ``session_id`` that it may still take
    over: only items never taken over (to it or any other session), deleted there or not, and never
    a kick-off's guide points (in any language)."""
    previous = journal.previous_session(session_id)
    if previous is None:
        return []
    offered = journal.carry_offer(previous, session_id)
    if (journal.get("session", previous) or {}).get("kind") != "kickoff":
        return offered
    guide = {text for language in languages.CODES for text in programme.first_agenda(language)}
    return [row for row in offered if row["text"] not in guide]


def carry_over(journal: Journal, session_id: int) -> list[int]:
    """Take over what ``carry_offer`` names onto the session's agenda; return the new items."""
    with journal.transaction():
        return [journal.carry_item(row["id"], row["text"], session_id) for row in carry_offer(journal, session_id)]


def put_on_agenda(journal: Journal, session_id: int, action_id: int) -> int | None:
    """Put an open action item on the session's agenda, by the tandem's choice: its text as a new
    agenda item at the end; None when the agenda already has an item of that text."""
    action = journal.get("action_item", action_id)
    if action is None:
        raise ValueError("The action item is no longer in the journal.")
    text = " ".join(action["text"].split())
    if any(" ".join(r["text"].split()).casefold() == text.casefold()
           for r in journal.rows("agenda_item", session_id=session_id)):
        return None
    return journal.add("agenda_item", session_id=session_id, text=text)


def open_from_earlier(journal: Journal, session_id: int) -> list[Row]:
    """The tandem's open action items the session shows besides its own: every item not done that
    was not made in this session or a later one (an item of no session counts as earlier), soonest
    due first, undated last. "Later" is by start, then by id, as ``previous_session`` orders."""
    starts = journal.session_starts()
    if session_id not in starts:
        return []
    this = (starts[session_id], session_id)

    def earlier(row: Row) -> bool:
        sid = row["session_id"]
        return sid is None or (sid in starts and (starts[sid], sid) < this)

    return [r for r in journal.open_actions() if earlier(r)]


@dataclass(frozen=True)
class RaiseTarget:
    """Where a raised line goes: a planned session's agenda, or the list for next time."""

    session_id: int | None
    starts_at: str | None

    @property
    def on_list(self) -> bool:
        return self.session_id is None


def raise_target(journal: Journal, clock: Clock) -> RaiseTarget:
    session_id = journal.upcoming_session(stamp(clock.now()))
    if session_id is None:
        return RaiseTarget(None, None)
    return RaiseTarget(session_id, (journal.get("session", session_id) or {}).get("starts_at"))


def raise_next_time(journal: Journal, clock: Clock, text: str) -> RaiseTarget:
    """Put one line on the next planned session's agenda, or on the list for next time."""
    line = " ".join(text.split())
    if not line:
        raise ValueError("There is nothing to raise: the text is empty.")
    target = raise_target(journal, clock)
    if target.session_id is None:
        journal.add("next_time", text=line)
    else:
        journal.add("agenda_item", session_id=target.session_id, text=line)
    return target


def next_due_at(journal: Journal, clock: Clock) -> _dt.datetime | None:
    """When the next session is due, counting only sessions held by now."""
    tandem = journal.tandem()
    _count, _first, last = journal.held_sessions(stamp(clock.now()))
    return next_due(tandem["next_session_at"], last, tandem["rhythm"])


def plan_defaults(journal: Journal, clock: Clock) -> SessionDefaults:
    """What the plan dialog offers: the due date (tomorrow at 10:00 if that has passed)."""
    base = defaults(journal, clock)
    now = clock.now()
    due = next_due_at(journal, clock)
    if due is None or due < now:
        due = _dt.datetime.combine(now.date() + _dt.timedelta(days=1), _dt.time(10, 0))
    return SessionDefaults(due, base.duration_minutes, base.place)


def plan_next(journal: Journal, clock: Clock, when: _dt.datetime) -> None:
    """Agree on the date of the next session: it must lie in the future."""
    if when <= clock.now():
        raise ValueError("The next session must be planned for a moment in the future.")
    journal.update_tandem(next_session_at=stamp(when))


def choose_focus(journal: Journal, clock: Clock, session_id: int, title: str) -> int | None:
    """Make a topic the session's focus; returns its id (None: an empty title clears the focus).

    A new title joins the pool as the tandem's own. The topic's state follows the session: the
    focus of a session already held (it started by now) is covered ("done"); the focus of a
    planned session is "planned" (an idea becomes planned; a covered topic stays covered)."""
    title = title.strip()
    with journal.transaction():
        topic_id = None
        if title:
            session = journal.get("session", session_id) or {}
            held = bool(session.get("starts_at")) and session["starts_at"] <= stamp(clock.now())
            state = "done" if held else "planned"
            existing = next((t for t in journal.rows("topic") if t["title"].casefold() == title.casefold()), None)
            if existing is None:
                topic_id = journal.add("topic", title=title, state=state, origin="own")
            else:
                topic_id = existing["id"]
                if existing["state"] == "idea" or (held and existing["state"] == "planned"):
                    journal.update("topic", topic_id, state=state)
        journal.update("session", session_id, topic_id=topic_id)
    return topic_id


@dataclass(frozen=True)
class ActionDefaults:
    """What a new action item of a session starts with."""

    owner: str | None  # None: not yet said, so each new item asks who does it
    due_on: _dt.date


def action_defaults(journal: Journal, clock: Clock, session_id: int) -> ActionDefaults:
    """A new action item starts without an owner (the last choice, in this session or another, is
    never taken: a silent wrong owner is worse than one marked as not set) and is due at the next
    session (``action_due_default``)."""
    return ActionDefaults(owner=None, due_on=action_due_default(journal, clock, session_id))


def action_due_default(journal: Journal, clock: Clock, session_id: int) -> _dt.date:
    """The due date a new action item of a session starts with: the next session after it, when
    the tandem will look at it again (a session planned after it, else the agreed date or the
    rhythm after it); never a day that has passed."""
    session = journal.get("session", session_id) or {}
    starts_at = session.get("starts_at") or stamp(clock.now())
    later = journal.upcoming_session(starts_at)
    tandem = journal.tandem()
    if later is not None:
        due = _dt.datetime.fromisoformat((journal.get("session", later) or {})["starts_at"]).date()
    else:
        at = next_due(tandem["next_session_at"], starts_at, tandem["rhythm"])
        due = at.date() if at is not None else clock.now().date()
    today = clock.now().date()
    return due if due >= today else after_rhythm(_dt.datetime.combine(today, _dt.time()), tandem["rhythm"]).date()


def overdue(due_on: str | None, done: bool, clock: Clock) -> bool:
    """An action item is overdue when it is still open and its due day has passed: due today is not
    yet overdue, an item without a due date never is, and a done one no longer is (walk issue 11)."""
    return not done and bool(due_on) and _dt.date.fromisoformat(str(due_on)[:10]) < clock.now().date()


def _not_said(rows: Iterable[Mapping[str, Any]], key: str) -> int:
    return sum(1 for row in rows if not str(row.get(key) or "").strip())


def without_owner(action_items: Iterable[Mapping[str, Any]]) -> int:
    """How many action items do not say who does it: no owner (null, or empty), done or not (ticking
    one off does not say who did it). "both" says it: the two of them."""
    return _not_said(action_items, "owner")


def without_learner(learnings: Iterable[Mapping[str, Any]]) -> int:
    """How many learnings do not say who learned it (no learner, or an empty one)."""
    return _not_said(learnings, "learner")
