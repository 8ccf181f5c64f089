"""Where the files shipped with the app live: one place, for a source checkout and a bundle.

In a checkout and in a PyInstaller bundle alike, ``resources/`` sits beside the
``app`` package (the bundle recipe copies it there).
"""

from __future__ import annotations

from pathlib import Path

RESOURCES = Path(__file__).resolve().parents[1] / "resources"
FONTS = RESOURCES / "fonts"
ICON = RESOURCES / "icons" / "de.tandemjournal.TandemJournal.svg"
