"""Looking after a journal (the tandem's or a private one): a new passphrase, a backup, a check of every
page, the portable JSON export, and an import of such a file into a new journal. One call each, no Qt;
the window and my reflections share them (``app/ui/dialogs/care.py``), as the CLI shares the store.

Each refusal is its own exception with a message that says what to do, raised before anything is
written: the open journal is never changed by a refusal, and an import that fails leaves no file.
"""

from __future__ import annotations

import datetime as _dt
import errno
import os
import re
import shutil
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.store import (
    KINDS,
    PRIVATE,
    SCHEMAS,
    TANDEM,
    AlreadyExists,
    EncryptedStore,
    InvalidData,
    PrivateJournal,
    StorageError,
    WrongPassphrase,
    portable,
)
from app.store.connection import unlocks
from app.store.errors import JournalDamaged
from app.store.errors import OntoAnOpenJournal as OntoAnOpenJournal  # refused by check_target too
from app.store.files import COMPANIONS, refuse_open_journal, write_bytes_atomic
from app.store.schema import Schema

from . import journals
from .schedule import naive

PAGE_SIZE = 4096  # SQLCipher 4's page (pinned by cipher_compatibility = 4): the file is whole pages
SPACE_MARGIN = 1024 * 1024  # a target folder must have this much room beyond the file itself
DEFAULT_BACKUP_REMINDER_EVERY = 3  # remind after this many sessions held without a backup


# Refusals: each says what happened and that nothing was changed ---------------------------------------
class CurrentPassphraseWrong(WrongPassphrase):
    """The passphrase typed as the current one does not open the journal."""


class SamePassphrase(InvalidData):
    """The new passphrase is the current one."""


class OntoTheJournal(AlreadyExists):
    """A backup or export would replace the journal itself (or one of its own files). Another journal open in
    this program (the private one beside the tandem's) is refused as ``OntoAnOpenJournal`` (app/store)."""


class OntoAJournal(OntoTheJournal):
    """A file would replace a journal that is not open here (a backup, a private journal while it is locked, the
    partner's) or a file named as a journal's own: by what it holds (``_looks_like_a_journal``) or by its name
    (``.tandem``, ``.reflections`` and their ``-journal``, ``-wal``, ``-shm``, ``.lock``), in any letter case.
    Refused even when the person agreed to replace it (the file chooser's "Replace?", the CLI's --force: exit 8);
    ``name`` is the file's name as the person chose it."""

    def __init__(self, name: str) -> None:
        super().__init__(f"{name} is a journal (or one of a journal's files): saving there would replace it and "
                         "everything in it. Choose another name or folder; nothing was written.")
        self.name = name


class FolderMissing(StorageError):
    """The folder chosen for a file does not exist (any more)."""


class FolderNotWritable(StorageError):
    """The folder chosen cannot be written to (read-only, or not the person's)."""


class FolderFull(StorageError):
    """The folder chosen has not enough free space for the file."""


class NameRefused(StorageError):
    """The folder's file system takes no file of that name (too long, or characters it does not allow)."""


class RescueWritten(JournalDamaged):
    """The journal is damaged: the export was written all the same, as a marked rescue copy of what could be
    read (issue 15.6). Raised after the file is in place, so the person hears it; ``path`` is the copy."""

    def __init__(self, message: str, path: Path) -> None:
        super().__init__(message)
        self.path = path


class ImportRefused(InvalidData):
    """An import file that cannot be read into a journal. ``reason`` says which kind of problem."""

    NOT_TEXT, NOT_JSON, FOREIGN, NEWER, OTHER_KIND, CONTENT, UNREADABLE = (
        "not text", "not JSON", "foreign", "newer", "other kind", "content", "unreadable")

    def __init__(self, reason: str, message: str) -> None:
        super().__init__(message)
        self.reason = reason


# Passphrase --------------------------------------------------------------------------------------------
def change_passphrase(journal: EncryptedStore, current: str, new: str, tandems: Iterable[Path | None] = ()) -> None:
    """Re-encrypt ``journal`` under ``new``, all or nothing (``PRAGMA rekey`` is one transaction; a kill test
    proves it), after checking that ``current`` opens it (read-only) and that ``new`` differs. A private
    journal's new passphrase must not be a tandem's (``journals.change_private_passphrase``)."""
    if not current or not unlocks(journal.path, current):
        raise CurrentPassphraseWrong("That is not the current passphrase of this journal; nothing was changed.")
    if new == current:
        raise SamePassphrase("The new passphrase is the current one; nothing was changed.")
    if isinstance(journal, PrivateJournal):
        journals.change_private_passphrase(journal, new, tandems)
    else:
        journal.change_passphrase(new)


