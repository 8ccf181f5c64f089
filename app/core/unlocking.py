"""What can be told about a journal file before its passphrase is asked for.

Typing a long passphrase only to hear that the file is gone, is something else, or is open in
another window wastes a person's time; everything here is known without the key (and without
writing anything). The window shows the answer on the unlock screen; the command line can
share it.
"""

from __future__ import annotations

from enum import Enum
from pathlib import Path

from app.store import JournalError, NotAJournal, StorageError
from app.store.connection import precheck_file
from app.store.lockfile import in_use

from .journals import PRIVATE_SUFFIX


class UnlockProblem(Enum):
    """Why unlocking a file cannot work, told before the passphrase."""

    MISSING = "there is no file at this path"
    FOLDER = "this is a folder"
    UNREADABLE = "the file cannot be read (permissions)"
    NOT_A_JOURNAL = "the file is not a tandem journal (empty, text, an unencrypted database, or damaged)"
    PRIVATE = "the file is someone's private reflections journal, not the tandem's"
    IN_USE = "the journal is open in another window or program"


def check_before_unlock(path: Path) -> UnlockProblem | None:
    """The problem with unlocking ``path`` that can be told without the key, or None.

    None does not promise that the file is a tandem journal: an encrypted file shows nothing
    before its key, so a file of random bytes, another program's encrypted database or a
    damaged journal is told only after the passphrase.
    """
    if path.is_dir():
        return UnlockProblem.FOLDER
    if not path.exists():
        return UnlockProblem.MISSING
    try:
        precheck_file(path)
    except NotAJournal:
        return UnlockProblem.NOT_A_JOURNAL
    except StorageError:
        return UnlockProblem.UNREADABLE
    except JournalError:  # gone between the two looks
        return UnlockProblem.MISSING
    if path.suffix == PRIVATE_SUFFIX:
        return UnlockProblem.PRIVATE
    if in_use(path):
        return UnlockProblem.IN_USE
    return None
