"""Creating and opening journals: the tandem's, and each person's private one.

The rule that guards privacy on a shared laptop lives here, so the desktop app and
the command line both apply it: a private journal's passphrase must not be the
tandem's, because the partner knows that one. Which tandem journals are checked:
those the caller names (the one open in the app, ``--tandem`` on the command line)
and every ``*.tandem`` file beside the private journal.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from app.store import Journal, JournalError, PrivateJournal
from app.store.connection import unlocks

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


def create_private(path: Path, secret: str, tandems: Iterable[Path | None] = ()) -> PrivateJournal:
    """A new private journal, unless ``secret`` is a tandem's passphrase."""
    check_private_passphrase(secret, tandems_to_check(path, tandems))
    return PrivateJournal.create(path, secret)


def open_private(path: Path, secret: str) -> PrivateJournal:
    return PrivateJournal.open(path, secret)


def change_private_passphrase(journal: PrivateJournal, secret: str, tandems: Iterable[Path | None] = ()) -> None:
    """A new passphrase for a private journal, unless it is a tandem's. All or nothing."""
    check_private_passphrase(secret, tandems_to_check(journal.path, tandems))
    journal.change_passphrase(secret)
