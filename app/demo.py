"""``tandem-journal --demo``: a sample tandem in a temporary folder, to see the app at work.

Qt-free: it only writes the journal. The window shows the passphrase on the
unlock screen; the folder (journal, settings) is deleted when the app quits.
"""

from __future__ import annotations

import datetime as _dt
from pathlib import Path

from app import sample
from app.store import Journal

DEMO_PASSPHRASE = "Kaffee am Markt, jeden zweiten Montag"
DEMO_FILE = "Demo-Tandem.tandem"
DEMO_SESSIONS = 8


def create_demo(folder: Path, today: _dt.date | None = None) -> Path:
    """Write the demo journal: eight sessions every two weeks, the last ten days ago,
    with learnings, action items, feedback and check-ins on three goals."""
    today = today or _dt.date.today()
    first = _dt.datetime.combine(today - _dt.timedelta(days=(DEMO_SESSIONS - 1) * 14 + 10), _dt.time(10, 0))
    path = Path(folder) / DEMO_FILE
    with Journal.create(path, DEMO_PASSPHRASE) as journal:
        sample.fill(journal, sessions=DEMO_SESSIONS, items_per_session=4, first_session=first)
        journal.update_tandem(next_session_at=(first + _dt.timedelta(days=DEMO_SESSIONS * 14)).isoformat(
            timespec="minutes"))
    return path
