"""The distinct ways opening or writing a journal can fail.

Each error carries a calm, specific message meant for the user. None of
them is raised after the file has been changed: the store checks before it
writes (see ``connection.open_journal``).
"""

from __future__ import annotations


class JournalError(Exception):
    """Base of every error the store raises on purpose."""


class WrongPassphrase(JournalError):
    """The passphrase does not unlock this journal."""


class NotAJournal(JournalError):
    """The file is not a tandem journal, or it is damaged."""


class NewerFormat(NotAJournal):
    """The journal was written by a newer version of Tandem Journal."""


class JournalInUse(JournalError):
    """Another window or process has this journal open."""


class StorageError(JournalError):
    """The disk is full, the location is read-only, or the file cannot be written."""


class AlreadyExists(JournalError):
    """Creating a journal or a copy would replace an existing file."""


class OntoAnOpenJournal(AlreadyExists):
    """A file would be written over a journal open in this program, or over one of its own files (its
    ``-journal``, ``-wal``, ``-shm`` or ``.lock``): a save dialog lets a person pick them and agree to replace.
    Raised before anything is written; ``name`` is the file's name as the person chose it."""

    def __init__(self, name: str) -> None:
        super().__init__(f"{name} is a journal that is open here (or one of its files): saving there would replace "
                         "it and everything in it. Choose another name or folder; nothing was written.")
        self.name = name


class InvalidData(JournalError):
    """Data handed to the store (a field value, an imported file) is not valid."""


class TandemCompleted(JournalError):
    """The tandem is completed and read-only until it is reopened."""


class TextTooLong(InvalidData):
    """A text is longer than its field accepts (the limits are in ``tables.LIMITS``)."""

    def __init__(self, message: str, *, field: str, length: int, limit: int) -> None:
        super().__init__(message)
        self.field = field  # "table.column"
        self.length = length
        self.limit = limit


class JournalDamaged(NotAJournal):
    """The journal opens, but some of its pages fail their check: back it up only once it is sound."""
