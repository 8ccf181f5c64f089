"""The file-dialog helpers: the suffix rule, and cancelling."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QWidget

from app.ui.dialogs.common import ask_existing_file, ask_new_file


@pytest.mark.parametrize(("typed", "expected"), [("/x/tandem", "/x/tandem.tandem"),
                                                  ("/x/tandem.tandem", "/x/tandem.tandem"),
                                                  ("/x/team.v2", "/x/team.v2.tandem")])
def test_new_file_gets_its_suffix(qtbot, monkeypatch: pytest.MonkeyPatch, typed: str, expected: str) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (typed, ""))
    assert ask_new_file(parent, "t", "tandem", ".tandem", "Tandem journals") == Path(expected)


def test_cancelling_returns_nothing(qtbot, monkeypatch: pytest.MonkeyPatch) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: ("", ""))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: ("", ""))
    assert ask_new_file(parent, "t", "my", ".reflections", "Private journals") is None
    assert ask_existing_file(parent, "t", ".reflections", "Private journals") is None
