"""Whether a file opened from outside (Finder, ``open``) is the journal the window already shows, by table."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest

from app.core.opening import same_journal


def _shown(tmp: Path) -> Path:
    return tmp / "tandem.tandem"


def _the_same_path(tmp: Path) -> Path:
    return tmp / "tandem.tandem"


def _a_relative_name(tmp: Path) -> Path:
    return Path(os.path.relpath(tmp / "tandem.tandem"))


def _with_dots(tmp: Path) -> Path:
    return tmp / "sub" / ".." / "tandem.tandem"


def _a_link_to_it(tmp: Path) -> Path:
    (tmp / "link.tandem").symlink_to(tmp / "tandem.tandem")
    return tmp / "link.tandem"


def _a_hard_link(tmp: Path) -> Path:
    os.link(tmp / "tandem.tandem", tmp / "hard.tandem")
    return tmp / "hard.tandem"


def _another_file(tmp: Path) -> Path:
    (tmp / "andere.tandem").write_bytes(b"x")
    return tmp / "andere.tandem"


def _a_copy(tmp: Path) -> Path:
    (tmp / "kopie.tandem").write_bytes((tmp / "tandem.tandem").read_bytes())
    return tmp / "kopie.tandem"


def _a_missing_file(tmp: Path) -> Path:
    return tmp / "weg.tandem"


def _the_folder(tmp: Path) -> Path:
    return tmp


@pytest.mark.parametrize(("asked", "shown_exists", "same"), [
    (_the_same_path, True, True),
    (_a_relative_name, True, True),
    (_with_dots, True, True),
    (_a_link_to_it, True, True),
    (_a_hard_link, True, True),
    (_another_file, True, False),
    (_a_copy, True, False),  # a copy is another journal (its own lock, its own changes)
    (_a_missing_file, True, False),
    (_the_folder, True, False),
    (_the_same_path, False, True),  # the shown journal is gone: told by its name, as the unlock screen does
    (_a_missing_file, False, False),
])
def test_same_journal(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, asked: Callable[[Path], Path],
                      shown_exists: bool, same: bool) -> None:
    (tmp_path / "sub").mkdir()
    monkeypatch.chdir(tmp_path / "sub")
    if shown_exists:
        _shown(tmp_path).write_bytes(b"journal")
    assert same_journal(asked(tmp_path), _shown(tmp_path)) is same


def test_nothing_shown_is_never_the_same(tmp_path: Path) -> None:
    (tmp_path / "tandem.tandem").write_bytes(b"journal")
    assert same_journal(tmp_path / "tandem.tandem", None) is False
