"""The next session as a calendar file: read back by a real parser (icalendar) and by
a strict line check, in the user's time zone, with nothing confidential in it."""

from __future__ import annotations

import datetime as _dt
import os
import time
from collections.abc import Iterator
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
import pytest

from app.core.journal_care import write_file
from app.export import ics


@pytest.fixture
def berlin(monkeypatch: pytest.MonkeyPatch) -> Iterator[ZoneInfo]:
    """Run as if the computer were set to Berlin time (CET in winter, CEST in summer)."""
    monkeypatch.setenv("TZ", "Europe/Berlin")
    time.tzset()
    yield ZoneInfo("Europe/Berlin")
    monkeypatch.undo()
    time.tzset()


@pytest.mark.parametrize(("local", "utc"), [
    ("2026-12-08T10:00", "2026-12-08T09:00"),  # winter: UTC+1
    ("2027-07-06T17:30", "2027-07-06T15:30"),  # summer: UTC+2
])
def test_a_calendar_reads_the_session_at_the_local_time(berlin: ZoneInfo, tmp_path: Path, local: str,
                                                        utc: str) -> None:
    target = tmp_path / "next-session.ics"
    event = ics.session_event(_dt.datetime.fromisoformat(local), 90, "Café am Markt, Tisch 3")
    write_file(target, None, event, overwrite=False)  # as the window saves it
    assert os.stat(target).st_mode & 0o077 == 0

    calendar = icalendar.Calendar.from_ical(target.read_bytes())
    [event] = calendar.walk("VEVENT")
    start, end = event.decoded("DTSTART"), event.decoded("DTEND")
    assert start == _dt.datetime.fromisoformat(utc).replace(tzinfo=_dt.timezone.utc)
    assert start.astimezone(berlin).replace(tzinfo=None) == _dt.datetime.fromisoformat(local)
    assert end - start == _dt.timedelta(minutes=90)
    assert str(event["LOCATION"]) == "Café am Markt, Tisch 3"
    assert str(event["SUMMARY"]) == "Reverse-mentoring tandem session"


def test_the_file_follows_rfc_5545_line_rules() -> None:
    data = ics.session_event(_dt.datetime(2026, 12, 8, 10, 0, tzinfo=_dt.timezone.utc), 60,
                             "Besprechungsraum „Zukunft“; 3. OG, neben der Küche — " * 3, language="de")
    assert data.endswith(b"\r\n") and b"\n" not in data.replace(b"\r\n", b"")
    lines = data.split(b"\r\n")[:-1]
    assert all(len(line) <= 75 for line in lines)
    for line in lines:
        line.decode("utf-8")  # folding never splits a character
    unfolded = data.replace(b"\r\n ", b"").decode("utf-8").split("\r\n")
    keys = [line.split(":", 1)[0] for line in unfolded if line]
    assert keys[:2] == ["BEGIN", "VERSION"] and keys[-2:] == ["END", "END"]
    for required in ("PRODID", "UID", "DTSTAMP", "DTSTART", "DTEND", "SUMMARY"):
        assert keys.count(required) == 1
    location = next(line for line in unfolded if line.startswith("LOCATION:"))
    assert "Zukunft“\\; 3. OG\\, neben" in location
    assert "DTSTART:20261208T100000Z" in unfolded
    assert "SUMMARY:Reverse-Mentoring-Tandem: Treffen" in unfolded


def test_text_is_escaped_so_a_place_cannot_add_fields() -> None:
    data = ics.session_event(_dt.datetime(2026, 12, 8, 10, 0), 60, "Raum 1\nEND:VEVENT\nBEGIN:VALARM")
    calendar = icalendar.Calendar.from_ical(data)
    [event] = calendar.walk("VEVENT")
    assert str(event["LOCATION"]) == "Raum 1\nEND:VEVENT\nBEGIN:VALARM"
    assert calendar.walk("VALARM") == []


def test_nothing_confidential_goes_into_the_calendar() -> None:
    text = ics.session_event(_dt.datetime(2026, 12, 8, 10, 0), 60, "").decode()
    assert "DESCRIPTION" not in text and "ATTENDEE" not in text and "LOCATION" not in text
    assert "CLASS:PRIVATE" in text
