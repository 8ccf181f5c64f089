"""Owner-only, atomic file writes: one place for how the app puts files on disk.

Journals, backups and exports hold confidential content, so every file the
app writes is created with mode 0600 and replaces its target only by an
atomic rename after an fsync. A crash leaves either the old file or the new
one, never half of one.
"""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
import threading
import unicodedata
import weakref
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO, Protocol

from .errors import AlreadyExists, OntoAnOpenJournal, StorageError

OWNER_ONLY = 0o600
COMPANIONS = ("-journal", "-wal", "-shm", ".lock")  # a journal's own files beside it (SQLite's, and the lock)


class _Open(Protocol):
    path: Path

    @property
    def is_open(self) -> bool: ...


_open: weakref.WeakSet[_Open] = weakref.WeakSet()  # the journals open in this program (the store adds them)
_open_guard = threading.Lock()


def opened(journal: _Open) -> None:
    """``journal`` is open in this program: no file the app writes may replace it (``refuse_open_journal``)."""
    with _open_guard:
        _open.add(journal)


def closed(journal: _Open) -> None:
    with _open_guard:
        _open.discard(journal)


def open_journals() -> list[Path]:
    """The files of the journals open in this program now (the window's tandem journal, a private one)."""
    with _open_guard:
        journals = list(_open)
    return [Path(journal.path) for journal in journals if journal.is_open]


def refuse_open_journal(target: Path) -> None:
    """Raise ``OntoAnOpenJournal`` if ``target`` is an open journal or one of its own files: by its resolved
    path in any letter case, its folder's included (a companion not there yet is still the journal's on a
    case-blind disk, as on Windows and macOS, where '~/documents' is '~/Documents'; elsewhere the other spelling
    is refused all the same, which costs only another name), its folder as the same folder when both are there
    (another spelling the disk takes as the same), or, when it exists, as the same file (a hard link)."""
    target = Path(target)
    resolved = target.resolve()
    for journal in open_journals():
        path = journal.resolve()
        own = [path, *(path.with_name(path.name + extra) for extra in COMPANIONS)]
        if (any(_spelled_alike(resolved.name, file.name) for file in own) and _same_folder(resolved.parent, path.parent)
                or any(_same_file(target, file) for file in own)):
            raise OntoAnOpenJournal(target.name)


def _spelled_alike(a: str, b: str) -> bool:
    """The same name in any letter case (and either Unicode form: macOS keeps names decomposed)."""
    return unicodedata.normalize("NFC", a).casefold() == unicodedata.normalize("NFC", b).casefold()


def _same_folder(a: Path, b: Path) -> bool:
    return _spelled_alike(str(a), str(b)) or _same_file(a, b)


def _same_file(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:  # either is not there (or not to be looked at): not the same file
        return False


def storage_error(exc: OSError, path: Path) -> StorageError:
    """Turn an OSError into a message a user can act on."""
    if exc.errno == errno.ENOSPC or exc.errno == errno.EDQUOT:
        return StorageError(f"The disk is full: could not write {path}. Free some space and try again.")
    if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return StorageError(f"Cannot write to {path}: the location is read-only or not yours.")
    if exc.errno == errno.ENOENT:
        return StorageError(f"The folder for {path} does not exist.")
    return StorageError(f"Could not write {path}: {exc.strerror or exc}.")



def can_write(path: Path) -> bool:
    """Whether the journal at ``path`` can be changed here: the file and its folder (where SQLite puts
    its rollback journal and the app its lock file) are writable. False on read-only media for
    everyone, root included; the one seam the read-only tests patch."""
    folder = path.parent if str(path.parent) else Path(".")
    return os.access(path, os.W_OK) and os.access(folder, os.W_OK)


def fsync_dir(directory: Path) -> None:
    """Make a rename durable; a no-op where directories cannot be opened (Windows)."""
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


@contextlib.contextmanager
def atomic_writer(target: Path, *, overwrite: bool) -> Iterator[BinaryIO]:
    """Yield a binary file that becomes ``target`` only when the block succeeds.

    The temporary file lives beside the target (same file system, so the
    rename is atomic) and is owner-only from its first byte. Its name is short
    and its own (``.tj-XXXXXXXX.part``), so any name the file system takes
    for ``target`` can be written (up to 255 bytes on most).
    """
    target = Path(target)
    refuse_open_journal(target)  # never over a journal open here, whatever the caller checked
    if not overwrite and target.exists():
        raise AlreadyExists(f"{target} already exists; choose another name.")
    directory = target.parent if str(target.parent) else Path(".")
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=".tj-", suffix=".part", dir=directory)
    except OSError as exc:
        raise storage_error(exc, target) from None
    tmp = Path(tmp_name)
    try:
        # mkstemp creates the file with mode 0600 already.
        with os.fdopen(fd, "wb") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        if overwrite:
            os.replace(tmp, target)
        else:
            # link() refuses to replace a file that appeared in the meantime.
            try:
                os.link(tmp, target)
            except FileExistsError:
                raise AlreadyExists(f"{target} already exists; choose another name.") from None
            except OSError:
                # File systems without hard links: fall back to a checked rename.
                if target.exists():
                    raise AlreadyExists(f"{target} already exists; choose another name.") from None
                os.replace(tmp, target)
        fsync_dir(directory)
    except OSError as exc:
        raise storage_error(exc, target) from None
    finally:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()


def write_bytes_atomic(target: Path, data: bytes, *, overwrite: bool) -> None:
    with atomic_writer(target, overwrite=overwrite) as handle:
        handle.write(data)
