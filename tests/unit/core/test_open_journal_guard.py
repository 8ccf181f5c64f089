"""No file the app writes replaces a journal open in this program (the window's tandem journal, a private one
beside it), nor one of its own files: ``journal_care.check_target`` and ``write_file`` refuse it before anything
is written (``OntoAnOpenJournal``), and so does the store's one writer (``files.atomic_writer``) for any caller.
Once the journal is closed, the same name is an ordinary file again. Qt-free, by table."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.core import journal_care as care
from app.store import AlreadyExists, Journal, OntoAnOpenJournal, PrivateJournal
from app.store.files import open_journals, write_bytes_atomic
from tests.conftest import OTHER, PASSPHRASE


@pytest.fixture
def two_open(journal_path: Path) -> Iterator[tuple[Journal, PrivateJournal]]:
    """The tandem's journal and a private one, both open, as in the window on "My reflections"."""
    tandem = Journal.open(journal_path, PASSPHRASE)
    private = PrivateJournal.create(journal_path.parent / "mine.reflections", OTHER)
    try:
        yield tandem, private
    finally:
        private.close()
        tandem.close()


def _contents(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()}


# (the name chosen, beside the two journals)
OPEN_FILES = ["tandem.tandem", "tandem.tandem-journal", "tandem.tandem-wal", "tandem.tandem-shm", "tandem.tandem.lock",
              "mine.reflections", "mine.reflections-journal", "./sub/../tandem.tandem",
              "TANDEM.Tandem-Journal",  # another spelling: the same file on a case-blind disk (Windows, macOS)
              # the folder in another spelling (review 1d): '~/documents' is '~/Documents' on a case-blind disk
              "../{FOLDER}/tandem.tandem-journal", "../{FOLDER}/mine.reflections.lock", "../{FOLDER}/Tandem.Tandem-WAL",
              "../{Folder}/mine.reflections-shm"]


@pytest.mark.parametrize("name", OPEN_FILES)
@pytest.mark.parametrize("writer", ["write_file", "check_target", "write_bytes_atomic"])
def test_an_open_journal_or_its_files_is_refused_and_nothing_is_written(
        two_open: tuple[Journal, PrivateJournal], name: str, writer: str) -> None:
    folder = two_open[0].path.parent
    (folder / "sub").mkdir()
    before = _contents(folder)
    target = folder / name.format(FOLDER=folder.name.upper(), Folder=folder.name.capitalize())
    with pytest.raises(OntoAnOpenJournal) as caught:
        if writer == "write_file":
            care.write_file(target, None, b"%PDF a one-pager", overwrite=True)
        elif writer == "check_target":
            care.check_target(target, None, 100)
        else:
            write_bytes_atomic(target, b"%PDF a one-pager", overwrite=True)
    text = str(caught.value)
    assert text.startswith(f"{target.name} is a journal that is open here") and text.endswith("nothing was written.")
    assert "Choose another name" in text and caught.value.name == target.name
    assert isinstance(caught.value, AlreadyExists)  # the CLI and the window treat it as a refused place
    assert _contents(folder) == before


def test_the_journal_being_saved_from_keeps_its_own_words(two_open: tuple[Journal, PrivateJournal]) -> None:
    """journal_care's rule for the journal itself comes first (the CLI's exit 8 and its message)."""
    tandem = two_open[0]
    with pytest.raises(care.OntoTheJournal, match="is the journal itself"):
        care.write_file(tandem.path, tandem.path, b"x", overwrite=True)


def test_a_hard_link_to_an_open_journal_is_the_same_file(two_open: tuple[Journal, PrivateJournal]) -> None:
    tandem = two_open[0]
    link = tandem.path.with_name("another-name.pdf")
    os.link(tandem.path, link)
    with pytest.raises(OntoAnOpenJournal):
        care.write_file(link, None, b"x", overwrite=True)


def test_only_open_journals_are_guarded(journal_path: Path, tmp_path: Path) -> None:
    """The list of open journals is what is open now; a closed journal is no longer "open here", and is refused
    as a journal all the same (``journal_care.OntoAJournal``: review 1b), while an ordinary file is replaced."""
    journal = Journal.open(journal_path, PASSPHRASE)
    assert journal_path in open_journals()
    journal.close()
    journal.close()  # twice is safe
    assert journal_path not in open_journals()
    before = journal_path.read_bytes()
    with pytest.raises(care.OntoAJournal):
        care.write_file(journal_path, None, b"%PDF", overwrite=True)
    assert journal_path.read_bytes() == before
    other = tmp_path / "out.pdf"
    assert care.write_file(other, None, b"%PDF", overwrite=False) == other
    assert care.write_file(other, None, b"%PDF replaced, as the person agreed", overwrite=True) == other


@pytest.mark.parametrize("where", ["elsewhere/tandem.tandem-journal", "../{FOLDER}x/tandem.tandem-journal",
                                   "sub/TANDEM.tandem-journal"])
def test_the_same_name_in_another_folder_is_written(two_open: tuple[Journal, PrivateJournal], where: str) -> None:
    """Only the journal's own folder, in whatever spelling, is guarded: its files' names elsewhere are new files."""
    folder = two_open[0].path.parent
    target = folder / where.format(FOLDER=folder.name.upper())
    target.parent.mkdir(exist_ok=True)
    assert care.write_file(target, None, b"%PDF", overwrite=True) == target and target.read_bytes() == b"%PDF"


@pytest.mark.parametrize("form", ["NFD", "NFC"])
def test_the_folder_in_the_other_unicode_form_is_the_same_folder(journal_path: Path, form: str) -> None:
    """macOS keeps names decomposed ('U' and a combining diaeresis): '~/Übungen' typed either way is one folder."""
    import shutil
    import unicodedata

    folder = journal_path.parent / unicodedata.normalize("NFC", "Übungen")
    folder.mkdir()
    shutil.copyfile(journal_path, folder / "tandem.tandem")
    journal = Journal.open(folder / "tandem.tandem", PASSPHRASE)
    try:
        spelled = journal_path.parent / unicodedata.normalize(form, "übungen") / "tandem.tandem-journal"
        with pytest.raises(OntoAnOpenJournal):
            care.write_file(spelled, None, b"%PDF", overwrite=True)
    finally:
        journal.close()
