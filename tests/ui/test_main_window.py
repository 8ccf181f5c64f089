"""The desktop entry point starts and shows a window whose title holds no content."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from app.ui.main import MainWindow, main


def test_main_window_shows_and_title_is_neutral(qtbot: QtBot) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.windowTitle() == "Tandem Journal"
    assert "tandem-journal-cli" in window.centralWidget().text()


def test_version_flag_prints_and_exits(capsys) -> None:
    assert main(["tandem-journal", "--version"]) == 0
    assert capsys.readouterr().out.startswith("tandem-journal ")
