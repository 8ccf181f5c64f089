"""An encrypted store: the mechanism every kind of journal file shares.

``create`` and ``open`` are the only ways in; a ``Schema`` says which kind. Every write is
a short transaction that is durable when the method returns
(``synchronous = FULL`` with a rollback journal), so an acknowledged write
survives a killed process. The rollback journal (not WAL) keeps the
``.tandem`` file self-contained between writes, so copying it while the app
is open still copies every saved edit, and ``PRAGMA rekey`` works.

Several threads may share a journal object (the UI thread saves while a worker
searches): every method that touches the connection is ``@serialised``, and a
transaction holds the same re-entrant lock from BEGIN to COMMIT, so one thread
at a time uses the connection and no statement of another thread runs inside
a transaction (it would see, or join, uncommitted work). Without the lock the
threads can also deadlock inside SQLite: one holds the connection's mutex and
waits for the GIL in the search index's Python function, the other holds the
GIL and waits for the mutex. Code outside the store that uses ``conn``
directly must do so inside ``transaction()``, or on the only thread that uses
the journal.
"""

from __future__ import annotations

import contextlib
import datetime as _dt
import os
import functools
import shutil
import tempfile
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Concatenate, ParamSpec, Self, TypeVar

from sqlcipher3 import dbapi2

from . import connection, search
from . import files
from .errors import AlreadyExists, InvalidData, JournalDamaged, JournalError, NotAJournal, StorageError, TextTooLong
from .files import atomic_writer, fsync_dir, storage_error
from .lockfile import JournalLock
from .schema import Schema
from .tables import Table, TooLong

Row = dict[str, Any]
SEARCH_LIMIT = 50
RESCUE_ATTEMPTS = 24  # fresh connections per table when rescuing a damaged journal (each derives the key)

_P = ParamSpec("_P")
_R = TypeVar("_R")
_S = TypeVar("_S", bound="EncryptedStore")


def serialised(method: Callable[Concatenate[_S, _P], _R]) -> Callable[Concatenate[_S, _P], _R]:
    """Run ``method`` holding the store's lock: one thread at a time on the connection. A driver error
    that escapes it (a damaged page met by a read, issue 15.6) arrives as the store's own error, never raw."""
    @functools.wraps(method)
    def locked(self: _S, /, *args: _P.args, **kwargs: _P.kwargs) -> _R:
        with self._mutex:
            try:
                return method(self, *args, **kwargs)
            except dbapi2.Error as exc:
                raise connection.translate_error(exc, self.path) from None

    return locked


def now_utc() -> str:
    """The timestamp format the journal stores: UTC, ISO 8601, to the second."""
    return _dt.datetime.now(_dt.timezone.utc).isoformat(timespec="seconds")


@dataclass(frozen=True)
class SearchHit:
    kind: str  # the name of a search kind of the store's schema (e.g. learning, reflection)
    row_id: int
    session_id: int | None
    session_starts_at: str | None
    snippet: search.Snippet
    score: float


def _to_python(tbl: Table, row: Row) -> Row:
    for col in tbl.columns:
        if col.kind == "bool" and row.get(col.name) is not None:
            row[col.name] = bool(row[col.name])
    return row


