"""``tandem-journal --demo`` and ``--self-test``: a window on a fresh sample tandem.

The journal itself is written Qt-free by ``app.demo``; this opens the window on it,
with the passphrase on the unlock screen. ``main`` and ``self_test`` both start here.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .main_window import MainWindow


def start_demo(folder: Path) -> MainWindow:
    """A window on a fresh sample tandem in ``folder`` (settings there too), its passphrase on screen."""
    from app import paths
    from app.demo import DEMO_PASSPHRASE, create_demo

    from .i18n import tr
    from .main_window import MainWindow
    from .settings import Settings

    path = create_demo(folder)
    window = MainWindow(Settings(paths.settings_file(folder)), demo=True)
    window.unlock_page.set_hint(tr("This is a demo tandem in a temporary folder, deleted when you quit. Its "
                                   "passphrase is: {passphrase}").format(passphrase=DEMO_PASSPHRASE))
    window.begin_unlock(path)
    return window
