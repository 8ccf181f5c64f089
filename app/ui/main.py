"""Entry point of the desktop app ``tandem-journal``."""

from __future__ import annotations

import sys
from collections.abc import Sequence

from PySide6.QtWidgets import QApplication

from app import __version__

APP_ID = "de.tandemjournal.TandemJournal"


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv if argv is None else argv)
    if "--version" in args[1:]:
        print(f"tandem-journal {__version__}")
        return 0
    app = QApplication.instance() or QApplication(args)
    app.setApplicationName("Tandem Journal")
    app.setOrganizationName("TandemJournal")
    app.setApplicationVersion(__version__)
    QApplication.setDesktopFileName(APP_ID)

    from .main_window import MainWindow  # after QApplication: widgets need it

    window = MainWindow()
    window.show()
    return int(app.exec())


if __name__ == "__main__":
    sys.exit(main())