class EncryptedStore:
    """An unlocked journal file. Close it (or use ``with``) to lock it again."""

    schema: Schema  # set by each kind of journal

    def __init__(self, path: Path, conn: connection.Connection, lock: JournalLock | None,
                 read_only: bool = False) -> None:
        self.path = path
        self._conn: connection.Connection | None = conn
        self._lock = lock
        self.read_only = read_only  # on read-only media (or no right to write): reads only, no lock file
        self._mutex = threading.RLock()  # see the module's docstring
        self._depth = 0
        files.opened(self)  # no file the app writes may replace it while it is open

    # ---------------------------------------------------------------- opening
    @classmethod
    def create(cls, path: os.PathLike[str] | str, passphrase: str, *, upto: int | None = None) -> Self:
        """Create a new, empty journal at ``path`` and return it unlocked.

        The journal is built in an owner-only temporary file beside ``path``
        and appears under its name only when complete, so a crash never
        leaves half a journal, and an existing file is never replaced.
        """
        path = Path(path)
        connection.normalise_passphrase(passphrase)  # fail on an empty passphrase before touching disk
        if path.exists():
            raise AlreadyExists(f"{path} already exists; choose another name.")
        directory = path.parent
        try:
            fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".creating", dir=directory)
            os.close(fd)
        except OSError as exc:
            raise storage_error(exc, path) from None
        tmp = Path(tmp_name)
        try:
            conn = connection.connect(tmp, passphrase, create=True)
            try:
                conn.execute(f"PRAGMA application_id = {cls.schema.application_id}")
                _migrate(conn, tmp, cls.schema, upto)
            finally:
                conn.close()
            try:
                os.link(tmp, path)
            except FileExistsError:
                raise AlreadyExists(f"{path} already exists; choose another name.") from None
            except OSError as exc:
                raise storage_error(exc, path) from None
            fsync_dir(directory)
        finally:
            for leftover in (tmp, Path(f"{tmp}-journal")):
                with contextlib.suppress(FileNotFoundError):
                    leftover.unlink()
        return cls.open(path, passphrase, upto=upto)

    @classmethod
    def open(cls, path: os.PathLike[str] | str, passphrase: str, *, upto: int | None = None) -> Self:
        """Unlock an existing journal of this kind, upgrading its schema if it is older.

        Raises WrongPassphrase, NotAJournal, NewerFormat, JournalInUse or
        StorageError; none of them changes the file.
        """
        store = open_any(path, passphrase, (cls,), upto=upto)
        assert isinstance(store, cls)
        return store

    @serialised
    def close(self) -> None:
        """Lock the journal: close the connection and release the file. Safe to call twice."""
        if self._conn is not None:
            self._conn.close()
            self._conn = None
        files.closed(self)
        if self._lock is not None:
            self._lock.release()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def is_open(self) -> bool:
        return self._conn is not None

    @property
    def conn(self) -> connection.Connection:
        if self._conn is None:
            raise JournalError("The journal is locked.")
        return self._conn

    @property
    @serialised
    def schema_version(self) -> int:
        return int(self.conn.execute("PRAGMA user_version").fetchone()[0])

    # ----------------------------------------------------------- transactions
    def _refuse_if_read_only(self) -> None:
        if self.read_only:
            raise StorageError(f"{self.path.name} is open read-only (read-only media, or a folder or file you "
                               "cannot write to): changes cannot be saved. Copy it to a writable folder to "
                               "change it.")

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Any]:
        """A write transaction; nested calls join the outer one. Other threads wait until it ends."""
        with self._mutex:
            conn = self.conn
            self._refuse_if_read_only()
            if self._depth:
                self._depth += 1
                try:
                    yield conn
                finally:
                    self._depth -= 1
                return
            try:
                conn.execute("BEGIN IMMEDIATE")
            except dbapi2.Error as exc:
                raise connection.translate_error(exc, self.path) from None
            self._depth = 1
            try:
                yield conn
                conn.execute("COMMIT")
            except dbapi2.IntegrityError as exc:
                _rollback(conn)
                raise InvalidData(f"Not saved: {exc}.") from None
            except dbapi2.Error as exc:
                _rollback(conn)
                raise connection.translate_error(exc, self.path) from None
            except BaseException:
                _rollback(conn)
                raise
            finally:
                self._depth = 0

    @serialised
    def _query(self, sql: str, params: tuple[Any, ...] | list[Any] = ()) -> list[Row]:
        try:
            cur = self.conn.execute(sql, params)
            names = [d[0] for d in cur.description]
            return [dict(zip(names, values)) for values in cur.fetchall()]
        except dbapi2.Error as exc:
            raise connection.translate_error(exc, self.path) from None

    # ------------------------------------------------------------ generic rows
    def _checked(self, tbl: Table, values: dict[str, Any]) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for name, value in values.items():
            col = tbl.by_name.get(name)
            if col is None or name == "id":
                raise InvalidData(f"{tbl.name} has no field {name!r} that can be set.")
            try:
                value = col.check(value)
            except TooLong as exc:  # worded for the person who typed it (the window shows it as it is in English)
                raise TextTooLong(f"Too long to save: at most {exc.limit:,} characters fit here, and this text has "
                                  f"{exc.length:,}. Shorten it, and it is saved.",
                                  field=f"{tbl.name}.{name}", length=exc.length, limit=exc.limit) from None
            except ValueError as exc:
                raise InvalidData(f"{tbl.name}.{name}: {exc}.") from None
            out[name] = int(value) if isinstance(value, bool) else value
        return out

    def add(self, table_name: str, **values: Any) -> int:
        """Insert a row and return its id. Missing fields take their defaults;
        ``position`` defaults to the end of its list, timestamps to now."""
        tbl = self.schema.table(table_name)
        if tbl.singleton:
            raise InvalidData(f"{tbl.name} has exactly one row; update it instead.")
        row = self._checked(tbl, values)
        now = now_utc()
        for stamp in ("created_at", "updated_at"):
            if stamp in tbl.by_name:
                row.setdefault(stamp, now)
        with self.transaction() as conn:
            if tbl.ordered and "position" not in row:
                where, params = self._siblings(tbl, row)
                row["position"] = conn.execute(
                    f"SELECT coalesce(max(position) + 1, 0) FROM {tbl.name} {where}", params
                ).fetchone()[0]
            names = ", ".join(row)
            marks = ", ".join("?" for _ in row)
            cur = conn.execute(f"INSERT INTO {tbl.name} ({names}) VALUES ({marks})", tuple(row.values()))
            return int(cur.lastrowid)

    def update(self, table_name: str, row_id: int, **values: Any) -> None:
        """Change some fields of one row (of the tandem itself: use ``update_tandem``)."""
        tbl = self.schema.table(table_name)
        row = self._checked(tbl, values)
        if not row:
            return
        if "updated_at" in tbl.by_name:
            row.setdefault("updated_at", now_utc())
        sets = ", ".join(f"{name} = ?" for name in row)
        with self.transaction() as conn:
            cur = conn.execute(f"UPDATE {tbl.name} SET {sets} WHERE id = ?", (*row.values(), row_id))
            if cur.rowcount == 0:
                raise InvalidData(f"There is no {tbl.name} with id {row_id}.")

    def delete(self, table_name: str, row_id: int) -> None:
        """Delete one row (a session takes its items with it); its list closes the gap."""
        tbl = self.schema.table(table_name)
        if tbl.singleton:
            raise InvalidData("The tandem itself cannot be deleted.")
        with self.transaction() as conn:
            row = self.get(table_name, row_id)
            conn.execute(f"DELETE FROM {tbl.name} WHERE id = ?", (row_id,))
            if tbl.ordered and row is not None:
                self._renumber(tbl, row)

    def get(self, table_name: str, row_id: int) -> Row | None:
        tbl = self.schema.table(table_name)
        rows = self._query(f"SELECT * FROM {tbl.name} WHERE id = ?", (row_id,))
        return _to_python(tbl, rows[0]) if rows else None

    def rows(self, table_name: str, **where: Any) -> list[Row]:
        """All rows of a table, optionally filtered by equal fields, in their list order."""
        tbl = self.schema.table(table_name)
        clauses, params = [], []
        for name, value in where.items():
            if name not in tbl.by_name:
                raise InvalidData(f"{tbl.name} has no field {name!r}.")
            if value is None:
                clauses.append(f"{name} IS NULL")
            else:
                clauses.append(f"{name} = ?")
                params.append(int(value) if isinstance(value, bool) else value)
        sql = f"SELECT * FROM {tbl.name}"
        if clauses:
            sql += " WHERE " + " AND ".join(clauses)
        sql += " ORDER BY position, id" if tbl.ordered else " ORDER BY id"
        return [_to_python(tbl, r) for r in self._query(sql, params)]

    def readable_rows(self, table_name: str, passphrase: str | None = None) -> tuple[list[Row], bool]:
        """For a rescue from a damaged journal: the rows of a table that can still be read, and whether
        some could not be.

        SQLCipher refuses every page it has not read yet once one page fails its check, so each
        table (and each stretch after a damaged page) is read on a fresh read-only connection when
        ``passphrase`` is given; without it, what this connection can still read.
        """
        tbl = self.schema.table(table_name)
        if passphrase is None:
            try:
                return self.rows(table_name), False
            except JournalError:
                return [], True
        rows: list[Row] = []
        after, step, incomplete = 0, 1, False
        highest = self._highest_id(tbl.name, passphrase)
        for _attempt in range(RESCUE_ATTEMPTS):
            if after >= highest:
                break
            conn = connection.connect(self.path, passphrase, create=False, read_only=True)
            try:
                cur = conn.execute(f"SELECT * FROM {tbl.name} WHERE id > ? ORDER BY id", (after,))
                names = [d[0] for d in cur.description]
                for values in cur:
                    rows.append(_to_python(tbl, dict(zip(names, values))))
                    after, step = rows[-1]["id"], 1
                return rows, incomplete
            except dbapi2.DatabaseError:
                incomplete = True
                after, step = after + step, step * 2  # past the damaged page: try further on
            finally:
                conn.close()
        return rows, incomplete or after < highest

    def _highest_id(self, table: str, passphrase: str) -> int:
        """The highest id in ``table`` as far as a fresh connection can tell (its right edge)."""
        conn = connection.connect(self.path, passphrase, create=False, read_only=True)
        try:
            return int(conn.execute(f"SELECT coalesce(max(id), 0) FROM {table}").fetchone()[0])
        except dbapi2.DatabaseError:
            return 2**31
        finally:
            conn.close()

    @serialised
    def move(self, table_name: str, row_id: int, new_index: int) -> None:
        """Move a row to ``new_index`` within its list (e.g. an agenda item within its session)."""
        tbl = self.schema.table(table_name)
        if not tbl.ordered:
            raise InvalidData(f"{tbl.name} has no order to change.")
        current = self.get(table_name, row_id)
        if current is None:
            raise InvalidData(f"There is no {tbl.name} with id {row_id}.")
        with self.transaction():
            self._renumber(tbl, current, row_id=row_id, new_index=new_index)

    def _siblings(self, tbl: Table, row: Row) -> tuple[str, tuple[Any, ...]]:
        if tbl.parent is None:
            return "", ()
        if row.get(tbl.parent) is None:
            return f"WHERE {tbl.parent} IS NULL", ()
        return f"WHERE {tbl.parent} = ?", (row[tbl.parent],)

    def _renumber(self, tbl: Table, row: Row, *, row_id: int | None = None, new_index: int = 0) -> None:
        """Rewrite positions 0..n-1 of the list ``row`` belongs to, optionally moving ``row_id``."""
        where, params = self._siblings(tbl, row)
        ids = [r[0] for r in self.conn.execute(f"SELECT id FROM {tbl.name} {where} ORDER BY position, id", params)]
        if row_id is not None:
            ids.remove(row_id)
            ids.insert(max(0, min(new_index, len(ids))), row_id)
        self.conn.executemany(
            f"UPDATE {tbl.name} SET position = ? WHERE id = ? AND position IS NOT ?",
            [(i, rid, i) for i, rid in enumerate(ids)],
        )

    def bulk_insert(self, table_name: str, rows: list[Row]) -> None:
        """Insert already validated rows with their ids (used by the portable import)."""
        tbl = self.schema.table(table_name)
        if not rows:
            return
        names = tbl.column_names
        values = [tuple(int(r[n]) if isinstance(r[n], bool) else r[n] for n in names) for r in rows]
        verb = "INSERT OR REPLACE" if tbl.singleton else "INSERT"
        with self.transaction() as conn:
            conn.executemany(
                f"{verb} INTO {tbl.name} ({', '.join(names)}) VALUES ({', '.join('?' for _ in names)})", values
            )

    @serialised
    def is_empty(self) -> bool:
        """True while nothing but blank single rows (the tandem, the author) has been written."""
        for tbl in self.schema.tables:
            if tbl.singleton:
                row = self._query(f"SELECT * FROM {tbl.name} WHERE id = 1")
                blank = {c.name: c.default for c in tbl.columns if c.name not in ("id", "created_at")}
                if row and any(_to_python(tbl, row[0])[name] != value for name, value in blank.items()):
                    return False
            elif self.conn.execute(f"SELECT 1 FROM {tbl.name} LIMIT 1").fetchone():
                return False
        return True

    @serialised
    def counts(self) -> dict[str, int]:
        """Rows per table, keyed by the portable format's list names."""
        return {
            tbl.key: int(self.conn.execute(f"SELECT count(*) FROM {tbl.name}").fetchone()[0])
            for tbl in self.schema.tables
            if not tbl.singleton
        }

    # ----------------------------------------------------------------- search
    @serialised
    def search(self, query: str, limit: int = SEARCH_LIMIT) -> list[SearchHit]:
        """Ranked matches (best first) with a snippet cut from the original text."""
        terms = search.query_terms(query)
        if not terms:
            return []
        try:
            ranked = self.conn.execute(
                "SELECT rowid, bm25(search_index) FROM search_index WHERE search_index MATCH ?"
                " ORDER BY bm25(search_index) LIMIT ?",
                (search.match_expression(terms), limit),
            ).fetchall()
        except dbapi2.Error as exc:
            raise connection.translate_error(exc, self.path) from None
        by_kind: dict[int, list[int]] = {}
        for rowid, _score in ranked:
            by_kind.setdefault(rowid % search.ROWID_FACTOR, []).append(rowid // search.ROWID_FACTOR)
        found: dict[tuple[int, int], tuple[str, int | None]] = {}
        for code, ids in by_kind.items():
            kind = self.schema.kind(code)
            text_sql = kind.text_sql.format(r="x")
            session_sql = kind.session_sql.format(r="x")
            marks = ",".join("?" for _ in ids)
            for row_id, text, session_id in self.conn.execute(
                f"SELECT x.id, {text_sql}, {session_sql} FROM {kind.table} x WHERE x.id IN ({marks})", ids
            ):
                found[(code, row_id)] = (text, session_id)
        dates = self._session_dates({s for _, s in found.values() if s is not None})
        hits = []
        for rowid, score in ranked:
            code, row_id = rowid % search.ROWID_FACTOR, rowid // search.ROWID_FACTOR
            if (code, row_id) not in found:
                continue
            text, session_id = found[(code, row_id)]
            date = dates.get(session_id) if session_id is not None else None
            hits.append(SearchHit(self.schema.kind(code).name, row_id, session_id, date,
                                  search.make_snippet(text, terms), float(score)))
        return hits

    def _session_dates(self, session_ids: set[int]) -> dict[int, str]:
        """When the sessions of search hits took place (only a tandem journal has sessions)."""
        return {}

    # ------------------------------------------------------------ maintenance
    @serialised
    def change_passphrase(self, new_passphrase: str) -> None:
        """Re-encrypt the whole journal with a new passphrase, in one transaction."""
        self._refuse_if_read_only()
        connection.rekey(self.conn, new_passphrase, self.path)

    def backup(self, destination: os.PathLike[str] | str) -> Path:
        """Write a consistent encrypted copy (same passphrase) and return its path.

        The copy is taken while holding the write lock, so no write can be
        half-way; it is byte-for-byte the journal as of that moment, written
        owner-only and atomically, and never replaces an existing file.
        A folder as destination gets a dated file name inside it, never the journal's own name (it may
        hold the people's names). A damaged journal is refused (``JournalDamaged``) before anything is written.
        """
        dest = Path(destination)
        if dest.is_dir():  # a dated name without the journal's (which may hold the people's names)
            stem = "-".join(self.schema.label.split()) + "-backup-" + _dt.datetime.now().strftime("%Y-%m-%d-%H%M%S")
            folder, n = dest, 1
            dest = folder / f"{stem}{self.path.suffix}"
            while dest.exists():
                n += 1
                dest = folder / f"{stem}-{n}{self.path.suffix}"
        if dest.resolve() == self.path.resolve():
            raise AlreadyExists("A backup cannot replace the journal itself.")
        problems = self.integrity_problems()
        if problems:  # a copy would carry the damage and look like a good backup
            raise JournalDamaged(
                f"{self.path.name} is damaged ({len(problems)} problems found), so no backup was written. "
                f"'tandem-journal-cli check {self.path.name}' lists the problems; an export saves what can "
                "still be read.")
        with self.snapshot(), open(self.path, "rb") as source, atomic_writer(dest, overwrite=False) as out:
            shutil.copyfileobj(source, out, 1024 * 1024)
        return dest

    @contextlib.contextmanager
    def snapshot(self) -> Iterator[None]:
        """No write can be half-way while this lasts: the write lock, or on read-only media (where
        nobody writes) a read transaction. A backup copies the file and an export reads every list inside
        it, so each shows one moment; a save from another thread waits until it ends."""
        if not self.read_only:
            with self.transaction():
                yield
            return
        with self._mutex:
            try:
                self.conn.execute("BEGIN")
                self.conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            except dbapi2.Error as exc:
                raise connection.translate_error(exc, self.path) from None
            try:
                yield
            finally:
                _rollback(self.conn)

    @serialised
    def integrity_problems(self) -> list[str]:
        """Every problem SQLCipher, SQLite and the search index report; empty when sound.

        Reads all rows of ``cipher_integrity_check`` (one per bad page,
        none when sound) and of ``integrity_check`` (a single "ok" when sound).
        """
        problems: list[str] = []
        try:
            problems += [" ".join(map(str, r)) for r in self.conn.execute("PRAGMA cipher_integrity_check")]
            problems += [r[0] for r in self.conn.execute("PRAGMA integrity_check") if r[0] != "ok"]
            problems += [f"broken reference in {r[0]} row {r[1]}"
                         for r in self.conn.execute("PRAGMA foreign_key_check")]
        except dbapi2.Error as exc:
            problems.append(str(exc))
        try:  # FTS5's own check is a write; on read-only media the checks above read every page anyway
            if not self.read_only:
                self.conn.execute("INSERT INTO search_index (search_index, rank) VALUES ('integrity-check', 1)")
        except dbapi2.Error as exc:
            problems.append(f"search index: {exc}")
        return problems


def open_any(path: os.PathLike[str] | str, passphrase: str, kinds: tuple[type[EncryptedStore], ...],
             *, upto: int | None = None) -> EncryptedStore:
    """Unlock a journal of any of ``kinds`` with one key derivation; its marker says which kind."""
    path = Path(path)
    connection.precheck_file(path)
    read_only = not files.can_write(path)
    lock = None
    if not read_only:
        try:
            lock = JournalLock(path)
        except StorageError:  # the folder refuses the lock file: treat it as read-only media
            read_only = True
    try:
        conn = connection.connect(path, passphrase, create=False, read_only=read_only)
        try:
            app_id, version = connection.identify(conn)
            kind = next((k for k in kinds if k.schema.application_id == app_id), kinds[0])
            connection.verify_identity(conn, path, kind.schema)
            if read_only and version < (upto or kind.schema.latest):
                raise StorageError(
                    f"{path.name} is in an older format that must be upgraded before it opens, but it is on "
                    "read-only media (or in a folder you cannot write to): copy it to a writable folder to "
                    "open it. It was not changed.")
            _migrate(conn, path, kind.schema, upto)
        except BaseException:
            conn.close()
            raise
    except BaseException:
        if lock is not None:
            lock.release()
        raise
    return kind(path, conn, lock, read_only)


def _rollback(conn: connection.Connection) -> None:
    with contextlib.suppress(dbapi2.Error):
        conn.execute("ROLLBACK")


def _migrate(conn: connection.Connection, path: Path, schema: Schema, upto: int | None) -> None:
    """Apply every pending migration, each in its own transaction with its version bump."""
    from app import __version__

    current = int(conn.execute("PRAGMA user_version").fetchone()[0])
    for step in [m for m in schema.migrations if current < m.version <= (upto or schema.latest)]:
        try:
            conn.execute("BEGIN IMMEDIATE")
            cur = conn.cursor()
            step.apply(cur)
            cur.execute(
                "INSERT INTO schema_migration (version, description, applied_at, app_version) VALUES (?, ?, ?, ?)",
                (step.version, step.description, now_utc(), __version__),
            )
            cur.execute(f"PRAGMA user_version = {step.version}")
            conn.execute("COMMIT")
        except dbapi2.Error as exc:
            _rollback(conn)
            error = connection.translate_error(exc, path)
            if isinstance(error, NotAJournal):
                raise error from None
            raise type(error)(f"Could not upgrade {path.name} to format {step.version}: {error}") from None
