"""Owner-only everywhere (issue 15.4): the app's settings, data, state and cache folders are 0700 and
their files 0600, when the app creates them and, repaired, at every start (other accounts on the
machine could read the recent journals' paths, whose names often carry people's names)."""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path

import pytest

from app import paths
from app.ui.settings import Settings

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX modes")


def mode(path: Path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


def test_a_new_settings_file_and_its_folders_are_owner_only(isolated_home: dict[str, Path]) -> None:
    settings = Settings()
    settings.add_recent(isolated_home["home"] / "Anna und Ben.tandem")
    settings.sync()
    assert paths.settings_file().exists()
    assert mode(paths.settings_file()) == 0o600
    assert mode(paths.config_dir()) == 0o700 and mode(paths.config_dir().parent) == 0o700


def test_modes_are_repaired_at_start(isolated_home: dict[str, Path]) -> None:
    made = []
    for folder in (paths.config_dir(), paths.data_dir(), paths.state_dir(), paths.cache_dir()):
        folder.mkdir(parents=True)
        (folder / "leftover.txt").write_text("x", encoding="utf-8")
        for path in (folder.parent, folder):
            path.chmod(0o755)
        (folder / "leftover.txt").chmod(0o644)
        made.append(folder)
    paths.settings_file().write_text("[view]\nlanguage=de\n", encoding="utf-8")
    paths.settings_file().chmod(0o644)
    assert Settings().language == "de"
    for folder in made:
        assert mode(folder) == 0o700 and mode(folder.parent) == 0o700, folder
        assert mode(folder / "leftover.txt") == 0o600, folder
    assert mode(paths.settings_file()) == 0o600
    assert mode(isolated_home["config"]) == 0o755, "the base folders are not the app's to change"


def test_the_cache_folder_is_where_qt_puts_it(isolated_home: dict[str, Path]) -> None:
    assert paths.cache_dir() == isolated_home["cache"] / "TandemJournal" / "Tandem Journal"
    assert paths.cache_dir() in paths.app_folders()


def test_a_settings_file_elsewhere_changes_only_its_own_folder(tmp_path: Path) -> None:
    """The demo keeps its settings in its temporary folder: nothing above that folder is touched."""
    tmp_path.chmod(0o755)
    folder = tmp_path / "demo"
    Settings(folder / "settings.ini").sync()
    assert mode(folder) == 0o700 and mode(folder / "settings.ini") == 0o600
    assert mode(tmp_path) == 0o755


def test_an_existing_folder_that_is_not_the_apps_keeps_its_mode(tmp_path: Path) -> None:
    """A settings file put straight into a shared folder (``/tmp``, a script's ``--settings``) never
    tightens that folder: once ``/tmp`` became 0700 and apt could no longer write to it."""
    shared = tmp_path / "shared"
    shared.mkdir()
    shared.chmod(0o1777)
    Settings(shared / "settings.ini").sync()
    assert mode(shared) == 0o1777
    assert mode(shared / "settings.ini") == 0o600
