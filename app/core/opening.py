"""A journal file opened from outside the app (a double-click in Finder, ``open FILE.tandem``).

Opening any file means what "Open journal…" means for a chosen one: the open journal is saved and
closed, and the file's unlock screen asks for its passphrase. Except for the journal already on
screen, unlocked or on its unlock screen: opening it again must neither close it (that would lock
it without being asked) nor start its unlock screen afresh (the place to come back to and the
passphrase typed so far would be lost). That journal only comes to the front.
"""

from __future__ import annotations

import os
from pathlib import Path


def same_journal(asked: Path, shown: Path | None) -> bool:
    """Whether ``asked`` is the journal file ``shown``, however it is named (a relative name, ``..``,
    a link, another spelling on a case-insensitive disk). A copy is another journal. When either
    file is gone, their names are compared."""
    if shown is None:
        return False
    try:
        return asked.samefile(shown)
    except OSError:  # gone, or not readable: what the names say
        return os.path.normcase(os.path.abspath(asked)) == os.path.normcase(os.path.abspath(shown))
