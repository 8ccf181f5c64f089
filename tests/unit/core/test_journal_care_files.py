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


# A journal that is not open here is never replaced either (review 1b): the file chooser starts in Documents,
# where journals and their backups live, and does not add a file's ending; its "Replace?" answered yes (or the
# CLI's --force) turned a closed 147 KB journal into a 14-byte PDF. By what the file holds or by its name --------
def _journals_and_others(journal_path: Path) -> Path:
    """Beside the tandem's journal: a closed backup, a private journal while locked, a journal renamed, files
    named as a journal's (whatever they hold), and ordinary files."""
    folder = journal_path.parent
    for name in ("tandem-backup-2026-12-04.tandem", "mine.reflections", "renamed.bak", "old-one-pager.pdf.tandem"):
        shutil.copyfile(journal_path, folder / name)
    for name in ("notes.TANDEM", "mine.reflections-journal", "old.tandem-wal", "old.tandem-shm", "old.tandem.lock",
                 "mine.Reflections-Journal", "one-pager.pdf", "package.lock", "tandem-notes.txt"):
        (folder / name).write_bytes(b"not a journal, but named as one" if "tandem" in name.lower()
                                    or "reflections" in name.lower() else b"an earlier file")
    return folder


JOURNAL_LIKE = ["tandem-backup-2026-12-04.tandem", "mine.reflections", "renamed.bak", "old-one-pager.pdf.tandem",
                "notes.TANDEM", "mine.reflections-journal", "old.tandem-wal", "old.tandem-shm", "old.tandem.lock",
                "mine.Reflections-Journal"]


@pytest.mark.parametrize("name", JOURNAL_LIKE)
@pytest.mark.parametrize("writer", ["write_file", "export_json"])
def test_a_journal_not_open_here_or_a_file_named_as_a_journals_is_never_replaced(
        journal_path: Path, name: str, writer: str) -> None:
    from app.store import Journal
    from tests.conftest import PASSPHRASE

    folder = _journals_and_others(journal_path)
    before = {p.name: p.read_bytes() for p in folder.iterdir()}
    with pytest.raises(care.OntoAJournal) as caught:
        if writer == "write_file":
            care.write_file(folder / name, None, b"%PDF a one-pager", overwrite=True)
        else:
            with Journal.open(journal_path, PASSPHRASE) as journal:
                care.export_json(journal, folder / name)
    text = str(caught.value)
    assert text.startswith(f"{name} is a journal") and text.endswith("nothing was written.")
    assert "Choose another name" in text and caught.value.name == name
    assert isinstance(caught.value, care.OntoTheJournal)  # the CLI's exit 8
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == before
    if name.endswith(".tandem"):
        Journal.open(folder / name, PASSPHRASE).close()  # still opens


@pytest.mark.parametrize("name", ["one-pager.pdf", "package.lock", "tandem-notes.txt", "new.tandem", "x.tandem.pdf"])
def test_an_ordinary_file_is_still_replaced_and_a_new_name_written(journal_path: Path, name: str) -> None:
    """Only what is (or is named as) a journal is refused; a new file may have any name."""
    folder = _journals_and_others(journal_path)
    assert care.write_file(folder / name, None, b"%PDF new", overwrite=True) == folder / name
    assert (folder / name).read_bytes() == b"%PDF new"


@pytest.mark.parametrize("command", ["onepager", "export"])
def test_the_cli_refuses_a_closed_journal_even_with_force(journal_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                          capsys: pytest.CaptureFixture[str], command: str) -> None:
    import io
    import sys

    from app import cli
    from app.store import Journal
    from tests.conftest import PASSPHRASE

    folder = _journals_and_others(journal_path)
    backup = folder / "tandem-backup-2026-12-04.tandem"
    before = {p.name: p.read_bytes() for p in folder.iterdir()}
    monkeypatch.setattr(sys, "stdin", io.StringIO(PASSPHRASE + "\n"))
    code = cli.main([command, str(journal_path), str(backup), "--force"])
    out, err = capsys.readouterr()
    assert (code, out) == (8, ""), err
    assert err.startswith(f"tandem-journal-cli: {backup.name} is a journal") and len(err.splitlines()) == 1
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == before
    Journal.open(backup, PASSPHRASE).close()


# Any name the file system takes can be written (review 2d): the temporary file beside it has a short name of its
# own, so a name of 241-255 bytes is no longer a storage error with the full path; a longer one is NameRefused ---
def _name(length: int) -> str:
    return "x" * (length - len(".pdf")) + ".pdf"


@pytest.mark.parametrize("length", [240, 250, 255])
def test_a_long_name_the_file_system_takes_is_written(tmp_path: Path, length: int) -> None:
    if os.pathconf(tmp_path, "PC_NAME_MAX") != 255:
        pytest.skip("a file system with another longest name")
    target = tmp_path / _name(length)
    assert care.write_file(target, None, b"%PDF", overwrite=True) == target
    assert target.read_bytes() == b"%PDF" and _names(tmp_path) == [target.name]
    assert care.write_file(target, None, b"%PDF again", overwrite=True) == target  # and replaced
    assert target.read_bytes() == b"%PDF again" and _names(tmp_path) == [target.name]


@pytest.mark.parametrize(("length", "code"), [(250, 0), (255, 0), (256, 12), (300, 12)])
def test_the_cli_writes_a_long_name_and_refuses_one_too_long_with_exit_12(
        journal_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], length: int,
        code: int) -> None:
    import io
    import sys

    from app import cli
    from tests.conftest import PASSPHRASE

    if os.pathconf(journal_path.parent, "PC_NAME_MAX") != 255:
        pytest.skip("a file system with another longest name")
    target = journal_path.parent / _name(length)
    monkeypatch.setattr(sys, "stdin", io.StringIO(PASSPHRASE + "\n"))
    result = cli.main(["onepager", str(journal_path), str(target)])
    _, err = capsys.readouterr()
    assert result == code, err
    assert _names(journal_path.parent) == sorted(["tandem.tandem", *([target.name] if code == 0 else [])])
    if code:
        assert "cannot be used in" in err and "nothing was written" in err
