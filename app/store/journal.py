"""The tandem journal: one encrypted file holding one tandem, shared by mentor and mentee.

Everything generic (keying, locking, transactions, rows, search, backup) is
in ``encrypted.EncryptedStore``; this adds what only a tandem has.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlcipher3 import dbapi2

from . import connection, migrations, search
from .encrypted import EncryptedStore, Row, _to_python, now_utc, serialised
from .errors import TandemCompleted
from .schema import Schema
from .tables import TABLES

TANDEM = Schema(
    label="tandem journal",
    application_id=0x544A524E,  # "TJRN"
    format="tandem-journal",
    tables=TABLES,
    migrations=migrations.MIGRATIONS,
    search_kinds=search.INDEXED,
    unique_together=(
        ("person", ("role",), "each role (mentor, mentee) may appear only once"),
        ("evaluation_rating", ("evaluation_id", "goal_id"), "a goal is rated twice in the same evaluation"),
        ("closing_answer", ("giver",), "each partner answers the closing question once"),
    ),
)


@dataclass(frozen=True)
class SessionSummary:
    id: int
    kind: str
    starts_at: str
    topic: str
    goal: str
    learning_count: int
    rating: float | None = None  # mean feedback rating of the session (1–5), if rated


@dataclass(frozen=True)
class Overview:
    """What the tandem overview screen shows, read in one go."""

    tandem: Row
    people: dict[str, Row]
    goals: list[Row]
    topics: list[Row]
    sessions: list[SessionSummary]
    open_actions: list[Row]


@dataclass(frozen=True)
class Evaluation:
    """One check-in ("are we reaching our goals?") with its rating (1–5) and comment per goal."""

    id: int
    held_on: str
    note: str
    ratings: dict[int, int]
    comments: dict[int, str]


# What may still change while a tandem is completed: reopening it.
WRITABLE_WHEN_COMPLETED = frozenset({"state", "completed_at", "report_key"})  # the key: sharing later
COMPLETED_MESSAGE = ("This tandem is completed, so its journal is read-only. Reopen the tandem "
                     "(Tandem → Reopen tandem) to change it.")


class Journal(EncryptedStore):
    """An unlocked tandem journal.

    Once the closing round has completed the tandem, every write except reopening
    it raises ``TandemCompleted``: the store, not each screen, keeps it read-only.
    """

    schema = TANDEM

    # ------------------------------------------------- completed = read-only
    @property
    def is_completed(self) -> bool:
        rows = self._query("SELECT state FROM tandem WHERE id = 1")  # errors arrive translated
        return bool(rows) and rows[0]["state"] == "completed"

    def _check_writable(self, table: str, fields: Any = ()) -> None:
        if table == "tandem" and set(fields) <= WRITABLE_WHEN_COMPLETED:
            return
        if self.is_completed:
            raise TandemCompleted(COMPLETED_MESSAGE)

    def add(self, table_name: str, **values: Any) -> int:
        self._check_writable(table_name)
        return super().add(table_name, **values)

    def update(self, table_name: str, row_id: int, **values: Any) -> None:
        self._check_writable(table_name, values)
        super().update(table_name, row_id, **values)

    def delete(self, table_name: str, row_id: int) -> None:
        self._check_writable(table_name)
        super().delete(table_name, row_id)

    def move(self, table_name: str, row_id: int, new_index: int) -> None:
        self._check_writable(table_name)
        super().move(table_name, row_id, new_index)

    def complete(self, held_on: str) -> None:
        """End the closing round: the tandem becomes completed and read-only."""
        self.update_tandem(state="completed", completed_at=now_utc(), closing_held_on=held_on)

    def reopen(self) -> None:
        self.update_tandem(state="active", completed_at=None)

    # ---------------------------------------------------------- the tandem
    def tandem(self) -> Row:
        tbl = TANDEM.table("tandem")
        return _to_python(tbl, self._query("SELECT * FROM tandem WHERE id = 1")[0])

    def update_tandem(self, **values: Any) -> None:
        self.update("tandem", 1, **values)

    def people(self) -> dict[str, Row]:
        """The two people by role ("mentor", "mentee"); a role not yet named is missing."""
        return {r["role"]: r for r in self.rows("person")}

    def set_person(self, role: str, **values: Any) -> None:
        """Create or change the person in ``role``."""
        existing = self.people().get(role)
        if existing is None:
            self.add("person", role=role, **values)
        else:
            self.update("person", existing["id"], **values)

    def set_feedback(self, session_id: int | None, giver: str, **values: Any) -> None:
        """Create or change one direction of a feedback round (no session: the closing round).
        An empty one is not created."""
        with self.transaction():
            existing = self.rows("feedback", session_id=session_id, giver=giver)
            if existing:
                self.update("feedback", existing[0]["id"], **values)
            elif any(values.values()):
                self.add("feedback", session_id=session_id, giver=giver, **values)

    def closing_answers(self) -> dict[str, Row]:
        """The closing question's answers by giver ("mentee", "mentor"); one not given is missing."""
        return {r["giver"]: r for r in self.rows("closing_answer")}

    def set_closing_answer(self, giver: str, **values: Any) -> None:
        """Create or change one partner's answer to the closing question."""
        with self.transaction():
            existing = self.closing_answers().get(giver)
            if existing is not None:
                self.update("closing_answer", existing["id"], **values)
            else:
                self.add("closing_answer", giver=giver, **values)

    # --------------------------------------------------------- overview data
    @serialised
    def session_summaries(self, limit: int | None = None) -> list[SessionSummary]:
        """Sessions newest first, with focus topic, number of learnings and mean feedback rating."""
        sql = (
            "SELECT s.id, s.kind, s.starts_at, coalesce(t.title, ''), s.goal,"
            " (SELECT count(*) FROM learning l WHERE l.session_id = s.id),"
            " (SELECT avg(f.rating) FROM feedback f WHERE f.session_id = s.id)"
            " FROM session s LEFT JOIN topic t ON t.id = s.topic_id"
            " ORDER BY s.starts_at DESC, s.id DESC"
        )
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        try:
            return [SessionSummary(*r) for r in self.conn.execute(sql)]
        except dbapi2.Error as exc:
            raise connection.translate_error(exc, self.path) from None

    def open_actions(self) -> list[Row]:
        """Action items not done, soonest due first, undated last."""
        tbl = TANDEM.table("action_item")
        rows = self._query(
            "SELECT * FROM action_item WHERE done = 0 ORDER BY due_on IS NULL, due_on, id"
        )
        return [_to_python(tbl, r) for r in rows]

    @serialised  # one snapshot
    def overview(self) -> Overview:
        return Overview(
            tandem=self.tandem(),
            people=self.people(),
            goals=self.rows("goal"),
            topics=self.rows("topic"),
            sessions=self.session_summaries(),
            open_actions=self.open_actions(),
        )

    @serialised
    def previous_session(self, session_id: int) -> int | None:
        """The session just before ``session_id`` in time (the one whose open agenda items carry over)."""
        row = self.conn.execute(
            "SELECT p.id FROM session p, session s WHERE s.id = ? AND (p.starts_at < s.starts_at"
            " OR (p.starts_at = s.starts_at AND p.id < s.id)) ORDER BY p.starts_at DESC, p.id DESC LIMIT 1",
            (session_id,)).fetchone()
        return int(row[0]) if row else None

    @serialised
    def held_sessions(self, now: str) -> tuple[int, str | None, str | None]:
        """How many sessions started by ``now`` (ISO 8601), and the start of the first and the last."""
        row = self.conn.execute("SELECT count(*), min(starts_at), max(starts_at) FROM session WHERE starts_at <= ?",
                                (now,)).fetchone()
        return int(row[0]), row[1], row[2]

    @serialised
    def last_held_session(self, now: str) -> int | None:
        """The latest session that started by ``now``: the one a new session follows."""
        row = self.conn.execute("SELECT id FROM session WHERE starts_at <= ? ORDER BY starts_at DESC, id DESC LIMIT 1",
                                (now,)).fetchone()
        return int(row[0]) if row else None

    @serialised
    def upcoming_session(self, now: str) -> int | None:
        """The soonest session that starts after ``now`` (ISO 8601), if one is planned."""
        row = self.conn.execute("SELECT id FROM session WHERE starts_at > ? ORDER BY starts_at, id LIMIT 1",
                                (now,)).fetchone()
        return int(row[0]) if row else None

    @serialised
    def carry_offer(self, from_session: int, to_session: int) -> list[Row]:
        """The unfinished agenda items of ``from_session`` never taken over to a later session, nor
        to ``to_session`` (a copy deleted there is not offered again: the item is marked)."""
        tbl = TANDEM.table("agenda_item")
        rows = self._query(
            "SELECT * FROM agenda_item WHERE session_id = ? AND done = 0 AND carried_forward = 0"
            " AND id NOT IN (SELECT carried_from FROM agenda_item"
            "                WHERE session_id = ? AND carried_from IS NOT NULL)"
            " ORDER BY position, id",
            (from_session, to_session),
        )
        return [_to_python(tbl, r) for r in rows]

    def carry_over_agenda(self, from_session: int, to_session: int) -> list[int]:
        """Copy the items ``carry_offer`` names to the end of another session's agenda, marking
        each original as taken over."""
        with self.transaction():
            return [self.carry_item(item["id"], item["text"], to_session)
                    for item in self.carry_offer(from_session, to_session)]

    def carry_item(self, item_id: int, text: str, to_session: int) -> int:
        """Put one unfinished agenda item (as ``text``) on a later session's agenda; the original
        remembers it was taken over."""
        with self.transaction():
            self.update("agenda_item", item_id, carried_forward=True)
            return self.add("agenda_item", session_id=to_session, text=text, carried_from=item_id)

    @serialised
    def session_starts(self) -> dict[int, str]:
        """When each session starts (ISO 8601), by id."""
        return {int(sid): str(starts_at) for sid, starts_at in self.conn.execute("SELECT id, starts_at FROM session")}

    @serialised
    def _session_dates(self, session_ids: set[int]) -> dict[int, str]:
        if not session_ids:
            return {}
        marks = ",".join("?" for _ in session_ids)
        return dict(self.conn.execute(f"SELECT id, starts_at FROM session WHERE id IN ({marks})",
                                      list(session_ids)))



    # ----------------------------------------------------------- evaluation
    @serialised
    def evaluations(self) -> list[Evaluation]:
        """Every check-in, oldest first, with its ratings by goal id."""
        found: dict[int, Evaluation] = {}
        for eid, held_on, note in self.conn.execute("SELECT id, held_on, note FROM evaluation ORDER BY held_on, id"):
            found[eid] = Evaluation(eid, held_on, note, {}, {})
        for eid, goal_id, rating, comment in self.conn.execute(
                "SELECT evaluation_id, goal_id, rating, comment FROM evaluation_rating ORDER BY id"):
            found[eid].ratings[goal_id] = rating
            found[eid].comments[goal_id] = comment
        return list(found.values())

    def save_evaluation(self, held_on: str, ratings: dict[int, tuple[int, str]], *, note: str = "",
                        session_id: int | None = None) -> int:
        """Record one check-in: ``ratings`` maps goal id to (rating 1–5, comment)."""
        with self.transaction():
            eid = self.add("evaluation", held_on=held_on, note=note, session_id=session_id)
            for goal_id, (rating, comment) in ratings.items():
                self.add("evaluation_rating", evaluation_id=eid, goal_id=goal_id, rating=rating, comment=comment)
        return eid

    @serialised
    def rated_goal_ids(self) -> set[int]:
        """Goals that have a rating in some check-in (their history keeps them from being deleted)."""
        return {int(goal_id) for (goal_id,) in self.conn.execute("SELECT DISTINCT goal_id FROM evaluation_rating")}

    def sessions_since_evaluation(self, now: str) -> int:
        """Sessions held (started by ``now``) on a later day than the last check-in."""
        row = self.conn.execute(
            "SELECT count(*) FROM session WHERE starts_at <= ?"
            " AND substr(starts_at, 1, 10) > coalesce((SELECT max(held_on) FROM evaluation), '')",
            (now,)).fetchone()
        return int(row[0])

    @serialised
    def session_ratings(self) -> list[float]:
        """The mean feedback rating of each rated session, oldest first."""
        return [float(r[0]) for r in self.conn.execute(
            "SELECT avg(f.rating) FROM feedback f JOIN session s ON s.id = f.session_id"
            " WHERE f.rating IS NOT NULL GROUP BY s.id ORDER BY s.starts_at, s.id")]

    @serialised
    def topic_coverage(self) -> dict[int, list[str]]:
        """For each topic, the start times of the sessions that had it as their focus, oldest first."""
        coverage: dict[int, list[str]] = {}
        for topic_id, starts_at in self.conn.execute(
                "SELECT topic_id, starts_at FROM session WHERE topic_id IS NOT NULL ORDER BY starts_at, id"):
            coverage.setdefault(topic_id, []).append(starts_at)
        return coverage
