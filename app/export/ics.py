"""The next session as an iCalendar file (RFC 5545) for any calendar program. No network.

The event holds only the date, time, duration and place, never names, topics or
notes: a calendar is often synchronised to a server the tandem does not control.
Times are written in UTC ("Z"), which every calendar reads and shows in its own
time zone; the local time the user chose is converted with the system's zone
rules for that date (so summer time is right).
"""

from __future__ import annotations

import datetime as _dt
import uuid

from app.programme import Text

SUMMARY = Text("Reverse-mentoring tandem session", "Reverse-Mentoring-Tandem: Treffen")
PRODID = "-//Tandem Journal//Tandem Journal//EN"


def _escape(text: str) -> str:
    """TEXT values: backslash, semicolon, comma and line breaks are escaped (RFC 5545 3.3.11)."""
    text = text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    return text.replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n")


def _fold(line: str) -> bytes:
    """Lines longer than 75 octets continue on the next line after a space, never inside a UTF-8 character."""
    data = line.encode("utf-8")
    parts, start, limit = [], 0, 75
    while len(data) - start > limit:
        end = start + limit
        while end > start and (data[end] & 0xC0) == 0x80:  # do not split a multi-byte character
            end -= 1
        parts.append(data[start:end])
        start, limit = end, 74  # continuation lines begin with a space
    parts.append(data[start:])
    return b"\r\n ".join(parts) + b"\r\n"


def _utc(moment: _dt.datetime) -> str:
    aware = moment if moment.tzinfo is not None else moment.astimezone()  # naive = local wall time
    return aware.astimezone(_dt.timezone.utc).strftime("%Y%m%dT%H%M%SZ")


def session_event(starts_at: _dt.datetime, minutes: int, place: str = "", *, language: str = "en",
                  uid: str | None = None, stamp: _dt.datetime | None = None) -> bytes:
    """The bytes of a calendar with one event; a naive ``starts_at`` is local time."""
    start = starts_at if starts_at.tzinfo is not None else starts_at.astimezone()
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:{PRODID}",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        "BEGIN:VEVENT",
        f"UID:{uid or uuid.uuid4()}@tandem-journal.invalid",
        f"DTSTAMP:{_utc(stamp or _dt.datetime.now(_dt.timezone.utc))}",
        f"DTSTART:{_utc(start)}",
        f"DTEND:{_utc(start + _dt.timedelta(minutes=max(1, minutes)))}",
        f"SUMMARY:{_escape(SUMMARY(language))}",
    ]
    if place.strip():
        lines.append(f"LOCATION:{_escape(place.strip())}")
    lines += ["CLASS:PRIVATE", "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"]
    return b"".join(_fold(line) for line in lines)
