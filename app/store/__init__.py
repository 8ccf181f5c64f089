"""The storage layer: encrypted tandem journals. Pure Python, no Qt (a test guards this)."""

from .errors import (
    AlreadyExists,
    InvalidData,
    JournalError,
    JournalInUse,
    NewerFormat,
    NotAJournal,
    StorageError,
    WrongPassphrase,
)
from .journal import Journal, Overview, SearchHit, SessionSummary
from . import portable

__all__ = [
    "AlreadyExists", "InvalidData", "Journal", "JournalError", "JournalInUse", "NewerFormat",
    "NotAJournal", "Overview", "SearchHit", "SessionSummary", "StorageError", "WrongPassphrase",
]
