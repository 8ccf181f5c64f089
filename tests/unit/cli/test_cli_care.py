"""`backup` and `passwd` follow the journal-care rules of the window (app/core/journal_care.py): each refusal is
one calm line on stderr with its own documented exit code, and neither the journal nor an existing file is touched."""

from __future__ import annotations

import datetime as _dt
import io
import shutil
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from app import cli as cli_module
from app.cli import main
from app.core import journals
from app.store import Journal, PrivateJournal
from tests.conftest import OTHER, PASSPHRASE, cli_on_small_file_system

ROOT = Path(__file__).resolve().parents[3]
MINE = "nur ich kenne diesen Satz 2026"
Run = Callable[..., tuple[int, str, str]]


@pytest.fixture
def cli(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> Run:
    def run(*args: str, stdin: str = "") -> tuple[int, str, str]:
        monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
        code = main(list(args))
        out, err = capsys.readouterr()
        return code, out, err
    return run


def _one_calm_line(err: str) -> str:
    lines = err.splitlines()
    assert len(lines) == 1 and "Traceback" not in err, err
    return lines[0]


def _files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


def _full_disk(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """As tests/unit/core/test_journal_care.py fakes it: 4 KB free (the real full disk is below)."""
    usage = type(shutil.disk_usage(tmp_path))
    monkeypatch.setattr(shutil, "disk_usage", lambda _p: usage(10 ** 9, 10 ** 9 - 4096, 4096))


# Backup: where the copy may go ------------------------------------------------------------------------------
BACKUP_REFUSALS = [
    # (DEST given relative to the test's folder, or absolute; exit code; words of the one line)
    ("tandem.tandem", 8, "is the journal itself"),  # the journal
    ("tandem.tandem-journal", 8, "is the journal itself"),  # one of the journal's own files
    ("gone/b.tandem", 9, "does not exist"),
    ("stick/", 9, "does not exist"),  # a folder meant (a USB stick not plugged in), not a file named "stick"
    ("/sys/b.tandem", 10, "cannot be written to"),  # not writable, even for root (as the care tests)
    ("old.tandem", 7, "already exists"),
    ("full/b.tandem", 11, "not enough free space"),
    ("x" * 300 + ".tandem", 12, "cannot be used in"),  # longer than a file system takes (was a bug report line)
]


@pytest.mark.parametrize(("dest", "code", "words"), BACKUP_REFUSALS)
def test_a_refused_backup_target_is_one_line_with_its_own_exit_code_and_touches_nothing(
        cli: Run, journal_path: Path, monkeypatch: pytest.MonkeyPatch, dest: str, code: int, words: str) -> None:
    folder = journal_path.parent
    (folder / "old.tandem").write_bytes(b"an earlier backup")
    (folder / "full").mkdir()
    if dest.startswith("full/"):
        _full_disk(monkeypatch, folder)
    before = _files(folder)
    target = dest if dest.startswith("/") else str(folder / dest).rstrip("/") + ("/" if dest.endswith("/") else "")
    result, out, err = cli("backup", str(journal_path), target, stdin=PASSPHRASE + "\n")
    line = _one_calm_line(err)
    assert (result, out) == (code, ""), err
    assert line.startswith("tandem-journal-cli: ") and words in line and "nothing was written" in line.lower()
    assert _files(folder) == before
    assert list((folder / "full").iterdir()) == [] and not (folder / "stick").exists()


@pytest.mark.parametrize(("kind", "suffix", "word"), [
    ("tandem", ".tandem", "tandem-backup"), ("private", ".reflections", "reflections-backup")])
def test_a_backup_into_a_folder_gets_the_windows_dated_neutral_name_and_a_number_the_second_time(
        cli: Run, journal_path: Path, tmp_path: Path, kind: str, suffix: str, word: str) -> None:
    """The window's default name (journal_care.file_name and free_name): a word and the date, never a name."""
    path, secret = journal_path, PASSPHRASE
    if kind == "private":
        path, secret = tmp_path / "Ilkay.reflections", MINE
        journals.create_private(path, MINE).close()
    folder = tmp_path / "usb"
    folder.mkdir()
    days = {_dt.date.today()}
    for _ in range(2):
        code, out, err = cli("backup", str(path), str(folder), stdin=secret + "\n")
        assert code == 0, err
    days.add(_dt.date.today())
    names = sorted(p.name for p in folder.iterdir())
    assert any(names == [f"{word}-{day.isoformat()}-2{suffix}", f"{word}-{day.isoformat()}{suffix}"]
               for day in days), names
    assert out.strip() == f"backup written to {folder / names[0]}"
    for name in names:
        assert cli("check", str(folder / name), stdin=secret + "\n")[0] == 0


@pytest.mark.real_kdf  # the installed command keys the journal as the app does
@pytest.mark.parametrize(("mount", "code", "words"), [
    ("size=256k", 11, "not enough free space"),  # filled up below, so the probe itself finds no room
    ("ro,size=256k", 10, "cannot be written to"),  # a locked USB stick: read-only for root too
])
def test_the_installed_command_on_a_really_full_or_read_only_file_system(journal_path: Path, tmp_path: Path,
                                                                         mount: str, code: int, words: str) -> None:
    mnt = tmp_path / "small"
    before = journal_path.read_bytes()
    exit_code, left, err = cli_on_small_file_system(mount, mnt, f"backup {journal_path} {mnt}/")
    line = _one_calm_line(err)
    assert line.startswith("tandem-journal-cli: ") and words in line and "nothing was written" in line
    assert (exit_code, left) == (code, [])
    assert journal_path.read_bytes() == before


# Passphrase change -----------------------------------------------------------------------------------------
def test_passwd_refuses_the_current_passphrase_as_the_new_one_with_exit_2(cli: Run, journal_path: Path) -> None:
    before = journal_path.read_bytes()
    code, out, err = cli("passwd", str(journal_path), stdin=f"{PASSPHRASE}\n{PASSPHRASE}\n")
    assert (code, out) == (2, "") and "is the current one" in _one_calm_line(err)
    assert "nothing was changed" in err and journal_path.read_bytes() == before


def test_passwd_rates_a_private_journals_new_passphrase_against_its_author_as_the_window_does(
        cli: Run, tmp_path: Path) -> None:
    path = tmp_path / "meine.reflections"
    with journals.create_private(path, MINE) as mine:
        mine.update("author", 1, display_name="Xaverine Quastenbruch")
    before = path.read_bytes()
    code, _, err = cli("passwd", str(path), stdin=f"{MINE}\nXaverine Quastenbruch 1\n")
    assert code == 2 and "is weak" in _one_calm_line(err) and path.read_bytes() == before
    assert cli("passwd", str(path), stdin=f"{MINE}\n{OTHER} 2026\n")[0] == 0
    PrivateJournal.open(path, f"{OTHER} 2026").close()


def test_passwd_of_a_tandem_journal_is_done_by_journal_care(cli: Run, journal_path: Path,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    """One place for the rule: the command calls journal_care.change_passphrase, with the tandem's names."""
    from app.core import journal_care

    calls: list[tuple[str, str]] = []
    real = journal_care.change_passphrase

    def spy(journal: Journal, current: str, new: str, *rest: object) -> None:
        calls.append((current, new))
        real(journal, current, new, *rest)  # type: ignore[arg-type]

    monkeypatch.setattr(journal_care, "change_passphrase", spy)
    assert cli("passwd", str(journal_path), stdin=f"{PASSPHRASE}\n{OTHER}\n")[0] == 0
    assert calls == [(PASSPHRASE, OTHER)]


# Documented ------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("meaning", [
    "7 the file to write already exists", "8 the file would replace the journal itself",
    "9 the folder to write into does not exist", "10 the folder cannot be written to",
    "11 not enough free space", "12 the name cannot be used there"])
def test_each_refusal_code_is_documented_in_the_module_the_help_and_the_readme(cli: Run, meaning: str) -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    code, help_text, _ = cli("--help")
    assert code == 0
    for text in (cli_module.__doc__ or "", help_text, readme):
        assert meaning in " ".join(text.split())


# Export: the same checks of where the file goes ----------------------------------------------------------------
@pytest.mark.parametrize(("out", "force", "code", "words"), [
    ("tandem.tandem", "--force", 8, "is the journal itself"),  # --force replaced the journal with JSON
    ("tandem.tandem-journal", "--force", 8, "is the journal itself"),
    ("gone/out.json", "--force", 9, "does not exist"),
    ("/sys/out.json", "--force", 10, "cannot be written to"),
    ("x" * 300 + ".json", "--force", 12, "cannot be used in"),
    ("old.json", "", 7, "already exists"),
])
def test_export_refuses_the_places_the_window_refuses(cli: Run, journal_path: Path, out: str, force: str, code: int,
                                                      words: str) -> None:
    folder = journal_path.parent
    (folder / "old.json").write_text("{}")
    before = _files(folder)
    target = out if out.startswith("/") else str(folder / out)
    result, stdout, err = cli("export", str(journal_path), target, *filter(None, [force]), stdin=PASSPHRASE + "\n")
    line = _one_calm_line(err)
    assert (result, stdout) == (code, ""), err
    assert words in line and _files(folder) == before
