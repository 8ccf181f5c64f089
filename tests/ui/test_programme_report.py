"""What a tandem shares with its programme, and the programme view over many tandems (issue 18),
walked in the real window: the closing round with the closing question, the share preview and its
file (no canary from the notes, agenda, reflections, feedback texts or names), then the programme
view on 12 generated reports and four bad files, its figures against hand-computed ones, its PDF
and its CSV."""

from __future__ import annotations

import csv
import datetime as _dt
import json
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QCheckBox, QFileDialog, QLabel, QMenu, QPushButton, QWidget, QWizard
from pytestqt.qtbot import QtBot

from app import sample
from app.core import programme_report as pr
from app.core.clock import FixedClock
from app.store import Journal, PrivateJournal
from app.ui.dialogs.closing import ClosingWizard
from app.ui.dialogs.programme_share import ProgrammeShareDialog
from app.ui.dialogs.programme_view import ProgrammeView
from app.ui.i18n import tr
from app.ui.main_window import MainWindow
from tests.conftest import PASSPHRASE
from tests.ui.conftest import press, type_text, unlock, when_shown

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
CANARIES = ("NOTES-CANARY", "AGENDA-CANARY", "FEEDBACK-CANARY", "REFLECTION-CANARY", "NAME-CANARY-MENTEE",
            "NAME-CANARY-MENTOR", "COMMENT-CANARY", "ACTION-CANARY")


def activate(qtbot: QtBot, window: QWidget) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def open_menu_entry(qtbot: QtBot, window: MainWindow, top_text: str, mnemonic: Qt.Key) -> None:
    """Press on a menu of the menu bar, then the entry's underlined letter, as a person may."""
    activate(qtbot, window)
    bar = window.menuBar()
    top = next(a for a in bar.actions() if a.text() == tr(top_text))
    qtbot.mouseMove(bar, bar.actionGeometry(top).center())
    qtbot.mousePress(bar, Qt.MouseButton.LeftButton, pos=bar.actionGeometry(top).center())  # a press opens it
    menu = top.menu()
    assert isinstance(menu, QMenu)
    qtbot.waitUntil(menu.isVisible)
    qtbot.keyClick(menu, mnemonic)


