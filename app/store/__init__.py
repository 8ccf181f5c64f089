"""The storage layer: encrypted journals. Pure Python, no Qt (a test guards this).

Two kinds of file share one mechanism (``encrypted.EncryptedStore``): the
tandem journal (``Journal``) and a person's private journal (``PrivateJournal``).
"""

from .encrypted import EncryptedStore, SearchHit
from .errors import (
    AlreadyExists,
    InvalidData,
    JournalDamaged,
    JournalError,
    JournalInUse,
    NewerFormat,
    NotAJournal,
    OntoAnOpenJournal,
    StorageError,
    TandemCompleted,
    TextTooLong,
    WrongPassphrase,
)
from .journal import TANDEM, Evaluation, Journal, Overview, SessionSummary
from .private import PRIVATE, PrivateJournal
from . import portable  # noqa: E402  (needs the classes above)

KINDS: tuple[type[EncryptedStore], ...] = (Journal, PrivateJournal)
SCHEMAS = tuple(k.schema for k in KINDS)


def open_any(path: str | object, passphrase: str) -> EncryptedStore:
    """Unlock a tandem or a private journal, whichever the file is."""
    from .encrypted import open_any as _open_any

    return _open_any(path, passphrase, KINDS)  # type: ignore[arg-type]


__all__ = [
    "KINDS", "PRIVATE", "SCHEMAS", "TANDEM", "AlreadyExists", "EncryptedStore", "Evaluation", "InvalidData", "Journal",
    "JournalDamaged", "JournalError", "JournalInUse", "NewerFormat", "NotAJournal", "OntoAnOpenJournal", "Overview",
    "PrivateJournal", "SearchHit", "SessionSummary", "StorageError", "TandemCompleted", "TextTooLong", "WrongPassphrase", "open_any", "portable",
]
