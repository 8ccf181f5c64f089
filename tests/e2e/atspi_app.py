"""The app's side of tests/e2e/test_screen_reader.py: a sample tandem in the (already redirected)
home folder, listed as recent, then the real entry point, as a person starts it."""

from __future__ import annotations

import sys
from pathlib import Path

from app import sample
from app.store import Journal
from app.ui.main import main
from app.ui.settings import Settings

PASSPHRASE = "Kaffee am Markt, 2026!"

if __name__ == "__main__":
    folder = Path(sys.argv[1])
    journal = folder / "tandem.tandem"
    if not journal.exists():
        with Journal.create(journal, PASSPHRASE) as j:
            sample.fill(j, sessions=3, items_per_session=2)
    from PySide6.QtWidgets import QApplication

    app = QApplication([sys.argv[0]])
    app.setApplicationName("Tandem Journal")
    app.setOrganizationName("TandemJournal")
    settings = Settings()
    settings.language = sys.argv[2] if len(sys.argv) > 2 else "en"
    settings.add_recent(journal)
    del settings
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QMenu, QWidget

    def activate() -> None:
        """What a window manager does and Xvfb has none for: the window on top gets the keyboard when
        it shows and when the one above it closes."""
        shown = [w for w in app.topLevelWidgets() if w.isVisible() and w.isWindow()]
        target = app.activeModalWidget() or app.activeWindow() or (shown[-1] if shown else None)
        if target is not None and target.isVisible():
            target.activateWindow()

    class WindowManager(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
            if event.type() in (QEvent.Type.Show, QEvent.Type.Hide) and isinstance(watched, QWidget) \
                    and watched.isWindow() and not isinstance(watched, QMenu):
                QTimer.singleShot(50, activate)
            return False

    manager = WindowManager()
    app.installEventFilter(manager)
    QTimer.singleShot(300, activate)
    sys.exit(main([sys.argv[0]]))
