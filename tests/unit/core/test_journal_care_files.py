"""journal_care's rules for a file the person names: ``write_file`` (the CLI's one-pager, report and export) and
``check_source`` / ``import_refusal`` (the file an import reads). Qt-free, by table."""

from __future__ import annotations

import errno
import os
import shutil
from pathlib import Path

import pytest

from app.core import journal_care as care
from app.store import SCHEMAS, AlreadyExists, InvalidData, portable


def _names(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


@pytest.mark.parametrize(("name", "overwrite", "error"), [
    ("tandem.tandem", True, care.OntoTheJournal),
    ("tandem.tandem-wal", True, care.OntoTheJournal),
    ("gone/out.pdf", True, care.FolderMissing),
    ("x" * 300 + ".pdf", True, care.NameRefused),
    ("old.pdf", False, AlreadyExists),
])
def test_write_file_refuses_before_writing(journal_path: Path, name: str, overwrite: bool,
                                           error: type[Exception]) -> None:
    folder = journal_path.parent
    (folder / "old.pdf").write_bytes(b"old")
    before = {p: p.read_bytes() for p in folder.iterdir()}
    with pytest.raises(error) as caught:
        care.write_file(folder / name, journal_path, b"%PDF new", overwrite=overwrite)
    assert "nothing was written" in str(caught.value).lower()
    assert {p: p.read_bytes() for p in folder.iterdir()} == before


def test_write_file_replaces_only_when_agreed_and_owner_only(tmp_path: Path) -> None:
    target = tmp_path / "old.pdf"
    target.write_bytes(b"old")
    assert care.write_file(target, None, b"new", overwrite=True) == target
    assert target.read_bytes() == b"new" and target.stat().st_mode & 0o777 == 0o600
    assert _names(tmp_path) == ["old.pdf"]


def test_a_disk_that_fills_during_the_write_is_folder_full_and_keeps_the_old_file(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "old.pdf"
    target.write_bytes(b"old")

    def full(_fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(care.FolderFull, match="filled up while writing old.pdf; nothing was kept"):
        care.write_file(target, None, b"new", overwrite=True)
    assert target.read_bytes() == b"old" and _names(tmp_path) == ["old.pdf"]


# The file an import reads -----------------------------------------------------------------------------------
@pytest.mark.parametrize(("source", "error", "words"), [
    ("tandem.tandem", care.SourceIsTheJournal, "tandem.tandem is the journal itself"),
    ("tandem.tandem-journal", care.SourceIsTheJournal, "is the journal itself"),  # its own file, even if absent
    ("missing.json", care.SourceUnreadable, "missing.json does not exist"),
    ("folder", care.SourceUnreadable, "folder is a folder, not an export"),
    ("partner.tandem", care.SourceIsAJournal, "partner.tandem is an encrypted journal, not an export"),
    ("export.json", None, ""),
    ("notes.txt", None, ""),  # text: portable says what is wrong with it
])
def test_check_source(journal_path: Path, source: str, error: type[Exception] | None, words: str) -> None:
    folder = journal_path.parent
    (folder / "folder").mkdir()
    shutil.copyfile(journal_path, folder / "partner.tandem")
    (folder / "export.json").write_text('{"format": "tandem-journal"}', encoding="utf-8")
    (folder / "notes.txt").write_text("hello", encoding="utf-8")
    if error is None:
        care.check_source(folder / source, journal_path)
        return
    with pytest.raises(error) as caught:
        care.check_source(folder / source, journal_path)
    assert words in str(caught.value) and "nothing was changed" in str(caught.value).lower()


@pytest.mark.parametrize(("content", "reason", "advice"), [
    (b"\xff\xfe\x00oops", care.ImportRefused.NOT_TEXT, "Choose the .json file"),
    (b"{oops", care.ImportRefused.NOT_JSON, "cut short"),
    (b'{"format": "shopping-list"}', care.ImportRefused.FOREIGN, "Choose the .json file"),
    (b"[" * 50 + b"]" * 50, care.ImportRefused.FOREIGN, "Choose the .json file"),  # nested: not an export
    (b'{"format": "tandem-journal", "format_version": 999}', care.ImportRefused.NEWER, "Update Tandem Journal"),
    (b'{"format": "tandem-journal", "format_version": 1}', care.ImportRefused.CONTENT, "export the journal again"),
])
def test_import_refusal_names_the_file_and_says_what_to_do(tmp_path: Path, content: bytes, reason: str,
                                                            advice: str) -> None:
    source = tmp_path / "in.json"
    source.write_bytes(content)
    with pytest.raises(InvalidData) as caught:
        portable.loads(portable.read_file(source), SCHEMAS)
    refusal = care.import_refusal(source, caught.value)
    text = str(refusal)
    assert refusal.reason == reason and text.startswith("in.json: ") and str(caught.value) in text
    assert advice in text and text.endswith("; nothing was changed.")
