"""Open, key and verify an SQLCipher connection, following GUIDE §2 to the letter.

Order matters and is kept in this one function:

1. Look at the file without a key: empty, too short, a plaintext SQLite
   header or text means "not a journal" (no passphrase could help).
2. ``PRAGMA key`` as the very first statement, then pin the SQLCipher 4
   settings so a future library default cannot lock users out.
3. Read right away: SQLCipher answers "ok" to any key and fails only on the
   first read ("file is not a database"), which we turn into WrongPassphrase.
4. Check the application id and schema version before anything writes.

No step before the schema check writes to the file, so every error here
leaves the journal's bytes as they were.
"""

from __future__ import annotations

import codecs
import os
import unicodedata
from pathlib import Path
from typing import TYPE_CHECKING

import sqlcipher3
from sqlcipher3 import dbapi2

from .errors import JournalError, NewerFormat, NotAJournal, StorageError, WrongPassphrase
from .search import fold_for_index

if TYPE_CHECKING:
    from .schema import Schema

_SQLITE_PLAIN_HEADER = b"SQLite format 3\x00"
_MIN_SIZE = 512  # the smallest SQLCipher page; anything shorter cannot be a journal

Connection = dbapi2.Connection


def normalise_passphrase(passphrase: str) -> str:
    """NFC-normalise, so an "ü" typed on macOS and on Linux is the same key."""
    if not passphrase:
        raise ValueError("The passphrase must not be empty.")
    if "\x00" in passphrase:
        raise ValueError("The passphrase must not contain NUL characters.")
    return unicodedata.normalize("NFC", passphrase)


