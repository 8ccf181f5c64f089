"""Dates as people type them (app/core/dates.py), by table, with a fixed today: German and
English writing, both orders, month ends, leap years, two-digit years near a century's turn,
spaces, and what is refused with which reason; times of day on the 24-hour clock, likewise."""

from __future__ import annotations

import datetime as _dt

import pytest

from app.core.dates import (
    DateProblem,
    Order,
    TimeProblem,
    UnreadableDate,
    UnreadableTime,
    date_order,
    full_year,
    parse_typed_date,
    parse_typed_time,
)

TODAY = _dt.date(2026, 3, 2)
D = _dt.date.fromisoformat

READ = [
    # typed, order, date
    ("08.01.27", "DMY", "2027-01-08"),  # issue 20: never 2001, never 1927
    ("8.1.27", "DMY", "2027-01-08"),
    ("8.1.2027", "DMY", "2027-01-08"),
    ("08.01.2027", "DMY", "2027-01-08"),
    ("2027-01-08", "DMY", "2027-01-08"),  # ISO in every language
    ("2027-01-08", "MDY", "2027-01-08"),
    ("2027-1-8", "MDY", "2027-01-08"),
    ("2027/01/08", "DMY", "2027-01-08"),  # four digits first: year first, whatever the separator
    ("8/1/2027", "DMY", "2027-01-08"),  # German and British English: day first
    ("1/8/2027", "MDY", "2027-01-08"),  # US English: month first
    ("1/8/2027", "DMY", "2027-08-01"),
    ("8/1/27", "DMY", "2027-01-08"),
    ("1/8/27", "MDY", "2027-01-08"),
    ("12/31/26", "MDY", "2026-12-31"),
    ("31/12/26", "DMY", "2026-12-31"),
    ("8-1-2027", "DMY", "2027-01-08"),
    ("1-8-2027", "MDY", "2027-01-08"),
    ("08.01.27", "MDY", "2027-01-08"),  # dots are day first even in a US English interface
    ("27/1/8", "YMD", "2027-01-08"),
    ("8.1.27", "YMD", "2027-01-08"),
    ("  08.01.27  ", "DMY", "2027-01-08"),  # spaces around
    ("\t8. 1. 2027\n", "DMY", "2027-01-08"),  # and after the dots, as German is often written
    ("8 / 1 / 2027", "MDY", "2027-08-01"),
    ("8 1 2027", "DMY", "2027-01-08"),  # spaces alone, as the C locale writes dates
    ("1 8 2027", "MDY", "2027-01-08"),
    ("8.1.2027.", "DMY", "2027-01-08"),  # a closing dot
    ("2027. 01. 08.", "MDY", "2027-01-08"),  # year first with dots, as Hungarian writes it
    # month ends and leap years
    ("31.01.27", "DMY", "2027-01-31"),
    ("28.02.27", "DMY", "2027-02-28"),
    ("29.02.28", "DMY", "2028-02-29"),  # 2028 is a leap year
    ("29.2.2000", "DMY", "2000-02-29"),  # divisible by 400
    ("30.04.2027", "DMY", "2027-04-30"),
    ("31.12.2026", "DMY", "2026-12-31"),
    ("1.1.2027", "DMY", "2027-01-01"),
    ("2/29/28", "MDY", "2028-02-29"),
    # two-digit years: the nearest to today (2026: 1976 … 2075)
    ("1.1.26", "DMY", "2026-01-01"),
    ("1.1.00", "DMY", "2000-01-01"),
    ("1.1.0", "DMY", "2000-01-01"),
    ("1.1.7", "DMY", "2007-01-01"),
    ("1.1.75", "DMY", "2075-01-01"),
    ("1.1.76", "DMY", "1976-01-01"),
    ("1.1.99", "DMY", "1999-01-01"),
    ("8.1.1927", "DMY", "1927-01-08"),  # four digits: as typed
    ("8.1.2101", "DMY", "2101-01-08"),
]


@pytest.mark.parametrize(("typed", "order", "expected"), READ)
def test_a_typed_date_is_read_as_a_person_means_it(typed: str, order: Order, expected: str) -> None:
    assert parse_typed_date(typed, order, TODAY) == D(expected)


