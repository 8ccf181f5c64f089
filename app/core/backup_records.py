"""When each journal was last backed up on this laptop, as the settings keep it (the overview's reminder).

The settings must not tell which journals were here: a record's key is an HMAC of the journal's path with
a random salt made once per install (kept in the settings), so a guessed path ("~/Documents/anna-jonas.tandem")
cannot be confirmed from the settings file alone, as an unsalted digest could. The value is the local time
to the minute. Records older than ``KEEP_DAYS`` go, and at most ``KEEP_AT_MOST`` (the newest) stay; they are
cleared with the recent list when the person turns "remember recent journals" off (``app/ui/settings.py``).
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import hmac
import secrets
from collections.abc import Mapping
from pathlib import Path

KEEP_DAYS = 365
KEEP_AT_MOST = 50


def new_salt() -> str:
    return secrets.token_hex(32)


def record_key(salt: str, journal: Path) -> str:
    """The key of ``journal``'s record: an HMAC-SHA256 of its resolved path under this install's salt."""
    path = str(Path(journal).resolve()).encode("utf-8")
    return hmac.new(salt.encode("ascii"), path, hashlib.sha256).hexdigest()[:32]


def read_time(value: object) -> _dt.datetime | None:
    try:
        return _dt.datetime.fromisoformat(str(value))
    except ValueError:
        return None


def kept(records: Mapping[str, object], now: _dt.datetime) -> dict[str, str]:
    """The records to keep: readable, from the last ``KEEP_DAYS`` days, the newest ``KEEP_AT_MOST``."""
    since = now - _dt.timedelta(days=KEEP_DAYS)
    readable = [(when, key) for key, value in records.items()
                if (when := read_time(value)) is not None and when.replace(tzinfo=None) >= since]
    newest = sorted(readable, reverse=True)[:KEEP_AT_MOST]
    return {key: when.isoformat(timespec="minutes") for when, key in newest}
