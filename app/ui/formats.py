"""Dates and times as the user reads them: in the interface's locale, short form.

The store keeps ISO text ("YYYY-MM-DD", "YYYY-MM-DDTHH:MM"); every list, chart and
label shows it through these.
"""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QDate, QDateTime, QLocale, Qt


def format_date(iso: str | None) -> str:
    if not iso:
        return ""
    return QLocale().toString(QDate.fromString(iso[:10], Qt.DateFormat.ISODate), QLocale.FormatType.ShortFormat)


def format_datetime(iso: str | None) -> str:
    """A stored "YYYY-MM-DDTHH:MM..." in the user's locale, short form (cached: lists ask often)."""
    return _format_datetime(iso, QLocale().name()) if iso else ""


@lru_cache(maxsize=4096)
def _format_datetime(iso: str, locale: str) -> str:  # the locale is part of the key: the language can change
    value = QDateTime.fromString(iso[:16], "yyyy-MM-ddTHH:mm")
    return QLocale(locale).toString(value, QLocale.FormatType.ShortFormat) if value.isValid() else iso
