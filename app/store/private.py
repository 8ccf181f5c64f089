"""The private journal: one person's reflections, in a file of their own.

It is a separate SQLCipher file with its own passphrase, so the tandem
passphrase never opens it and its passphrase never opens the tandem
journal: there is no shared key material at all (each file has its own
random salt). Nothing here ever writes to a tandem journal; turning a
reflection line into an agenda item is an explicit act of the UI, which
shows exactly the text that becomes shared.
"""

from __future__ import annotations

import datetime as _dt
from . import search
from .encrypted import EncryptedStore, Row, serialised
from .migrations import Cursor, Migration, create_search_index, run_script
from .schema import Schema
from .tables import LIMITS, ROLES, Column, Table

PROMPTS = ("none", "surprised", "try", "raise", "collaboration")

PRIVATE_TABLES: tuple[Table, ...] = (
    Table(
        "author", "author", singleton=True, doc="The person whose reflections these are (exactly one row).",
        columns=(
            Column("id", "int"),
            Column("display_name", "text", default="", max_chars=LIMITS["title"]),
            Column("role", "enum", nullable=True, choices=ROLES),
            Column("created_at", "datetime"),
        ),
    ),
    Table(
        "reflection", "reflections", doc="Private reflections, in Markdown.",
        columns=(
            Column("id", "int"),
            Column("written_on", "date"),
            Column("title", "text", default="", max_chars=LIMITS["title"]),
            Column("body", "text", default="", doc="Markdown", max_chars=LIMITS["notes"]),
            Column("prompt", "enum", choices=PROMPTS, default="none", doc="the prompt it started from"),
            Column("session_label", "text", default="", doc="the tandem session it refers to, as shown",
                   max_chars=LIMITS["title"]),
            Column("session_starts_at", "datetime", nullable=True),
            Column("created_at", "datetime"),
            Column("updated_at", "datetime"),
        ),
    ),
    Table(
        "reflection_tag", "tags", doc="Tags of reflections.",
        columns=(
            Column("id", "int"),
            Column("reflection_id", "ref", ref="reflection"),
            Column("name", "text", max_chars=LIMITS["title"]),
        ),
    ),
)

PRIVATE_KINDS = (search.Kind(1, "reflection", "reflection", "{r}.title || char(10) || {r}.body",
                             ("title", "body"), "NULL"),)

_V1 = """
CREATE TABLE schema_migration (
    version     INTEGER PRIMARY KEY,
    description TEXT NOT NULL,
    applied_at  TEXT NOT NULL,
    app_version TEXT NOT NULL
);
CREATE TABLE author (
    id           INTEGER PRIMARY KEY CHECK (id = 1),
    display_name TEXT NOT NULL DEFAULT '',
    role         TEXT CHECK (role IN ('mentor', 'mentee')),
    created_at   TEXT NOT NULL
);
CREATE TABLE reflection (
    id                INTEGER PRIMARY KEY,
    written_on        TEXT NOT NULL,
    title             TEXT NOT NULL DEFAULT '',
    body              TEXT NOT NULL DEFAULT '',
    prompt            TEXT NOT NULL DEFAULT 'none'
                      CHECK (prompt IN ('none', 'surprised', 'try', 'raise', 'collaboration')),
    session_label     TEXT NOT NULL DEFAULT '',
    session_starts_at TEXT,
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL
);
CREATE INDEX reflection_written_on ON reflection(written_on);
CREATE TABLE reflection_tag (
    id            INTEGER PRIMARY KEY,
    reflection_id INTEGER NOT NULL REFERENCES reflection(id) ON DELETE CASCADE,
    name          TEXT NOT NULL,
    UNIQUE (reflection_id, name)
);
CREATE INDEX reflection_tag_name ON reflection_tag(name);
"""


def _v1_private(cur: Cursor) -> None:
    run_script(cur, _V1)
    now = _dt.datetime.now(_dt.timezone.utc).isoformat(timespec="seconds")
    cur.execute("INSERT INTO author (id, created_at) VALUES (1, ?)", (now,))
    create_search_index(cur, PRIVATE_KINDS)


PRIVATE = Schema(
    label="private journal",
    application_id=0x544A5250,  # "TJRP"
    format="tandem-journal-private",
    tables=PRIVATE_TABLES,
    migrations=(Migration(1, "private reflections, tags and their search index", _v1_private),),
    search_kinds=PRIVATE_KINDS,
    unique_together=(("reflection_tag", ("reflection_id", "name"), "a reflection has the same tag twice"),),
)


class PrivateJournal(EncryptedStore):
    """An unlocked private journal."""

    schema = PRIVATE

    def author(self) -> Row:
        return self.get("author", 1) or {}

    @serialised  # the rows and their tags from one snapshot
    def reflections(self, tag: str | None = None) -> list[Row]:
        """Newest first, each with its tags; only those with ``tag`` if given."""
        rows = self._query(
            "SELECT * FROM reflection ORDER BY written_on DESC, id DESC" if tag is None else
            "SELECT r.* FROM reflection r JOIN reflection_tag t ON t.reflection_id = r.id"
            " WHERE t.name = ? ORDER BY r.written_on DESC, r.id DESC", () if tag is None else (tag,))
        tags = self.tags_by_reflection()
        for row in rows:
            row["tags"] = tags.get(row["id"], [])
        return rows

    @serialised
    def tags_by_reflection(self) -> dict[int, list[str]]:
        out: dict[int, list[str]] = {}
        for reflection_id, name in self.conn.execute(
                "SELECT reflection_id, name FROM reflection_tag ORDER BY name"):
            out.setdefault(reflection_id, []).append(name)
        return out

    @serialised
    def all_tags(self) -> list[str]:
        return [r[0] for r in self.conn.execute("SELECT DISTINCT name FROM reflection_tag ORDER BY name")]

    def set_tags(self, reflection_id: int, tags: list[str]) -> None:
        """Replace a reflection's tags (trimmed, without duplicates or empty ones)."""
        clean = list(dict.fromkeys(t.strip() for t in tags if t.strip()))
        with self.transaction() as conn:
            conn.execute("DELETE FROM reflection_tag WHERE reflection_id = ?", (reflection_id,))
            for name in clean:
                self.add("reflection_tag", reflection_id=reflection_id, name=name)

    def to_markdown(self) -> str:
        """All reflections as one Markdown document, oldest first (for the author's own export)."""
        parts = ["# My reflections\n"]
        for row in reversed(self.reflections()):
            parts.append(f"## {row['written_on']} — {row['title'] or 'Untitled'}\n")
            meta: list[str] = []
            if row["session_label"]:
                meta.append(f"Session: {row['session_label']}")
            if row["tags"]:
                meta.append("Tags: " + ", ".join(row["tags"]))
            if meta:
                parts.append("*" + " · ".join(meta) + "*\n")
            parts.append(row["body"].rstrip() + "\n")
        return "\n".join(parts)
