"""Dates and times as the user reads them: in the interface's locale, always with the whole year.

The store keeps ISO text ("YYYY-MM-DD", "YYYY-MM-DDTHH:MM"); every list, chart, label and
date field shows it through these. Qt's short formats write two-digit years in German
("04.12.26"), which reads ambiguously next to typed dates: the patterns here widen the year.
"""

from __future__ import annotations

import re
from functools import lru_cache

from PySide6.QtCore import QDate, QDateTime, QLocale, Qt

_SHORT_YEAR = re.compile(r"(?<!y)yy(?!y)")
_WEEKDAY = re.compile(r"d{4}[,.]?\s*")  # "dddd, " in a long pattern


def date_pattern() -> str:
    """The locale's short date pattern with a four-digit year (``dd.MM.yyyy``, ``M/d/yyyy``)."""
    return _SHORT_YEAR.sub("yyyy", QLocale().dateFormat(QLocale.FormatType.ShortFormat))


def format_date(iso: str | None) -> str:
    """A stored "YYYY-MM-DD..." as a date in the user's locale (04.12.2026, 12/4/2026)."""
    if not iso:
        return ""
    return QLocale().toString(QDate.fromString(iso[:10], Qt.DateFormat.ISODate), date_pattern())


def format_date_long(iso: str | None) -> str:
    """A date as it reads in a sentence, with the month's name and without the weekday
    (4. Dezember 2026, 4 December 2026)."""
    if not iso:
        return ""
    pattern = _WEEKDAY.sub("", QLocale().dateFormat(QLocale.FormatType.LongFormat)).strip()
    return QLocale().toString(QDate.fromString(iso[:10], Qt.DateFormat.ISODate), pattern)


def format_datetime(iso: str | None) -> str:
    """A stored "YYYY-MM-DDTHH:MM..." in the user's locale, with the whole year (cached: lists ask often)."""
    return _format_datetime(iso, QLocale().name()) if iso else ""


@lru_cache(maxsize=4096)
def _format_datetime(iso: str, locale: str) -> str:  # the locale is part of the key: the language can change
    value = QDateTime.fromString(iso[:16], "yyyy-MM-ddTHH:mm")
    pattern = _SHORT_YEAR.sub("yyyy", QLocale(locale).dateTimeFormat(QLocale.FormatType.ShortFormat))
    return QLocale(locale).toString(value, pattern) if value.isValid() else iso
