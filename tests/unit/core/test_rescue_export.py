"""A damaged journal exported from the window (issue 15.6): the copy is written, marked, and the person
hears that it is a rescue copy; a backup is refused."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.core import journal_care
from app.store import Journal, JournalDamaged
from tests.conftest import PASSPHRASE


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
