"""German and English: the catalogue is complete, every visible string goes through it,
and the app really speaks German when asked to."""

from __future__ import annotations

import datetime as _dt
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QModelIndex, Qt, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabWidget,
    QWidget,
    QWizard,
)
from pytestqt.qtbot import QtBot

from app import languages, programme
from app.store import Journal
from app.ui import i18n
from app.ui.dialogs.closing import ClosingWizard
from app.ui.dialogs.create import CreateDialog, CreatePrivateDialog
from app.ui.dialogs.evaluation import EvaluationDialog
from app.ui.dialogs.kickoff import KickoffWizard
from app.ui.dialogs.onepager import OnePagerDialog
from app.ui.dialogs.plan import PlanDialog
from app.ui.dialogs.preferences import PreferencesDialog
from app.ui.main_window import TITLE, MainWindow
from app.ui.models.rows import ROW_ID
from tests.conftest import PASSPHRASE
from tests.ui.conftest import unlock

ROOT = Path(__file__).resolve().parents[2]
MARK = "§"  # in every text the user typed, so that it is not mistaken for interface text


class Pseudo(QTranslator):
    """Turns every interface string into ⟦string⟧: whatever shows up without brackets was never translated."""

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        return f"⟦{source}⟧" if source else source

    def isEmpty(self) -> bool:
        return False


@pytest.fixture
def pseudo() -> Iterator[None]:
    translator = Pseudo()
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


def texts(root: QWidget) -> list[tuple[str, str]]:
    """(where, text) for every piece of interface text visible in ``root``."""
    found: list[tuple[str, str]] = []
    widgets = [root, *root.findChildren(QWidget)]
    for w in widgets:
        if not w.isVisibleTo(root.window()) and w is not root:
            continue
        kind = type(w).__name__
        add = lambda what, value: found.append((f"{kind}.{what}", value))  # noqa: E731
        add("accessibleName", w.accessibleName())
        add("toolTip", w.toolTip())
        if w.isWindow():
            add("windowTitle", w.windowTitle())
        if isinstance(w, QLabel):
            add("text", w.text())
        elif isinstance(w, QAbstractButton):
            add("text", w.text())
        elif isinstance(w, QGroupBox):
            add("title", w.title())
        elif isinstance(w, QLineEdit):
            add("placeholder", w.placeholderText())
        elif isinstance(w, QPlainTextEdit):
            add("placeholder", w.placeholderText())
        elif isinstance(w, QTabWidget):
            found += [(f"{kind}.tab", w.tabText(i)) for i in range(w.count())]
        elif isinstance(w, QComboBox) and not w.isEditable():
            found += [(f"{kind}.item", w.itemText(i)) for i in range(w.count())]
        elif isinstance(w, QAbstractSpinBox):
            add("special", getattr(w, "specialValueText", lambda: "")())
            add("suffix", getattr(w, "suffix", lambda: "")())
        elif isinstance(w, QAbstractItemView) and w.model() is not None:
            model, top = w.model(), QModelIndex()
            try:
                columns = model.columnCount(top)
            except TypeError:  # a list model keeps columnCount private: it has one column
                columns = 1
            found += [(f"{kind}.header", str(model.headerData(c, Qt.Orientation.Horizontal) or ""))
                      for c in range(columns)]
            found += [(f"{kind}.cell", str(model.index(r, c).data() or ""))
                      for r in range(min(3, model.rowCount(top))) for c in range(columns)]
    return found


# Not interface text: the brand, language names (each in its own language), and the programme's
# suggestions, which come in German and English and follow the chosen language (app.programme).
NOT_INTERFACE = {TITLE, *i18n.LANGUAGES.values(), *(
    t(lang) for lang in languages.CODES
    for t in (*programme.RULES.values(), *programme.RULE_NAMES.values(), programme.FIT_HINT,
              programme.DEPENDENCY_RULE, *(p.title for p in programme.POOL), *(p.description for p in programme.POOL),
              *programme.FIRST_CONVERSATION))}


def untranslated(root: QWidget, allowed: tuple[str, ...] = ()) -> list[str]:
    bad = []
    for where, text in texts(root):
        plain = re.sub(r"<[^>]+>", "", text).replace("&", "")
        if (not re.search(r"[A-Za-zÄÖÜäöüß]", plain) or "⟦" in text or MARK in text or text in NOT_INTERFACE
                or any(a in text.replace("\u200b", "") for a in allowed)):  # as read: a path's break hints left out
            continue
        bad.append(f"{where}: {text!r}")
    return sorted(set(bad))


