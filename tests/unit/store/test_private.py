"""The private journal: its own file and passphrase, sealed from the tandem journal both ways."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from app.store import (
    SCHEMAS,
    AlreadyExists,
    InvalidData,
    Journal,
    JournalError,
    NotAJournal,
    PrivateJournal,
    WrongPassphrase,
    open_any,
    portable,
)
from app.store.lockfile import lock_path
from tests.conftest import PASSPHRASE
from tests.unit.store.test_security import _scan

MINE = "nur ich kenne diesen Satz"
SECRET = "GEHEIMNIS-Reflexion-Ωμέγα-🦊"


@pytest.fixture
def private_path(tmp_path: Path) -> Path:
    path = tmp_path / "meine.reflections"
    with PrivateJournal.create(path, MINE) as mine:
        mine.update("author", 1, display_name="Jürgen", role="mentee")
        rid = mine.add("reflection", written_on="2026-11-20", title=f"Titel {SECRET}", body=f"Ich {SECRET}",
                       prompt="surprised", session_label="20.11.2026 · KI im Alltag")
        mine.set_tags(rid, ["Führung", "Vertrauen", " Führung ", ""])
    return path


def test_each_passphrase_opens_only_its_own_file(private_path: Path, journal_path: Path) -> None:
    with pytest.raises(WrongPassphrase):
        PrivateJournal.open(private_path, PASSPHRASE)
    with pytest.raises(WrongPassphrase):
        open_any(private_path, PASSPHRASE)
    with pytest.raises(WrongPassphrase):
        Journal.open(journal_path, MINE)
    with PrivateJournal.open(private_path, MINE) as mine:
        assert mine.reflections()[0]["tags"] == ["Führung", "Vertrauen"]


def test_kinds_never_open_as_each_other(tmp_path: Path, journal_path: Path) -> None:
    # Even one passphrase for both (a bad idea the UI warns about) cannot mix the kinds up.
    same = tmp_path / "same.reflections"
    PrivateJournal.create(same, PASSPHRASE).close()
    with pytest.raises(NotAJournal, match="not a tandem journal"):
        Journal.open(same, PASSPHRASE)
    with pytest.raises(NotAJournal, match="not a private journal"):
        PrivateJournal.open(journal_path, PASSPHRASE)
    with open_any(same, PASSPHRASE) as opened:
        assert isinstance(opened, PrivateJournal)


def test_reflection_text_is_nowhere_but_encrypted_in_its_file(private_path: Path, journal_path: Path,
                                                               tmp_path: Path,
                                                               isolated_home: dict[str, Path]) -> None:
    with Journal.open(journal_path, PASSPHRASE) as tandem:
        tandem.add("learning", text="etwas Geteiltes")
        (tmp_path / "tandem.json").write_text(portable.dumps(portable.export_data(tandem)), encoding="utf-8")
    with PrivateJournal.open(private_path, MINE) as mine:
        assert mine.search("geheimnis")
        (tmp_path / "mine.json").write_text(portable.dumps(portable.export_data(mine)), encoding="utf-8")
        (tmp_path / "mine.md").write_text(mine.to_markdown(), encoding="utf-8")
    needle = SECRET.split("-")[0].encode()
    assert needle not in private_path.read_bytes()
    for clean in (journal_path, tmp_path / "tandem.json", *isolated_home.values()):
        for f in ([clean] if clean.is_file() else [p for p in clean.rglob("*") if p.is_file()]):
            assert needle not in f.read_bytes(), f
    assert needle in (tmp_path / "mine.json").read_bytes()  # the author's own export has it, as it should
    assert b"Titel GEHEIMNIS" in (tmp_path / "mine.md").read_bytes()
    assert _scan([private_path]) == []


def test_private_export_round_trips_and_cannot_go_into_a_tandem(private_path: Path, journal_path: Path,
                                                                 tmp_path: Path) -> None:
    with PrivateJournal.open(private_path, MINE) as mine:
        text = portable.dumps(portable.export_data(mine))
    schema, data = portable.loads(text, SCHEMAS)
    assert schema is PrivateJournal.schema
    with PrivateJournal.create(tmp_path / "copy.reflections", MINE) as copy:
        portable.import_data(copy, data)
        assert portable.dumps(portable.export_data(copy)) == text
    with Journal.open(journal_path, PASSPHRASE) as tandem:
        with pytest.raises(InvalidData, match="not a tandem journal export"):
            portable.import_data(tandem, data)
        assert tandem.is_empty()


def test_markdown_export_lists_reflections_oldest_first(private_path: Path) -> None:
    with PrivateJournal.open(private_path, MINE) as mine:
        mine.add("reflection", written_on="2026-11-01", title="Früher", body="erste")
        text = mine.to_markdown()
    assert text.index("Früher") < text.index("Titel")
    assert "Tags: Führung, Vertrauen" in text and "Session: 20.11.2026 · KI im Alltag" in text


def test_tags_filter_and_rejects_nothing_silently(private_path: Path) -> None:
    with PrivateJournal.open(private_path, MINE) as mine:
        assert [r["title"] for r in mine.reflections(tag="Vertrauen")] == [f"Titel {SECRET}"]
        assert mine.reflections(tag="unbekannt") == []
        assert mine.all_tags() == ["Führung", "Vertrauen"]
        with pytest.raises(InvalidData, match="prompt"):
            mine.add("reflection", written_on="2026-11-22", prompt="gossip")
        with pytest.raises(JournalError):
            mine.add("learning", text="wrong kind of file")


def _content(mine: PrivateJournal) -> tuple[object, ...]:
    """Everything a person wrote in their private journal, for before/after comparisons."""
    author = {k: mine.author()[k] for k in ("display_name", "role")}
    return author, mine.reflections(), mine.all_tags(), [h.row_id for h in mine.search("geheimnis")]


def test_private_passphrase_change_locks_out_the_old_one(private_path: Path) -> None:
    new = "ein neuer Satz nur für mich"
    with PrivateJournal.open(private_path, MINE) as mine:
        before = _content(mine)
        mine.change_passphrase(new)
        assert _content(mine) == before  # the open journal goes on working
    for opener in (PrivateJournal.open, open_any):
        with pytest.raises(WrongPassphrase):
            opener(private_path, MINE)
    with PrivateJournal.open(private_path, new) as mine:
        assert _content(mine) == before
        assert before[1] and before[3]  # there was something to compare
        assert mine.integrity_problems() == []
    assert stat.S_IMODE(private_path.stat().st_mode) == 0o600
    assert SECRET.split("-")[0].encode() not in private_path.read_bytes()


def test_private_backup_is_owner_only_and_opens_with_the_same_passphrase(private_path: Path,
                                                                          tmp_path: Path) -> None:
    folder = tmp_path / "sicherungen"
    folder.mkdir()
    old = os.umask(0o022)
    try:
        with PrivateJournal.open(private_path, MINE) as mine:
            before = _content(mine)
            dated = mine.backup(folder)
            named = mine.backup(tmp_path / "kopie.reflections")
            with pytest.raises(AlreadyExists):
                mine.backup(named)
            with pytest.raises(AlreadyExists):
                mine.backup(private_path)
    finally:
        os.umask(old)
    assert dated.parent == folder and dated.name.startswith("private-journal-backup-") and dated.suffix == ".reflections"
    for copy in (dated, named):
        assert stat.S_IMODE(copy.stat().st_mode) == 0o600
        assert SECRET.split("-")[0].encode() not in copy.read_bytes()
        with pytest.raises(WrongPassphrase):
            PrivateJournal.open(copy, PASSPHRASE)
        with pytest.raises(NotAJournal):
            Journal.open(copy, MINE)
        with PrivateJournal.open(copy, MINE) as restored:
            assert _content(restored) == before
            assert restored.integrity_problems() == []


def test_private_wrong_passphrase_changes_no_byte(private_path: Path) -> None:
    before, stamp = private_path.read_bytes(), private_path.stat().st_mtime_ns
    files = sorted(p.name for p in private_path.parent.iterdir())
    for opener in (PrivateJournal.open, open_any):
        with pytest.raises(WrongPassphrase, match="Wrong passphrase"):
            opener(private_path, "nur ich kenne diesen Satz nicht")
    with pytest.raises(WrongPassphrase):
        Journal.open(private_path, MINE.upper())
    assert private_path.read_bytes() == before
    assert private_path.stat().st_mtime_ns == stamp
    assert sorted(p.name for p in private_path.parent.iterdir()) == files  # no lock or journal left behind
    assert not lock_path(private_path).exists()
    with PrivateJournal.open(private_path, MINE) as mine:  # the right one still works
        assert mine.reflections()[0]["title"] == f"Titel {SECRET}"