# Where a file may go -----------------------------------------------------------------------------------
def _own_files(journal_path: Path) -> set[Path]:
    path = journal_path.resolve()
    return {path, *(path.with_name(path.name + extra) for extra in COMPANIONS)}


# The endings of a journal's file and of its own files beside it (SQLite's, and the lock), in lower case.
JOURNAL_ENDINGS = tuple(suffix + extra for suffix in (journals.TANDEM_SUFFIX, journals.PRIVATE_SUFFIX)
                        for extra in ("", *COMPANIONS))


def refuse_a_journal(target: Path) -> None:
    """Raise ``OntoAJournal`` if the file at ``target`` is there and is a journal (open or not) or is named as a
    journal's (or one of its own files'): no file the app writes replaces one, whatever the person agreed to."""
    target = Path(target)
    if not target.exists():
        return
    names = {target.name.casefold(), target.resolve().name.casefold()}
    if any(name.endswith(JOURNAL_ENDINGS) for name in names) or _looks_like_a_journal(target):
        raise OntoAJournal(target.name)


def check_target(target: Path, journal_path: Path | None, needed_bytes: int) -> None:
    """Refuse a place for a backup or an export before anything is written: the journal itself (or its own
    files), any other journal open in this program (or its files: ``OntoAnOpenJournal``), a folder that is
    gone, not writable, or has not room for ``needed_bytes`` and a margin, a name that folder's file system
    refuses (too long)."""
    target = Path(target)
    if journal_path is not None and target.resolve() in _own_files(journal_path):
        raise OntoTheJournal(f"{target.name} is the journal itself: a copy cannot replace it. "
                             "Choose another name or folder; nothing was written.")
    refuse_open_journal(target)
    folder = target.resolve().parent
    if not folder.is_dir():
        raise _missing(folder)
    try:  # a real probe: permissions alone do not tell (a read-only disk, root, a network share)
        fd, probe = tempfile.mkstemp(prefix=".tandem-probe-", dir=folder)
        os.close(fd)
        os.unlink(probe)
    except OSError as exc:
        if exc.errno in (errno.ENOSPC, errno.EDQUOT):
            raise _full(folder, 0, needed_bytes) from None
        raise FolderNotWritable(f"The folder {folder} cannot be written to (read-only, or not yours). Choose "
                                "another, for example your documents or a USB stick; nothing was written.") from None
    free = shutil.disk_usage(folder).free
    if free < needed_bytes + SPACE_MARGIN:
        raise _full(folder, free, needed_bytes)
    try:  # the name itself, as the folder's file system sees it
        target.lstat()
    except FileNotFoundError:
        pass
    except OSError:  # too long (ENAMETOOLONG), or not allowed there (EINVAL)
        shown = target.name if len(target.name) <= 40 else target.name[:40] + "…"
        raise NameRefused(f"The name {shown} cannot be used in {folder} (too long, or characters that folder "
                          "does not allow). Choose a shorter name; nothing was written.") from None


def _missing(folder: Path) -> FolderMissing:
    return FolderMissing(f"The folder {folder} does not exist (any more). Choose another; nothing was written.")


def _full(folder: Path, free: int, needed_bytes: int) -> FolderFull:
    return FolderFull(f"The folder {folder} has not enough free space ({free // 1024} KB free, about "
                      f"{(needed_bytes + SPACE_MARGIN) // 1024} KB needed). Free some space or choose another "
                      "place; nothing was written.")


def _storage(exc: StorageError, target: Path) -> StorageError:
    """The store's own words on a write that failed half-way (the disk filled meanwhile), as a refusal."""
    text = str(exc)
    if "full" in text:
        return FolderFull(f"The disk filled up while writing {target.name}; nothing was kept. Free some space "
                          "or choose another place.")
    return exc