@pytest.fixture
def marked_journal(journal_path: Path) -> Path:
    """A tandem where everything the people typed carries the mark."""
    with Journal.open(journal_path, PASSPHRASE) as j:
        j.update_tandem(rhythm="biweekly", planned_months=6, started_on="2026-01-05", place=f"{MARK}Café",
                        concern=f"{MARK}Anliegen")
        j.set_person("mentee", display_name=f"{MARK}Jürgen")
        j.set_person("mentor", display_name=f"{MARK}Şükrü")
        goal = j.add("goal", title=f"{MARK}LinkedIn")
        topic = j.add("topic", title=f"{MARK}KI", state="idea")
        for day, rating in (("2026-01-05", 4), ("2026-01-19", 3), ("2026-02-02", 2), ("2026-02-16", 1)):
            sid = j.add("session", starts_at=f"{day}T10:00", topic_id=topic, goal=f"{MARK}Ziel", notes=f"{MARK}x")
            j.add("agenda_item", session_id=sid, text=f"{MARK}Punkt")
            j.add("learning", session_id=sid, text=f"{MARK}Gelernt", quick_win=True, share=True)
            j.add("action_item", session_id=sid, text=f"{MARK}Tun", due_on="2026-03-01")
            j.add("feedback", session_id=sid, giver="mentee", helped=f"{MARK}gut", rating=rating)
        j.save_evaluation("2026-01-19", {goal: (4, f"{MARK}ok")})
        j.save_evaluation("2026-02-16", {goal: (2, f"{MARK}ok")})
    return journal_path


def test_the_german_catalogue_is_complete_and_built() -> None:
    result = subprocess.run([sys.executable, "scripts/i18n.py", "check"], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_every_visible_string_is_translatable(qtbot: QtBot, pseudo: None, make_window,
                                              marked_journal: Path) -> None:
    window: MainWindow = make_window()  # built while the pseudo-translator is installed
    assert untranslated(window.welcome) == []
    window.begin_unlock(marked_journal)
    path = str(marked_journal)
    assert untranslated(window.unlock_page, (path,)) == []
    unlock(qtbot, window, marked_journal)
    assert untranslated(window, (path,)) == []  # the overview, its notices, the menus' window
    for menu in window.menuBar().actions():
        assert "⟦" in menu.text(), menu.text()
        for action in menu.menu().actions():
            assert action.isSeparator() or "⟦" in action.text(), action.text()
    window.show_session(window.overview.sessions_model.index(0, 0).data(ROW_ID))
    for tab in range(window.session.tabs.count()):
        window.session.tabs.setCurrentIndex(tab)
        assert untranslated(window.session) == [], tab
    window.show_reflections()
    assert untranslated(window.reflections, (path,)) == []
    window.search.open_search()
    assert untranslated(window.search) == []
    window.search.hide()
    service = window.service
    dialogs: list[QDialog] = [
        PreferencesDialog(window.settings, window), CreateDialog(marked_journal, window),
        CreatePrivateDialog(marked_journal.parent, [marked_journal], window.reflections.private, lambda _p: None, window), EvaluationDialog(service.rows("goal"), {}, window),
        PlanDialog(_dt.datetime(2026, 3, 2, 10, 0), 60, f"{MARK}Café", window), OnePagerDialog(service, window)]
    for dialog in dialogs:
        dialog.show()
        assert untranslated(dialog, (path,)) == [], type(dialog).__name__
        dialog.close()
    for wizard in (KickoffWizard(service.kickoff_agreement(), [], "de", window), ClosingWizard(service, window)):
        wizard.show()
        for _ in wizard.pageIds():
            assert untranslated(wizard) == [], (type(wizard).__name__, wizard.currentId())
            wizard.next()
        wizard.reject()


def test_the_app_speaks_german(qtbot: QtBot, settings, marked_journal: Path) -> None:
    before = QLocale()
    settings.language = "de"
    assert i18n.install(settings.language) == "de"
    try:
        window = MainWindow(settings)
        qtbot.addWidget(window)
        window.show()
        assert window.welcome.create_button.text() == "Tandem-Journal anlegen…"
        unlock(qtbot, window, marked_journal)
        assert window.overview.new_button.text() == "Neues Treffen beginnen"
        assert QLocale().language() == QLocale.Language.German
        assert window.overview.sessions_model.index(0, 0).data().startswith("16.02.2026")
        buttons = [b.text() for b in PreferencesDialog(settings, window).findChildren(QAbstractButton)]
        assert "Abbrechen" in buttons  # Qt's own strings come from qtbase_de
        wizard = KickoffWizard(window.service.kickoff_agreement(), [], "de", window)
        assert wizard.buttonText(QWizard.WizardButton.NextButton).replace("&", "").startswith("Weiter")
        window.close()
    finally:
        i18n.install("en")
        QLocale.setDefault(before)  # the other tests keep the locale they started with
