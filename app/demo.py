"""``tandem-journal --demo``: the demo tandem in a temporary folder, to see the app at work.

Qt-free: it only writes the journal. The window shows the passphrase on the
unlock screen; the folder (journal, settings) is deleted when the app quits.
"""

from __future__ import annotations

import datetime as _dt
from pathlib import Path

from app.demo_tandem import SESSIONS, write_demo
from app.store import Journal

DEMO_PASSPHRASE = "Kaffee am Markt, jeden zweiten Montag"
DEMO_FILE = "Demo-Tandem.tandem"
DEMO_SESSIONS = len(SESSIONS)


def create_demo(folder: Path, today: _dt.date | None = None, language: str = "en") -> Path:
    """Write the demo journal in ``language`` (German or English, ``app.demo_tandem``): eight sessions
    every two weeks, the last ten days ago, with learnings, action items, feedback and check-ins on three goals."""
    today = today or _dt.date.today()
    first = _dt.datetime.combine(today - _dt.timedelta(days=(DEMO_SESSIONS - 1) * 14 + 10), _dt.time(10, 0))
    path = Path(folder) / DEMO_FILE
    with Journal.create(path, DEMO_PASSPHRASE) as journal:
        write_demo(journal, language, first)
        journal.update_tandem(next_session_at=(first + _dt.timedelta(days=DEMO_SESSIONS * 14)).isoformat(
            timespec="minutes"))
    return path
