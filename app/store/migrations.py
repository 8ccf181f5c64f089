"""Numbered schema migrations. History: never edit a migration that has shipped.

The schema version lives in ``PRAGMA user_version`` and every applied step is
recorded in the ``schema_migration`` table. Each step runs in the same
transaction as the version bump, so a failed upgrade leaves the journal as
it was. To change the schema, append a step and a test that upgrades a
journal made by the step before it.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from . import search

Cursor = Any  # a sqlcipher3 cursor; the store avoids importing the driver's types here


@dataclass(frozen=True)
class Migration:
    version: int
    description: str
    apply: Callable[[Cursor], None]


_V1_SCHEMA = """
CREATE TABLE schema_migration (
    version     INTEGER PRIMARY KEY,
    description TEXT NOT NULL,
    applied_at  TEXT NOT NULL,
    app_version TEXT NOT NULL
);
CREATE TABLE tandem (
    id                INTEGER PRIMARY KEY CHECK (id = 1),
    title             TEXT NOT NULL DEFAULT '',
    state             TEXT NOT NULL DEFAULT 'active' CHECK (state IN ('active', 'completed')),
    created_at        TEXT NOT NULL,
    started_on        TEXT,
    completed_at      TEXT,
    concern           TEXT NOT NULL DEFAULT '',
    support_form      TEXT NOT NULL DEFAULT '',
    rhythm            TEXT CHECK (rhythm IN ('weekly', 'biweekly', 'monthly', 'other')),
    planned_months    INTEGER CHECK (planned_months >= 0),
    place             TEXT NOT NULL DEFAULT '',
    next_session_at   TEXT,
    dependency_exists INTEGER CHECK (dependency_exists IN (0, 1)),
    dependency_note   TEXT NOT NULL DEFAULT '',
    rules_agreed_on   TEXT,
    closing_held_on   TEXT,
    pass_on           TEXT NOT NULL DEFAULT '',
    recommendations   TEXT NOT NULL DEFAULT ''
);
CREATE TABLE person (
    id           INTEGER PRIMARY KEY,
    role         TEXT NOT NULL UNIQUE CHECK (role IN ('mentor', 'mentee')),
    display_name TEXT NOT NULL DEFAULT '',
    expectations TEXT NOT NULL DEFAULT ''
);
CREATE TABLE rule (
    id       INTEGER PRIMARY KEY,
    position INTEGER NOT NULL DEFAULT 0,
    key      TEXT NOT NULL DEFAULT 'custom'
             CHECK (key IN ('openness', 'trust', 'respect', 'commitment', 'confidentiality', 'custom')),
    text     TEXT NOT NULL DEFAULT ''
);
CREATE TABLE goal (
    id          INTEGER PRIMARY KEY,
    position    INTEGER NOT NULL DEFAULT 0,
    title       TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL DEFAULT '',
    state       TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'reached', 'dropped')),
    created_at  TEXT NOT NULL
);
CREATE TABLE topic (
    id          INTEGER PRIMARY KEY,
    position    INTEGER NOT NULL DEFAULT 0,
    title       TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL DEFAULT '',
    state       TEXT NOT NULL DEFAULT 'idea' CHECK (state IN ('idea', 'planned', 'done')),
    origin      TEXT NOT NULL DEFAULT 'own' CHECK (origin IN ('pool', 'own')),
    created_at  TEXT NOT NULL
);
CREATE TABLE session (
    id               INTEGER PRIMARY KEY,
    kind             TEXT NOT NULL DEFAULT 'regular' CHECK (kind IN ('kickoff', 'regular', 'closing')),
    starts_at        TEXT NOT NULL,
    duration_minutes INTEGER CHECK (duration_minutes >= 0),
    place            TEXT NOT NULL DEFAULT '',
    topic_id         INTEGER REFERENCES topic(id) ON DELETE SET NULL,
    goal             TEXT NOT NULL DEFAULT '',
    notes            TEXT NOT NULL DEFAULT '',
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL
);
CREATE INDEX session_starts_at ON session(starts_at);
CREATE TABLE agenda_item (
    id           INTEGER PRIMARY KEY,
    session_id   INTEGER NOT NULL REFERENCES session(id) ON DELETE CASCADE,
    position     INTEGER NOT NULL DEFAULT 0,
    text         TEXT NOT NULL DEFAULT '',
    done         INTEGER NOT NULL DEFAULT 0 CHECK (done IN (0, 1)),
    carried_from INTEGER REFERENCES agenda_item(id) ON DELETE SET NULL
);
CREATE INDEX agenda_item_session ON agenda_item(session_id, position);
CREATE INDEX agenda_item_carried_from ON agenda_item(carried_from);
CREATE TABLE learning (
    id         INTEGER PRIMARY KEY,
    session_id INTEGER REFERENCES session(id) ON DELETE CASCADE,
    position   INTEGER NOT NULL DEFAULT 0,
    text       TEXT NOT NULL DEFAULT '',
    learner    TEXT NOT NULL DEFAULT 'mentee' CHECK (learner IN ('mentee', 'mentor', 'both')),
    topic_id   INTEGER REFERENCES topic(id) ON DELETE SET NULL,
    share      INTEGER NOT NULL DEFAULT 0 CHECK (share IN (0, 1)),
    quick_win  INTEGER NOT NULL DEFAULT 0 CHECK (quick_win IN (0, 1)),
    created_at TEXT NOT NULL
);
CREATE INDEX learning_session ON learning(session_id, position);
CREATE INDEX learning_topic ON learning(topic_id);
CREATE TABLE action_item (
    id         INTEGER PRIMARY KEY,
    session_id INTEGER REFERENCES session(id) ON DELETE CASCADE,
    position   INTEGER NOT NULL DEFAULT 0,
    text       TEXT NOT NULL DEFAULT '',
    owner      TEXT NOT NULL DEFAULT 'mentee' CHECK (owner IN ('mentee', 'mentor', 'both')),
    due_on     TEXT,
    done       INTEGER NOT NULL DEFAULT 0 CHECK (done IN (0, 1)),
    created_at TEXT NOT NULL
);
CREATE INDEX action_item_session ON action_item(session_id, position);
CREATE INDEX action_item_open ON action_item(done, due_on);
CREATE TABLE feedback (
    id         INTEGER PRIMARY KEY,
    session_id INTEGER REFERENCES session(id) ON DELETE CASCADE,
    giver      TEXT NOT NULL CHECK (giver IN ('mentor', 'mentee')),
    helped     TEXT NOT NULL DEFAULT '',
    to_change  TEXT NOT NULL DEFAULT '',
    rating     INTEGER CHECK (rating BETWEEN 1 AND 5),
    created_at TEXT NOT NULL
);
CREATE INDEX feedback_session ON feedback(session_id);
CREATE TABLE evaluation (
    id         INTEGER PRIMARY KEY,
    held_on    TEXT NOT NULL,
    session_id INTEGER REFERENCES session(id) ON DELETE SET NULL,
    note       TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL
);
CREATE TABLE evaluation_rating (
    id            INTEGER PRIMARY KEY,
    evaluation_id INTEGER NOT NULL REFERENCES evaluation(id) ON DELETE CASCADE,
    goal_id       INTEGER NOT NULL REFERENCES goal(id) ON DELETE CASCADE,
    rating        INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 5),
    comment       TEXT NOT NULL DEFAULT '',
    UNIQUE (evaluation_id, goal_id)
);
CREATE INDEX evaluation_rating_goal ON evaluation_rating(goal_id);
"""


def run_script(cur: Cursor, script: str) -> None:
    """Run DDL statements one by one inside the migration's transaction
    (``executescript`` would commit first)."""
    for statement in script.split(";"):
        if statement.strip():
            cur.execute(statement)


def _v1_base_schema(cur: Cursor) -> None:
    run_script(cur, _V1_SCHEMA)
    now = _dt.datetime.now(_dt.timezone.utc).isoformat(timespec="seconds")
    cur.execute("INSERT INTO tandem (id, created_at) VALUES (1, ?)", (now,))


def create_search_index(cur: Cursor, kinds: tuple[search.Kind, ...] | list[search.Kind]) -> None:
    """A contentless FTS5 index over ``kinds``, kept current by triggers, filled from existing rows.

    The triggers call ``tj_fold``, which every connection registers
    (``connection.register_functions``). Shared by the tandem and private schemas.
    """
    cur.execute(
        "CREATE VIRTUAL TABLE search_index USING fts5("
        "body, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 2')"
    )
    for kind in kinds:
        create_search_triggers(cur, kind)
        rowid = f"{{r}}.id * {search.ROWID_FACTOR} + {kind.code}"
        t = kind.table
        cur.execute(
            f"INSERT INTO search_index (rowid, body) "
            f"SELECT {rowid.format(r=t)}, tj_fold({kind.text_sql.format(r=t)}) FROM {t}"
        )


def create_search_triggers(cur: Cursor, kind: search.Kind) -> None:
    """The triggers that keep the search index current for one kind's table."""
    rowid = f"{{r}}.id * {search.ROWID_FACTOR} + {kind.code}"
    insert = (f"INSERT INTO search_index (rowid, body) VALUES "
              f"({rowid}, tj_fold({kind.text_sql}));")
    delete = f"DELETE FROM search_index WHERE rowid = {rowid};"
    t = kind.table
    cur.execute(f"CREATE TRIGGER {t}_search_ai AFTER INSERT ON {t} BEGIN "
                f"{insert.format(r='new')} END")
    cur.execute(f"CREATE TRIGGER {t}_search_au AFTER UPDATE OF {', '.join(kind.columns)} ON {t} BEGIN "
                f"{delete.format(r='old')} {insert.format(r='new')} END")
    cur.execute(f"CREATE TRIGGER {t}_search_ad AFTER DELETE ON {t} BEGIN "
                f"{delete.format(r='old')} END")


