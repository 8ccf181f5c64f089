"""Walk 7 (issue 20.8): proposed file names in the interface's language, per tandem, and dialogs that
start in a real folder (never the working directory)."""

from __future__ import annotations

from pathlib import Path

import pytest

from app import paths
from app.core.journals import export_file_name, tandem_file_name

PEOPLE = ["Dr. Petra Schäfer-Ünal", "Jonas Weiß"]

EXPORTS = [
    # word (the interface's), names on the page -> proposed name
    ("One-Pager", "full", "One-Pager-Petra-Jonas.pdf"),
    ("One-pager", "full", "One-pager-Petra-Jonas.pdf"),
    ("One-Pager", "initials", "One-Pager-PSÜ-JW.pdf"),
    ("One-Pager", "none", "One-Pager.pdf"),  # no names on the page: none in its file name either
    ("", "none", "export.pdf"),
    ("Programm/Bericht", "none", "Programm-Bericht.pdf"),  # a character no file name may hold
]


@pytest.mark.parametrize(("word", "style", "name"), EXPORTS)
def test_an_exports_name_shows_the_names_the_page_shows(word: str, style: str, name: str) -> None:
    assert export_file_name(word, PEOPLE, style, ".pdf") == name


TANDEMS = [
    # the interface's word, files already in the folder -> proposed name
    ("Tandem-Journal", (), "Tandem-Journal.tandem"),
    ("Tandem journal", (), "Tandem-journal.tandem"),
    ("Tandem-Journal", ("Tandem-Journal.tandem",), "Tandem-Journal-2.tandem"),  # another tandem's file
    ("Tandem-Journal", ("Tandem-Journal.tandem", "Tandem-Journal-2.tandem"), "Tandem-Journal-3.tandem"),
    ("", (), "Tandem-journal.tandem"),
]


@pytest.mark.parametrize(("word", "existing", "name"), TANDEMS)
def test_a_new_tandem_gets_a_name_of_its_own(tmp_path: Path, word: str, existing: tuple[str, ...],
                                             name: str) -> None:
    for file in existing:
        (tmp_path / file).write_bytes(b"")
    assert tandem_file_name(word, tmp_path) == name


FOLDERS = [
    # (last folder exists, Documents exists) -> where the dialog starts
    (True, True, "last"),
    (False, True, "documents"),
    (True, False, "last"),
    (False, False, "home"),  # never the working directory
]


@pytest.mark.parametrize(("last_exists", "documents_exist", "start"), FOLDERS)
def test_a_file_dialog_starts_in_a_real_folder(tmp_path: Path, isolated_home: dict[str, Path],
                                               monkeypatch: pytest.MonkeyPatch, last_exists: bool,
                                               documents_exist: bool, start: str) -> None:
    last = tmp_path / "exports"
    if last_exists:
        last.mkdir()
    if documents_exist:
        paths.documents_dir().mkdir(parents=True)
    monkeypatch.chdir(tmp_path)
    expected = {"last": last, "documents": paths.documents_dir(), "home": isolated_home["home"]}[start]
    assert paths.start_folder(last) == expected != Path.cwd()
    assert paths.start_folder(None) == (paths.documents_dir() if documents_exist else isolated_home["home"])
