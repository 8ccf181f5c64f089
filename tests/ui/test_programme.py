"""The programme around the sessions, end to end through the real window: the kick-off
guide, the first session's agenda, three sessions and a check-in with its chart, the
hint about the fit, the next session as a calendar file, quick wins, and the closing
round that makes the tandem read-only until it is reopened."""

from __future__ import annotations

import datetime as _dt
from pathlib import Path
from typing import Any

import icalendar
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot

from app import programme
from app.core.clock import FixedClock
from app.store import Journal, TandemCompleted
from app.ui.dialogs.closing import ClosingWizard
from app.ui.dialogs.create import CreateDialog
from app.ui.dialogs.evaluation import EvaluationDialog
from app.ui.dialogs.kickoff import KickoffWizard
from app.ui.dialogs.plan import PlanDialog
from app.ui.dialogs.preferences import PreferencesDialog
from app.ui.main_window import MainWindow
from tests.conftest import PASSPHRASE
from tests.ui.conftest import focus, press, press_shortcut, type_text, unlock, when_shown

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier


def _fill_kickoff(qtbot: QtBot, wizard: KickoffWizard, seen: dict[str, Any]) -> None:
    """Walk through the guide like the two of them would (runs inside the wizard's event loop)."""
    seen["names"] = (wizard.people.mentee.text(), wizard.people.mentor.text())
    wizard.people.language.setCurrentIndex(wizard.people.language.findData("de"))
    wizard.next()
    type_text(qtbot, "Sichtbar werden als Führungskraft", wizard.concern.concern)
    wizard.next()
    for goal in ("LinkedIn-Profil anlegen und 1× im Monat posten", "KI-Assistenten im Team ausprobieren"):
        type_text(qtbot, goal + "\n", wizard.goals.new)
    type_text(qtbot, "Feedback-Kultur verstehen", wizard.goals.new)  # typed, Enter forgotten
    wizard.next()
    type_text(qtbot, "Ehrliche Rückmeldungen 🙂", wizard.expectations.mentee)
    wizard.next()
    seen["rule"] = wizard.rules.suggestions["confidentiality"].text()  # offered beside an empty field
    wizard.rules.checks["respect"].setChecked(False)
    type_text(qtbot, "Handys bleiben in der Tasche", wizard.rules.custom)
    wizard.rules.agreed.setChecked(True)
    wizard.rules.agreed_on.setDate(_dt.date(2026, 11, 24))
    wizard.next()
    wizard.dependency.yes.setChecked(True)
    wizard.dependency.use_suggestion.click()  # the suggestion is taken when accepted (tests/ui/test_kickoff_walk.py)
    seen["dependency"] = wizard.dependency.note.toPlainText().strip()
    wizard.next()
    seen["months"] = wizard.rhythm.months.value()
    wizard.rhythm.rhythm.setCurrentIndex(wizard.rhythm.rhythm.findData("monthly"))
    type_text(qtbot, "Café am Markt", wizard.rhythm.place)
    wizard.rhythm.has_next.setChecked(True)
    wizard.rhythm.next.setDateTime(_dt.datetime(2026, 12, 8, 10, 0))
    wizard.next()
    seen["topics"] = [wizard.topics.list.item(i).text() for i in range(wizard.topics.list.count())]
    wizard.topics.list.item(len(programme.POOL) - 1).setCheckState(Qt.CheckState.Unchecked)  # not Datenschutz
    type_text(qtbot, "Podcasts für unterwegs\n", wizard.topics.own)
    seen["last page"] = wizard.currentPage() is wizard.topics
    wizard.button(QWizard.WizardButton.FinishButton).click()