def _v2_search_index(cur: Cursor) -> None:
    create_search_index(cur, [k for k in search.INDEXED if k.code <= 7])  # the kinds that existed in v2


_V3_NEXT_TIME = """
CREATE TABLE next_time (
    id         INTEGER PRIMARY KEY,
    position   INTEGER NOT NULL DEFAULT 0 CHECK (position >= 0),
    text       TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL
);
"""


def _v3_next_time(cur: Cursor) -> None:
    run_script(cur, _V3_NEXT_TIME)


# A learning's direction may be unset (null: not yet said): SQLite cannot drop NOT NULL, so the
# table is rebuilt with the same rows and ids (the search index keeps its entries; the
# triggers, dropped with the old table, are made again).
_V4_LEARNING = """
CREATE TABLE learning_v4 (
    id         INTEGER PRIMARY KEY,
    session_id INTEGER REFERENCES session(id) ON DELETE CASCADE,
    position   INTEGER NOT NULL DEFAULT 0,
    text       TEXT NOT NULL DEFAULT '',
    learner    TEXT CHECK (learner IN ('mentee', 'mentor', 'both')),
    topic_id   INTEGER REFERENCES topic(id) ON DELETE SET NULL,
    share      INTEGER NOT NULL DEFAULT 0 CHECK (share IN (0, 1)),
    quick_win  INTEGER NOT NULL DEFAULT 0 CHECK (quick_win IN (0, 1)),
    created_at TEXT NOT NULL
);
INSERT INTO learning_v4 (id, session_id, position, text, learner, topic_id, share, quick_win, created_at)
    SELECT id, session_id, position, text, learner, topic_id, share, quick_win, created_at FROM learning;
DROP TRIGGER learning_search_ai;
DROP TRIGGER learning_search_au;
DROP TRIGGER learning_search_ad;
DROP TABLE learning;
ALTER TABLE learning_v4 RENAME TO learning;
CREATE INDEX learning_session ON learning(session_id, position);
CREATE INDEX learning_topic ON learning(topic_id)
"""


