"""The store's errors in the interface language (app/ui/errors.describe).

English shows the store's own precise text unchanged; German shows a German sentence for
the kind of error, with the store's detail where it names a file or a reason. One table,
both languages, and one walk in the real window: a wrong passphrase in German.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.core.journals import TANDEM_PASSPHRASE_MESSAGE, TandemPassphraseChosen
from app.store import (
    AlreadyExists,
    InvalidData,
    JournalInUse,
    NewerFormat,
    NotAJournal,
    StorageError,
    TandemCompleted,
    WrongPassphrase,
)
from app.ui import i18n
from app.ui.errors import describe
from app.ui.main_window import MainWindow
from tests.ui.conftest import type_text

WRONG_PASSPHRASE_DE = ("Diese Passphrase öffnet das Journal nicht. Prüfe die Schreibweise und die Feststelltaste "
                       "und versuche es noch einmal.")

# (error, the German sentence describe must show): "{detail}" stands for the store's text; a sentence
# ending in "…" gives only how the sentence begins.
TABLE = [
    pytest.param(WrongPassphrase("The passphrase does not unlock /home/anna/tandem.tandem."),
                 WRONG_PASSPHRASE_DE, id="WrongPassphrase"),
    pytest.param(JournalInUse("/home/anna/tandem.tandem is already open in another window (process 4711)."),
                 "Dieses Journal ist in einem anderen Fenster oder Programm geöffnet. Schließe es dort und versuche "
                 "es dann noch einmal.", id="JournalInUse"),
    pytest.param(NewerFormat("/home/anna/tandem.tandem has format version 9; this app reads up to 3."),
                 "Dieses Journal stammt von einer neueren Version von Tandem Journal. Aktualisiere die App, um es zu "
                 "öffnen; die Datei wurde nicht verändert.", id="NewerFormat"),
    pytest.param(NotAJournal("/home/anna/tandem.tandem: file is not a database"),
                 "Diese Datei ist kein Tandem-Journal oder sie ist beschädigt. Sie wurde nicht verändert. ({detail})",
                 id="NotAJournal"),
    pytest.param(StorageError("/media/stick/tandem.tandem: No space left on device"),
                 "Die Datei konnte hier nicht gelesen oder geschrieben werden (Datenträger voll oder keine "
                 "Berechtigung?). Was auf dem Bildschirm steht, ist nicht verloren. ({detail})", id="StorageError"),
    pytest.param(AlreadyExists("/home/anna/Kopie.tandem already exists."),
                 "Diese Datei gibt es schon; wähle einen anderen Namen. ({detail})", id="AlreadyExists"),
    pytest.param(TandemCompleted("The tandem was completed on 2026-06-30; reopen it to change it."),
                 "Dieses Tandem ist abgeschlossen, sein Journal ist daher schreibgeschützt. Öffne das Tandem wieder "
                 "(Tandem → Tandem wieder öffnen), um etwas zu ändern.", id="TandemCompleted"),
    pytest.param(InvalidData("due_on: '2026-02-30' is not a date (YYYY-MM-DD)"),
                 "Das wurde nicht übernommen: {detail}", id="InvalidData"),
    pytest.param(TandemPassphraseChosen(TANDEM_PASSPHRASE_MESSAGE),
                 "Das ist die Passphrase des Tandems, die dein Gegenüber kennt. Wähle eine, die nur du kennst; nichts "
                 "wurde geändert.", id="TandemPassphraseChosen"),
]
GERMAN_TABLE = TABLE


@pytest.mark.parametrize(("error", "sentence"), GERMAN_TABLE)
def test_each_store_error_is_a_german_sentence_in_german(german: None, error: Exception, sentence: str) -> None:
    shown = describe(error)
    if sentence.endswith("…"):
        assert shown.startswith(sentence[:-1]), shown
    else:
        assert shown == sentence.format(detail=error)  # with the store's detail where the sentence has one
    if "{detail}" not in sentence:
        assert str(error) not in shown, "the English text leaked into the German sentence"


@pytest.mark.parametrize(("error", "sentence"), TABLE)
def test_each_store_error_is_the_stores_own_text_in_english(qapp, error: Exception, sentence: str) -> None:
    assert i18n.current_language() == "en"
    assert describe(error) == str(error)


def test_an_unknown_error_still_reads_as_german(german: None) -> None:
    assert describe(RuntimeError("boom")) == "Etwas ist schiefgegangen: boom"


def test_a_wrong_passphrase_in_german_shows_the_german_sentence(qtbot: QtBot, german: None, settings,
                                                                 journal_path: Path) -> None:
    settings.language = "de"
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.begin_unlock(journal_path)
    type_text(qtbot, "nicht die richtige Passphrase", window.unlock_page.passphrase)
    qtbot.keyClick(window.unlock_page.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.unlock_page.passphrase.isEnabled(), timeout=10_000)  # key derivation done
    assert window.unlock_page.message.text() == WRONG_PASSPHRASE_DE
    assert window.stack.currentWidget() is window.unlock_page and not window.service.is_open
    window.close()