def test_a_tandem_is_created_through_the_kickoff_guide(qtbot: QtBot, window: MainWindow, tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "tandem.tandem"
    monkeypatch.setattr(window, "ask_create_path", lambda: path)
    seen: dict[str, Any] = {}

    def create(dialog: CreateDialog) -> None:
        type_text(qtbot, "Jürgen", dialog.mentee)
        type_text(qtbot, "Şükrü", dialog.mentor)
        type_text(qtbot, PASSPHRASE, dialog.passphrase)
        type_text(qtbot, PASSPHRASE, dialog.repeat)
        dialog.create_button.click()

    when_shown(window, CreateDialog, create)
    when_shown(window, KickoffWizard, lambda wizard: _fill_kickoff(qtbot, wizard, seen))
    press_shortcut(qtbot, window.actions.new_journal)
    qtbot.waitUntil(lambda: "last page" in seen and window.message.isVisible(), timeout=10_000)

    assert seen["names"] == ("Jürgen", "Şükrü") and seen["months"] == programme.DEFAULT_PLANNED_MONTHS
    assert seen["rule"] == programme.RULES["confidentiality"]("de")
    assert seen["dependency"] == programme.DEPENDENCY_RULE("de")
    assert seen["topics"][:2] == ["Digitale Tools und Social Media", "Künstliche Intelligenz"]
    j = window.service.journal
    assert j is not None
    tandem = j.tandem()
    assert (tandem["concern"], tandem["rhythm"], tandem["planned_months"], tandem["place"]) == (
        "Sichtbar werden als Führungskraft", "monthly", 6, "Café am Markt")
    assert (tandem["rules_agreed_on"], tandem["dependency_exists"], tandem["next_session_at"]) == (
        "2026-11-24", True, "2026-12-08T10:00")
    assert tandem["started_on"] == _dt.date.today().isoformat()
    assert [g["title"] for g in j.rows("goal")] == ["LinkedIn-Profil anlegen und 1× im Monat posten",
                                                    "KI-Assistenten im Team ausprobieren", "Feedback-Kultur verstehen"]
    assert [r["key"] for r in j.rows("rule")] == ["openness", "trust", "commitment", "confidentiality", "custom"]
    assert j.people()["mentee"]["expectations"] == "Ehrliche Rückmeldungen 🙂"
    topics = [t["title"] for t in j.rows("topic")]
    assert topics[0] == "Digitale Tools und Social Media" and "Podcasts für unterwegs" in topics
    assert {t["origin"] for t in j.rows("topic") if t["title"] == "Podcasts für unterwegs"} == {"own"}
    assert "Datenschutz" not in topics and len(topics) == len(programme.POOL)
    assert window.overview.topics_model.rowCount() == len(topics)  # the overview shows the new pool

    # The first session follows the guide for the first conversation, in the language chosen.
    focus(qtbot, window.overview.sessions)
    press(qtbot, Qt.Key.Key_N, CTRL)
    assert window.stack.currentWidget() is window.session
    agenda = [r["text"] for r in window.service.rows("agenda_item", session_id=window.session.session_id)]
    assert agenda == programme.first_agenda("de")
    assert j.get("session", window.session.session_id)["kind"] == "kickoff"

    # The guide opens again with the agreement as it stands; cancelling changes nothing.
    reopened: dict[str, Any] = {}

    def look(wizard: KickoffWizard) -> None:
        reopened["goals"] = [g.title for g in wizard.goals.goals()]
        reopened["place"] = wizard.rhythm.place.text()
        wizard.reject()

    when_shown(window, KickoffWizard, look)
    press_shortcut(qtbot, window.actions.kickoff)
    assert reopened == {"goals": [g["title"] for g in j.rows("goal")], "place": "Café am Markt"}


@pytest.fixture
def goals_journal(journal_path: Path) -> Path:
    with Journal.open(journal_path, PASSPHRASE) as j:
        j.update_tandem(rhythm="biweekly", planned_months=6, started_on=_dt.date.today().isoformat())
        j.set_person("mentee", display_name="Jürgen")
        j.set_person("mentor", display_name="Şükrü")
        linkedin = j.add("goal", title="LinkedIn")
        ai = j.add("goal", title="KI verstehen")
        j.add("topic", title="Social Media", origin="pool", state="idea")
        j.save_evaluation("2026-01-10", {linkedin: (2, ""), ai: (1, "")})
    return journal_path


def test_three_sessions_then_a_check_in_and_the_chart(qtbot: QtBot, window: MainWindow,
                                                      goals_journal: Path) -> None:
    window.settings.evaluation_every = 3
    unlock(qtbot, window, goals_journal)
    for n in range(3):
        focus(qtbot, window.overview.sessions)
        press(qtbot, Qt.Key.Key_N, CTRL)
        if n == 0:  # the focus topic is picked from the pool
            session = window.session
            session.topic.setCurrentIndex(session.topic.findText("Social Media"))
            session.topic.activated.emit(session.topic.currentIndex())
        type_text(qtbot, f"Ziel {n + 1}")
        press(qtbot, Qt.Key.Key_3, CTRL)
        type_text(qtbot, f"Lernerfahrung {n + 1}")
        if n == 1:
            window.session.quick_win.setChecked(True)
        press(qtbot, Qt.Key.Key_Return)
        window.session.feedback["mentee"].rating.setValue(4)
        press(qtbot, Qt.Key.Key_Home, ALT)
        qtbot.waitUntil(lambda: window.stack.currentWidget() is window.overview)
    overview = window.overview
    assert overview.sessions_model.rowCount() == 3
    assert overview.sessions_model.index(0, 3).data() == "4"
    assert overview.topics_model.index(0, 2).data() == 1  # one session had it as its focus
    assert overview.topics_model.index(0, 1).data() == "Done"  # an idea in the pool, the focus of a held session
    assert [overview.quick_wins_model.index(r, 0).data() for r in range(overview.quick_wins_model.rowCount())] \
        == ["Lernerfahrung 2"]
    assert overview.evaluation_notice.isVisible()
    assert "3 sessions since your last check-in" in overview.evaluation_notice.label.text()

    seen: dict[str, Any] = {}

    def rate(dialog: EvaluationDialog) -> None:
        linkedin, ai = dialog.ratings
        seen["before"] = dialog.save_button.isEnabled()
        dialog.ratings[linkedin].setValue(4)
        dialog.ratings[ai].setValue(3)
        type_text(qtbot, "Profil steht, erster Post", dialog.comments[linkedin])
        dialog.save_button.click()

    when_shown(window, EvaluationDialog, rate)
    overview.evaluation_notice.button.click()
    assert seen["before"] is False  # nothing rated yet: nothing to save
    evaluations = window.service.evaluations()
    assert evaluations is not None and len(evaluations) == 2
    assert sorted(evaluations[-1].ratings.values()) == [3, 4]
    assert "Profil steht, erster Post" in evaluations[-1].comments.values()
    assert not overview.evaluation_notice.isVisible()  # offered again after three more sessions

    chart = overview.chart
    assert [(s.title, s.points) for s in chart.series] == [("LinkedIn", ((0, 2), (1, 4))),
                                                          ("KI verstehen", ((0, 1), (1, 3)))]
    image = chart.grab().toImage()
    for series in chart.series:
        for index, rating in series.points:
            dot = chart.point(index, rating).toPoint()
            colour = QColor(image.pixel(dot.x(), dot.y()))
            assert colour.name() == series.colour.name(), (series.title, index, rating)
    assert chart.point(1, 4).y() < chart.point(0, 2).y()  # higher rating, higher on screen
    assert "LinkedIn: 2 → 4 of 5" in chart.accessibleDescription()


def test_falling_ratings_bring_a_gentle_hint(qtbot: QtBot, window: MainWindow, goals_journal: Path) -> None:
    with Journal.open(goals_journal, PASSPHRASE) as j:
        goal = j.rows("goal")[0]["id"]
        for day, rating in (("2026-02-01", 4), ("2026-03-01", 3), ("2026-04-01", 2)):
            j.save_evaluation(day, {goal: (rating, "")})
    unlock(qtbot, window, goals_journal)
    notice = window.overview.fit_notice
    assert notice.isVisible() and "whether the tandem still fits" in notice.label.text()


def test_steady_ratings_bring_no_hint(qtbot: QtBot, window: MainWindow, goals_journal: Path) -> None:
    unlock(qtbot, window, goals_journal)
    assert not window.overview.fit_notice.isVisible()


def test_the_next_session_is_planned_and_saved_for_the_calendar(qtbot: QtBot, window: MainWindow,
                                                               goals_journal: Path, tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    unlock(qtbot, window, goals_journal)
    target = tmp_path / "next.ics"
    monkeypatch.setattr(window, "ask_calendar_path", lambda when: target)
    when = _dt.datetime.combine(_dt.date.today() + _dt.timedelta(days=9), _dt.time(16, 30))

    def plan(dialog: PlanDialog) -> None:
        dialog.when.setDateTime(when)
        dialog.minutes.setValue(90)
        dialog.place.setText("Café am Markt")
        dialog.calendar.setChecked(True)
        dialog.accept()

    when_shown(window, PlanDialog, plan)
    focus(qtbot, window.overview.sessions)
    press(qtbot, Qt.Key.Key_T, CTRL)
    assert window.service.tandem()["next_session_at"] == when.isoformat(timespec="minutes")
    assert window.overview.due.text().startswith("Next session is due in 9 days")

    [event] = icalendar.Calendar.from_ical(target.read_bytes()).walk("VEVENT")
    start = event.decoded("DTSTART")
    assert start.astimezone().replace(tzinfo=None) == when  # the same wall-clock time, here
    assert event.decoded("DTEND") - start == _dt.timedelta(minutes=90)
    assert str(event["LOCATION"]) == "Café am Markt"
    assert "Jürgen" not in target.read_text(encoding="utf-8")

    window.service.clock = FixedClock(window.service.clock.now() + _dt.timedelta(days=12))  # three days late
    window.overview.refresh()
    assert "was due 3 days ago" in window.overview.due.text()
    due = window.overview.due
    assert due.palette().color(QPalette.ColorRole.WindowText).name() == "#b3261e" and due.font().bold()  # flagged


def test_the_closing_round_makes_the_tandem_read_only(qtbot: QtBot, window: MainWindow,
                                                      filled_journal: Path) -> None:
    unlock(qtbot, window, filled_journal)
    learnings = window.service.rows("learning")
    chosen = learnings[0]["id"]
    seen: dict[str, Any] = {}

    def close_round(wizard: ClosingWizard) -> None:
        type_text(qtbot, "Die Geduld bei Grundfragen", wizard.feedback.boxes["mentee"].helped)
        wizard.feedback.boxes["mentee"].rating.setValue(5)
        type_text(qtbot, "Einblick in echte Entscheidungen", wizard.feedback.boxes["mentor"].helped)
        wizard.next()
        wizard.next()  # the closing question (tests/ui/test_programme_report.py answers it)
        model = wizard.learnings.model
        seen["all"] = model.rowCount()
        model.setData(model.index(model.row_of(chosen), 2), Qt.CheckState.Checked.value,
                      Qt.ItemDataRole.CheckStateRole)
        wizard.next()
        wizard.pass_on.pass_on.setPlainText("Früh einen Themenpool anlegen")
        wizard.next()
        wizard.complete.export.setChecked(False)
        wizard.button(QWizard.WizardButton.FinishButton).click()

    notice = window.overview.closing_notice  # the sample started in January, planned for 6 months
    assert notice.isVisible() and "Your planned 6 months ended" in notice.label.text()
    when_shown(window, ClosingWizard, close_round)
    notice.button.click()
    assert seen["all"] == len(learnings)  # every learning of both, from every session, in one view

    j = window.service.journal
    assert j is not None
    tandem = j.tandem()
    assert tandem["state"] == "completed" and tandem["closing_held_on"] == _dt.date.today().isoformat()
    assert tandem["pass_on"] == "Früh einen Themenpool anlegen"
    closing = {r["giver"]: r for r in j.rows("feedback", session_id=None)}
    assert closing["mentee"]["helped"] == "Die Geduld bei Grundfragen" and closing["mentee"]["rating"] == 5
    assert closing["mentor"]["helped"] == "Einblick in echte Entscheidungen"
    assert j.get("learning", chosen)["share"] is True

    overview = window.overview
    assert window.stack.currentWidget() is overview and overview.completed_notice.isVisible()
    assert not overview.new_button.isEnabled() and not overview.goal_add.isEnabled()
    assert not window.actions.new_session.isEnabled() and not window.actions.closing.isEnabled()
    assert window.actions.onepager.isEnabled() and window.actions.find.isEnabled()
    focus(qtbot, overview.sessions)
    press(qtbot, Qt.Key.Key_N, CTRL)
    assert window.stack.currentWidget() is overview and overview.sessions_model.rowCount() == 3

    session_id = overview.sessions_model.index(0, 0).data(Qt.ItemDataRole.UserRole + 1)
    window.show_session(session_id)
    page = window.session
    assert page.notes.isReadOnly() and not page.learning_add.isEnabled()
    assert not page.learning_model.flags(page.learning_model.index(0, 0)) & Qt.ItemFlag.ItemIsEditable
    with pytest.raises(TandemCompleted):
        j.add("learning", text="sneaked in")

    press(qtbot, Qt.Key.Key_Home, ALT)
    overview.completed_notice.button.click()  # reopen
    assert j.tandem()["state"] == "active" and not overview.completed_notice.isVisible()
    assert overview.new_button.isEnabled() and window.actions.new_session.isEnabled()
    assert not window.actions.reopen.isEnabled()
    window.show_session(session_id)
    assert not page.notes.isReadOnly() and page.learning_add.isEnabled()


def test_locking_closes_an_open_dialog(qtbot: QtBot, window: MainWindow, goals_journal: Path) -> None:
    unlock(qtbot, window, goals_journal)
    seen: dict[str, Any] = {}

    def lock_while_open(dialog: EvaluationDialog) -> None:
        seen["open"] = dialog.isVisible()
        window.lock()
        seen["after"] = dialog.isVisible()

    when_shown(window, EvaluationDialog, lock_while_open)
    press_shortcut(qtbot, window.actions.evaluation)
    assert seen == {"open": True, "after": False}
    assert not window.service.is_open and window.stack.currentWidget() is window.unlock_page
    with Journal.open(goals_journal, PASSPHRASE) as j:
        assert len(j.evaluations()) == 1  # nothing was saved by the interrupted check-in


def test_the_check_in_rhythm_is_a_preference(qtbot: QtBot, window: MainWindow, goals_journal: Path) -> None:
    with Journal.open(goals_journal, PASSPHRASE) as j:
        for day in ("2026-02-01", "2026-02-15"):
            j.add("session", starts_at=f"{day}T10:00")
    unlock(qtbot, window, goals_journal)
    assert not window.overview.evaluation_notice.isVisible()  # two sessions: not yet, by default

    def every_second(dialog: PreferencesDialog) -> None:
        dialog.evaluation_every.setValue(2)
        dialog.accept()

    when_shown(window, PreferencesDialog, every_second)
    press_shortcut(qtbot, window.actions.preferences)
    assert window.settings.evaluation_every == 2
    assert window.overview.evaluation_notice.isVisible()


def test_a_reached_goal_is_no_longer_rated(qtbot: QtBot, window: MainWindow, goals_journal: Path) -> None:
    unlock(qtbot, window, goals_journal)
    model = window.overview.goals_model
    assert model.index(0, 1).data() == "Open"
    assert model.setData(model.index(0, 1), "reached")  # what the choice list in the State column does
    assert window.service.rows("goal")[0]["state"] == "reached"
    seen: dict[str, Any] = {}

    def look(dialog: EvaluationDialog) -> None:
        seen["rated"] = list(dialog.ratings)
        dialog.reject()

    when_shown(window, EvaluationDialog, look)
    press_shortcut(qtbot, window.actions.evaluation)
    assert seen["rated"] == [window.service.rows("goal")[1]["id"]]
