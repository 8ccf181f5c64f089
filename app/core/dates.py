"""A date as a person types it: ``08.01.27``, ``8.1.2027``, ``2027-01-08``, ``1/8/2027``.

The rule for every date field of the app (check-in, due dates, reflections, the kick-off),
without Qt, so that it is tested by table and never guesses:

- ISO ``2027-01-08`` (and any date whose first part has four digits) is year, month, day.
- Dots are day, month, year: the way German is written (``8.1.27``, ``08. 01. 2027``).
- Slashes, dashes and spaces follow the interface's order: ``1/8/2027`` is 8 January in US English
  ("MDY"), 1 August in British English and German ("DMY"). ``date_order`` reads the order
  from the locale's short date pattern.
- A one- or two-digit year is the year of that ending nearest to today (from 50 years back to
  49 ahead): in 2026, ``27`` is 2027, never 1927 or 2001. Four digits are taken as typed.
- What cannot be a date is refused with the reason (``UnreadableDate.problem``): nothing
  typed, letters or a shape that is not a date, no year, a month that does not exist, a day
  the month does not have (``31.02.2027``, ``29.02.27``, ``0.1.27``).

A time of day is read by ``parse_typed_time``, on the 24-hour clock (sessions are stored to the
minute, without a zone):

- ``18:30`` and ``18.30`` (German often writes a dot), ``9:05`` and ``09:05``: the minutes always
  with two digits, so ``9:5`` is refused rather than guessed (9:05 or 9:50?).
- ``18`` or ``9``: the full hour.
- ``1830``, ``0905`` and ``905``: three or four digits, the last two the minutes, as times are
  often typed in a hurry.
- Refused with the reason (``UnreadableTime.problem``): nothing typed; letters (``6pm``,
  ``18 Uhr``), seconds or another shape; an hour beyond 23 (``24:00``, ``25:00``); minutes
  beyond 59 (``10:60``).
"""

from __future__ import annotations

import datetime as _dt
import enum
import re
from typing import Literal

Order = Literal["DMY", "MDY", "YMD"]

# Digits, and what stands between them; ASCII digits only.
_TOKENS = re.compile(r"[0-9]+|[^0-9]+", re.ASCII)
_SEPARATORS = (".", "/", "-", " ")
_QUOTED = re.compile(r"'[^']*'")  # literal text in a Qt date pattern
_ORDERS: tuple[Order, ...] = ("DMY", "MDY", "YMD")


class DateProblem(enum.Enum):
    """Why a typed text is not a date (the UI words each for the person)."""

    EMPTY = "empty"  # nothing typed where a date is needed
    SHAPE = "shape"  # letters, too few or too many parts, separators of two kinds
    NO_YEAR = "no year"  # "8.1." — which year?
    YEAR = "year"  # three digits, or the year 0
    MONTH = "month"  # month 0 or above 12
    DAY = "day"  # day 0, or beyond the month's last day (31.02., 29.02. outside a leap year)


class UnreadableDate(ValueError):
    """``text`` is not a date; ``problem`` says why."""

    def __init__(self, problem: DateProblem, text: str) -> None:
        super().__init__(f"{text!r} is not a date ({problem.value})")
        self.problem = problem
        self.text = text


def date_order(pattern: str) -> Order:
    """The order of day, month and year in a date pattern such as Qt's short format
    (``dd.MM.yy`` → "DMY", ``M/d/yy`` → "MDY", ``yyyy-MM-dd`` → "YMD"); "DMY" when unclear."""
    bare = _QUOTED.sub("", pattern)
    places = {part: bare.find(letter) for part, letter in (("D", "d"), ("M", "M"), ("Y", "y"))}
    found = "".join(sorted(places, key=places.__getitem__)) if min(places.values()) >= 0 else ""
    return next((order for order in _ORDERS if order == found), "DMY")


def full_year(digits: str, today: _dt.date) -> int:
    """A typed year: four digits as they are, one or two as the nearest such year to ``today``."""
    if len(digits) == 4:
        return int(digits)
    if len(digits) > 2:
        raise ValueError(digits)
    ending = int(digits)
    first = today.year - 50  # the window: today - 50 … today + 49
    year = first - first % 100 + ending
    return year if year >= first else year + 100