REFUSED = [
    # typed, order, reason
    ("", "DMY", DateProblem.EMPTY),
    ("   ", "DMY", DateProblem.EMPTY),
    ("31.02.2027", "DMY", DateProblem.DAY),
    ("30.02.28", "DMY", DateProblem.DAY),
    ("29.02.27", "DMY", DateProblem.DAY),  # 2027 is no leap year
    ("29.2.1900", "DMY", DateProblem.DAY),  # divisible by 100, not by 400
    ("31.04.2027", "DMY", DateProblem.DAY),
    ("32.01.2027", "DMY", DateProblem.DAY),
    ("0.1.27", "DMY", DateProblem.DAY),
    ("2/30/2027", "MDY", DateProblem.DAY),
    ("13/13/2027", "DMY", DateProblem.MONTH),
    ("13/13/2027", "MDY", DateProblem.MONTH),
    ("1/13/2027", "DMY", DateProblem.MONTH),  # fine in the US, not here
    ("8.13.27", "DMY", DateProblem.MONTH),
    ("8.0.27", "DMY", DateProblem.MONTH),
    ("2027-13-01", "DMY", DateProblem.MONTH),
    ("2027-02-29", "DMY", DateProblem.DAY),
    ("8.1.202", "DMY", DateProblem.YEAR),  # three digits: which century?
    ("8.1.0000", "DMY", DateProblem.YEAR),
    ("8.1.", "DMY", DateProblem.NO_YEAR),
    ("8.1", "DMY", DateProblem.NO_YEAR),
    ("1/8", "MDY", DateProblem.NO_YEAR),
    ("morgen", "DMY", DateProblem.SHAPE),
    ("8. Januar 2027", "DMY", DateProblem.SHAPE),
    ("Jan 8, 2027", "MDY", DateProblem.SHAPE),
    ("8.1.27x", "DMY", DateProblem.SHAPE),
    ("8.1/27", "DMY", DateProblem.SHAPE),  # mixed separators
    ("8.1 27", "DMY", DateProblem.SHAPE),
    ("8.1..", "DMY", DateProblem.SHAPE),
    ("8,1,2027", "DMY", DateProblem.SHAPE),
    ("8-1", "DMY", DateProblem.SHAPE),
    ("8.1.2.27", "DMY", DateProblem.SHAPE),
    ("08012027", "DMY", DateProblem.SHAPE),
    ("008.01.27", "DMY", DateProblem.SHAPE),
    ("8.1.20277", "DMY", DateProblem.YEAR),
    ("٨.١.٢٠٢٧", "DMY", DateProblem.SHAPE),  # only ASCII digits
    ("-8.1.27", "DMY", DateProblem.SHAPE),
]


@pytest.mark.parametrize(("typed", "order", "problem"), REFUSED)
def test_what_cannot_be_a_date_is_refused_with_its_reason(typed: str, order: Order, problem: DateProblem) -> None:
    with pytest.raises(UnreadableDate) as refused:
        parse_typed_date(typed, order, TODAY)
    assert refused.value.problem is problem and refused.value.text == typed


WINDOW = [
    # today, two digits, year
    ("2026-03-02", "27", 2027),
    ("2026-03-02", "75", 2075),  # today + 49
    ("2026-03-02", "76", 1976),  # today - 50
    ("2049-12-31", "99", 1999),  # window 1999 … 2098
    ("2050-01-01", "99", 2099),  # window 2000 … 2099
    ("2050-01-01", "00", 2000),
    ("2090-06-15", "05", 2105),  # window 2040 … 2139
    ("2090-06-15", "40", 2040),
    ("2026-03-02", "2027", 2027),
    ("2026-03-02", "1999", 1999),
]


@pytest.mark.parametrize(("today", "digits", "year"), WINDOW)
def test_a_two_digit_year_is_the_nearest_one_to_today(today: str, digits: str, year: int) -> None:
    assert full_year(digits, D(today)) == year
    assert parse_typed_date(f"1.1.{digits}", "DMY", D(today)).year == year


