"""Where a backup asked for at DEST goes (journal_care.backup_target, used by tandem-journal-cli backup)."""

from __future__ import annotations

import datetime as _dt
from pathlib import Path

import pytest

from app.core import journal_care as care
from app.store import PRIVATE, TANDEM
from app.store.schema import Schema

DAY = _dt.date(2026, 12, 4)


@pytest.mark.parametrize(("dest", "schema", "taken", "expected"), [
    ("usb", TANDEM, [], "usb/tandem-backup-2026-12-04.tandem"),
    ("usb/", TANDEM, [], "usb/tandem-backup-2026-12-04.tandem"),
    ("usb", TANDEM, ["tandem-backup-2026-12-04.tandem"], "usb/tandem-backup-2026-12-04-2.tandem"),
    ("usb", PRIVATE, [], "usb/reflections-backup-2026-12-04.reflections"),
    ("usb/copy.tandem", TANDEM, [], "usb/copy.tandem"),  # a file: as given (back_up refuses it if taken)
    ("usb/copy.tandem", TANDEM, ["copy.tandem"], "usb/copy.tandem"),
    ("Anna und Ben.tandem", TANDEM, [], "Anna und Ben.tandem"),  # a name the person typed is theirs to choose
])
def test_a_folder_gets_the_dated_neutral_name_and_a_file_stays_as_given(tmp_path: Path, dest: str, schema: Schema,
                                                                        taken: list[str], expected: str) -> None:
    (tmp_path / "usb").mkdir()
    for name in taken:
        (tmp_path / "usb" / name).write_bytes(b"")
    assert care.backup_target(f"{tmp_path}/{dest}", schema, DAY) == tmp_path / expected


@pytest.mark.parametrize("dest", ["stick/", "usb/stick/", "usb/copy.tandem/"])
def test_a_name_ending_in_a_separator_is_a_folder_and_refused_when_it_is_not_one(tmp_path: Path, dest: str) -> None:
    (tmp_path / "usb").mkdir()
    (tmp_path / "usb" / "copy.tandem").write_bytes(b"")
    with pytest.raises(care.FolderMissing, match="does not exist.*nothing was written"):
        care.backup_target(f"{tmp_path}/{dest}", TANDEM, DAY)
    assert sorted(p.name for p in tmp_path.rglob("*")) == ["copy.tandem", "usb"]


def test_a_name_longer_than_the_file_system_takes_is_refused_by_name_not_as_a_bug(tmp_path: Path) -> None:
    dest = tmp_path / ("x" * 300 + ".tandem")
    assert care.backup_target(dest, TANDEM, DAY) == dest
    with pytest.raises(care.NameRefused, match="cannot be used in.*Choose a shorter name; nothing was written"):
        care.check_target(dest, tmp_path / "tandem.tandem", 10)
    assert list(tmp_path.iterdir()) == []