def file_name(word: str, day: _dt.date, suffix: str) -> str:
    """A default file name: a word and the date, never a name (``tandem-backup-2026-12-04.tandem``).
    ``word`` is the interface's (translated); characters no file name may hold become hyphens."""
    cleaned = "-".join(re.sub(r'[<>:"/\\|?*\x00-\x1f\x7f]+', " ", word).split()).strip(".-") or "journal"
    return f"{cleaned}-{day.isoformat()}{suffix}"


def free_name(folder: Path, name: str) -> str:
    """``name``, or with "-2", "-3"… before the suffix when a file of that name is already in ``folder``
    (a second backup on the same day)."""
    stem, dot, suffix = name.rpartition(".") if "." in name else (name, "", "")
    candidate, n = name, 1
    while (Path(folder) / candidate).exists():
        n += 1
        candidate = f"{stem}-{n}{dot}{suffix}"
    return candidate


# Backup ------------------------------------------------------------------------------------------------
# A backup's default name in English, by the kind of journal: the word and the suffix (the window says the
# word in its language: CareKind.backup_word in app/ui/dialogs/care_flow.py; the CLI uses these).
BACKUP_NAMES = {TANDEM: ("tandem-backup", journals.TANDEM_SUFFIX),
                PRIVATE: ("reflections-backup", journals.PRIVATE_SUFFIX)}


def backup_target(dest: str | os.PathLike[str], schema: Schema, day: _dt.date) -> Path:
    """Where a backup asked for at ``dest`` goes: ``dest`` itself when it names a file; in a folder, the
    default name (a word and the date, never a name: ``file_name``), numbered when taken (``free_name``).
    A name ending in a separator means a folder: when it is not there (a USB stick not plugged in) that is
    refused (``FolderMissing``) rather than written as a file of that name. The other checks are
    ``back_up``'s."""
    text = os.fspath(dest)
    path = Path(text)
    if _is_dir(path):
        word, suffix = BACKUP_NAMES[schema]
        return path / free_name(path, file_name(word, day, suffix))
    if text.endswith(tuple(sep for sep in (os.sep, os.altsep) if sep)):
        raise _missing(path.resolve())
    return path


def _is_dir(path: Path) -> bool:
    try:
        return path.is_dir()
    except OSError:  # a name the file system refuses is no folder; check_target says why
        return False


def back_up(journal: EncryptedStore, target: Path) -> Path:
    """A consistent encrypted copy (same passphrase) at ``target``, which must be new; the checks first."""
    check_target(target, journal.path, _size(journal.path))
    if Path(target).exists():
        raise AlreadyExists(f"{Path(target).name} already exists; choose another name. Nothing was written.")
    try:
        return journal.backup(target)
    except StorageError as exc:
        raise _storage(exc, Path(target)) from None


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


@dataclass(frozen=True)
class BackupStatus:
    """What the overview says about backups: when the last was made, and whether to remind."""

    last: _dt.datetime | None
    sessions_since: int  # sessions held (started by now) after the last backup, or ever if none
    remind: bool


def backup_status(last: _dt.datetime | None, session_starts: Iterable[str], now: _dt.datetime,
                  every: int) -> BackupStatus:
    """Remind gently once ``every`` sessions (0: never) have been held since the last backup (or ever)."""
    held = [start for start in map(naive, session_starts) if start is not None and start <= now]
    after = last.replace(tzinfo=None) if last is not None else None
    since = len([start for start in held if after is None or start > after])
    return BackupStatus(last, since, every > 0 and since >= every)


# Integrity ---------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class IntegrityReport:
    pages: int
    problems: list[str]

    @property
    def sound(self) -> bool:
        return not self.problems


