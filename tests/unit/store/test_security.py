"""Confidentiality rules of GUIDE §2: distinct errors that change no byte,
owner-only files, one opener per journal, and no plaintext anywhere."""

from __future__ import annotations

import os
import shutil
import sqlite3
import stat
from pathlib import Path

import pytest
import sqlcipher3

from app.store import (
    AlreadyExists,
    Journal,
    JournalError,
    JournalInUse,
    NotAJournal,
    WrongPassphrase,
    portable,
)
from app.store import connection
from app.store.lockfile import lock_path
from tests.conftest import OTHER, PASSPHRASE

MARKERS = ["ZEBRAMARKER4711", "Grüße-Prüfmarke-ÄÖÜß", "Ωμέγα-Маркер-標識-🦊"]


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_wrong_passphrase_is_distinct_and_changes_nothing(journal_path: Path) -> None:
    before = journal_path.read_bytes()
    with pytest.raises(WrongPassphrase, match="Wrong passphrase"):
        Journal.open(journal_path, OTHER)
    assert journal_path.read_bytes() == before
    assert not lock_path(journal_path).exists()
    Journal.open(journal_path, PASSPHRASE).close()  # the right one still works


def test_passphrase_is_unicode_normalised(tmp_path: Path) -> None:
    composed, decomposed = "Schlüssel", "Schlu\u0308ssel"
    Journal.create(tmp_path / "n.tandem", composed).close()
    Journal.open(tmp_path / "n.tandem", decomposed).close()


