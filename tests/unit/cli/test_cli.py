"""The tandem-journal-cli contract: commands, passphrases on stdin, exit codes, one-line errors."""

from __future__ import annotations

import io
import json
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from app import __version__, sample
from app.cli import main
from app.store import Journal
from tests.conftest import OTHER, PASSPHRASE

ROOT = Path(__file__).resolve().parents[3]


def run(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], *args: str,
        stdin: str = "") -> tuple[int, str, str]:
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def cli(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]):
    return lambda *args, stdin="": run(monkeypatch, capsys, *args, stdin=stdin)


@pytest.fixture
def filled_path(journal_path: Path) -> Path:
    with Journal.open(journal_path, PASSPHRASE) as j:
        sample.fill(j, sessions=3, items_per_session=2)
    return journal_path


def _one_line_error(err: str) -> str:
    lines = [line for line in err.splitlines() if not line.startswith("usage:")]
    assert len(lines) == 1 and "Traceback" not in err, err
    return lines[0]


def test_new_then_check(cli, tmp_path: Path) -> None:
    path = tmp_path / "neu.tandem"
    assert cli("new", str(path), stdin=PASSPHRASE + "\n")[0] == 0
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    code, out, _ = cli("check", str(path), stdin=PASSPHRASE + "\n")
    assert code == 0 and "sound" in out and "0 sessions" in out


def test_new_refuses_an_existing_file(cli, journal_path: Path) -> None:
    before = journal_path.read_bytes()
    code, _, err = cli("new", str(journal_path), stdin=OTHER + "\n")
    assert code == 7 and "already exists" in _one_line_error(err)
    assert journal_path.read_bytes() == before


def test_new_refuses_an_empty_passphrase(cli, tmp_path: Path) -> None:
    code, _, err = cli("new", str(tmp_path / "x.tandem"), stdin="\n")
    assert code == 1 and "empty" in _one_line_error(err)
    assert not (tmp_path / "x.tandem").exists()


@pytest.mark.parametrize("command", [["check"], ["export", "-"], ["search", "x"], ["passwd"], ["backup", "b.tandem"]])
def test_wrong_passphrase_exits_3_and_changes_nothing(cli, journal_path: Path, command: list[str]) -> None:
    before = journal_path.read_bytes()
    code, out, err = cli(command[0], str(journal_path), *command[1:], stdin=f"{OTHER}\nneu\n")
    assert code == 3 and "Wrong passphrase" in _one_line_error(err) and out == ""
    assert journal_path.read_bytes() == before


