"""A journal written by the first release (0.1.0, schema 2) opens with today's code:
it is migrated, keeps every row, is searchable and sound. The file is checked in
(tests/unit/store/data, made by make_journal_0_1_0.py with that release's code),
so this test cannot drift along with today's store the way a journal built by
the test itself would."""

from __future__ import annotations

import hashlib
import shutil
import stat
from pathlib import Path
from typing import Any

import pytest

from app import __version__
from app.store import SCHEMAS, TANDEM, Journal, WrongPassphrase, portable

DATA = Path(__file__).parent / "data"
ORIGINAL = DATA / "journal-0.1.0.tandem"
SHA256 = "f1736080959c6dd19dffa613b03be1d54bf70daaeada72b35ba773e738452e8c"
PASSPHRASE = "Tandem 0.1.0 – Grüße aus Köln"
STAMPS = ("created_at", "updated_at")

# Every row the 0.1.0 script wrote, as 0.1.0 stored it (timestamps left out).
EXPECTED: dict[str, list[dict[str, Any]]] = {
    "person": [
        {"id": 1, "role": "mentor", "display_name": "Zoë Ünal", "expectations": "Geduld mit Fachbegriffen"},
        {"id": 2, "role": "mentee", "display_name": "Jürgen Weiß-Äbi", "expectations": "Ehrliche Rückmeldung"},
    ],
    "rule": [
        {"id": 1, "position": 0, "key": "confidentiality",
         "text": "Was im Tandem besprochen wird, bleibt im Tandem."},
        {"id": 2, "position": 1, "key": "custom", "text": "Handys bleiben in der Tasche."},
    ],
    "goal": [{"id": 1, "position": 0, "title": "Prompts sicher schreiben",
              "description": "Bis Jahresende ohne Hilfe.", "state": "open"}],
    "topic": [{"id": 1, "position": 0, "title": "Datenschutz bei KI-Werkzeugen", "description": "",
               "state": "planned", "origin": "pool"}],
    "session": [
        {"id": 1, "kind": "kickoff", "starts_at": "2026-09-01T17:00", "duration_minutes": 60,
         "place": "Café Bürgerstraße", "topic_id": 1, "goal": "Kennenlernen und Regeln",
         "notes": "## Kick-off\n\nWir haben über **Führung** und Vertrauen gesprochen."},
        {"id": 2, "kind": "regular", "starts_at": "2026-09-15T17:00", "duration_minutes": 45, "place": "",
         "topic_id": None, "goal": "Erste Prompts", "notes": "Prompt-Übungen mit Straßennamen: *Ölmühlenweg*."},
    ],
    "agenda_item": [  # carried_forward: added by step 5, which marks item 2 (0.1.0 carried it over)
        {"id": 1, "session_id": 1, "position": 0, "text": "Erwartungen klären", "done": True, "carried_from": None,
         "carried_forward": False},
        {"id": 3, "session_id": 2, "position": 0, "text": "Werkzeugliste durchgehen", "done": False,
         "carried_from": 2, "carried_forward": False},
        {"id": 2, "session_id": 1, "position": 1, "text": "Werkzeugliste durchgehen", "done": False,
         "carried_from": None, "carried_forward": True},
        {"id": 4, "session_id": 2, "position": 1, "text": "Eigene Prompts vergleichen", "done": False,
         "carried_from": None, "carried_forward": False},
    ],
    "learning": [
        {"id": 1, "session_id": 1, "position": 0, "text": "Zoë nutzt Kanban für alles", "learner": "mentee",
         "topic_id": 1, "share": True, "quick_win": True},
        {"id": 2, "session_id": 2, "position": 0, "text": "Jürgen erklärt Gremienwege verständlich",
         "learner": "mentor", "topic_id": None, "share": False, "quick_win": False},
        {"id": 3, "session_id": None, "position": 0, "text": "Beide: kurze Sätze wirken besser", "learner": "both",
         "topic_id": None, "share": False, "quick_win": False},
    ],
    "action_item": [
        {"id": 1, "session_id": 1, "position": 0, "text": "Testzugang für Jürgen beantragen", "owner": "mentor",
         "due_on": "2026-09-10", "done": False},
        {"id": 2, "session_id": 2, "position": 0, "text": "Drei Prompts ausprobieren", "owner": "mentee",
         "due_on": None, "done": True},
    ],
    "feedback": [
        {"id": 1, "session_id": 1, "giver": "mentee", "helped": "Die Beispiele aus dem Alltag",
         "to_change": "Mehr Pausen", "rating": 4},
        {"id": 2, "session_id": 2, "giver": "mentor", "helped": "Offene Fragen", "to_change": "", "rating": 5},
    ],
    "evaluation": [{"id": 1, "held_on": "2026-09-15", "session_id": 2, "note": "Auf gutem Weg."}],
    "evaluation_rating": [{"id": 1, "evaluation_id": 1, "goal_id": 1, "rating": 3, "comment": "halb geschafft"}],
}
TANDEM_ROW = {
    "title": "KI im Arbeitsalltag", "state": "active", "started_on": "2026-09-01", "completed_at": None,
    "concern": "Wie nutze ich Copilot & Co.?", "support_form": "Gespräche und gemeinsames Ausprobieren",
    "rhythm": "biweekly", "planned_months": 6, "place": "Café Bürgerstraße", "next_session_at": None,
    "dependency_exists": False, "dependency_note": "", "rules_agreed_on": "2026-09-01", "closing_held_on": None,
    "pass_on": "", "recommendations": "",
}


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def copy(tmp_path: Path) -> Path:
    """A private copy of the checked-in file: opening migrates in place, so never open the original."""
    assert _sha256(ORIGINAL) == SHA256, "the checked-in 0.1.0 journal has changed (was it opened and migrated?)"
    path = tmp_path / ORIGINAL.name
    shutil.copyfile(ORIGINAL, path)
    path.chmod(stat.S_IRUSR | stat.S_IWUSR)
    return path


