"""One opener per journal: an advisory lock on a sidecar ``<journal>.lock`` file.

The operating system releases the lock when the process dies, so a crash
never leaves a journal locked. The lock is taken per open file, so a second
window in the same process is refused as well as a second process. The
sidecar holds nothing but the owner's process id.
"""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path

from .errors import JournalInUse
from .files import OWNER_ONLY, storage_error

if sys.platform == "win32":  # pragma: no cover - exercised only on Windows
    import msvcrt

    def _try_lock(fd: int) -> bool:
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            return True
        except OSError:
            return False

    def _unlock(fd: int) -> None:
        with contextlib.suppress(OSError):
            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

    _try_probe = _try_lock
else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return True
        except BlockingIOError:
            return False

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)

    def _try_probe(fd: int) -> bool:
        """A shared lock: two probes never refuse each other, an opener's exclusive lock refuses both."""
        try:
            fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
            return True
        except BlockingIOError:
            return False


def lock_path(journal: Path) -> Path:
    return journal.with_name(journal.name + ".lock")


def in_use(journal: Path) -> bool:
    """Whether another window or process holds ``journal`` open right now (asked before unlocking).

    Nothing is created: without a sidecar nobody holds the journal (an opener makes one first).
    A sidecar left by a crash is not held, so it does not count.
    """
    try:
        fd = os.open(lock_path(journal), os.O_RDWR)
    except OSError:
        return False
    try:
        if not _try_probe(fd):
            return True
        _unlock(fd)
        return False
    finally:
        os.close(fd)


class JournalLock:
    """Held while a journal is open; ``release`` is safe to call twice."""

    def __init__(self, journal: Path) -> None:
        self.path = lock_path(journal)
        try:
            self._fd: int | None = os.open(self.path, os.O_RDWR | os.O_CREAT, OWNER_ONLY)
        except OSError as exc:
            raise storage_error(exc, self.path) from None
        if not _try_lock(self._fd):
            os.close(self._fd)
            self._fd = None
            raise JournalInUse(
                f"{journal.name} is already open in another window or program. "
                "Close it there first, or switch to that window."
            )
        with contextlib.suppress(OSError):
            os.ftruncate(self._fd, 0)
            os.write(self._fd, f"{os.getpid()}\n".encode())

    def release(self) -> None:
        if self._fd is None:
            return
        # Remove the sidecar while still holding the lock, then let go.
        with contextlib.suppress(OSError):
            self.path.unlink()
        _unlock(self._fd)
        os.close(self._fd)
        self._fd = None
