"""German and English: one translation context for the whole app, loaded at start.

Every visible string goes through ``tr("…")`` where it is shown. Strings defined
before a translator can be installed (module-level labels) are marked with
``N_("…")`` and passed through ``tr`` where they are displayed. ``scripts/i18n.py``
collects both into ``translations/tandem-journal_de.ts`` (Qt Linguist's format)
and builds ``resources/i18n/tandem-journal_de.qm``; Qt's own ``qtbase`` catalogue
is loaded too, so standard buttons and dialogs speak the same language.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from app.paths import TRANSLATIONS

CONTEXT = "TandemJournal"
LANGUAGES = {"en": "English", "de": "Deutsch"}
QM_DIR = TRANSLATIONS
_installed: list[QTranslator] = []  # kept alive: Qt does not own them
_language = ["en"]  # the language installed last


def current_language() -> str:
    """The interface language in use: "de" or "en" (for texts that come in both, see app.programme)."""
    return _language[0]


def tr(text: str) -> str:
    """``text`` in the interface language (the English source when there is no translation)."""
    return QCoreApplication.translate(CONTEXT, text)


def N_(text: str) -> str:  # noqa: N802 - the usual name for "translate later"
    """Mark ``text`` for translation where it is defined; ``tr`` translates it where it is shown."""
    return text


def system_language() -> str:
    return "de" if QLocale.system().language() == QLocale.Language.German else "en"


def install(language: str) -> str:
    """Load the catalogues for ``language`` ("de" or "en") and make it the locale for dates and
    numbers. Returns the language in use (English when a catalogue is missing)."""
    app = QCoreApplication.instance()
    for old in _installed:
        QCoreApplication.removeTranslator(old)
    _installed.clear()
    if language == "de" and app is not None:
        ours = QTranslator(app)
        if not ours.load(str(QM_DIR / "tandem-journal_de.qm")):
            return "en"
        qt = QTranslator(app)
        if qt.load(QLocale(QLocale.Language.German), "qtbase", "_",
                   QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            QCoreApplication.installTranslator(qt)
            _installed.append(qt)
        QCoreApplication.installTranslator(ours)
        _installed.append(ours)
        QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
        _language[0] = "de"
        return "de"
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.system().territory())
                       if QLocale.system().language() != QLocale.Language.German
                       else QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    _language[0] = "en"
    return "en"