@pytest.mark.parametrize("passphrase", ["", "a\x00b"])
def test_unusable_passphrase_creates_nothing(tmp_path: Path, passphrase: str) -> None:
    with pytest.raises(ValueError):
        Journal.create(tmp_path / "x.tandem", passphrase)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "empty"),
        (b"hello world\n", "not a tandem journal"),
        (b"x" * 5000, "not a tandem journal"),
        ("Notizen zum Treffen, für später. ✓\n".encode() * 200, "is a text file"),  # any size
        (b"# Notes\n" + b"x" * 4088, "is a text file"),  # the size of a page: told from its text
    ],
)
def test_files_that_are_no_journal_are_refused_untouched(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "x.tandem"
    path.write_bytes(content)
    with pytest.raises(NotAJournal, match=message):
        Journal.open(path, PASSPHRASE)
    assert path.read_bytes() == content


def test_plain_sqlite_database_is_not_a_journal(tmp_path: Path) -> None:
    path = tmp_path / "plain.tandem"
    with sqlite3.connect(path) as db:
        db.execute("CREATE TABLE t (x)")
    before = path.read_bytes()
    with pytest.raises(NotAJournal, match="unencrypted SQLite"):
        Journal.open(path, PASSPHRASE)
    assert path.read_bytes() == before


@pytest.mark.real_kdf  # made outside this process's key setting
def test_other_programs_sqlcipher_file_is_not_a_journal(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    db = sqlcipher3.connect(str(path))
    db.execute(f"PRAGMA key = '{PASSPHRASE}'")
    db.execute("CREATE TABLE t (x)")
    db.commit()
    db.close()
    with pytest.raises(NotAJournal, match="not a tandem journal"):
        Journal.open(path, PASSPHRASE)


def test_missing_journal_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(JournalError, match="There is no journal"):
        Journal.open(tmp_path / "missing.tandem", PASSPHRASE)
    assert list(tmp_path.iterdir()) == []


def test_second_opener_is_refused_and_lock_ends_with_close(journal_path: Path) -> None:
    first = Journal.open(journal_path, PASSPHRASE)
    before = journal_path.read_bytes()
    with pytest.raises(JournalInUse, match="already open"):
        Journal.open(journal_path, PASSPHRASE)
    assert journal_path.read_bytes() == before
    assert _mode(lock_path(journal_path)) == 0o600
    first.close()
    first.close()
    Journal.open(journal_path, PASSPHRASE).close()
    assert not lock_path(journal_path).exists()


def test_create_never_replaces_a_file(tmp_path: Path) -> None:
    path = tmp_path / "exists.tandem"
    path.write_text("precious")
    with pytest.raises(AlreadyExists):
        Journal.create(path, PASSPHRASE)
    assert path.read_text() == "precious"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["exists.tandem"]


def test_journal_backup_and_lock_are_owner_only(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        with Journal.create(tmp_path / "j.tandem", PASSPHRASE) as j:
            j.add("goal", title="x")
            backup = j.backup(tmp_path)
            assert _mode(lock_path(j.path)) == 0o600
        assert _mode(tmp_path / "j.tandem") == 0o600
        assert _mode(backup) == 0o600
    finally:
        os.umask(old)


def test_passphrase_change_locks_out_the_old_one(journal_path: Path) -> None:
    with Journal.open(journal_path, PASSPHRASE) as j:
        j.add("goal", title="bleibt")
        j.change_passphrase(OTHER)
        assert j.rows("goal")[0]["title"] == "bleibt"
    with pytest.raises(WrongPassphrase):
        Journal.open(journal_path, PASSPHRASE)
    with Journal.open(journal_path, OTHER) as j:
        assert j.rows("goal")[0]["title"] == "bleibt"
        assert j.integrity_problems() == []


def test_backup_is_a_sound_copy_that_never_overwrites(journal: Journal, tmp_path: Path) -> None:
    journal.add("goal", title="gesichert")
    dest = tmp_path / "copy.tandem"
    assert journal.backup(dest) == dest
    with pytest.raises(AlreadyExists):
        journal.backup(dest)
    with pytest.raises(AlreadyExists):
        journal.backup(journal.path)
    with Journal.open(dest, PASSPHRASE) as copy:
        assert copy.rows("goal")[0]["title"] == "gesichert"
        assert copy.integrity_problems() == []


def test_damaged_page_is_reported_by_the_integrity_check(journal_path: Path) -> None:
    with Journal.open(journal_path, PASSPHRASE) as j:
        for i in range(200):
            j.add("goal", title=f"Ziel {i} " + "x" * 200)
    size = journal_path.stat().st_size
    with open(journal_path, "r+b") as f:
        f.seek(size - 4096 + 200)  # inside the last page
        f.write(b"\xff" * 32)
    try:
        with Journal.open(journal_path, PASSPHRASE) as j:
            problems = j.integrity_problems()
        assert problems, "a damaged page must be reported"
    except NotAJournal:
        pass  # also acceptable: refused as damaged on open


def _fill_with_markers(j: Journal) -> None:
    text = " ".join(MARKERS)
    j.update_tandem(title=text, concern=text, pass_on=text)
    j.set_person("mentee", display_name=text, expectations=text)
    goal = j.add("goal", title=text, description=text)
    topic = j.add("topic", title=text, description=text)
    s = j.add("session", starts_at="2026-01-01T10:00", place=text, goal=text, notes=text, topic_id=topic)
    for table in ("agenda_item", "learning", "action_item"):
        j.add(table, session_id=s, text=text)
    j.add("feedback", session_id=s, giver="mentor", helped=text, to_change=text)
    e = j.add("evaluation", held_on="2026-01-01", note=text)
    j.add("evaluation_rating", evaluation_id=e, goal_id=goal, rating=3, comment=text)


def _needles() -> list[bytes]:
    from app.store.search import fold_word

    forms = set(MARKERS) | {fold_word(m) for m in MARKERS} | {m.lower() for m in MARKERS}
    needles = []
    for form in forms:
        for part in form.split("-"):
            if len(part) >= 5:
                needles += [part.encode("utf-8"), part.encode("utf-16-le")]
    return needles


def _scan(paths: list[Path]) -> list[str]:
    hits = []
    needles = _needles()
    for root in paths:
        files = [root] if root.is_file() else [p for p in root.rglob("*") if p.is_file()]
        for f in files:
            data = f.read_bytes()
            hits += [f"{f}: {n!r}" for n in needles if n in data]
    return hits


def test_no_plaintext_in_journal_rollback_journal_temp_or_settings(
    tmp_path: Path, isolated_home: dict[str, Path]
) -> None:
    path = tmp_path / "secret.tandem"
    with Journal.create(path, PASSPHRASE) as j:
        _fill_with_markers(j)
        copy = j.backup(tmp_path / "backup.tandem")
        # Catch the rollback journal mid-transaction: it holds the old pages, markers included.
        with j.transaction() as conn:
            conn.execute("UPDATE learning SET text = 'ersetzt'")
            conn.execute("UPDATE session SET notes = 'ersetzt'")
            hot = Path(f"{path}-journal")
            assert hot.exists() and hot.stat().st_size > 0
            shutil.copyfile(hot, tmp_path / "captured-journal")
            assert _mode(hot) == 0o600
        assert j.search(MARKERS[0]), "the markers are in the journal, only encrypted"
    scanned = [path, copy, tmp_path / "captured-journal", *isolated_home.values()]
    assert _scan(scanned) == []
    # The scan itself can find things: the portable export is meant to be plaintext.
    with Journal.open(path, PASSPHRASE) as j:
        (tmp_path / "export.json").write_text(portable.dumps(portable.export_data(j)), encoding="utf-8")
    assert _scan([tmp_path / "export.json"])


@pytest.mark.real_kdf  # the key setting itself
def test_journals_use_sqlcipher_4s_full_key_derivation(journal: Journal) -> None:
    """The fast key derivation of the unit tests is theirs alone: the app derives with 256,000 rounds."""
    assert connection.KDF_ROUNDS_FOR_TESTS is None
    assert journal.conn.execute("PRAGMA kdf_iter").fetchone()[0] == "256000"


def test_a_backup_into_a_folder_gets_a_dated_name_without_names(tmp_path: Path) -> None:
    """The file name of a journal may hold the people's names; a backup into a folder never repeats it
    (review 2026-12-04, item 9), as the window's dated name does not."""
    folder = tmp_path / "usb"
    folder.mkdir()
    with Journal.create(tmp_path / "anna-jonas.tandem", PASSPHRASE) as j:
        first, second = j.backup(folder), j.backup(folder)
    for copy in (first, second):
        assert copy.parent == folder and copy.name.startswith("tandem-journal-backup-") and copy.suffix == ".tandem"
        assert "anna" not in copy.name
    assert first != second
