"""Journals on read-only media (issue 15.5): opened for reading, never locked out.

Three ways to make a journal read-only, because root (CI runs the suite as root) ignores file modes:
a read-only tmpfs in a private mount namespace (real, needs ``unshare``), a chmod'd folder and file
(real, skipped as root, like ``tests/unit/core/test_unlocking.py``), and the one seam the store asks,
``app.store.files.can_write``, patched (always runs; the UI tests use the same seam).
"""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from app import sample
from app.store import Journal, StorageError, files, portable
from tests.conftest import PASSPHRASE

ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture
def filled(journal_path: Path) -> Path:
    with Journal.open(journal_path, PASSPHRASE) as j:
        sample.fill(j, sessions=2, items_per_session=2)
    return journal_path


def _reads_and_refuses_writes(path: Path) -> None:
    before = sorted(p.name for p in path.parent.iterdir())
    with Journal.open(path, PASSPHRASE) as j:
        assert j.read_only
        assert j.integrity_problems() == []
        assert j.rows("session") and j.search("LinkedIn")
        assert portable.export_data(j)["sessions"]
        with pytest.raises(StorageError, match="read-only"):
            j.add("goal", title="neu")
    assert sorted(p.name for p in path.parent.iterdir()) == before, "no lock file, no journal file left"


def test_the_seam_says_not_writable_so_the_journal_opens_read_only(filled: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    before = filled.read_bytes()
    monkeypatch.setattr(files, "can_write", lambda path: False)
    _reads_and_refuses_writes(filled)
    assert filled.read_bytes() == before


def test_a_writable_journal_is_not_read_only(filled: Path) -> None:
    with Journal.open(filled, PASSPHRASE) as j:
        assert not j.read_only


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root writes every file")
def test_a_chmodded_folder_and_file(filled: Path) -> None:
    filled.chmod(stat.S_IRUSR)
    filled.parent.chmod(stat.S_IRUSR | stat.S_IXUSR)
    try:
        _reads_and_refuses_writes(filled)
    finally:
        filled.parent.chmod(stat.S_IRWXU)
        filled.chmod(stat.S_IRUSR | stat.S_IWUSR)


def test_an_older_journal_on_read_only_media_says_to_copy_it(filled: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with Journal.open(filled, PASSPHRASE) as j:
        j.conn.execute("PRAGMA user_version = 5")
    monkeypatch.setattr(files, "can_write", lambda path: False)
    with pytest.raises(StorageError, match="older format.*copy it"):
        Journal.open(filled, PASSPHRASE)


@pytest.mark.real_kdf  # the CLI in another process derives the key the app's way
def test_a_read_only_tmpfs_in_the_cli(filled: Path, tmp_path: Path) -> None:
    """Real read-only media: check, export and search work, with a note; a change is refused."""
    import shutil

    if shutil.which("unshare") is None or subprocess.run(["unshare", "-Urm", "true"]).returncode:
        pytest.skip("no private mount namespaces here (needs unshare)")
    mnt = tmp_path / "stick"
    mnt.mkdir()
    cli = f"{sys.executable} -m app.cli"
    script = (f"mount -t tmpfs tmpfs {mnt}\ncp {filled} {mnt}/j.tandem\nmount -o remount,ro {mnt}\n"
              f"echo '{PASSPHRASE}' | {cli} check {mnt}/j.tandem; echo check=$?\n"
              f"echo '{PASSPHRASE}' | {cli} export {mnt}/j.tandem {tmp_path}/out.json; echo export=$?\n"
              f"echo '{PASSPHRASE}' | {cli} search {mnt}/j.tandem LinkedIn; echo search=$?\n"
              f"printf '{PASSPHRASE}\\nKaffee Markt Montag Fahrrad Regen\\n' | {cli} passwd {mnt}/j.tandem; echo passwd=$?\n"
              f"ls -a {mnt}\n")
    result = subprocess.run(["unshare", "-Urm", "sh", "-c", script], cwd=ROOT, capture_output=True, text=True,
                            timeout=120, env={**os.environ, "PYTHONPATH": str(ROOT)})
    out = result.stdout
    assert "check=0" in out and "export=0" in out and "search=0" in out and "passwd=1" in out, result.stderr
    assert "sound" in out and (tmp_path / "out.json").exists()
    assert result.stderr.count("opened for reading only") == 4 and "Traceback" not in result.stderr
    assert "read-only" in result.stderr.splitlines()[-1]
    assert out.split("passwd=1\n")[1].split() == [".", "..", "j.tandem"]


def test_a_read_only_journal_can_be_backed_up_elsewhere(filled: Path, tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(files, "can_write", lambda path: path != filled)
    dest = tmp_path / "elsewhere" / "copy.tandem"
    dest.parent.mkdir()
    with Journal.open(filled, PASSPHRASE) as j:
        assert j.read_only
        j.backup(dest)
    assert dest.read_bytes() == filled.read_bytes()
