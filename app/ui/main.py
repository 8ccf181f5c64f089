"""Entry point of the desktop app ``tandem-journal``."""

from __future__ import annotations

import signal
import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtWidgets import QApplication

from app import __version__

APP_ID = "de.tandemjournal.TandemJournal"
USAGE = """usage: tandem-journal [--demo] [--self-test] [--version]

  --demo       open a sample tandem (in a temporary folder, deleted on quit)
  --self-test  open the sample tandem, unlock it, make a one-pager, report and exit
  --version    print the version and exit"""


def _close_on_signals(app: QApplication) -> None:
    """SIGTERM (logout, shutdown, kill) and Ctrl+C close the window as the user would: pending
    edits are saved, the journal is closed, and the demo's folder is removed."""
    from PySide6.QtCore import QTimer

    def close(*_: object) -> None:
        QTimer.singleShot(0, app.closeAllWindows)

    for number in (signal.SIGTERM, signal.SIGINT):
        signal.signal(number, close)
    heartbeat = QTimer(app)  # Python runs signal handlers only between bytecodes: wake it now and then
    heartbeat.timeout.connect(lambda: None)
    heartbeat.start(250)


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv if argv is None else argv)
    if "--version" in args[1:]:
        print(f"tandem-journal {__version__}")
        return 0
    options = [a for a in args[1:] if a.startswith("--")]
    if "--help" in options or "-h" in args[1:]:
        print(USAGE)
        return 0
    unknown = [a for a in options if a not in ("--demo", "--self-test")]
    if unknown:
        print(f"tandem-journal: unknown option {unknown[0]}\n{USAGE}", file=sys.stderr)
        return 2
    app = QApplication.instance() or QApplication(args)
    assert isinstance(app, QApplication)  # instance() is typed QCoreApplication
    app.setApplicationName("Tandem Journal")
    app.setOrganizationName("TandemJournal")
    app.setApplicationVersion(__version__)
    QApplication.setDesktopFileName(APP_ID)
    from .i18n import install, system_language
    from .settings import Settings

    install(Settings().language or system_language())
    from PySide6.QtGui import QIcon

    from app import paths

    app.setWindowIcon(QIcon(str(paths.ICON)))
    _close_on_signals(app)

    from .main_window import MainWindow  # after QApplication: widgets need it

    if "--self-test" in options:
        from .self_test import run

        return run(app)
    if "--demo" in options:
        from .demo import start_demo

        with paths.temporary_folder("demo") as folder:
            window = start_demo(Path(folder))
            window.show()
            code = int(app.exec())
            window.service.close()  # release the journal before its folder is deleted
            return code
    window = MainWindow()
    window.show()
    return int(app.exec())


if __name__ == "__main__":
    sys.exit(main())
