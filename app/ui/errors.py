"""The store's errors in the interface language.

The store (Qt-free) words its errors in English, precisely (which file, why). In
English the app shows that text as it is; in German it shows a translated sentence
for the kind of error, with the store's detail where it names a file or a reason.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale

from app.core.journal_care import RescueWritten
from app.store.errors import JournalDamaged, TextTooLong
from app.store import (
    AlreadyExists,
    InvalidData,
    JournalError,
    JournalInUse,
    NewerFormat,
    NotAJournal,
    StorageError,
    TandemCompleted,
    WrongPassphrase,
)

from app.core.journals import TandemPassphraseChosen

from .i18n import current_language, tr


def describe(error: Exception) -> str:
    if current_language() == "en":
        return str(error)
    for kind, text in (
        (TandemPassphraseChosen, tr("That is the tandem's passphrase, which your partner knows. Choose one only "
                                    "you know; nothing was changed.")),
        (WrongPassphrase, tr("That passphrase does not open this journal. Check the spelling and Caps Lock, and "
                             "try again.")),
        (JournalInUse, tr("This journal is open in another window or program. Close it there, then try again.")),
        (NewerFormat, tr("This journal was written by a newer version of Tandem Journal. Update the app to open "
                         "it; the file was not changed.")),
        (RescueWritten, tr("This journal is damaged. The export was written all the same, as a rescue copy with "
                           "what could still be read; the file says so itself. Keep your last backup. ({detail})")),
        (JournalDamaged, tr("This journal is damaged, so no backup was made: a copy would carry the damage. An "
                            "export to JSON saves what can still be read. ({detail})")),
        (NotAJournal, tr("This file is not a tandem journal, or it is damaged. It was not changed. ({detail})")),
        (StorageError, tr("The file could not be read or written here (a full disk, or no permission?). Nothing "
                          "on screen was lost. ({detail})")),
        (AlreadyExists, tr("That file already exists; choose another name. ({detail})")),
        (TandemCompleted, tr("This tandem is completed, so its journal is read-only. Reopen the tandem "
                             "(Tandem → Reopen tandem) to change it.")),
        (TextTooLong, _too_long(error)),
        (InvalidData, tr("This was not accepted: {detail}")),
    ):
        if isinstance(error, kind):
            return text.format(detail=error)
    return tr("Something went wrong: {detail}").format(detail=error)


def why_not_opened(error: Exception, wrong_passphrase: str) -> str:
    """Why a journal did not unlock: ``wrong_passphrase`` for a wrong passphrase (each screen says it
    in its own words), the store's reason for the others, and the raw reason for the unforeseen."""
    if isinstance(error, WrongPassphrase):
        return wrong_passphrase
    if isinstance(error, (JournalError, ValueError)):
        return describe(error)
    return tr("The journal could not be opened: {reason}").format(reason=error)


def _too_long(error: Exception) -> str:
    """A text over its limit (app/store/tables.LIMITS), told with both numbers; what was typed stays."""
    if not isinstance(error, TextTooLong):
        return ""
    return tr("Too long to save: at most {limit} characters fit here, and this text has {length}. What you typed "
              "is still there: shorten it, and it is saved.").format(
                  limit=QLocale().toString(error.limit), length=QLocale().toString(error.length))
