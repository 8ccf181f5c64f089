"""The private journal: its own file and passphrase, sealed from the tandem journal both ways."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.store import (
    SCHEMAS,
    InvalidData,
    Journal,
    JournalError,
    NotAJournal,
    PrivateJournal,
    WrongPassphrase,
    open_any,
    portable,
)
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
