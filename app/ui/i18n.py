"""The interface's languages (``app/languages.py``): one translation context for the whole app, loaded at start.

Every visible string goes through ``tr("…")`` where it is shown. Strings defined
before a translator can be installed (module-level labels) are marked with
``N_("…")`` and passed through ``tr`` where they are displayed. ``scripts/i18n.py``
collects both into ``translations/tandem-journal_<code>.ts`` (Qt Linguist's format)
and builds ``resources/i18n/tandem-journal_<code>.qm``; Qt's own ``qtbase`` catalogue
is loaded too, so standard buttons and dialogs speak the same language.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale

from app import languages
from app.paths import TRANSLATIONS

if TYPE_CHECKING:
    from PySide6.QtCore import QTranslator

CONTEXT = "TandemJournal"
LANGUAGES = {language.code: language.name for language in languages.LANGUAGES}  # code → its own name
QM_DIR = TRANSLATIONS
_installed: list[QTranslator] = []  # kept alive: Qt does not own them
_language = [languages.SOURCE]  # the language installed last


def current_language() -> str:
    """The interface language in use, a code of ``app.languages`` (texts that come in several: app.programme)."""
    return _language[0]


def tr(text: str) -> str:
    """``text`` in the interface language (the English source when there is no translation)."""
    return QCoreApplication.translate(CONTEXT, text)


def N_(text: str) -> str:  # noqa: N802 - the usual name for "translate later"
    """Mark ``text`` for translation where it is defined; ``tr`` translates it where it is shown."""
    return text


def _qt_language(language: languages.Language) -> QLocale.Language:
    return QLocale.Language[language.qt_name]


def system_language() -> str:
    """The system's language if Tandem Journal speaks it, else the source language."""
    system = QLocale.system().language()
    return next((lang.code for lang in languages.LANGUAGES if _qt_language(lang) == system), languages.SOURCE)


def install(language: str) -> str:
    """Load the catalogues for ``language`` (a code of ``app.languages``) and make it the locale for
    dates and numbers. Returns the language in use (the source language when a catalogue is missing)."""
    app = QCoreApplication.instance()
    for old in _installed:
        QCoreApplication.removeTranslator(old)
    _installed.clear()
    chosen = languages.BY_CODE.get(language, languages.BY_CODE[languages.SOURCE])
    if chosen.code != languages.SOURCE:
        from PySide6.QtCore import QLibraryInfo, QTranslator  # the source language needs neither (issue 17.1)

        ours = QTranslator(app)
        if app is None or not ours.load(str(QM_DIR / f"{chosen.catalogue}.qm")):
            return install(languages.SOURCE)
        qt = QTranslator(app)
        if qt.load(QLocale(_qt_language(chosen)), "qtbase", "_",
                   QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            QCoreApplication.installTranslator(qt)
            _installed.append(qt)
        QCoreApplication.installTranslator(ours)
        _installed.append(ours)
    system = QLocale.system()
    if system.language() == _qt_language(chosen):  # the person's own country's dates and numbers
        QLocale.setDefault(QLocale(_qt_language(chosen), system.territory()))
    else:
        QLocale.setDefault(QLocale(_qt_language(chosen), QLocale.Country[chosen.qt_country]))
    _language[0] = chosen.code
    return chosen.code
