"""The schema: the table spec agrees with the SQL, migrations upgrade old journals,
and a journal from a newer version is refused untouched."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlcipher3.dbapi2 import IntegrityError

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


def test_journal_from_version_3_keeps_its_learnings_whose_direction_may_then_be_unset(tmp_path: Path) -> None:
    path = tmp_path / "v3.tandem"
    with Journal.create(path, PASSPHRASE, upto=3) as old:
        session = old.add("session", starts_at="2026-01-01T10:00")
        topic = old.add("topic", title="KI")
        kept = old.add("learning", session_id=session, text="Kanban hilft", learner="mentor", topic_id=topic,
                       share=True, quick_win=True, position=0)
        with pytest.raises(IntegrityError):  # the step before: a direction is required
            old.conn.execute("INSERT INTO learning (session_id, text, learner, created_at)"
                             " VALUES (?, 'x', NULL, '2026-01-01T10:00:00+00:00')", (session,))
    with Journal.open(path, PASSPHRASE, upto=4) as upgraded:
        assert upgraded.schema_version == 4
        row = upgraded.get("learning", kept)
        assert row is not None and (row["learner"], row["topic_id"], row["share"], row["quick_win"]) == (
            "mentor", topic, True, True)
        unset = upgraded.add("learning", session_id=session, text="Wer hat es gelernt?")
        assert upgraded.get("learning", unset)["learner"] is None
        assert {h.row_id for h in upgraded.search("kanban")} == {kept}, "the old row is still found"
        assert {h.row_id for h in upgraded.search("gelernt")} == {unset}, "and new rows are indexed"
        upgraded.update("learning", kept, text="Scrum hilft")
        assert [h.row_id for h in upgraded.search("scrum")] == [kept] and upgraded.search("kanban") == []
        upgraded.delete("session", session)
        assert upgraded.rows("learning") == [] and upgraded.search("gelernt") == []
        assert upgraded.integrity_problems() == []
        assert upgraded.conn.execute("PRAGMA foreign_key_check").fetchall() == []


def test_journal_from_version_4_marks_the_items_it_already_took_over(tmp_path: Path) -> None:
    path = tmp_path / "v4.tandem"
    with Journal.create(path, PASSPHRASE, upto=4) as old:
        first = old.add("session", starts_at="2026-01-01T10:00")
        second = old.add("session", starts_at="2026-01-15T10:00")
        taken, left = (old.conn.execute("INSERT INTO agenda_item (session_id, text) VALUES (?, ?)",
                                        (first, text)).lastrowid for text in ("übernommen", "offen geblieben"))
        old.conn.execute("INSERT INTO agenda_item (session_id, text, carried_from) VALUES (?, 'übernommen', ?)",
                         (second, taken))
    with Journal.open(path, PASSPHRASE) as upgraded:
        assert upgraded.schema_version == TANDEM.latest
        marks = {r["text"]: r["carried_forward"] for r in upgraded.rows("agenda_item", session_id=first)}
        assert marks == {"übernommen": True, "offen geblieben": False}
        assert [r["id"] for r in upgraded.carry_offer(first, second)] == [left]
        assert upgraded.integrity_problems() == []


def test_journal_from_version_5_gets_the_one_pagers_remembered_language_and_title(tmp_path: Path) -> None:
    path = tmp_path / "v5.tandem"
    with Journal.create(path, PASSPHRASE, upto=5) as old:
        old.update_tandem(title="Tandem", recommendations="Weiter so")
    with Journal.open(path, PASSPHRASE) as upgraded:
        assert upgraded.schema_version == TANDEM.latest
        tandem = upgraded.tandem()
        assert (tandem["onepager_lang"], tandem["onepager_title"], tandem["recommendations"]) == ("", "", "Weiter so")
        upgraded.update_tandem(onepager_lang="en", onepager_title="Was wir gelernt haben 🙂")
        assert upgraded.tandem()["onepager_title"] == "Was wir gelernt haben 🙂"
        assert upgraded.integrity_problems() == []


def test_journal_from_version_6_keeps_its_action_items_whose_owner_may_then_be_unset(tmp_path: Path) -> None:
    path = tmp_path / "v6.tandem"
    with Journal.create(path, PASSPHRASE, upto=6) as old:
        session = old.add("session", starts_at="2026-01-01T10:00")
        kept = old.add("action_item", session_id=session, text="Profilfoto machen", owner="mentor",
                       due_on="2026-01-15", done=True, position=0)
        loose = old.add("action_item", session_id=None, text="Ohne Treffen", owner="both")
        with pytest.raises(IntegrityError):  # the step before: an owner is required
            old.conn.execute("INSERT INTO action_item (session_id, text, owner, created_at)"
                             " VALUES (?, 'x', NULL, '2026-01-01T10:00:00+00:00')", (session,))
    with Journal.open(path, PASSPHRASE, upto=7) as upgraded:
        assert upgraded.schema_version == 7
        row = upgraded.get("action_item", kept)
        assert row is not None and (row["owner"], row["due_on"], row["done"], row["session_id"]) == (
            "mentor", "2026-01-15", True, session)
        assert upgraded.get("action_item", loose)["owner"] == "both"
        unset = upgraded.add("action_item", session_id=session, text="Wer macht das?")
        assert upgraded.get("action_item", unset)["owner"] is None, "a new action item starts without an owner"
        assert {h.row_id for h in upgraded.search("profilfoto")} == {kept}, "the old row is still found"
        assert {h.row_id for h in upgraded.search("macht")} == {unset}, "and new rows are indexed"
        upgraded.update("action_item", kept, text="Lebenslauf schreiben")
        assert [h.row_id for h in upgraded.search("lebenslauf")] == [kept] and upgraded.search("profilfoto") == []
        assert {r["id"] for r in upgraded.open_actions()} == {unset, loose}
        upgraded.delete("session", session)
        assert [r["id"] for r in upgraded.rows("action_item")] == [loose] and upgraded.search("macht") == []
        assert upgraded.integrity_problems() == []
        assert upgraded.conn.execute("PRAGMA foreign_key_check").fetchall() == []


def test_journal_from_a_newer_version_is_refused_untouched(journal_path: Path) -> None:
    with Journal.open(journal_path, PASSPHRASE) as j:
        j.conn.execute(f"PRAGMA user_version = {TANDEM.latest + 1}")
    before = journal_path.read_bytes()
    with pytest.raises(NewerFormat, match="newer version"):
        Journal.open(journal_path, PASSPHRASE)
    assert journal_path.read_bytes() == before
    assert TANDEM.application_id == 0x544A524E


def test_journal_from_version_7_gets_the_closing_question_and_a_blank_report_key(tmp_path: Path) -> None:
    path = tmp_path / "v7.tandem"
    with Journal.create(path, PASSPHRASE, upto=7) as old:
        old.update_tandem(title="Tandem", pass_on="Weiter so")
    with Journal.open(path, PASSPHRASE) as upgraded:
        assert upgraded.schema_version == TANDEM.latest == 8
        assert (upgraded.tandem()["report_key"], upgraded.tandem()["pass_on"]) == ("", "Weiter so")
        assert upgraded.closing_answers() == {}
        upgraded.set_closing_answer("mentee", value=4, again=True, recommend=None, line="Gern wieder")
        upgraded.set_closing_answer("mentee", recommend=False)
        answer = upgraded.closing_answers()["mentee"]
        assert (answer["value"], answer["again"], answer["recommend"], answer["line"]) == (4, True, False, "Gern wieder")
        with pytest.raises(IntegrityError):  # one answer per partner
            upgraded.conn.execute("INSERT INTO closing_answer (giver, created_at) VALUES ('mentee', '2026-01-01')")
        assert upgraded.integrity_problems() == []