def check(journal: EncryptedStore) -> IntegrityReport:
    """Every page verified (SQLCipher's HMAC per page, SQLite's structure, references, the search index)."""
    problems = journal.integrity_problems()
    return IntegrityReport(_size(journal.path) // PAGE_SIZE, problems)


# Portable JSON -----------------------------------------------------------------------------------------
def export_json(journal: EncryptedStore, target: Path) -> Path:
    """The whole journal as the portable JSON (not encrypted) at ``target``; replaces a file the person
    agreed to replace, never the journal itself."""
    data = portable.export_data(journal)  # a damaged journal gives a marked rescue copy
    text = portable.dumps(data).encode("utf-8")
    check_target(target, journal.path, len(text))
    refuse_a_journal(target)  # a backup, a journal closed or locked: the chooser's "Replace?" does not reach it
    try:
        write_bytes_atomic(Path(target), text, overwrite=True)
    except StorageError as exc:
        raise _storage(exc, Path(target)) from None
    if portable.is_rescue(data):
        missing = ", ".join(data["rescue"]["incomplete"]) or "none"
        raise RescueWritten(f"{journal.path.name} is damaged ({data['rescue']['problems']} problems found): "
                            f"{Path(target).name} is a rescue copy with what could still be read (lists that may "
                            f"miss entries: {missing}).", Path(target))
    return Path(target)


def passphrase_names(journal: EncryptedStore) -> list[str]:
    """What a new passphrase for ``journal`` is rated against (``app/core/strength``), as the CLI does: the
    people's names (the tandem's two, a private journal's author) and the file's name."""
    table = "author" if isinstance(journal, PrivateJournal) else "person"
    return _names(journal.rows(table), journal.path)


def _names(rows: Iterable[Any], path: Path) -> list[str]:
    names = [str(row.get("display_name") or "") for row in rows if isinstance(row, dict)]
    return [name for name in names if name.strip()] + [path.stem]


@dataclass(frozen=True)
class ImportPreview:
    """What an export file holds, read and validated completely before anything is written."""

    source: Path
    schema: Schema
    counts: dict[str, int]  # entries per list of the portable format (its keys), singletons left out
    data: dict[str, Any]

    @property
    def private(self) -> bool:
        return self.schema is PrivateJournal.schema

    @property
    def names(self) -> list[str]:
        """What the new journal's passphrase is rated against: the names in the file and the file's name."""
        author = self.data.get("author")
        return _names([*(self.data.get("people") or []), *([author] if author else [])], self.source)


# How the portable format words its refusals of a whole file (tests/unit/core/test_journal_care.py
# checks each against a real file, so a changed wording fails there).
_WHOLE_FILE = (
    ("The file is not UTF-8 text", ImportRefused.NOT_TEXT),
    ("The file is not valid JSON", ImportRefused.NOT_JSON),
    ("The file is not a Tandem Journal export", ImportRefused.FOREIGN),
    ("The file does not hold", ImportRefused.FOREIGN),
    ("The export is in format version", ImportRefused.NEWER),
)


def read_export(source: Path, expected: Schema) -> ImportPreview:
    """Read and validate an export file for a new journal of ``expected``'s kind; refuse it otherwise."""
    try:
        raw = portable.read_file(Path(source))  # the size is checked before anything is read
    except InvalidData as exc:
        raise ImportRefused(ImportRefused.UNREADABLE, str(exc)) from None
    try:
        schema, data = portable.loads(raw, SCHEMAS)
    except InvalidData as exc:
        text = str(exc)
        reason = next((kind for start, kind in _WHOLE_FILE if text.startswith(start)), ImportRefused.CONTENT)
        raise ImportRefused(reason, text) from None
    except (RecursionError, MemoryError):
        raise ImportRefused(ImportRefused.NOT_JSON, "The file is too deeply nested or too large to be an "
                                                    "export of this app.") from None
    if schema is not expected:
        raise ImportRefused(ImportRefused.OTHER_KIND, f"The file holds a {schema.label}, not a {expected.label}; "
                                                      "nothing was created.")
    counts = {tbl.key: len(data.get(tbl.key) or []) for tbl in schema.tables if not tbl.singleton}
    return ImportPreview(Path(source), schema, counts, data)


def import_new(preview: ImportPreview, target: Path, passphrase: str,
               tandems: Iterable[Path | None] = ()) -> dict[str, int]:
    """A new journal at ``target`` holding exactly the export, all or nothing: on any failure no file is
    left. A private journal's passphrase must not be a tandem's. Returns the entries per list."""
    target = Path(target)
    if target.exists():
        raise AlreadyExists(f"{target.name} already exists; an import never replaces a journal. Choose another "
                            "name; nothing was created.")
    check_target(target, None, _size(preview.source) * 2)
    kind = next(k for k in KINDS if k.schema is preview.schema)
    journal: EncryptedStore = (journals.create_private(target, passphrase, tandems) if kind is PrivateJournal
                               else kind.create(target, passphrase))
    try:
        with journal:
            return portable.import_data(journal, preview.data)
    except BaseException:
        for leftover in (target, target.with_name(target.name + "-journal")):
            leftover.unlink(missing_ok=True)
        raise


# A file the person named: writing it, and reading one to import ---------------------------------------------
def write_file(target: Path, journal_path: Path | None, data: bytes, *, overwrite: bool) -> Path:
    """Write ``data`` at ``target`` as the window's exports are written (the CLI's one-pager, report and export):
    ``check_target``'s refusals first, then a file already there only when the person agreed (``overwrite``;
    never the journal itself, nor any other journal or a file named as one: ``refuse_a_journal``), owner-only
    through a temporary file beside it and an atomic rename. A refusal or a failed write (the disk filled
    meanwhile: ``FolderFull``) leaves no part file and an existing file as it was."""
    target = Path(target)
    check_target(target, journal_path, len(data))
    refuse_a_journal(target)
    if not overwrite and target.exists():
        raise AlreadyExists(f"{target.name} already exists; choose another name. Nothing was written.")
    try:
        write_bytes_atomic(target, data, overwrite=overwrite)
    except StorageError as exc:
        raise _storage(exc, target) from None
    return target


class SourceUnreadable(StorageError):
    """The file to import is not there, is a folder, or may not be read by this person."""


class SourceIsTheJournal(InvalidData):
    """The file to import is the journal it would go into (or one of its own files)."""


class SourceIsAJournal(InvalidData):
    """The file to import is an encrypted journal, not an export of one."""


def check_source(source: Path, journal_path: Path | None) -> None:
    """Refuse a file to import before reading it: the journal itself (or its own files), a file that is not there,
    a folder, one this person may not read, an encrypted journal (an export is needed: a journal is copied by a
    backup). What the file holds is ``portable``'s to judge (``import_refusal``)."""
    source = Path(source)
    if journal_path is not None and source.resolve() in _own_files(journal_path):
        raise SourceIsTheJournal(f"{source.name} is the journal itself: a journal cannot be imported into itself. "
                                 "Choose the .json file an export wrote; nothing was changed.")
    try:
        with open(source, "rb"):
            pass
    except FileNotFoundError:
        raise SourceUnreadable(f"{source} does not exist. Check the name and the folder of the export file; "
                               "nothing was changed.") from None
    except IsADirectoryError:
        raise SourceUnreadable(f"{source.name} is a folder, not an export. Choose the .json file in it; nothing "
                               "was changed.") from None
    except OSError as exc:
        raise SourceUnreadable(f"{source.name} cannot be read ({(exc.strerror or str(exc)).lower()}). Copy it "
                               "somewhere you may read it, or ask whoever owns it; nothing was changed.") from None
    if _looks_like_a_journal(source):
        raise SourceIsAJournal(f"{source.name} is an encrypted journal, not an export: an import reads the .json "
                               "file an export writes, and a journal is copied by a backup. Nothing was changed.")


def _looks_like_a_journal(path: Path) -> bool:
    """As the store's first look at a file to open: whole pages that do not read as text (never a JSON export)."""
    from app.store.connection import precheck_file

    try:
        precheck_file(path)
    except Exception:  # noqa: BLE001 - any refusal means: not a journal's file
        return False
    return True


# What to do about an export file ``portable`` refused, by the kind of problem (the window words its own).
_IMPORT_ADVICE = {
    ImportRefused.NOT_TEXT: "Choose the .json file an export of Tandem Journal wrote",
    ImportRefused.NOT_JSON: "It may be cut short, or not an export: export the journal again, or choose the .json "
                            "file an export wrote",
    ImportRefused.FOREIGN: "Choose the .json file an export of Tandem Journal wrote",
    ImportRefused.NEWER: "Update Tandem Journal to import it",
    ImportRefused.CONTENT: "The file is damaged or was changed by hand: export the journal again",
}


def import_refusal(source: Path, error: InvalidData) -> ImportRefused:
    """``portable``'s refusal of ``source`` as one line naming the file and saying what to do, with its reason
    (the whole file is not an export, a newer one, or one entry does not fit: a damaged or edited export)."""
    text = str(error)
    reason = next((kind for start, kind in _WHOLE_FILE if text.startswith(start)), None)
    if reason is None:
        reason = ImportRefused.FOREIGN if "Tandem Journal export" in text else ImportRefused.CONTENT
    return ImportRefused(reason, f"{Path(source).name}: {text} {_IMPORT_ADVICE[reason]}; nothing was changed.")