def _v4_learner_unset(cur: Cursor) -> None:
    run_script(cur, _V4_LEARNING)
    create_search_triggers(cur, next(k for k in search.INDEXED if k.table == "learning"))


# An unfinished agenda item remembers that it was taken over to a later session, so that a copy
# deleted there is not offered again. Items already taken over before this step are marked.
_V5_CARRIED_FORWARD = """
ALTER TABLE agenda_item ADD COLUMN carried_forward INTEGER NOT NULL DEFAULT 0 CHECK (carried_forward IN (0, 1));
UPDATE agenda_item SET carried_forward = 1
    WHERE id IN (SELECT carried_from FROM agenda_item WHERE carried_from IS NOT NULL)
"""


def _v5_carried_forward(cur: Cursor) -> None:
    run_script(cur, _V5_CARRIED_FORWARD)


# The one-pager remembers the language and the title it was last exported with ('' = not chosen yet:
# the interface's language and the default title in that language).
_V6_ONEPAGER = """
ALTER TABLE tandem ADD COLUMN onepager_lang TEXT NOT NULL DEFAULT '';
ALTER TABLE tandem ADD COLUMN onepager_title TEXT NOT NULL DEFAULT ''
"""


def _v6_onepager(cur: Cursor) -> None:
    run_script(cur, _V6_ONEPAGER)