def _raw_version(path: Path) -> int:
    """user_version, read without today's store (which would migrate on open)."""
    import sqlcipher3

    db = sqlcipher3.connect(str(path))
    try:
        db.execute(f"PRAGMA key = '{PASSPHRASE}'")
        db.execute("PRAGMA cipher_compatibility = 4")
        return int(db.execute("PRAGMA user_version").fetchone()[0])
    finally:
        db.close()


def test_the_checked_in_file_is_a_0_1_0_journal_that_today_migrates(copy: Path) -> None:
    assert _raw_version(copy) == 2 < TANDEM.latest  # so opening it really runs a migration


@pytest.mark.real_kdf  # made outside this process's key setting
def test_journal_from_0_1_0_migrates_and_keeps_everything(copy: Path) -> None:
    with pytest.raises(WrongPassphrase):
        Journal.open(copy, "Tandem 0.1.0 - Grüße aus Köln")  # hyphen, not the en dash
    with Journal.open(copy, PASSPHRASE) as j:
        assert j.schema_version == TANDEM.latest
        recorded = j.conn.execute("SELECT version, app_version FROM schema_migration ORDER BY version").fetchall()
        assert [v for v, _ in recorded] == [m.version for m in TANDEM.migrations]
        assert recorded[:2] == [(1, "0.1.0"), (2, "0.1.0")]  # written by 0.1.0 itself
        assert all(app_version == __version__ for v, app_version in recorded if v > 2)

        for table, rows in EXPECTED.items():
            got = [{k: v for k, v in row.items() if k not in STAMPS} for row in j.rows(table)]
            assert got == rows, table
        tandem = {k: v for k, v in j.tandem().items() if k not in ("id", *STAMPS)}
        assert {k: tandem.pop(k) for k in TANDEM_ROW} == TANDEM_ROW
        assert set(tandem.values()) <= {None, "", 0, False}, tandem  # columns added since 0.1.0 start blank
        assert j.people()["mentee"]["display_name"] == "Jürgen Weiß-Äbi"
        assert [s.id for s in j.session_summaries()] == [2, 1]
        assert [a["text"] for a in j.open_actions()] == ["Testzugang für Jürgen beantragen"]
        assert len(j.evaluations()) == 1
        assert j.counts() == {tbl.key: len(EXPECTED.get(tbl.name, [])) for tbl in TANDEM.tables
                              if not tbl.singleton}

        assert [(h.kind, h.row_id) for h in j.search("Führung")] == [("session", 1)]
        assert [(h.kind, h.row_id) for h in j.search("olmuhlenweg")] == [("session", 2)]
        assert {(h.kind, h.row_id) for h in j.search("Kanban")} == {("learning", 1)}
        assert {(h.kind, h.row_id) for h in j.search("Gremienwege")} == {("learning", 2)}
        assert {(h.kind, h.row_id) for h in j.search("Werkzeugliste")} == {("agenda", 2), ("agenda", 3)}
        assert j.integrity_problems() == []
        assert j.conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]

        # Today's portable format accepts what 0.1.0 wrote, and the journal takes new writes.
        schema, data = portable.loads(portable.dumps(portable.export_data(j)), SCHEMAS)
        assert schema is TANDEM and len(data["sessions"]) == 2
        j.add("learning", session_id=2, text="nach dem Update geschrieben")
        assert [h.row_id for h in j.search("Update")] == [4]
    with Journal.open(copy, PASSPHRASE) as again:  # a second open migrates nothing more
        assert again.conn.execute("SELECT count(*) FROM schema_migration").fetchone()[0] == TANDEM.latest
    assert _sha256(ORIGINAL) == SHA256
