"""A file's path shown whole: it wraps after a folder's separator (or an underscore) rather than
running off the right edge, so a person can read where the file goes at any window size.

The label holds the path with zero-width spaces where a line may break; a screen reader reads
the path itself (the accessible name), and ``path()`` gives it back without them.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

BREAK = "\u200b"  # zero-width space: a line may break here, nothing shows
AFTER = "/\\_"  # a line may break after these (a hyphen or a space needs no help)
LONGEST = 24  # a run without any place to break gets one every so many characters
_RUN = re.compile(rf"[^\s/\\_\-]{{{LONGEST + 1},}}")


def breakable(path: str) -> str:
    """``path`` with a zero-width space after each separator and underscore, and in any run of more
    than ``LONGEST`` characters that has no place to break, so that it wraps instead of being cut."""
    text = _RUN.sub(lambda m: BREAK.join(m.group()[i:i + LONGEST] for i in range(0, len(m.group()), LONGEST)), path)
    return "".join(char + BREAK if char in AFTER else char for char in text)


class PathLabel(QLabel):
    """A path that wraps where a person expects a path to wrap (see ``breakable``)."""

    def __init__(self, path: Path | str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.set_path(path)

    def set_path(self, path: Path | str) -> None:
        self._path = str(path)
        self.setText(breakable(self._path))
        self.setAccessibleName(self._path)  # read aloud as written, without the break hints

    def path(self) -> str:
        return self._path
