"""`onepager`, `report` and `import` check where they write and what they read as `backup` and `export` do
(app/core/journal_care.check_target, check_source): each refusal is one calm line on stderr naming the file and
what to do, with its documented exit code; nothing is written, nothing half-written stays, the journal opens."""

from __future__ import annotations

import errno
import io
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from app import cli as cli_module
from app.store import Journal, portable
from tests.conftest import OTHER, PASSPHRASE, cli_on_small_file_system
from tests.unit.cli.test_cli_care import Run, _files, _full_disk, _one_calm_line

NEW = "ein neuer Satz für das Journal 2026"
SUFFIX = {"onepager": ".pdf", "report": ".json", "export": ".json"}


@pytest.fixture
def cli(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> Run:
    """The real entry point, app.cli.main, in this process: (exit code, stdout, stderr)."""
    def run(*args: str, stdin: str = "") -> tuple[int, str, str]:
        monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
        code = cli_module.main(list(args))
        out, err = capsys.readouterr()
        return code, out, err
    return run


def _target(folder: Path, name: str) -> str:
    return name if name.startswith("/") else str(folder / name)


def _journal_is_whole(path: Path, before: bytes) -> None:
    assert path.read_bytes() == before
    Journal.open(path, PASSPHRASE).close()


# onepager and report: where the file may go -------------------------------------------------------------------
# (name relative to the journal's folder, or absolute; --force or not; exit code; words of the one line)
WRITE_REFUSALS = [
    *[(name, force, 8, "is the journal itself") for name in ("tandem.tandem", "tandem.tandem-journal",
                                                             "tandem.tandem.lock") for force in ("", "--force")],
    *[(name, force, code, words) for name, code, words in [
        ("gone/out{}", 9, "does not exist"),
        ("/sys/out{}", 10, "cannot be written to"),  # not writable, even for root
        ("full/out{}", 11, "not enough free space"),
        ("x" * 300 + "{}", 12, "cannot be used in"),  # longer than a file system takes
    ] for force in ("", "--force")],
    ("old{}", "", 7, "already exists; pass --force to replace it"),
]


@pytest.mark.parametrize("command", ["onepager", "report"])
@pytest.mark.parametrize(("name", "force", "code", "words"), WRITE_REFUSALS)
def test_a_refused_place_for_a_one_pager_or_a_report_is_one_line_with_its_exit_code_and_writes_nothing(
        cli: Run, journal_path: Path, monkeypatch: pytest.MonkeyPatch, command: str, name: str, force: str,
        code: int, words: str) -> None:
    folder = journal_path.parent
    name = name.format(SUFFIX[command])
    (folder / f"old{SUFFIX[command]}").write_bytes(b"an earlier file")
    (folder / "full").mkdir()
    if name.startswith("full/"):
        _full_disk(monkeypatch, folder)
    before, journal = _files(folder), journal_path.read_bytes()
    result, out, err = cli(command, str(journal_path), _target(folder, name), *filter(None, [force]),
                           stdin=PASSPHRASE + "\n")
    line = _one_calm_line(err)
    assert (result, out) == (code, ""), err
    assert line.startswith("tandem-journal-cli: ") and words in line and "nothing was written" in line.lower()
    assert _files(folder) == before and list((folder / "full").iterdir()) == []
    _journal_is_whole(journal_path, journal)


@pytest.mark.parametrize("command", ["onepager", "report"])
def test_force_still_replaces_another_file_and_a_new_name_is_written(cli: Run, journal_path: Path,
                                                                     command: str) -> None:
    """The documented --force keeps its meaning: it replaces a file the person named, never the journal."""
    folder = journal_path.parent
    old = folder / f"old{SUFFIX[command]}"
    old.write_bytes(b"an earlier file")
    code, out, err = cli(command, str(journal_path), str(old), "--force", stdin=PASSPHRASE + "\n")
    assert code == 0 and err == "" and str(old) in out and old.read_bytes() != b"an earlier file"
    new = folder / f"new{SUFFIX[command]}"
    assert cli(command, str(journal_path), str(new), stdin=PASSPHRASE + "\n")[0] == 0
    assert oct(new.stat().st_mode & 0o777) == oct(0o600)
    assert sorted(p.name for p in folder.iterdir()) == sorted(["tandem.tandem", old.name, new.name])


@pytest.mark.parametrize("command", ["onepager", "report", "export"])
def test_a_disk_that_fills_while_writing_leaves_the_old_file_and_no_part_file(
        cli: Run, journal_path: Path, monkeypatch: pytest.MonkeyPatch, command: str) -> None:
    """The checks found room, then the disk filled during the write: exit 11, and nothing half-written stays."""
    folder = journal_path.parent
    old = folder / f"old{SUFFIX[command]}"
    old.write_bytes(b"an earlier file")
    real_fsync = os.fsync

    def full(fd: int) -> None:
        if os.readlink(f"/proc/self/fd/{fd}").endswith(".part"):
            raise OSError(errno.ENOSPC, "No space left on device")
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", full)
    before, journal = _files(folder), journal_path.read_bytes()
    code, out, err = cli(command, str(journal_path), str(old), "--force", stdin=PASSPHRASE + "\n")
    line = _one_calm_line(err)
    assert (code, out) == (11, ""), err
    assert "filled up while writing old" in line and "nothing was kept" in line
    after = _files(folder)
    if command == "report":  # the report's stable pseudonymous key, made on the first report, is in the journal
        del before[journal_path.name], after[journal_path.name]
        journal = journal_path.read_bytes()
    assert after == before
    _journal_is_whole(journal_path, journal)


@pytest.mark.real_kdf  # the installed command keys the journal as the app does
@pytest.mark.parametrize("command", ["onepager", "report"])
@pytest.mark.parametrize(("mount", "code", "words"), [
    ("size=256k", 11, "not enough free space"),
    ("ro,size=256k", 10, "cannot be written to"),  # a locked USB stick: read-only for root too
])
def test_the_installed_command_on_a_really_full_or_read_only_file_system(
        journal_path: Path, tmp_path: Path, command: str, mount: str, code: int, words: str) -> None:
    mnt = tmp_path / "small"
    before = journal_path.read_bytes()
    exit_code, left, err = cli_on_small_file_system(mount, mnt, f"{command} {journal_path} {mnt}/out{SUFFIX[command]}")
    line = _one_calm_line(err)
    assert line.startswith("tandem-journal-cli: ") and words in line and "nothing was written" in line
    assert (exit_code, left) == (code, [])
    _journal_is_whole(journal_path, before)


# import: the file it reads, and where a new journal goes -----------------------------------------------------
@pytest.fixture
def exported(cli: Run, journal_path: Path) -> Path:
    """A sound export of the (empty) tandem journal, beside it."""
    out = journal_path.parent / "export.json"
    assert cli("export", str(journal_path), str(out), stdin=PASSPHRASE + "\n")[0] == 0
    return out


def _bad_sources(folder: Path, exported: Path, journal_path: Path) -> None:
    (folder / "folder.json").mkdir()
    (folder / "photo.pdf").write_bytes(b"%PDF-1.7\n\xe2\xe3\xcf\xd3\n" + bytes(range(256)) * 8)
    (folder / "other.json").write_text('{"name": "a shopping list"}', encoding="utf-8")
    text = exported.read_text(encoding="utf-8")
    (folder / "cut.json").write_text(text[: len(text) // 2], encoding="utf-8")
    data = json.loads(text)
    data["format_version"] = portable.FORMAT_VERSION + 1
    (folder / "future.json").write_text(json.dumps(data), encoding="utf-8")
    data = json.loads(text)
    data["tandem"]["started_on"] = "the 31st of February"
    (folder / "edited.json").write_text(json.dumps(data), encoding="utf-8")
    shutil.copyfile(journal_path, folder / "partner.tandem")


# (source, target new journal, exit code, words of the line; every line names the source, or the place of the new
# journal when that is refused, and says nothing was changed or written)
IMPORT_REFUSALS = [
    ("missing.json", "new.tandem", 13, "does not exist"),
    ("folder.json", "new.tandem", 13, "is a folder, not an export"),
    ("tandem.tandem", "tandem.tandem", 8, "is the journal itself"),  # imported into itself
    ("partner.tandem", "new.tandem", 4, "is an encrypted journal, not an export"),
    ("photo.pdf", "new.tandem", 4, "not UTF-8 text"),
    ("other.json", "new.tandem", 4, "not a Tandem Journal export"),
    ("cut.json", "new.tandem", 4, "not valid JSON"),
    ("future.json", "new.tandem", 4, "Update Tandem Journal"),
    ("edited.json", "new.tandem", 4, "export the journal again"),
    ("export.json", "gone/new.tandem", 9, "does not exist"),  # where the new journal would go
    ("export.json", "/sys/new.tandem", 10, "cannot be written to"),
    ("export.json", "x" * 300 + ".tandem", 12, "cannot be used in"),
]


@pytest.mark.parametrize(("source", "target", "code", "words"), IMPORT_REFUSALS)
def test_a_refused_import_is_one_line_naming_the_file_with_its_exit_code_and_creates_nothing(
        cli: Run, journal_path: Path, exported: Path, source: str, target: str, code: int, words: str) -> None:
    folder = journal_path.parent
    _bad_sources(folder, exported, journal_path)
    before, journal = _files(folder), journal_path.read_bytes()
    stdin = f"{PASSPHRASE}\n" if target == "tandem.tandem" else f"{NEW}\n"
    result, out, err = cli("import", _target(folder, target), str(folder / source), stdin=stdin)
    line = _one_calm_line(err)
    assert (result, out) == (code, ""), err
    assert line.startswith("tandem-journal-cli: ") and words in line, line
    named = source if code in (4, 8, 13) else Path(_target(folder, target)).parent.name if code != 12 else "xxxx"
    assert named in line and re.search("nothing was (changed|written)", line, re.IGNORECASE), line
    assert _files(folder) == before and sorted(p.name for p in (folder / "folder.json").iterdir()) == []
    _journal_is_whole(journal_path, journal)


def test_an_import_file_this_person_may_not_read_is_refused_with_exit_13(journal_path: Path, tmp_path: Path) -> None:
    """In a real process without the right to read it (root has it always: so in a user namespace of its own,
    where the file's owner is nobody it knows)."""
    if shutil.which("unshare") is None or subprocess.run(["unshare", "-U", "true"]).returncode != 0:
        pytest.skip("needs a user namespace")
    source = tmp_path / "secret.json"
    source.write_text("{}", encoding="utf-8")
    source.chmod(0)
    target = tmp_path / "new.tandem"
    result = subprocess.run(["unshare", "-U", sys.executable, "-m", "app.cli", "import", str(target), str(source)],
                            input=f"{NEW}\n", capture_output=True, text=True, timeout=120,
                            cwd=Path(cli_module.__file__).resolve().parents[1])
    line = _one_calm_line(result.stderr)
    assert result.returncode == 13, result.stderr
    assert "secret.json cannot be read" in line and "nothing was changed" in line.lower()
    assert not target.exists()


def test_import_into_a_new_journal_still_works(cli: Run, journal_path: Path, exported: Path) -> None:
    target = journal_path.parent / "copy.tandem"
    code, out, err = cli("import", str(target), str(exported), stdin=f"{OTHER}\n")
    assert (code, err) == (0, "") and "imported" in out
    Journal.open(target, OTHER).close()


# Documented ------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("meaning", [
    "8 the file would replace the journal itself (or, for import, is the journal itself)",
    "13 the file to read does not exist or cannot be read"])
def test_the_new_meanings_are_documented_in_the_module_and_the_help(cli: Run, meaning: str) -> None:
    code, help_text, _ = cli("--help")
    assert code == 0
    for text in (cli_module.__doc__ or "", help_text):
        assert meaning in " ".join(text.split())


@pytest.mark.parametrize("command", ["onepager", "report", "import"])
def test_each_commands_help_lists_its_refusals(cli: Run, command: str) -> None:
    code, help_text, _ = cli(command, "--help")
    assert code == 0 and "Refused" in help_text and re.search(r"\((exit )?8\)", help_text)
