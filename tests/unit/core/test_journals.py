"""Creating journals, and the privacy rule: a private passphrase is never the tandem's."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.core import journals
from app.store import AlreadyExists, Journal, PrivateJournal, WrongPassphrase
from tests.conftest import OTHER, PASSPHRASE

MINE = "nur ich kenne diesen Satz 2026"


def test_create_tandem_writes_both_names(tmp_path: Path) -> None:
    path = tmp_path / "neu.tandem"
    journals.create_tandem(path, PASSPHRASE, " Dr. Petra Schäfer-Ünal ", "Jonas Weiß").close()
    with journals.open_tandem(path, PASSPHRASE) as journal:
        people = journal.people()
    assert people["mentee"]["display_name"] == "Dr. Petra Schäfer-Ünal"
    assert people["mentor"]["display_name"] == "Jonas Weiß"


@pytest.mark.parametrize("beside", [True, False])
def test_the_tandems_passphrase_is_refused_for_a_private_journal(journal_path: Path, tmp_path: Path,
                                                                 beside: bool) -> None:
    folder = journal_path.parent if beside else tmp_path / "elsewhere"
    folder.mkdir(exist_ok=True)
    private = folder / "meine.reflections"
    named = () if beside else (journal_path,)  # beside the tandem it is found; elsewhere it must be named
    before = journal_path.read_bytes()
    with pytest.raises(journals.TandemPassphraseChosen):
        journals.create_private(private, PASSPHRASE, named)
    assert not private.exists() and journal_path.read_bytes() == before
    journals.create_private(private, MINE, named).close()
    with pytest.raises(WrongPassphrase):
        PrivateJournal.open(private, PASSPHRASE)


def test_a_tandem_elsewhere_and_not_named_is_not_checked(journal_path: Path, tmp_path: Path) -> None:
    """The rule checks what it can know of; the app always names the open tandem."""
    other = tmp_path / "elsewhere"
    other.mkdir()
    journals.create_private(other / "m.reflections", PASSPHRASE).close()


def test_changing_a_private_passphrase_to_the_tandems_is_refused(journal_path: Path) -> None:
    private = journal_path.parent / "m.reflections"
    with journals.create_private(private, MINE) as journal:
        journal.add("reflection", written_on="2026-02-01", body="geheim")
        with pytest.raises(journals.TandemPassphraseChosen):
            journals.change_private_passphrase(journal, PASSPHRASE)
        journals.change_private_passphrase(journal, OTHER)
    with pytest.raises(WrongPassphrase):
        PrivateJournal.open(private, MINE)
    with journals.open_private(private, OTHER) as journal:
        assert [r["body"] for r in journal.reflections()] == ["geheim"]
    with Journal.open(journal_path, PASSPHRASE):
        pass  # the tandem journal is untouched and still opens


@pytest.mark.parametrize(("word", "first_name", "expected"), [
    ("Reflexionen", "Petra", "Reflexionen-Petra.reflections"),
    ("Reflections", "Jonas", "Reflections-Jonas.reflections"),
    ("Reflexionen", "  Anna   Lena ", "Reflexionen-Anna Lena.reflections"),
    ("Reflexionen", "Jürgen 🙂", "Reflexionen-Jürgen 🙂.reflections"),
    ("Reflexionen", "", "Reflexionen.reflections"),
    ("Reflexionen", " . ", "Reflexionen.reflections"),
    ("Reflexionen", "../../etc/passwd", "Reflexionen-etc passwd.reflections"),  # never a path
    ("Reflexionen", "a:b*c?<d>|e\"f\\g", "Reflexionen-a b c d e f g.reflections"),  # Windows' forbidden characters
    ("Reflexionen", "Tab\there\nnew", "Reflexionen-Tab here new.reflections"),
    ("Reflexionen", "x" * 60, f"Reflexionen-{'x' * journals.NAME_LIMIT}.reflections"),
    ("", "Petra", "Reflections-Petra.reflections"),
])
def test_a_private_journal_is_named_after_its_author(word: str, first_name: str, expected: str) -> None:
    assert journals.private_file_name(word, first_name) == expected


def test_a_new_private_journal_never_replaces_a_file(tmp_path: Path) -> None:
    partners = tmp_path / "Reflexionen-Petra.reflections"
    journals.create_private(partners, OTHER).close()
    before = partners.read_bytes()
    for refuse in (journals.check_new_private, journals.create_private):
        with pytest.raises(AlreadyExists):
            refuse(partners, MINE)
    assert partners.read_bytes() == before
    with journals.open_private(partners, OTHER):
        pass


def test_a_new_private_journal_is_checked_before_anything_is_written(journal_path: Path) -> None:
    private = journal_path.parent / "Reflexionen-Jonas.reflections"
    with pytest.raises(journals.TandemPassphraseChosen):
        journals.check_new_private(private, PASSPHRASE)
    journals.check_new_private(private, MINE)
    assert not private.exists()


def test_a_remembered_private_journal_is_found_by_its_passphrase(journal_path: Path, tmp_path: Path) -> None:
    petra, jonas = tmp_path / "Reflexionen-Petra.reflections", tmp_path / "Reflexionen-Jonas.reflections"
    journals.create_private(petra, MINE).close()
    journals.create_private(jonas, OTHER).close()
    gone = tmp_path / "verschoben.reflections"
    remembered = [gone, petra, jonas]
    for secret, expected in ((MINE, petra), (OTHER, jonas)):
        with journals.open_remembered_private(secret, remembered) as journal:
            assert journal.path == expected
    for secret, among in ((PASSPHRASE, remembered), ("falsch", remembered), (MINE, []),
                           (PASSPHRASE, [journal_path])):  # a tandem journal is not a private one
        with pytest.raises(journals.NoRememberedJournalOpens):
            journals.open_remembered_private(secret, among)
