"""The tandem journal: one encrypted file holding one tandem, shared by mentor and mentee.

Everything generic (keying, locking, transactions, rows, search, backup) is
in ``encrypted.EncryptedStore``; this adds what only a tandem has.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlcipher3 import dbapi2

from . import connection, migrations, search
from .encrypted import EncryptedStore, Row, _to_python
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


@dataclass(frozen=True)
class Overview:
    """What the tandem overview screen shows, read in one go."""

    tandem: Row
    people: dict[str, Row]
    goals: list[Row]
    topics: list[Row]
    sessions: list[SessionSummary]
    open_actions: list[Row]


class Journal(EncryptedStore):
    """An unlocked tandem journal."""

    schema = TANDEM

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

    # --------------------------------------------------------- overview data
    def session_summaries(self, limit: int | None = None) -> list[SessionSummary]:
        """Sessions newest first, with focus topic and number of learnings."""
        sql = (
            "SELECT s.id, s.kind, s.starts_at, coalesce(t.title, ''), s.goal,"
            " (SELECT count(*) FROM learning l WHERE l.session_id = s.id)"
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

    def overview(self) -> Overview:
        return Overview(
            tandem=self.tandem(),
            people=self.people(),
            goals=self.rows("goal"),
            topics=self.rows("topic"),
            sessions=self.session_summaries(),
            open_actions=self.open_actions(),
        )

    def previous_session(self, session_id: int) -> int | None:
        """The session just before ``session_id`` in time (the one whose open agenda items carry over)."""
        row = self.conn.execute(
            "SELECT p.id FROM session p, session s WHERE s.id = ? AND (p.starts_at < s.starts_at"
            " OR (p.starts_at = s.starts_at AND p.id < s.id)) ORDER BY p.starts_at DESC, p.id DESC LIMIT 1",
            (session_id,)).fetchone()
        return int(row[0]) if row else None

    def upcoming_session(self, now: str) -> int | None:
        """The soonest session that starts after ``now`` (ISO 8601), if one is planned."""
        row = self.conn.execute("SELECT id FROM session WHERE starts_at > ? ORDER BY starts_at, id LIMIT 1",
                                (now,)).fetchone()
        return int(row[0]) if row else None

    def carry_over_agenda(self, from_session: int, to_session: int) -> list[int]:
        """Copy the unfinished agenda items of one session to the end of another's agenda.

        Items already carried to ``to_session`` are not copied twice.
        """
        with self.transaction() as conn:
            items = conn.execute(
                "SELECT id, text FROM agenda_item WHERE session_id = ? AND done = 0"
                " AND id NOT IN (SELECT carried_from FROM agenda_item"
                "                WHERE session_id = ? AND carried_from IS NOT NULL)"
                " ORDER BY position, id",
                (from_session, to_session),
            ).fetchall()
            return [self.add("agenda_item", session_id=to_session, text=text, carried_from=item_id)
                    for item_id, text in items]

    def _session_dates(self, session_ids: set[int]) -> dict[int, str]:
        if not session_ids:
            return {}
        marks = ",".join("?" for _ in session_ids)
        return dict(self.conn.execute(f"SELECT id, starts_at FROM session WHERE id IN ({marks})",
                                      list(session_ids)))


