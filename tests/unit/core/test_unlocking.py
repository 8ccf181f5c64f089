"""What is told about a journal file before its passphrase is asked for, by table."""

from __future__ import annotations

import os
import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from app.core.unlocking import UnlockProblem, check_before_unlock
from app.store import Journal
from app.store.lockfile import lock_path
from tests.conftest import PASSPHRASE


def _as_it_is(path: Path) -> None:
    pass


def _folder(path: Path) -> None:
    path.mkdir()


def _bytes(content: bytes) -> Callable[[Path], None]:
    return lambda path: path.write_bytes(content)


def _plain_sqlite(path: Path) -> None:
    with sqlite3.connect(path) as db:
        db.execute("CREATE TABLE t (x)")


def _random_pages(path: Path) -> None:
    path.write_bytes(os.urandom(8192))  # looks like any encrypted journal: told only with the key


def _stale_lock(path: Path) -> None:
    lock_path(path).write_text("12345\n")  # left by a crash: nobody holds it


def _unreadable(path: Path) -> None:
    os.chmod(path, 0)


CASES = [
    # (file name, how the file is made before the check (after copying a sound journal, if ``journal``),
    #  whether a sound journal is copied there first, the problem told)
    ("gone.tandem", _as_it_is, False, UnlockProblem.MISSING),
    ("a-folder.tandem", _folder, False, UnlockProblem.FOLDER),
    ("empty.tandem", _bytes(b""), False, UnlockProblem.NOT_A_JOURNAL),
    ("notes.tandem", _bytes("Notizen für das Treffen\n".encode()), False, UnlockProblem.NOT_A_JOURNAL),
    ("page-of-text.tandem", _bytes(b"# Agenda\n" + b"- Punkt\n" * 511), False, UnlockProblem.NOT_A_JOURNAL),
    ("odd-size.tandem", _bytes(os.urandom(5000)), False, UnlockProblem.NOT_A_JOURNAL),
    ("plain.tandem", _plain_sqlite, False, UnlockProblem.NOT_A_JOURNAL),
    ("random.tandem", _random_pages, False, None),
    ("meine.reflections", _random_pages, False, UnlockProblem.PRIVATE),
    ("sound.tandem", _as_it_is, True, None),
    ("after-a-crash.tandem", _stale_lock, True, None),
]


@pytest.mark.parametrize(("name", "make", "journal", "problem"), CASES, ids=[c[0] for c in CASES])
def test_what_is_told_before_the_passphrase(tmp_path: Path, journal_path: Path, name: str,
                                            make: Callable[[Path], None], journal: bool,
                                            problem: UnlockProblem | None) -> None:
    path = tmp_path / name
    if journal:
        shutil.copyfile(journal_path, path)
    make(path)
    before = sorted(p.name for p in tmp_path.iterdir())
    assert check_before_unlock(path) is problem
    assert sorted(p.name for p in tmp_path.iterdir()) == before  # nothing created, nothing removed


def test_a_journal_open_elsewhere_is_in_use_until_it_is_closed(journal_path: Path) -> None:
    with Journal.open(journal_path, PASSPHRASE):
        assert check_before_unlock(journal_path) is UnlockProblem.IN_USE
        assert check_before_unlock(journal_path) is UnlockProblem.IN_USE  # asking does not take the lock
    assert check_before_unlock(journal_path) is None
    Journal.open(journal_path, PASSPHRASE).close()  # and asking never kept anyone out


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root reads every file")
def test_a_file_without_permission_to_read_it(journal_path: Path) -> None:
    _unreadable(journal_path)
    assert check_before_unlock(journal_path) is UnlockProblem.UNREADABLE
