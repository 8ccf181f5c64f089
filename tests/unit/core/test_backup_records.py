"""The last-backup records in the settings (review 2026-12-04, item 7): salted, pruned."""

from __future__ import annotations

import datetime as _dt
import hashlib
from pathlib import Path

import pytest

from app.core import backup_records as rec

NOW = _dt.datetime(2026, 12, 4, 18, 0)


def test_a_record_key_is_salted_per_install(tmp_path: Path) -> None:
    journal = tmp_path / "anna-jonas.tandem"
    one, two = rec.new_salt(), rec.new_salt()
    assert one != two and len(one) == 64
    assert rec.record_key(one, journal) == rec.record_key(one, journal)
    assert rec.record_key(one, journal) != rec.record_key(two, journal)
    unsalted = hashlib.sha256(str(journal.resolve()).encode("utf-8")).hexdigest()
    assert rec.record_key(one, journal) not in unsalted  # a guessed path cannot be confirmed without the salt
    assert "anna" not in rec.record_key(one, journal)


def _at(days: int) -> str:
    return (NOW - _dt.timedelta(days=days)).isoformat(timespec="minutes")


@pytest.mark.parametrize(("records", "kept"), [
    ({}, []),
    ({"a": _at(0), "b": _at(364)}, ["a", "b"]),
    ({"a": _at(0), "old": _at(366)}, ["a"]),  # older than a year: gone
    ({"a": _at(1), "broken": "gestern", "none": ""}, ["a"]),  # unreadable: gone
    ({f"k{i}": _at(i) for i in range(60)}, [f"k{i}" for i in range(50)]),  # the newest 50
])
def test_records_older_than_a_year_or_beyond_fifty_are_dropped(records: dict[str, str], kept: list[str]) -> None:
    result = rec.kept(records, NOW)
    assert sorted(result) == sorted(kept)
    assert all(result[key] == records[key] for key in kept)