ORDERS = [
    ("dd.MM.yy", "DMY"),  # German
    ("dd.MM.yyyy", "DMY"),
    ("M/d/yy", "MDY"),  # US English
    ("dd/MM/yyyy", "DMY"),  # British English
    ("d MM yyyy", "DMY"),  # the C locale
    ("yyyy-MM-dd", "YMD"),
    ("y. MM. dd.", "YMD"),
    ("'day' d 'of' MMM yy", "DMY"),  # quoted letters are text
    ("HH:mm", "DMY"),  # no date at all: the app's default
]


@pytest.mark.parametrize(("pattern", "order"), ORDERS)
def test_the_order_comes_from_the_locale_pattern(pattern: str, order: str) -> None:
    assert date_order(pattern) == order


TIMES = [
    # typed, time
    ("18:30", "18:30"),
    ("18.30", "18:30"),  # German often writes a dot
    ("10:00", "10:00"),
    ("10.00", "10:00"),
    ("9:05", "09:05"),
    ("09:05", "09:05"),
    ("9.05", "09:05"),
    ("0:00", "00:00"),  # midnight
    ("00:00", "00:00"),
    ("23:59", "23:59"),
    ("12:00", "12:00"),  # noon, not midnight: 24-hour clock
    ("10", "10:00"),  # the full hour
    ("9", "09:00"),
    ("0", "00:00"),
    ("23", "23:00"),
    ("1000", "10:00"),  # four digits: hours and minutes
    ("1830", "18:30"),
    ("0905", "09:05"),
    ("905", "09:05"),  # three: one digit for the hour
    ("2359", "23:59"),
    ("  18:30 ", "18:30"),
    ("\t7.45\n", "07:45"),
]


@pytest.mark.parametrize(("typed", "expected"), TIMES)
def test_a_typed_time_is_read_on_the_24_hour_clock(typed: str, expected: str) -> None:
    assert parse_typed_time(typed) == _dt.time.fromisoformat(expected)


TIMES_REFUSED = [
    # typed, reason
    ("", TimeProblem.EMPTY),
    ("  ", TimeProblem.EMPTY),
    ("24:00", TimeProblem.HOUR),  # the day ends at 23:59
    ("25:00", TimeProblem.HOUR),
    ("24", TimeProblem.HOUR),
    ("2400", TimeProblem.HOUR),
    ("99.99", TimeProblem.HOUR),
    ("10:60", TimeProblem.MINUTE),
    ("10.75", TimeProblem.MINUTE),
    ("1060", TimeProblem.MINUTE),
    ("960", TimeProblem.MINUTE),
    ("9:5", TimeProblem.SHAPE),  # 9:05 or 9:50? not guessed
    ("9.5", TimeProblem.SHAPE),
    ("10:000", TimeProblem.SHAPE),
    ("10:00:00", TimeProblem.SHAPE),  # no seconds
    ("10:", TimeProblem.SHAPE),
    (":30", TimeProblem.SHAPE),
    ("100:00", TimeProblem.SHAPE),
    ("10000", TimeProblem.SHAPE),
    ("10 : 00", TimeProblem.SHAPE),
    ("10,00", TimeProblem.SHAPE),
    ("10-00", TimeProblem.SHAPE),
    ("10h", TimeProblem.SHAPE),  # letters
    ("6pm", TimeProblem.SHAPE),  # no 12-hour clock
    ("6:30 PM", TimeProblem.SHAPE),
    ("18 Uhr", TimeProblem.SHAPE),
    ("abends", TimeProblem.SHAPE),
    ("-1:00", TimeProblem.SHAPE),
    ("١٨:٣٠", TimeProblem.SHAPE),  # only ASCII digits
    ("16.01.27", TimeProblem.SHAPE),  # a date in the time field
]


@pytest.mark.parametrize(("typed", "problem"), TIMES_REFUSED)
def test_what_cannot_be_a_time_is_refused_with_its_reason(typed: str, problem: TimeProblem) -> None:
    with pytest.raises(UnreadableTime) as refused:
        parse_typed_time(typed)
    assert refused.value.problem is problem and refused.value.text == typed
