"""The CLI at the edges (issue 15): hostile import files, unexpected errors, damaged journals."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from app import cli as cli_module
from app.store import Journal, portable
from tests.conftest import PASSPHRASE
from tests.unit.cli.test_cli import _one_line_error, run

ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture
def cli(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]):
    return lambda *args, stdin="": run(monkeypatch, capsys, *args, stdin=stdin)


def test_a_file_nested_100000_levels_deep_is_one_line_and_exit_4(tmp_path: Path) -> None:
    """In a real process: the RecursionError of today printed 23 lines of traceback."""
    src = tmp_path / "deep.json"
    src.write_text('{"format": "tandem-journal", "tandem": ' + "[" * 100_000 + "]" * 100_000 + "}", encoding="utf-8")
    target = tmp_path / "new.tandem"
    result = subprocess.run([sys.executable, "-m", "app.cli", "import", str(target), str(src)], input="neu\n",
                            capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert result.returncode == 4, result.stderr
    assert result.stderr.splitlines() == [
        "tandem-journal-cli: deep.json: The file is nested more than 8 levels deep (line 1); it is not a Tandem "
        "Journal export. Choose the .json file an export of Tandem Journal wrote; nothing was changed."]
    assert not target.exists() and sorted(p.name for p in tmp_path.iterdir()) == ["deep.json"]


@pytest.mark.parametrize(("content", "message"), [
    (b"{oops", "not valid JSON"),
    (b"{\"a\": \"\xc3\x28\"}", "not UTF-8"),
    (b'{"format": "tandem-journal", "format_version": 1, "goals": "x' + b"y" * (portable.MAX_STRING_TOKEN + 10) + b'"}',
     "longer than"),
])
def test_every_bad_import_file_is_one_line_and_exit_4(cli, tmp_path: Path, content: bytes, message: str) -> None:
    src = tmp_path / "bad.json"
    src.write_bytes(content)
    target = tmp_path / "new.tandem"
    code, _, err = cli("import", str(target), str(src), stdin="neu\n")
    assert code == 4 and message in _one_line_error(err)
    assert not target.exists()


def test_an_oversized_import_file_is_refused_unread(cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    src = tmp_path / "big.json"
    with open(src, "wb") as handle:
        handle.truncate(portable.MAX_FILE_BYTES + 1)
    monkeypatch.setattr(Path, "read_bytes", lambda self: pytest.fail("read a file that is too large"))
    code, _, err = cli("import", str(tmp_path / "new.tandem"), str(src), stdin="neu\n")
    assert code == 4 and "larger than any Tandem Journal export" in _one_line_error(err)


def test_an_unexpected_error_is_one_line_naming_a_bug_and_debug(cli, journal_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*_: object) -> None:
        raise KeyError("Anna Schmidt's secret")  # an exception's text may carry content

    monkeypatch.setattr(Journal, "counts", broken)
    code, _, err = cli("check", str(journal_path), stdin=PASSPHRASE + "\n")
    line = _one_line_error(err)
    assert code == 1 and "bug" in line and "KeyError" in line and "--debug" in line
    assert "Anna" not in err
    code, _, err = cli("--debug", "check", str(journal_path), stdin=PASSPHRASE + "\n")
    assert code == 1 and "Traceback (most recent call last)" in err and "in broken" in err
    code, _, err = cli("check", str(journal_path), "--debug", stdin=PASSPHRASE + "\n")
    assert code == 1 and "Traceback" in err


def test_export_of_a_damaged_journal_says_so_and_writes_a_rescue_copy(cli, damaged: Path, tmp_path: Path) -> None:
    out = tmp_path / "rescue.json"
    code, stdout, err = cli("export", str(damaged), str(out), stdin=PASSPHRASE + "\n")
    assert code == 4, err
    line = _one_line_error(err)
    assert "damaged" in line and "rescue copy" in line and "goals" in line and "check" in line
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["rescue"]["damaged"] is True and len(data["sessions"]) == 3 and len(data["goals"]) > 100


def test_backup_of_a_damaged_journal_is_refused_and_points_to_check(cli, damaged: Path, tmp_path: Path) -> None:
    dest = tmp_path / "copy.tandem"
    code, _, err = cli("backup", str(damaged), str(dest), stdin=PASSPHRASE + "\n")
    line = _one_line_error(err)
    assert code == 4 and "damaged" in line and "no backup was written" in line and "check" in line
    assert not dest.exists()


def test_the_exit_codes_are_documented() -> None:
    assert "an import file that is not a Tandem Journal export" in (cli_module.__doc__ or "")
    assert "--debug" in (cli_module.__doc__ or "")
