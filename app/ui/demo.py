"""``tandem-journal --demo`` and ``--self-test``: a window on a fresh sample tandem.

The journal itself is written Qt-free by ``app.demo``; this opens the window on it, unlocked
(``--demo``: nobody has to type a long passphrase to look around) or on the unlock screen
(``--self-test``); the passphrase is shown on the unlock screen either way. ``main`` and ``self_test`` both start here.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .main_window import MainWindow


def start_demo(folder: Path, *, unlocked: bool = True) -> MainWindow:
    """A window on a fresh sample tandem in ``folder`` (settings there too): unlocked, so that a newcomer
    sees the tandem at once; its passphrase shows on the unlock screen after the first lock. Without
    ``unlocked`` the window waits on the unlock screen (the self-test types the passphrase there)."""
    from app import paths
    from app.demo import DEMO_PASSPHRASE, create_demo

    from .i18n import current_language, tr
    from .main_window import MainWindow
    from .settings import Settings

    path = create_demo(folder, language=current_language())  # the tandem speaks the interface's language
    window = MainWindow(Settings(paths.settings_file(folder)), demo=True)
    window.unlock_page.set_hint(tr("This is a demo tandem in a temporary folder, deleted when you quit. Its "
                                   "passphrase is: {passphrase}").format(passphrase=DEMO_PASSPHRASE))
    if unlocked:
        window.unlock_with(path, DEMO_PASSPHRASE)
    else:
        window.begin_unlock(path)
    return window
