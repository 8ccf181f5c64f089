"""Entry point of the desktop app ``tandem-journal``.

The session screens arrive with the next issue; until then the window says
so plainly, and the command-line companion does the work.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

from app import __version__

APP_ID = "de.tandemjournal.TandemJournal"


class MainWindow(QMainWindow):
    """The main window. Its title never shows content or names."""

    def __init__(self) -> None:
        super().__init__()
        self.setWindowTitle("Tandem Journal")
        label = QLabel(
            "<h2>Tandem Journal</h2>"
            "<p>The session screens are being built.</p>"
            "<p>Until they arrive, use <code>tandem-journal-cli</code> to create, check, "
            "search, export and back up encrypted tandem journals.</p>"
        )
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setWordWrap(True)
        label.setAccessibleName("About this version")
        self.setCentralWidget(label)
        self.resize(640, 400)


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv if argv is None else argv)
    if "--version" in args[1:]:
        print(f"tandem-journal {__version__}")
        return 0
    app = QApplication.instance() or QApplication(args)
    app.setApplicationName("Tandem Journal")
    app.setApplicationVersion(__version__)
    QApplication.setDesktopFileName(APP_ID)
    window = MainWindow()
    window.show()
    return int(app.exec())


if __name__ == "__main__":
    sys.exit(main())
