"""The languages Tandem Journal speaks: one registry, Qt-free, for the UI, the CLI and the scripts.

To add a language, add one entry here and its catalogue
``translations/tandem-journal_<code>.ts`` (``scripts/i18n.py update`` creates it from
the code's strings; translate it in Qt Linguist, then ``scripts/i18n.py build``).
Everything else follows from this table: the preferences, the kick-off guide's
choice of suggestions, the one-pager's language list, the CLI's ``--lang``, the
catalogue check. Texts that are data rather than interface (the programme's
suggestions in ``app/programme.py``, the one-pager's printed labels in
``app/export/onepager.py``) fall back to English until they are written for it.
"""

from __future__ import annotations

from typing import NamedTuple

SOURCE = "en"  # the language the code is written in: it has no catalogue


class Language(NamedTuple):  # a named tuple, not a dataclass: read before the first window (issue 17.1)
    code: str  # ISO 639-1, as stored in settings and used in file names
    name: str  # its own name for itself, as a speaker looks for it in a list
    qt_name: str  # QLocale.Language's member name
    qt_country: str  # QLocale.Country's member name for dates and numbers when the system's is another language
    region: str  # ISO 3166 code of that country, for the catalogue's locale ("de_DE")

    @property
    def locale(self) -> str:
        return f"{self.code}_{self.region}"

    @property
    def catalogue(self) -> str:
        """The base name of its translation files (.ts in translations/, .qm in resources/i18n/)."""
        return f"tandem-journal_{self.code}"


LANGUAGES: tuple[Language, ...] = (
    Language("en", "English", "English", "UnitedKingdom", "GB"),
    Language("de", "Deutsch", "German", "Germany", "DE"),
)
BY_CODE = {language.code: language for language in LANGUAGES}
CODES = tuple(BY_CODE)


def known(code: str) -> bool:
    return code in BY_CODE


def translated() -> tuple[Language, ...]:
    """The languages that need a catalogue (all but the source language)."""
    return tuple(language for language in LANGUAGES if language.code != SOURCE)
