"""Issue 15.1 on the command line: `new` and `passwd` refuse a weak new passphrase (exit 2, one clear
line) unless --allow-weak; under 8 characters never. The rule is the window's (app/core/strength)."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from app.cli import main
from app.store import Journal, PrivateJournal
from tests.conftest import OTHER, PASSPHRASE


@pytest.fixture
def cli(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]):
    def run(*argv: str, stdin: str = "") -> tuple[int, str, str]:
        monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
        code = main(list(argv))
        out, err = capsys.readouterr()
        return code, out, err
    return run


def _line(err: str) -> str:
    lines = [line for line in err.splitlines() if not line.startswith("usage:")]
    assert len(lines) == 1 and "Traceback" not in err, err
    return lines[0]


@pytest.mark.parametrize("weak", ["Sommer2026!", "Passwort2024!", "Password1!", "qwertz123", "Mentoring123"])
def test_new_refuses_a_weak_passphrase(cli, tmp_path: Path, weak: str) -> None:
    path = tmp_path / "neu.tandem"
    code, out, err = cli("new", str(path), stdin=weak + "\n")
    line = _line(err)
    assert code == 2 and out == "" and not path.exists()
    assert "the new passphrase is weak" in line and "--allow-weak" in line and weak not in line


def test_new_uses_a_weak_passphrase_only_when_allowed(cli, tmp_path: Path) -> None:
    path = tmp_path / "neu.tandem"
    assert cli("new", str(path), "--allow-weak", stdin="Sommer2026!\n")[0] == 0
    Journal.open(path, "Sommer2026!").close()
    private = tmp_path / "mine.reflections"
    assert cli("new", "--private", str(private), stdin="Sommer2026!\n")[0] == 2 and not private.exists()
    assert cli("new", "--private", str(private), stdin="Kaffee Markt Montag Fahrrad\n")[0] == 0


def test_too_short_is_refused_even_when_allowed(cli, tmp_path: Path) -> None:
    path = tmp_path / "neu.tandem"
    code, _, err = cli("new", str(path), "--allow-weak", stdin="kurz\n")
    assert code == 2 and "too short" in _line(err) and not path.exists()


def test_the_file_name_counts(cli, tmp_path: Path) -> None:
    """A passphrase that is the file's name with a year: weak because of the file's name."""
    path = tmp_path / "Zimtschnecke.tandem"
    code, _, err = cli("new", str(path), stdin="Zimtschnecke2026\n")
    assert code == 2 and "file's name" in _line(err)


def test_passwd_refuses_a_partners_name_and_a_year(cli, journal_path: Path) -> None:
    with Journal.open(journal_path, PASSPHRASE) as journal:
        journal.set_person("mentee", display_name="Dr. Petra Schäfer")
        journal.set_person("mentor", display_name="Jonas Weiß")
    code, _, err = cli("passwd", str(journal_path), stdin=f"{PASSPHRASE}\nJonas2026!\n")
    assert code == 2 and "name" in _line(err)
    assert cli("check", str(journal_path), stdin=PASSPHRASE + "\n")[0] == 0, "nothing was changed"
    assert cli("passwd", str(journal_path), "--allow-weak", stdin=f"{PASSPHRASE}\nJonas2026!\n")[0] == 0
    assert cli("passwd", str(journal_path), stdin=f"Jonas2026!\n{OTHER}\n")[0] == 0


def test_passwd_of_a_private_journal(cli, tmp_path: Path) -> None:
    path = tmp_path / "mine.reflections"
    PrivateJournal.create(path, OTHER).close()
    assert cli("passwd", str(path), stdin=f"{OTHER}\nHallo123\n")[0] == 2
    assert cli("passwd", str(path), stdin=f"{OTHER}\nLeuchtturm Zimtschnecke Eisbär\n")[0] == 0
