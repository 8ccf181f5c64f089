"""Entry point of the desktop app ``tandem-journal``."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication

from app import __version__

if TYPE_CHECKING:  # imported in main(), after QApplication exists: widgets need it
    from .main_window import MainWindow
    from .settings import Settings

APP_ID = "de.tandemjournal.TandemJournal"
# macOS hands a journal double-clicked in Finder to the running app as an event (QFileOpenEvent), not on
# the command line as Linux and Windows do; listening costs every event a Python call, so only there.
FILES_COME_AS_EVENTS = sys.platform == "darwin"
USAGE = """usage: tandem-journal [FILE.tandem | --programme FOLDER | --demo | --self-test] [--version]

  FILE.tandem  open this tandem journal: its unlock screen asks for the passphrase
               (or says why it cannot be unlocked: the file is missing, is not a journal,
               or is open in another window)
  --programme FOLDER  open the programme reports (*.json) in FOLDER, no passphrase needed
  --demo       open a sample tandem, unlocked (in a temporary folder, deleted on quit)
  --self-test  open the sample tandem, unlock it, make a one-pager, report and exit
  --version    print the version and exit"""


def _close_on_signals(app: QApplication) -> None:
    """SIGTERM (logout, shutdown, kill) and Ctrl+C close the window as the user would: pending
    edits are saved, the journal is closed, and the demo's folder is removed. The welcome window sets
    this up just after its first paint (``MainWindow.started``): nothing is open before, and Python's
    ``signal`` module costs 0.5 ms of the start (issue 17.1)."""
    import signal

    from PySide6.QtCore import QTimer

    def close(*_: object) -> None:
        QTimer.singleShot(0, app.closeAllWindows)

    for number in (signal.SIGTERM, signal.SIGINT):
        signal.signal(number, close)
    heartbeat = QTimer(app)  # Python runs signal handlers only between bytecodes: wake it now and then
    heartbeat.timeout.connect(lambda: None)
    heartbeat.start(250)


def open_window(files: Sequence[str] = (), settings: Settings | None = None) -> MainWindow:
    """The main window; on the unlock screen of the journal named first in ``files``, if any."""
    from app import paths

    from .main_window import MainWindow

    window = MainWindow(settings)
    if files:
        window.begin_unlock(paths.named_file(files[0]))
    return window


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv if argv is None else argv)
    if "--version" in args[1:]:
        print(f"tandem-journal {__version__}")
        return 0
    options = [a for a in args[1:] if a.startswith("--")]
    if "--help" in options or "-h" in args[1:]:
        print(USAGE)
        return 0
    unknown = [a for a in options if a not in ("--demo", "--self-test", "--programme")]
    if unknown:
        print(f"tandem-journal: unknown option {unknown[0]}\n{USAGE}", file=sys.stderr)
        return 2
    existing = QApplication.instance()
    app = existing or QApplication(args)
    assert isinstance(app, QApplication)  # instance() is typed QCoreApplication
    rest = args[1:] if existing is not None else app.arguments()[1:]  # Qt has taken its own options out
    files = [a for a in rest if not a.startswith("-")]
    if len(files) > 1:
        print(f"tandem-journal: one journal at a time (got {len(files)} files)\n{USAGE}", file=sys.stderr)
        return 2
    if files and ("--demo" in options or "--self-test" in options):
        print(f"tandem-journal: {files[0]}: --demo and --self-test open the sample tandem, not a file\n{USAGE}",
              file=sys.stderr)
        return 2
    app.setApplicationName("Tandem Journal")
    app.setOrganizationName("TandemJournal")
    app.setApplicationVersion(__version__)
    QApplication.setDesktopFileName(APP_ID)
    from .i18n import install, system_language
    from .settings import Settings

    settings = Settings()  # read once: the window uses it too
    install(settings.language or system_language())
    from app import paths

    from .colours import with_readable_hints

    app.setPalette(with_readable_hints(app.palette()))  # hint text at 4.5:1, as all text
    from .dialogs.crash import install as show_unexpected_errors

    show_unexpected_errors(app)  # a calm dialog with a report instead of a traceback on a dead window

    if "--self-test" in options:
        from .self_test import run

        _close_on_signals(app)
        return run(app)
    if "--demo" in options:
        from .demo import start_demo

        with paths.temporary_folder("demo") as folder:
            _close_on_signals(app)  # at once: the sample journal is open from the start
            window = start_demo(Path(folder))
            window.show()
            code = int(app.exec())
            window.service.close()  # release the journal before its folder is deleted
            return code
    if "--programme" in options:  # the programme view over a folder of reports (issue 18)
        from PySide6.QtCore import QTimer

        from app.core.programme_report import report_files

        reports_folder = paths.named_file(files[0]) if files else Path()
        if not reports_folder.is_dir():
            print(f"tandem-journal: --programme needs a folder of programme reports\n{USAGE}", file=sys.stderr)
            return 2
        window = open_window(settings=settings)
        window.started.connect(lambda: _close_on_signals(app))
        window.show()
        QTimer.singleShot(0, window, lambda: window.open_programme_reports(report_files(reports_folder)))
        return int(app.exec())
    if FILES_COME_AS_EVENTS:  # issue 17.4: listening before the window, which may take a moment
        from .file_open import install as listen_for_files, open_in

        windows: list[MainWindow] = []
        listener = listen_for_files(app, lambda path: open_in(windows[0], path))
    window = open_window(files, settings)
    window.started.connect(lambda: _close_on_signals(app))  # nothing is open before
    window.show()
    if FILES_COME_AS_EVENTS:
        windows.append(window)
        listener.ready()  # hands on what came meanwhile
    return int(app.exec())


if __name__ == "__main__":
    sys.exit(main())