def click(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=QPoint(8, widget.height() // 2))


def button(parent: QWidget, text: str) -> QPushButton:
    return next(b for b in parent.findChildren(QPushButton) if b.text().replace("&", "") == text and b.isVisible())


def check_box(parent: QWidget, text: str) -> QCheckBox:
    return next(b for b in parent.findChildren(QCheckBox) if b.text() == text and b.isVisible())


def named(parent: QWidget, kind: type, name: str) -> Any:
    return next(w for w in parent.findChildren(kind) if w.accessibleName() == name and w.isVisible())


@pytest.fixture
def canary_journal(journal_path: Path) -> Path:
    with Journal.open(journal_path, PASSPHRASE) as j:
        sample.fill(j, sessions=3, items_per_session=2)
        j.set_person("mentee", display_name="NAME-CANARY-MENTEE")
        j.set_person("mentor", display_name="NAME-CANARY-MENTOR")
        for session in j.rows("session"):
            j.update("session", session["id"], notes="NOTES-CANARY im Protokoll")
            j.add("agenda_item", session_id=session["id"], text="AGENDA-CANARY Punkt")
            j.add("action_item", session_id=session["id"], text="ACTION-CANARY Aufgabe", owner="mentee")
            j.add("feedback", session_id=session["id"], giver="mentor", helped="FEEDBACK-CANARY half")
        for rating in j.conn.execute("SELECT id FROM evaluation_rating").fetchall():
            j.update("evaluation_rating", rating[0], comment="COMMENT-CANARY")
        j.add("learning", text="Ein geteilter Quick Win", learner="mentee", quick_win=True, share=True)
        j.conn.execute("DELETE FROM closing_answer")  # the walk answers the closing question
    with PrivateJournal.create(journal_path.parent / "meine.reflections", "nur ich kenne diesen Satz") as private:
        private.add("reflection", written_on="2026-02-01", title="REFLECTION-CANARY", body="REFLECTION-CANARY")
    return journal_path


def test_closing_question_then_share_with_the_programme(qtbot: QtBot, window: MainWindow, canary_journal: Path,
                                                        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "out" / "bericht.tandem-report.json"
    target.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    unlock(qtbot, window, canary_journal)
    seen: dict[str, Any] = {}

    def walk_round(wizard: ClosingWizard) -> None:
        activate(qtbot, wizard)
        click(qtbot, wizard.feedback.boxes["mentee"].helped.viewport())
        type_text(qtbot, "FEEDBACK-CANARY am Ende")
        click(qtbot, wizard.button(QWizard.WizardButton.NextButton))
        for giver, keys, line in (("mentee", "yy5", "Gern wieder, im Herbst"), ("mentor", "ny4", "")):
            box = wizard.question.boxes[giver]
            click(qtbot, box.line)
            type_text(qtbot, line)
            for key in keys:  # back through recommend, again, value: a letter or digit chooses
                press(qtbot, Qt.Key.Key_Backtab, SHIFT)
                type_text(qtbot, key)
        seen["answers"] = {g: (b.value.currentText(), b.again.currentText(), b.recommend.currentText())
                           for g, b in wizard.question.boxes.items()}
        for _ in range(3):  # the question, the learnings, passing it on
            click(qtbot, wizard.button(QWizard.WizardButton.NextButton))
        click(qtbot, check_box(wizard, "Export the one-pager next"))
        click(qtbot, check_box(wizard, "Share with the programme next (you see what it gets first)"))
        click(qtbot, wizard.button(QWizard.WizardButton.FinishButton))

    def walk_share(dialog: ProgrammeShareDialog) -> None:
        activate(qtbot, dialog)
        seen["plain"] = [dialog.fields.item(i).text() for i in range(dialog.fields.count())]
        click(qtbot, check_box(dialog, "Include the titles of our goals"))
        seen["keys"] = dialog.listed_keys()
        click(qtbot, button(dialog, "Save the report…"))

    when_shown(window, ClosingWizard, walk_round)
    when_shown(window, ProgrammeShareDialog, walk_share)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    press(qtbot, Qt.Key.Key_D, CTRL_SHIFT)  # Tandem → Closing round…
    qtbot.waitUntil(lambda: target.exists() and "Programme report saved" in window.message.label.text(), timeout=10_000)

    assert seen["answers"] == {"mentee": ("5 – very valuable", "Yes", "Yes"), "mentor": ("4", "Yes", "No")}
    j = window.service.journal
    assert j is not None and j.tandem()["state"] == "completed"
    answers = j.closing_answers()
    assert (answers["mentee"]["value"], answers["mentee"]["again"], answers["mentee"]["recommend"],
            answers["mentee"]["line"]) == (5, True, True, "Gern wieder, im Herbst")
    assert (answers["mentor"]["value"], answers["mentor"]["again"], answers["mentor"]["recommend"]) == (4, True, False)
    assert len(seen["plain"]) == len(pr.BASE_FIELDS) and "How many sessions you held" in seen["plain"]

    text = target.read_text(encoding="utf-8")
    report = json.loads(text)
    assert list(report) == seen["keys"], "the preview listed exactly the file's fields"
    assert "goal_titles" in report and "names" not in report and "own_topics" not in report
    assert report["completed"] is True and report["sessions_held"] == 3
    assert report["quick_wins"] == ["Ein geteilter Quick Win"]
    assert report["closing_answers"]["mentee"] == {"value": 5, "again": True, "recommend": True,
                                                   "line": "Gern wieder, im Herbst"}
    for canary in CANARIES:
        assert canary not in text, canary
    assert target.stat().st_mode & 0o777 == 0o600


# ------------------------------------------------------------------ the programme view

TODAY = _dt.date(2026, 6, 30)
SESSIONS = [6, 8, 10, 12, 3, 4, 5, 6, 2, 2, 3, 5]
KEPT = [5, 6, 9, 10, 2, 2, 4, 5, 0, 1, 1, 2]
CHANGE = [2, 1, 3, 0, 1, None, 2, 1, 0, -1, None, 1]
ANSWERS = [((5, True, True), (5, True, True)), ((4, True, True), (5, True, False)),
           ((3, True, False), (4, False, False)), ((5, True, True), (None, None, None))]


def _generated(n: int) -> dict[str, Any]:
    """Tandems 0-3 completed, 4-7 active, 8-11 overdue (one monthly, one weekly)."""
    last = "2026-06-20" if 4 <= n <= 7 else ("2026-05-01" if n < 10 else "2026-04-29" if n == 10 else "2026-06-15")
    rhythm = "monthly" if n == 10 else "weekly" if n == 11 else "biweekly"
    change = CHANGE[n]
    empty = {"value": None, "again": None, "recommend": None, "line": ""}
    answers = ({g: dict(zip(("value", "again", "recommend"), a), line="") for g, a in zip(pr.GIVERS, ANSWERS[n])}
               if n < 4 else {g: dict(empty) for g in pr.GIVERS})
    report: dict[str, Any] = {
        "format": pr.FORMAT, "format_version": 1, "tandem": f"{n:02d}" + "f" * 30, "written_on": "2026-06-29",
        "period_from": "2026-01-10", "period_to": last, "last_session_on": last, "completed": n < 4,
        "sessions_held": SESSIONS[n], "rhythm": rhythm, "rhythm_intervals": SESSIONS[n] - 1, "rhythm_kept": KEPT[n],
        "learnings_mentee": 3, "learnings_mentor": 2, "learnings_both": 1, "learnings_unsaid": 0,
        "goals": [{"state": "open", "first": None if change is None else 2,
                   "last": None if change is None else 2 + change}],
        "mean_session_rating": 4.0, "pool_topics_covered": ["LinkedIn"] * (n < 7) + ["KI im Alltag"] * (n % 3 == 0)
        + ["Feedback-Kultur"] * (n == 5),
        "own_topics_covered": 0, "quick_wins": {0: ["Profil steht"], 4: ["Erster Post"]}.get(n, []),
        "closing_answers": answers,
    }
    if n == 0:
        report["names"] = {"mentee": "Ada", "mentor": "Ben"}
    return report


@pytest.fixture
def reports(tmp_path: Path) -> list[Path]:
    folder = tmp_path / "reports"
    folder.mkdir()
    paths = []
    for n in range(12):
        path = folder / f"tandem-{n:02d}.json"
        path.write_text(json.dumps(_generated(n)), encoding="utf-8")
        paths.append(path)
    older = dict(_generated(4), written_on="2026-05-02", sessions_held=2, rhythm_intervals=1, rhythm_kept=1)
    (folder / "tandem-04-alt.json").write_text(json.dumps(older), encoding="utf-8")
    (folder / "kaputt.json").write_text('{"format": "tandem-programme-report", "format_version": 1', encoding="utf-8")
    (folder / "zukunft.json").write_text(json.dumps(dict(_generated(3), format_version=2)), encoding="utf-8")
    (folder / "einkauf.json").write_text('{"milch": 2}', encoding="utf-8")
    (folder / "foto.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    return [*paths, folder / "tandem-04-alt.json", folder / "kaputt.json", folder / "zukunft.json",
            folder / "einkauf.json", folder / "foto.png"]


@pytest.mark.qt_log_ignore("does not support grabbing the keyboard")  # the offscreen plugin, for an open menu
def test_the_programme_view_on_twelve_reports(qtbot: QtBot, window: MainWindow, reports: list[Path],
                                              tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pdf, csv_path = tmp_path / "auswertung.pdf", tmp_path / "tandems.csv"
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(lambda *a, **k: ([str(p) for p in reports], "")))
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda parent, title, *a, **k: (str(pdf if "evaluation" in title else csv_path), "")))
    window.service.clock = FixedClock(_dt.datetime.combine(TODAY, _dt.time(9)))
    seen: dict[str, Any] = {}

    def look(view: ProgrammeView) -> None:
        model = view.table.model()
        seen["rows"] = [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]
        seen["labels"] = {label.accessibleName(): label.text() for label in view.findChildren(QLabel)
                          if label.accessibleName()}
        click(qtbot, button(view, "Export PDF…"))
        click(qtbot, button(view, "Export CSV…"))
        seen["status"] = named(view, QLabel, "Export status").text()
        click(qtbot, button(view, "Close"))

    when_shown(window, ProgrammeView, look)
    open_menu_entry(qtbot, window, "&Journal", Qt.Key.Key_R)  # Open p&rogramme reports…
    qtbot.waitUntil(lambda: "status" in seen, timeout=10_000)

    rows = seen["rows"]
    assert len(rows) == 12
    by_label = {r[0]: r for r in rows}
    assert [r[1] for r in rows] == ["overdue"] * 4 + ["active"] * 4 + ["completed"] * 4  # overdue first
    assert by_label["Ada & Ben"][1:2] + by_label["Ada & Ben"][3:] == ["completed", "6", "5 of 5", "+2.0", "4.0"]
    assert by_label["Ada & Ben"][2].endswith("2026") and by_label["10ffff"][4:6] == ["1 of 2", "–"]
    assert by_label["04ffff"][3:5] == ["3", "2 of 2"], "the newer report of tandem 4 is shown"
    assert sorted(int(r[3]) for r in rows) == sorted(SESSIONS)
    labels = seen["labels"]
    assert labels["Summary"] == ("12 tandems: 4 active, 4 overdue (more than twice their rhythm since the last "
                                 "session), 4 completed")
    left = labels["Files left out"]
    for line in ("Left out: kaputt.json (not a programme report)",
                 "Left out: zukunft.json (written by a newer version of Tandem Journal)",
                 "Left out: einkauf.json (not a programme report)", "Left out: foto.png (not a programme report)",
                 "tandem-04-alt.json is an older report of the same tandem as tandem-04.json: the newer one is shown"):
        assert line in left
    # by hand: 66 sessions / 12; kept 47 of 54 gaps = 87 %; goal changes 2+1+3+0+1+2+1+0-1+1 = 10 over 10
    assert labels["Across the programme"].splitlines() == [
        "Sessions per tandem, on average: 5.5", "Gaps between sessions that kept the rhythm: 87 %",
        "Goal ratings changed by +1.00 on average (last check-in minus first)"]
    # 4 tandems answered, 7 answers: value 5 ×4, 4 ×2, 3 ×1; again yes 6 no 1; recommend yes 4 no 3
    assert labels["The closing question"].splitlines() == [
        "Tandems that answered the closing question: 4",
        "How valuable (1 little – 5 very): 5: 4 (57 %), 4: 2 (29 %), 3: 1 (14 %), 2: 0 (0 %), 1: 0 (0 %)",
        "Would do it again: yes 6 (86 %), no 1 (14 %)", "Would recommend it: yes 4 (57 %), no 3 (43 %)"]
    assert labels["Topics most covered"].splitlines() == [
        "LinkedIn: 7 tandems", "KI im Alltag: 4 tandems", "Feedback-Kultur: one tandem"]
    assert labels["Quick wins shared"].splitlines() == ["Ada & Ben: Profil steht", "04ffff: Erster Post"]
    assert seen["status"] == "Saved: tandems.csv"

    reader = PdfReader(pdf)
    assert 1 <= len(reader.pages) <= 2
    text = " ".join(page.extract_text() for page in reader.pages)
    order = ["Programme evaluation", "12 tandems", "Ada & Ben", "Across the programme", "5.5", "87 %",
             "The closing question", "Topics most covered", "LinkedIn: 7 tandems", "Quick wins shared", "Erster Post"]
    positions = [text.find(part) for part in order]
    assert -1 not in positions and positions == sorted(positions), list(zip(order, positions))
    with csv_path.open(newline="", encoding="utf-8-sig") as handle:
        table = list(csv.reader(handle))
    assert table[0][:3] == ["tandem", "state", "period_from"] and len(table) == 13
    assert {row[0]: row[4] for row in table[1:]}["Ada & Ben"] == "6"


def test_fewer_than_three_tandems_are_shown_as_counts(qtbot: QtBot, tmp_path: Path) -> None:
    paths = []
    for n in (0, 1):
        path = tmp_path / f"t{n}.json"
        path.write_text(json.dumps(_generated(n)), encoding="utf-8")
        paths.append(path)
    view = ProgrammeView(paths, TODAY)
    qtbot.addWidget(view)
    view.show()
    labels = {label.accessibleName(): label.text() for label in view.findChildren(QLabel) if label.accessibleName()}
    assert "%" not in labels["Across the programme"] + labels["The closing question"]
    assert "Sessions held: 14 (fewer than three tandems: counts only)" in labels["Across the programme"]
    assert "Would do it again: yes 4, no 0" in labels["The closing question"]


def test_the_new_dialogs_name_every_control(qtbot: QtBot, window: MainWindow, filled_journal: Path,
                                            reports: list[Path]) -> None:
    from tests.ui.test_accessibility import unnamed_controls

    unlock(qtbot, window, filled_journal)
    for dialog in (ProgrammeShareDialog(window.service, window), ProgrammeView(reports, TODAY, window)):
        dialog.show()
        assert unnamed_controls(dialog) == [], type(dialog).__name__
        dialog.close()
    wizard = ClosingWizard(window.service, window)
    wizard.show()
    wizard.next()
    assert unnamed_controls(wizard.currentPage()) == [] and wizard.currentPage() is wizard.question
    wizard.reject()


def test_the_command_line_wants_a_folder(qapp: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from app.ui.main import main

    assert main(["tandem-journal", "--programme", str(tmp_path / "nirgends")]) == 2
    assert "--programme needs a folder of programme reports" in capsys.readouterr().err