def test_not_a_journal_exits_4(cli, tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("hello\n")
    code, _, err = cli("check", str(path), stdin="x\n")
    assert code == 4 and "not a tandem journal" in _one_line_error(err)


def test_damaged_journal_exits_4(cli, filled_path: Path) -> None:
    with open(filled_path, "r+b") as f:
        f.seek(filled_path.stat().st_size - 3000)
        f.write(b"\x00" * 64)
    code, _, err = cli("check", str(filled_path), stdin=PASSPHRASE + "\n")
    assert code == 4 and "damaged" in err and "Traceback" not in err


def test_newer_format_exits_4(cli, journal_path: Path) -> None:
    with Journal.open(journal_path, PASSPHRASE) as j:
        j.conn.execute("PRAGMA user_version = 999")
    code, _, err = cli("check", str(journal_path), stdin=PASSPHRASE + "\n")
    assert code == 4 and "newer version" in _one_line_error(err)


def test_journal_in_use_exits_5(cli, journal_path: Path) -> None:
    with Journal.open(journal_path, PASSPHRASE):
        code, _, err = cli("check", str(journal_path), stdin=PASSPHRASE + "\n")
    assert code == 5 and "already open" in _one_line_error(err)


def test_usage_errors_exit_2(cli) -> None:
    assert cli()[0] == 2
    assert cli("frobnicate", "x")[0] == 2
    assert cli("search", "j.tandem")[0] == 2
    assert cli("--version")[:2] == (0, f"tandem-journal-cli {__version__}\n")


def test_export_import_round_trip(cli, filled_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.json"
    assert cli("export", str(filled_path), str(out), stdin=PASSPHRASE + "\n")[0] == 0
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    code, _, err = cli("export", str(filled_path), str(out), stdin=PASSPHRASE + "\n")
    assert code == 7 and "already exists" in _one_line_error(err)
    assert cli("export", str(filled_path), str(out), "--force", stdin=PASSPHRASE + "\n")[0] == 0
    target = tmp_path / "imported.tandem"
    code, stdout, _ = cli("import", str(target), str(out), stdin="neu\n")
    assert code == 0 and "imported" in stdout
    code, again, _ = cli("export", str(target), "-", stdin="neu\n")
    assert code == 0 and again == out.read_text(encoding="utf-8")


def test_malformed_import_names_the_problem_and_creates_nothing(cli, tmp_path: Path, filled_path: Path) -> None:
    src = tmp_path / "bad.json"
    code, text, _ = cli("export", str(filled_path), "-", stdin=PASSPHRASE + "\n")
    data = json.loads(text)
    data["learnings"][1]["learner"] = "the boss"
    src.write_text(json.dumps(data), encoding="utf-8")
    target = tmp_path / "new.tandem"
    code, _, err = cli("import", str(target), str(src), stdin="neu\n")
    assert code == 4 and "learnings[1].learner" in _one_line_error(err)
    assert not target.exists()
    src.write_text("{oops", encoding="utf-8")
    code, _, err = cli("import", str(filled_path), str(src), stdin=PASSPHRASE + "\n")
    assert code == 4 and "not valid JSON" in _one_line_error(err)


def test_import_into_a_journal_with_content_is_refused(cli, filled_path: Path, tmp_path: Path) -> None:
    src = tmp_path / "x.json"
    cli("export", str(filled_path), str(src), stdin=PASSPHRASE + "\n")
    before = filled_path.read_bytes()
    code, _, err = cli("import", str(filled_path), str(src), stdin=PASSPHRASE + "\n")
    assert code == 1 and "already has content" in _one_line_error(err)
    assert filled_path.read_bytes() == before


def test_search_prints_best_first_one_per_line(cli, filled_path: Path) -> None:
    code, out, _ = cli("search", str(filled_path), "Führung", stdin=PASSPHRASE + "\n")
    lines = out.splitlines()
    assert code == 0 and lines
    kind, date, snippet = lines[0].split("\t")
    assert kind in {"learning", "session", "agenda", "topic", "goal", "action", "feedback"}
    assert "[Führung" in snippet or "[führung" in snippet.lower()
    code, out, err = cli("search", str(filled_path), "zzzqqq", stdin=PASSPHRASE + "\n")
    assert code == 0 and out == "" and "no matches" in err


def test_passwd_takes_old_then_new(cli, journal_path: Path) -> None:
    assert cli("passwd", str(journal_path), stdin=f"{PASSPHRASE}\n{OTHER}\n")[0] == 0
    assert cli("check", str(journal_path), stdin=PASSPHRASE + "\n")[0] == 3
    assert cli("check", str(journal_path), stdin=OTHER + "\n")[0] == 0


def test_missing_passphrase_line_is_a_clear_error(cli, journal_path: Path) -> None:
    code, _, err = cli("passwd", str(journal_path), stdin=f"{PASSPHRASE}\n")
    assert code == 1 and "new passphrase" in _one_line_error(err)
    assert cli("check", str(journal_path), stdin=PASSPHRASE + "\n")[0] == 0


def test_backup_to_file_and_folder(cli, filled_path: Path, tmp_path: Path) -> None:
    dest = tmp_path / "copy.tandem"
    code, out, _ = cli("backup", str(filled_path), str(dest), stdin=PASSPHRASE + "\n")
    assert code == 0 and dest.exists()
    code, _, err = cli("backup", str(filled_path), str(dest), stdin=PASSPHRASE + "\n")
    assert code == 7 and "already exists" in _one_line_error(err)
    folder = tmp_path / "backups"
    folder.mkdir()
    assert cli("backup", str(filled_path), str(folder), stdin=PASSPHRASE + "\n")[0] == 0
    (copy,) = folder.iterdir()
    assert cli("check", str(copy), stdin=PASSPHRASE + "\n")[0] == 0


def test_installed_command_runs_without_a_traceback(tmp_path: Path) -> None:
    """The real entry point, as scripts call it: a subprocess with piped stdin."""
    path = tmp_path / "sub.tandem"
    cmd = [sys.executable, "-m", "app.cli"]
    new = subprocess.run([*cmd, "new", str(path)], input=OTHER + "\n", capture_output=True, text=True, cwd=ROOT)
    assert new.returncode == 0, new.stderr
    wrong = subprocess.run([*cmd, "check", str(path)], input="nope\n", capture_output=True, text=True, cwd=ROOT)
    assert wrong.returncode == 3
    assert wrong.stderr.strip() == "tandem-journal-cli: Wrong passphrase: this passphrase does not unlock the journal."


def test_private_journals_work_with_every_command(cli, tmp_path: Path, journal_path: Path) -> None:
    path = tmp_path / "mine.reflections"
    code, out, _ = cli("new", "--private", str(path), "--allow-weak", stdin="nur meins\n")
    assert code == 0 and "private journal" in out
    with Journal.open(journal_path, PASSPHRASE):
        pass
    from app.store import PrivateJournal

    with PrivateJournal.open(path, "nur meins") as mine:
        mine.add("reflection", written_on="2026-11-22", title="Überraschung", body="Was mich überrascht hat")
    code, out, _ = cli("check", str(path), stdin="nur meins\n")
    assert code == 0 and "sound private journal" in out and "1 reflections" in out
    code, out, _ = cli("search", str(path), "uberrascht", stdin="nur meins\n")
    assert code == 0 and out.startswith("reflection\t-\t")
    assert cli("check", str(path), stdin=PASSPHRASE + "\n")[0] == 3
    exported = tmp_path / "mine.json"
    assert cli("export", str(path), str(exported), stdin="nur meins\n")[0] == 0
    code, _, err = cli("import", str(journal_path), str(exported), stdin=PASSPHRASE + "\n")
    assert code == 1 and "is a tandem journal, but mine.json holds a private journal" in _one_line_error(err)
    copy = tmp_path / "copy.reflections"
    assert cli("import", str(copy), str(exported), stdin="anders\n")[0] == 0
    assert cli("check", str(copy), stdin="anders\n")[0] == 0
    assert cli("passwd", str(path), stdin="nur meins\nneu und meins\n")[0] == 0
    assert cli("backup", str(path), str(tmp_path / "b.reflections"), stdin="neu und meins\n")[0] == 0


def test_a_private_journal_refuses_the_tandems_passphrase(cli, tmp_path: Path, journal_path: Path) -> None:
    """The rule lives in the application layer, so the command line applies it as the app does."""
    beside = journal_path.parent / "mine.reflections"
    code, _, err = cli("new", "--private", str(beside), stdin=PASSPHRASE + "\n")
    assert code == 2 and "tandem's passphrase" in _one_line_error(err) and not beside.exists()
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    named = elsewhere / "mine.reflections"
    code, _, err = cli("new", "--private", str(named), "--tandem", str(journal_path), stdin=PASSPHRASE + "\n")
    assert code == 2 and not named.exists()
    assert cli("new", "--private", str(beside), "--allow-weak", stdin="nur meins\n")[0] == 0
    code, _, err = cli("passwd", str(beside), stdin=f"nur meins\n{PASSPHRASE}\n")
    assert code == 2 and "tandem's passphrase" in _one_line_error(err)
    assert cli("check", str(beside), stdin="nur meins\n")[0] == 0, "nothing was changed"
    exported = tmp_path / "mine.json"
    assert cli("export", str(beside), str(exported), stdin="nur meins\n")[0] == 0
    copy = journal_path.parent / "copy.reflections"
    assert cli("import", str(copy), str(exported), stdin=PASSPHRASE + "\n")[0] == 2 and not copy.exists()