# An action item's owner may be unset (null: not yet said), like a learning's direction in step 4: the
# table is rebuilt with the same rows and ids; the search triggers, dropped with it, are made again.
_V7_ACTION_ITEM = """
CREATE TABLE action_item_v7 (
    id         INTEGER PRIMARY KEY,
    session_id INTEGER REFERENCES session(id) ON DELETE CASCADE,
    position   INTEGER NOT NULL DEFAULT 0,
    text       TEXT NOT NULL DEFAULT '',
    owner      TEXT CHECK (owner IN ('mentee', 'mentor', 'both')),
    due_on     TEXT,
    done       INTEGER NOT NULL DEFAULT 0 CHECK (done IN (0, 1)),
    created_at TEXT NOT NULL
);
INSERT INTO action_item_v7 (id, session_id, position, text, owner, due_on, done, created_at)
    SELECT id, session_id, position, text, owner, due_on, done, created_at FROM action_item;
DROP TRIGGER action_item_search_ai;
DROP TRIGGER action_item_search_au;
DROP TRIGGER action_item_search_ad;
DROP TABLE action_item;
ALTER TABLE action_item_v7 RENAME TO action_item;
CREATE INDEX action_item_session ON action_item(session_id, position);
CREATE INDEX action_item_open ON action_item(done, due_on)
"""


def _v7_owner_unset(cur: Cursor) -> None:
    run_script(cur, _V7_ACTION_ITEM)
    create_search_triggers(cur, next(k for k in search.INDEXED if k.table == "action_item"))


# The closing question (issue 18): each partner answers how valuable the tandem was (1-5), whether they
# would do it again and recommend it, and one optional line for the programme; the tandem gets a random
# key, so that a programme view tells two reports of the same tandem apart from two tandems.
_V8_CLOSING_ANSWER = """
CREATE TABLE closing_answer (
    id         INTEGER PRIMARY KEY,
    giver      TEXT NOT NULL UNIQUE CHECK (giver IN ('mentor', 'mentee')),
    value      INTEGER CHECK (value BETWEEN 1 AND 5),
    again      INTEGER CHECK (again IN (0, 1)),
    recommend  INTEGER CHECK (recommend IN (0, 1)),
    line       TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL
);
ALTER TABLE tandem ADD COLUMN report_key TEXT NOT NULL DEFAULT ''
"""


def _v8_closing_answer(cur: Cursor) -> None:
    run_script(cur, _V8_CLOSING_ANSWER)  # the key is made when a report is first shared (a blank tandem stays blank)


MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "base schema: tandem, people, rules, goals, topics, sessions and their items", _v1_base_schema),
    Migration(2, "full-text search index over notes, learnings, items, feedback, goals and topics",
              _v2_search_index),
    Migration(3, "a list of lines raised for next time while no session is planned", _v3_next_time),
    Migration(4, "a learning's direction (who learned it) may be not yet said", _v4_learner_unset),
    Migration(5, "an agenda item remembers it was taken over to a later session", _v5_carried_forward),
    Migration(6, "the one-pager remembers the language and title it was last exported with", _v6_onepager),
    Migration(7, "an action item's owner (who does it) may be not yet said", _v7_owner_unset),
    Migration(8, "the closing question of each partner; the tandem's key for programme reports",
              _v8_closing_answer),
)
