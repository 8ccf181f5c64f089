"""The edges of the store (issue 15): oversized and deeply nested imports, the longest texts a
journal takes, and damaged journals that export as rescue copies and refuse to be backed up."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app import sample
from app.store import SCHEMAS, InvalidData, Journal, NotAJournal, portable
from app.store.errors import JournalDamaged, TextTooLong
from app.store.tables import LIMITS, TABLES
from tests.conftest import PASSPHRASE


# Item 3: bounded parsing ---------------------------------------------------------------------
def _nested(levels: int) -> str:
    return '{"format": "tandem-journal", "format_version": 1, "tandem": ' + "[" * levels + "]" * levels + "}"


@pytest.mark.parametrize("levels", [9, 1000, 100_000])
def test_deep_nesting_is_refused_before_parsing(levels: int) -> None:
    with pytest.raises(InvalidData, match=r"nested (more than|deeper than) \d+ levels.*line 1"):
        portable.loads(_nested(levels), SCHEMAS)


def test_depth_inside_strings_does_not_count() -> None:
    text = json.dumps({"format": "tandem-journal", "format_version": 1, "tandem": {"title": "[" * 200}})
    with pytest.raises(InvalidData) as caught:
        portable.loads(text, SCHEMAS)
    assert "nested" not in str(caught.value)


def test_a_huge_string_is_refused_before_parsing() -> None:
    text = '{"format": "tandem-journal",\n "x": "' + "a" * (portable.MAX_STRING_TOKEN + 1) + '"}'
    with pytest.raises(InvalidData, match="longer than.*line 2"):
        portable.loads(text, SCHEMAS)


def test_an_oversized_file_is_refused_before_reading(tmp_path: Path) -> None:
    big = tmp_path / "big.json"
    with open(big, "wb") as handle:
        handle.truncate(portable.MAX_FILE_BYTES + 1)  # sparse: no disk used
    with pytest.raises(InvalidData, match="larger than"):
        portable.read_file(big)
    with pytest.raises(InvalidData, match="larger than"):
        portable.loads(b" " * (portable.MAX_FILE_BYTES + 1), SCHEMAS)


# Item 7: the longest texts -------------------------------------------------------------------
def test_every_text_field_has_a_limit_and_the_documented_ones_are_these() -> None:
    assert LIMITS == {"title": 300, "learning": 5_000, "text": 50_000, "notes": 5_000_000}
    for tbl in (*TABLES, *(t for s in SCHEMAS for t in s.tables)):
        for col in tbl.columns:
            assert col.kind != "text" or col.max_chars in LIMITS.values(), (tbl.name, col.name)
    by = {t.name: t.by_name for t in TABLES}
    assert by["goal"]["title"].max_chars == 300
    assert by["learning"]["text"].max_chars == 5_000
    assert by["session"]["notes"].max_chars == 5_000_000


@pytest.mark.parametrize(("table", "field", "limit", "extra"), [
    ("goal", "title", 300, {}),
    ("learning", "text", 5_000, {}),
    ("session", "notes", 5_000_000, {"starts_at": "2026-01-01T10:00"}),
])
def test_text_at_the_limit_is_kept_and_one_more_is_refused(journal: Journal, table: str, field: str, limit: int,
                                                             extra: dict) -> None:
    row = journal.add(table, **extra, **{field: "ä" * limit})
    assert journal.get(table, row)[field] == "ä" * limit
    with pytest.raises(TextTooLong) as caught:
        journal.add(table, **extra, **{field: "ä" * (limit + 1)})
    assert (caught.value.limit, caught.value.length) == (limit, limit + 1)
    assert f"at most {limit:,} characters" in str(caught.value)
    with pytest.raises(TextTooLong):
        journal.update(table, row, **{field: "x" * 20_000_000})  # the 20 MB title of the issue
    assert journal.get(table, row)[field] == "ä" * limit


def test_an_import_with_a_too_long_text_names_the_place(journal: Journal) -> None:
    """An import accepts text saved before the limits (a 301-character title), up to the longest limit."""
    data = portable.export_data(journal)
    data["goals"] = [{"id": 1, "title": "x" * 301, "created_at": "2026-01-01T10:00"}]
    portable.validate(data, journal.schema)
    data["goals"][0]["title"] = "x" * (portable.IMPORT_MAX_CHARS + 1)
    with pytest.raises(InvalidData, match=r"goals\[0\]\.title: .*at most 5,000,000 characters"):
        portable.validate(data, journal.schema)


# Item 6: damaged journals (the ``damaged`` fixture is in tests/conftest.py) --------------------------
def test_a_damaged_journal_exports_as_a_marked_rescue_copy(damaged: Path) -> None:
    with Journal.open(damaged, PASSPHRASE) as j:
        data = portable.export_data(j, PASSPHRASE)
        without = portable.export_data(j)
    assert portable.is_rescue(without), "without the passphrase too, the copy is marked"
    rescue = data["rescue"]
    assert rescue["damaged"] is True and rescue["problems"] >= 1
    assert portable.is_rescue(data)
    assert data["sessions"] and data["people"] and len(data["goals"]) > 100, "what could be read is there"
    assert rescue["incomplete"], "the lists that hit the damage are named"
    assert list(data)[:3] == ["format", "format_version", "rescue"]


def test_a_sound_journal_exports_without_a_rescue_mark(journal: Journal) -> None:
    sample.fill(journal, sessions=1, items_per_session=1)
    data = portable.export_data(journal)
    assert "rescue" not in data and not portable.is_rescue(data)


def test_a_rescue_copy_imports_like_any_export(journal: Journal, new_journal_path) -> None:
    sample.fill(journal, sessions=1, items_per_session=1)
    data = portable.export_data(journal)
    data = {"format": data.pop("format"), "format_version": data.pop("format_version"),
            "rescue": {"damaged": True, "problems": 1, "incomplete": []}, **data}
    with Journal.open(new_journal_path("copy.tandem"), PASSPHRASE) as copy:
        portable.import_data(copy, portable.loads(portable.dumps(data), SCHEMAS)[1])
        assert copy.rows("session")


def test_a_damaged_journal_is_not_backed_up(damaged: Path, tmp_path: Path) -> None:
    dest = tmp_path / "copy.tandem"
    with Journal.open(damaged, PASSPHRASE) as j, pytest.raises(JournalDamaged, match="check"):
        j.backup(dest)
    assert not dest.exists()
    assert isinstance(JournalDamaged("x"), NotAJournal)


def test_a_rescue_names_only_the_lists_that_hit_the_damage(damaged: Path) -> None:
    with Journal.open(damaged, PASSPHRASE) as j:
        data = portable.export_data(j, PASSPHRASE)
    assert "evaluation_ratings" not in data["rescue"]["incomplete"]  # empty lists are whole
    assert data["rescue"]["incomplete"] == ["goals"]
