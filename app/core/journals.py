"""Creating and opening journals: the tandem's, and each person's private one.

The rule that guards privacy on a shared laptop lives here, so the desktop app and
the command line both apply it: a private journal's passphrase must not be the
tandem's, because the partner knows that one. Which tandem journals are checked:
those the caller names (the one open in the app, ``--tandem`` on the command line)
and every ``*.tandem`` file beside the private journal.

A new private journal never replaces a file (the partner's may have that name), and its
proposed name carries the person's first name, so the two partners' names differ. One that
its author let this laptop remember is found by its passphrase alone (``open_remembered_private``):
the app never lists remembered files, so the partner cannot tell that one exists.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

from app.store import AlreadyExists, Journal, JournalError, NotAJournal, PrivateJournal, WrongPassphrase
from app.store.connection import unlocks

from . import names

TANDEM_SUFFIX = ".tandem"
PRIVATE_SUFFIX = ".reflections"


class TandemPassphraseChosen(JournalError):
    """A private passphrase that opens a tandem journal: refused, nothing written."""


TANDEM_PASSPHRASE_MESSAGE = ("That is the tandem's passphrase, which your partner knows. Choose one only you "
                             "know; nothing was changed.")


def create_tandem(path: Path, passphrase: str, mentee: str, mentor: str) -> Journal:
    """A new, empty tandem journal with both names, in one go: it exists whole or not at all."""
    journal = Journal.create(path, passphrase)
    try:
        with journal.transaction():
            journal.set_person("mentee", display_name=mentee.strip())
            journal.set_person("mentor", display_name=mentor.strip())
    except BaseException:
        journal.close()
        path.unlink(missing_ok=True)
        raise
    return journal


def open_tandem(path: Path, passphrase: str) -> Journal:
    return Journal.open(path, passphrase)


def tandems_to_check(private_path: Path, named: Iterable[Path | None] = ()) -> list[Path]:
    """The tandem journals a private passphrase must not open: those named, and those beside the file."""
    found = {p.resolve() for p in named if p is not None and p.is_file()}
    folder = private_path.resolve().parent
    if folder.is_dir():
        found |= {p.resolve() for p in folder.glob(f"*{TANDEM_SUFFIX}") if p.is_file()}
    return sorted(found)


def check_private_passphrase(secret: str, tandems: Iterable[Path]) -> None:
    """Refuse ``secret`` if it opens any of ``tandems`` (read-only check, nothing written)."""
    if any(unlocks(path, secret) for path in tandems):
        raise TandemPassphraseChosen(TANDEM_PASSPHRASE_MESSAGE)


# What a file name may not hold on any of the desktops (Windows is the strictest), and control characters.
_NOT_IN_NAMES = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]+')
NAME_LIMIT = 40  # characters of the first name kept in a file's name


def private_file_name(word: str, first_name: str) -> str:
    """A new private journal's file name: ``word`` (the interface's "Reflections") and the author's
    first name, e.g. ``Reflexionen-Petra.reflections``, so the two partners' names differ. Characters
    a file name cannot hold become spaces; an empty name leaves just the word."""
    def clean(text: str) -> str:
        return " ".join(_NOT_IN_NAMES.sub(" ", text).split()).strip(" .")

    name = clean(first_name)[:NAME_LIMIT].strip(" .")
    stem = clean(word) or "Reflections"
    return f"{stem}-{name}{PRIVATE_SUFFIX}" if name else f"{stem}{PRIVATE_SUFFIX}"


def tandem_file_name(word: str, folder: Path) -> str:
    """A new tandem journal's proposed file name: ``word`` (the interface's "Tandem journal"), e.g.
    ``Tandem-Journal.tandem``; if ``folder`` already holds one of that name (another tandem's),
    the first free ``…-2``, ``…-3``: each tandem gets its own file."""
    stem = "-".join((" ".join(_NOT_IN_NAMES.sub(" ", word).split()).strip(" .") or "Tandem journal").split())
    number = 1
    while (folder / (name := f"{stem}{TANDEM_SUFFIX}" if number == 1 else f"{stem}-{number}{TANDEM_SUFFIX}")).exists():
        number += 1
    return name


def export_file_name(word: str, people: Iterable[str], style: str, suffix: str) -> str:
    """An export's proposed file name: ``word`` (e.g. the interface's "One-pager") and the tandem's
    names as the page shows them: given names in full ("One-Pager-Petra-Jonas.pdf"), initials
    ("One-Pager-PSU-JW.pdf") or, with no names on the page, none ("One-Pager.pdf")."""
    def clean(text: str) -> str:
        return "-".join(_NOT_IN_NAMES.sub(" ", text).replace(".", " ").split())

    if style == "full":
        shown = [clean(names.given_name(person))[:NAME_LIMIT] for person in people]
    elif style == "initials":
        shown = [clean(names.initials(person)).replace("-", "") for person in people]
    else:
        shown = []
    return "-".join([clean(word) or "export", *(part for part in shown if part)]) + suffix


def check_new_private(path: Path, secret: str, tandems: Iterable[Path | None] = ()) -> None:
    """Refuse a new private journal at ``path`` before anything is written: the file exists (it may be
    the partner's: never replaced), or ``secret`` opens a tandem journal (the partner knows it)."""
    if path.exists():
        raise AlreadyExists(f"{path} already exists; choose another name.")
    check_private_passphrase(secret, tandems_to_check(path, tandems))


def create_private(path: Path, secret: str, tandems: Iterable[Path | None] = ()) -> PrivateJournal:
    """A new private journal, unless the file exists or ``secret`` is a tandem's passphrase."""
    check_new_private(path, secret, tandems)
    return PrivateJournal.create(path, secret)


def open_private(path: Path, secret: str) -> PrivateJournal:
    return PrivateJournal.open(path, secret)


class NoRememberedJournalOpens(WrongPassphrase):
    """No private journal remembered on this laptop opens with the passphrase typed."""


def open_remembered_private(secret: str, remembered: Iterable[Path]) -> PrivateJournal:
    """The remembered private journal that ``secret`` opens (each is tried read-only first, so a wrong
    one is never touched). Which files are remembered is never shown: the passphrase chooses."""
    for path in remembered:
        if path.is_file() and unlocks(path, secret):
            try:
                return PrivateJournal.open(path, secret)
            except NotAJournal:  # a tandem journal, say: not a private one
                continue
    raise NoRememberedJournalOpens("No remembered private journal opens with that passphrase.")


def change_private_passphrase(journal: PrivateJournal, secret: str, tandems: Iterable[Path | None] = ()) -> None:
    """A new passphrase for a private journal, unless it is a tandem's. All or nothing."""
    check_private_passphrase(secret, tandems_to_check(journal.path, tandems))
    journal.change_passphrase(secret)
