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

from app.core import journal_care as care
from app.core.journals import TandemPassphraseChosen

from .i18n import N_, current_language, tr


IMPORT_REFUSED = {  # why an export file is not imported (app/core/journal_care.ImportRefused.reason)
    care.ImportRefused.NOT_TEXT: N_("This file is not text, so it is not an export of Tandem Journal. Nothing was "
                                    "created."),
    care.ImportRefused.NOT_JSON: N_("This file is not valid JSON, so it is not an export of Tandem Journal (or it "
                                    "was cut short). Nothing was created."),
    care.ImportRefused.FOREIGN: N_("This JSON file was not written by Tandem Journal's export. Nothing was "
                                   "created."),
    care.ImportRefused.NEWER: N_("This export was made by a newer version of Tandem Journal. Update the app to "
                                 "import it; nothing was created."),
    care.ImportRefused.OTHER_KIND: N_("This export holds the other kind of journal (a private one instead of the "
                                      "tandem's, or the other way round): import it there. Nothing was created."),
    care.ImportRefused.CONTENT: N_("One entry in this file does not fit, so nothing was imported and nothing was "
                                   "created. Where and why: {detail}"),
    care.ImportRefused.UNREADABLE: N_("This file cannot be read. Nothing was created. ({detail})"),
}


def describe(error: Exception) -> str:
    if current_language() == "en":
        return str(error)
    if isinstance(error, care.ImportRefused):
        return tr(IMPORT_REFUSED.get(error.reason, IMPORT_REFUSED[care.ImportRefused.CONTENT])).format(detail=error)
    if isinstance(error, care.OntoAJournal):  # "replace?" answered on a backup, a locked journal, a journal's file
        return tr("{name} is a journal (or one of a journal's files): saving there would replace it and everything "
                  "in it. Choose another name or folder; nothing was written.").format(name=error.name)
    if isinstance(error, care.OntoAnOpenJournal):  # a save dialog's "replace?" answered on an open journal
        return tr("{name} is a journal that is open here (or one of its files): saving there would replace it and "
                  "everything in it. Choose another name or folder; nothing was written.").format(name=error.name)
    for kind, text in (
        (care.CurrentPassphraseWrong, tr("That is not the current passphrase of this journal. Check the spelling "
                                         "and Caps Lock; nothing was changed.")),
        (care.SamePassphrase, tr("The new passphrase is the current one. Choose a different one; nothing was "
                                 "changed.")),
        (care.OntoTheJournal, tr("That is the journal itself: a copy cannot replace it. Choose another name or "
                                 "folder; nothing was written.")),
        (care.FolderMissing, tr("That folder does not exist (any more). Choose another; nothing was written.")),
        (care.FolderNotWritable, tr("That folder cannot be written to (read-only, or not yours). Choose another, "
                                    "for example your documents or a USB stick; nothing was written.")),
        (care.FolderFull, tr("There is not enough free space there. Free some space or choose another place; "
                             "nothing was written.")),
        (care.NameRefused, tr("That name is too long for this folder. Choose a shorter one; nothing was written.")),
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