def _sql_string(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def rekey(conn: Connection, new_passphrase: str, path: Path) -> None:
    """Re-encrypt every page under a new passphrase (one transaction, all or nothing)."""
    key = normalise_passphrase(new_passphrase)
    try:
        conn.execute(f"PRAGMA rekey = {_sql_string(key)}")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except dbapi2.Error as exc:
        raise translate_error(exc, path) from None


def precheck_file(path: Path) -> None:
    """Reject files that cannot be a journal before any key is tried."""
    try:
        size = path.stat().st_size
        with open(path, "rb") as handle:
            head = handle.read(_MIN_SIZE)
    except FileNotFoundError:
        raise JournalError(f"There is no journal at {path}.") from None
    except IsADirectoryError:
        raise NotAJournal(f"{path} is a folder, not a tandem journal.") from None
    except PermissionError:
        raise StorageError(f"Cannot read {path}: permission denied.") from None
    if size == 0:
        raise NotAJournal(f"{path.name} is empty: it is not a tandem journal.")
    if head[:16] == _SQLITE_PLAIN_HEADER:
        raise NotAJournal(f"{path.name} is an unencrypted SQLite database, not a tandem journal.")
    if _is_text(head):
        raise NotAJournal(f"{path.name} is a text file, not a tandem journal.")
    if size < _MIN_SIZE or size % _MIN_SIZE:
        raise NotAJournal(f"{path.name} is not a tandem journal, or it is damaged.")


def _is_text(head: bytes) -> bool:
    """Whether the first page reads as text. An encrypted page never does: it starts with a random
    salt and looks random throughout (512 random bytes are readable UTF-8 text with odds far below
    one in 10^100), so no journal is ever refused by this."""
    if b"\x00" in head:
        return False
    try:
        text = codecs.getincrementaldecoder("utf-8")().decode(head, final=False)  # a last character may be cut
    except UnicodeDecodeError:
        return False
    return all(char.isprintable() or char in "\t\n\r\f\v" for char in text)


def register_functions(conn: Connection) -> None:
    """SQL functions the schema's triggers call (see migrations v2)."""
    conn.create_function("tj_fold", 1, lambda text: fold_for_index(text or ""), deterministic=True)


def translate_error(exc: Exception, path: Path) -> JournalError:
    """Map a driver error to the store's error vocabulary."""
    message = str(exc).lower()
    if "disk is full" in message or "database or disk is full" in message:
        return StorageError(f"The disk is full: {path.name} could not be saved. Free some space and try again.")
    if "readonly" in message or "read-only" in message:
        return StorageError(f"{path.name} is in a read-only location: changes cannot be saved.")
    if "unable to open" in message:
        return StorageError(f"{path.name} cannot be opened for writing here.")
    if "not a database" in message or "malformed" in message or "corrupt" in message:
        return NotAJournal(f"{path.name} is damaged: {exc}.")
    if "locked" in message or "busy" in message:
        return StorageError(f"{path.name} is busy; try again in a moment.")
    return JournalError(f"{path.name}: {exc}.")


_quiet = False


def _silence_library_log() -> None:
    """SQLCipher logs failed HMAC checks to stderr; the store reports errors itself.

    The log level is process-wide, so it is set once on a throwaway in-memory
    connection, keeping ``PRAGMA key`` the first statement on every journal.
    """
    global _quiet
    if not _quiet:
        probe = sqlcipher3.connect(":memory:")
        probe.execute("PRAGMA cipher_log_level = NONE")
        probe.close()
        _quiet = True


# Tests only: fewer key-derivation rounds for throwaway journals, so the Qt-free unit tests run in
# seconds (tests/unit/conftest.py). The app never sets it: every journal it makes or opens uses
# SQLCipher 4's PBKDF2-HMAC-SHA512 with 256,000 rounds, and a journal made with another count does
# not open with the app's.
KDF_ROUNDS_FOR_TESTS: int | None = None


def connect(path: Path, passphrase: str, *, create: bool, schema: Schema | None = None,
            read_only: bool = False) -> Connection:
    """Return a keyed, verified connection with the pragmas the store relies on.

    With ``create`` the file must be new and empty (``Journal.create`` makes
    it owner-only first). Otherwise the journal must exist; it is opened
    without ever being created or truncated, and must be of ``schema``'s kind
    (any kind when None: the caller inspects ``identify``). ``read_only`` opens it for reading
    only (a journal on read-only media; a rescue from a damaged one): every write is refused.
    """
    key = normalise_passphrase(passphrase)
    _silence_library_log()
    if not create:
        precheck_file(path)
    mode = "rwc" if create else "ro" if read_only else "rw"
    uri = Path(os.path.abspath(path)).as_uri() + f"?mode={mode}"
    try:
        conn = sqlcipher3.connect(uri, uri=True, isolation_level=None, check_same_thread=False, timeout=2.0)
    except dbapi2.Error as exc:
        raise translate_error(exc, path) from None
    try:
        conn.execute(f"PRAGMA key = {_sql_string(key)}")
        conn.execute("PRAGMA cipher_compatibility = 4")
        if KDF_ROUNDS_FOR_TESTS is not None:
            conn.execute(f"PRAGMA kdf_iter = {int(KDF_ROUNDS_FOR_TESTS)}")
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except dbapi2.DatabaseError as exc:
            if "not a database" in str(exc).lower():
                raise WrongPassphrase("Wrong passphrase: this passphrase does not unlock the journal.") from None
            raise translate_error(exc, path) from None
        conn.execute("PRAGMA temp_store = MEMORY")  # transient files are not encrypted
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA synchronous = FULL")
        if not create and schema is not None:
            verify_identity(conn, path, schema)
        register_functions(conn)
        return conn
    except BaseException:
        conn.close()
        raise


def unlocks(path: Path, passphrase: str) -> bool:
    """Whether ``passphrase`` opens the file at ``path``: read-only, no lock, nothing written.

    Used to refuse a private passphrase that is the tandem's (the partner knows that one).
    """
    try:
        connect(path, passphrase, create=False).close()
    except JournalError:
        return False
    return True


def identify(conn: Connection) -> tuple[int, int]:
    """(application id, schema version) of an unlocked file."""
    return (int(conn.execute("PRAGMA application_id").fetchone()[0]),
            int(conn.execute("PRAGMA user_version").fetchone()[0]))


def verify_identity(conn: Connection, path: Path, schema: Schema) -> None:
    """Refuse files of another kind or program, and files from a newer version."""
    app_id, version = identify(conn)
    if app_id != schema.application_id:
        raise NotAJournal(f"{path.name} is an encrypted file, but not a {schema.label}.")
    if version > schema.latest:
        raise NewerFormat(
            f"{path.name} was written by a newer version of Tandem Journal (format {version}; "
            f"this version reads up to {schema.latest}). Update the app to open it; the file was not changed."
        )
