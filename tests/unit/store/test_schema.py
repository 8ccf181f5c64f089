"""The schema: the table spec agrees with the SQL, migrations upgrade old journals,
and a journal from a newer version is refused untouched."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.store import TANDEM, Journal, NewerFormat, migrations
from app.store.tables import TABLES
from tests.conftest import PASSPHRASE


def test_table_spec_matches_the_database(journal: Journal) -> None:
    for tbl in TABLES:
        info = journal.conn.execute(f"PRAGMA table_info({tbl.name})").fetchall()
        assert [r[1] for r in info] == list(tbl.column_names), tbl.name
        for (_, name, _type, notnull, _default, pk), col in zip(info, tbl.columns):
            if not pk:
                assert bool(notnull) == (not col.nullable), f"{tbl.name}.{name}"


def test_every_migration_is_recorded(journal: Journal) -> None:
    recorded = [r[0] for r in journal.conn.execute("SELECT version FROM schema_migration ORDER BY version")]
    assert recorded == [m.version for m in migrations.MIGRATIONS]
    assert journal.schema_version == TANDEM.latest


def test_journal_from_version_1_upgrades_and_indexes_old_rows(tmp_path: Path) -> None:
    path = tmp_path / "old.tandem"
    with Journal.create(path, PASSPHRASE, upto=1) as old:
        assert old.schema_version == 1
        session = old.add("session", starts_at="2026-01-01T10:00", notes="Über Führung gesprochen")
        old.add("learning", session_id=session, text="Kanban hilft")
    with Journal.open(path, PASSPHRASE) as upgraded:
        assert upgraded.schema_version == TANDEM.latest
        assert {h.kind for h in upgraded.search("fuehrung kanban")} == set()
        assert [h.kind for h in upgraded.search("Führung")] == ["session"]
        assert [h.kind for h in upgraded.search("kanban")] == ["learning"]
        assert upgraded.integrity_problems() == []


def test_journal_from_a_newer_version_is_refused_untouched(journal_path: Path) -> None:
    with Journal.open(journal_path, PASSPHRASE) as j:
        j.conn.execute(f"PRAGMA user_version = {TANDEM.latest + 1}")
    before = journal_path.read_bytes()
    with pytest.raises(NewerFormat, match="newer version"):
        Journal.open(journal_path, PASSPHRASE)
    assert journal_path.read_bytes() == before
    assert TANDEM.application_id == 0x544A524E