def parse_typed_date(text: str, order: Order, today: _dt.date) -> _dt.date:
    """The date ``text`` means, read as described in this module; ``UnreadableDate`` otherwise."""
    typed = text.strip()
    if not typed:
        raise UnreadableDate(DateProblem.EMPTY, text)
    parts = _TOKENS.findall(typed)
    if len(parts) % 2 == 0 and parts[-1].strip() == ".":
        parts.pop()  # "8.1." and "2027. 01. 08." end with a dot
    numbers, separators = parts[0::2], [part.strip() or " " for part in parts[1::2]]
    if not (numbers[0].isascii() and numbers[0].isdigit()) or len(set(separators)) != 1 or separators[0] not in _SEPARATORS:
        raise UnreadableDate(DateProblem.SHAPE, text)  # letters, or separators of two kinds
    separator = separators[0]
    if len(numbers) == 2 and separator != "-" and all(len(n) <= 2 for n in numbers):
        raise UnreadableDate(DateProblem.NO_YEAR, text)
    if len(numbers) != 3:
        raise UnreadableDate(DateProblem.SHAPE, text)
    first, second, third = numbers
    if len(first) == 4:
        year_text, month_text, day_text = first, second, third  # ISO, whatever the separator
    elif separator == "." or order == "DMY":
        day_text, month_text, year_text = first, second, third
    elif order == "MDY":
        month_text, day_text, year_text = first, second, third
    else:  # "YMD" with a short year first: 27/1/8
        year_text, month_text, day_text = first, second, third
    if len(day_text) > 2 or len(month_text) > 2:
        raise UnreadableDate(DateProblem.SHAPE, text)
    try:
        year = full_year(year_text, today)
    except ValueError:
        raise UnreadableDate(DateProblem.YEAR, text) from None
    month, day = int(month_text), int(day_text)
    if not 1 <= year <= _dt.MAXYEAR:
        raise UnreadableDate(DateProblem.YEAR, text)
    if not 1 <= month <= 12:
        raise UnreadableDate(DateProblem.MONTH, text)
    try:
        return _dt.date(year, month, day)
    except ValueError:
        raise UnreadableDate(DateProblem.DAY, text) from None


class TimeProblem(enum.Enum):
    """Why a typed text is not a time of day (the UI words each for the person)."""

    EMPTY = "empty"  # nothing typed where a time is needed
    SHAPE = "shape"  # letters, seconds, one-digit minutes, too many digits
    HOUR = "hour"  # 24 or more
    MINUTE = "minute"  # 60 or more


class UnreadableTime(ValueError):
    """``text`` is not a time of day; ``problem`` says why."""

    def __init__(self, problem: TimeProblem, text: str) -> None:
        super().__init__(f"{text!r} is not a time ({problem.value})")
        self.problem = problem
        self.text = text


# 18:30, 18.30, 9:05 | 18, 9 | 1830, 0905, 905 (ASCII digits only)
_TIME = re.compile(r"([0-9]{1,2})[:.]([0-9]{2})|([0-9]{1,2})|([0-9]{1,2})([0-9]{2})", re.ASCII)


def parse_typed_time(text: str) -> _dt.time:
    """The time of day ``text`` means on the 24-hour clock, read as described in this module;
    ``UnreadableTime`` otherwise."""
    typed = text.strip()
    if not typed:
        raise UnreadableTime(TimeProblem.EMPTY, text)
    found = _TIME.fullmatch(typed)
    if found is None:
        raise UnreadableTime(TimeProblem.SHAPE, text)
    hours, minutes, whole, short_hours, short_minutes = found.groups()
    hour = int(hours or whole or short_hours)
    minute = int(minutes or short_minutes or 0)
    if hour > 23:
        raise UnreadableTime(TimeProblem.HOUR, text)
    if minute > 59:
        raise UnreadableTime(TimeProblem.MINUTE, text)
    return _dt.time(hour, minute)
