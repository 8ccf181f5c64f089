"""A damaged journal exported from the window (issue 15.6): the copy is written, marked, and the person
hears that it is a rescue copy; a backup is refused."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app import sample
from app.core import journal_care
from app.store import Journal, JournalDamaged
from tests.conftest import PASSPHRASE


@pytest.fixture
def damaged(journal_path: Path) -> Path:
    with Journal.open(journal_path, PASSPHRASE) as j:
        sample.fill(j, sessions=3, items_per_session=2)
        for i in range(120):
            j.add("goal", title=f"Ziel {i} " + "x" * 200)
    size = journal_path.stat().st_size
    with open(journal_path, "r+b") as f:
        f.seek(size - 4096 + 300)
        byte = f.read(1)
        f.seek(size - 4096 + 300)
        f.write(bytes([byte[0] ^ 0xFF]))
    return journal_path


def test_export_json_of_a_damaged_journal_writes_a_rescue_copy_and_says_so(damaged: Path, tmp_path: Path) -> None:
    target = tmp_path / "rescue.json"
    with Journal.open(damaged, PASSPHRASE) as j, pytest.raises(journal_care.RescueWritten) as told:
        journal_care.export_json(j, target)
    assert told.value.path == target and "rescue copy" in str(told.value) and "damaged" in str(told.value)
    data = json.loads(target.read_text(encoding="utf-8"))
    assert data["rescue"]["damaged"] is True and "goals" in data["rescue"]["incomplete"]
    assert data["tandem"]["title"] is not None and len(data["people"]) == 2, "what was read before the damage"


def test_back_up_of_a_damaged_journal_is_refused(damaged: Path, tmp_path: Path) -> None:
    with Journal.open(damaged, PASSPHRASE) as j, pytest.raises(JournalDamaged):
        journal_care.back_up(j, tmp_path / "copy.tandem")
    assert not (tmp_path / "copy.tandem").exists()
