"""app/paths.py decides every file location without Qt, in the places Qt would choose: the
settings stay where they always were, and tests redirect everything through HOME and XDG_*."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QStandardPaths

from app import paths

Location = QStandardPaths.StandardLocation
pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="the XDG folders are Linux's")


@pytest.fixture
def qt_names(qapp: QCoreApplication) -> Iterator[None]:
    """The names the app gives itself (main.py), which Qt uses for its folders."""
    before = QCoreApplication.applicationName(), QCoreApplication.organizationName()
    QCoreApplication.setApplicationName(paths.APPLICATION)
    QCoreApplication.setOrganizationName(paths.ORGANIZATION)
    yield
    QCoreApplication.setApplicationName(before[0])
    QCoreApplication.setOrganizationName(before[1])


def _same_as_qt() -> None:
    for ours, location in ((paths.config_dir(), Location.AppConfigLocation),
                           (paths.data_dir(), Location.AppDataLocation),
                           (paths.state_dir(), Location.StateLocation),
                           (paths.documents_dir(), Location.DocumentsLocation)):
        assert ours == Path(QStandardPaths.writableLocation(location)), location


def test_the_folders_are_where_qt_puts_them(qt_names: None, isolated_home: dict[str, Path]) -> None:
    _same_as_qt()
    assert paths.settings_file() == isolated_home["config"] / "TandemJournal" / "Tandem Journal" / "settings.ini"
    assert paths.documents_dir() == isolated_home["home"] / "Documents"


def test_without_xdg_variables_the_folders_are_below_home(qt_names: None, isolated_home: dict[str, Path],
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("XDG_CONFIG_HOME")
    monkeypatch.setenv("XDG_DATA_HOME", "relative/is/ignored")
    monkeypatch.setenv("XDG_STATE_HOME", "")
    _same_as_qt()
    assert paths.state_dir() == isolated_home["home"] / ".local" / "state" / "TandemJournal" / "Tandem Journal"


@pytest.mark.parametrize("line", ['XDG_DOCUMENTS_DIR="$HOME/Dokumente"', 'XDG_DOCUMENTS_DIR="/srv/papers"',
                                  'XDG_DOCUMENTS_DIR="$HOME/"', "# no documents entry"])
def test_the_documents_folder_follows_user_dirs(qt_names: None, isolated_home: dict[str, Path], line: str) -> None:
    (isolated_home["config"] / "user-dirs.dirs").write_text(f'XDG_DESKTOP_DIR="$HOME/Desktop"\n{line}\n',
                                                              encoding="utf-8")
    _same_as_qt()


def test_temporary_folders_are_named_and_removed(isolated_home: dict[str, Path]) -> None:
    with paths.temporary_folder("demo") as folder:
        assert Path(folder).parent == isolated_home["tmp"] and Path(folder).name.startswith("tandem-journal-demo-")
    assert not Path(folder).exists()


def test_shipped_files_are_found() -> None:
    assert paths.ICON.is_file() and (paths.FONTS / "DejaVuSans.ttf").is_file()
    assert (paths.TRANSLATIONS / "tandem-journal_de.qm").is_file()
