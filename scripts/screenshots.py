"""Take the README's screenshots from the real window (run under Xvfb or on a desktop).

    xvfb-run -s "-screen 0 1920x1080x24" .venv/bin/python scripts/screenshots.py docs/screenshots

The window is 1280×800 (the smallest screen the app is made for); the "-de-150" pair is
the German interface at 1920×1080 with text at 150 %.

Builds a sample tandem in a temporary folder (settings too), drives the main
window like a user, and saves one PNG per screen.
"""

from __future__ import annotations

import datetime as _dt
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QCoreApplication  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from app import sample  # noqa: E402
from app.store import Journal  # noqa: E402

PASSPHRASE = "Kaffee am Markt, jeden zweiten Montag"


def settle(app: QApplication, seconds: float = 0.4) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.01)


def wait_for(app: QApplication, condition, timeout: float = 20) -> None:
    end = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > end:
            raise TimeoutError("the window did not get there in time")
        app.processEvents()
        time.sleep(0.01)


def overview_and_session(app: QApplication, window, path: Path, out: Path, suffix: str) -> None:
    """Unlock like a user, then save the overview and the newest session."""
    from app.ui.models.rows import ROW_ID


    window.begin_unlock(path)
    window.unlock_page.passphrase.setText(PASSPHRASE)
    window.unlock_page.unlock_button.click()
    wait_for(app, lambda: window.stack.currentWidget() is window.overview)
    settle(app)
    window.grab().save(str(out / f"overview{suffix}.png"))
    window.show_session(int(window.overview.sessions_model.index(0, 0).data(ROW_ID)))
    settle(app, 1.0)
    window.grab().save(str(out / f"session{suffix}.png"))


def main() -> int:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv)
    QCoreApplication.setApplicationName("Tandem Journal")
    from app.ui.main_window import MainWindow
    from app.ui.settings import Settings

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "tandem-vertrieb.tandem"
        with Journal.create(path, PASSPHRASE) as journal:
            # Nine sessions every two weeks, the last ten days ago: three check-ins, next session soon.
            first = _dt.datetime.combine(_dt.date.today() - _dt.timedelta(days=8 * 14 + 10), _dt.time(10, 0))
            sample.fill(journal, sessions=9, items_per_session=4, first_session=first)
        settings = Settings(Path(tmp) / "settings.ini")
        settings.add_recent(path)
        window = MainWindow(settings)
        window.resize(1280, 800)
        window.show()
        settle(app)
        window.grab().save(str(out / "welcome.png"))

        overview_and_session(app, window, path, out, "")

        window.search.open_search()
        window.search.query.setText("Führung")
        window.search.run_search()
        settle(app)
        window.search.grab().save(str(out / "search.png"))
        window.search.hide()

        from app.ui.dialogs.onepager import OnePagerDialog

        dialog = OnePagerDialog(window.service, window)
        dialog.show()
        wait_for(app, dialog.save_button.isEnabled)
        settle(app)
        dialog.grab().save(str(out / "onepager-dialog.png"))
        dialog.close()

        from app.ui.dialogs.closing import ClosingWizard
        from app.ui.dialogs.evaluation import EvaluationDialog
        from app.ui.dialogs.kickoff import KickoffWizard

        agreement = window.service.kickoff_agreement()
        assert agreement is not None
        guide = KickoffWizard(agreement, [t["title"] for t in window.service.rows("topic")], "de", window)
        guide.show()
        for _ in range(4):  # the rules
            guide.next()
        settle(app)
        guide.grab().save(str(out / "kickoff-guide.png"))
        guide.close()

        goals = window.service.rows("goal")
        checkin = EvaluationDialog(goals, {g["id"]: 3 for g in goals}, window)
        checkin.show()
        for n, (goal_id, box) in enumerate(checkin.ratings.items()):
            box.setValue(4 - n % 2)
        next(iter(checkin.comments.values())).setText("Profil steht, der erste Beitrag hatte 40 Reaktionen")
        settle(app)
        checkin.grab().save(str(out / "checkin.png"))
        checkin.close()

        closing = ClosingWizard(window.service, window)
        closing.show()
        closing.feedback.boxes["mentee"].helped.setPlainText("Die Geduld bei meinen Grundfragen, und die Demos")
        closing.feedback.boxes["mentee"].to_change.setPlainText("Öfter an einem neutralen Ort treffen")
        closing.feedback.boxes["mentee"].rating.setValue(5)
        closing.feedback.boxes["mentor"].helped.setPlainText("Zu sehen, wie Entscheidungen wirklich fallen")
        closing.feedback.boxes["mentor"].rating.setValue(5)
        closing.next()
        settle(app)
        closing.grab().save(str(out / "closing-round.png"))
        closing.reject()

        from app.store import PrivateJournal

        private = Path(tmp) / "mentee.reflections"
        with PrivateJournal.create(private, "nur ich kenne ihn") as mine:
            first = mine.add("reflection", written_on="2026-03-10", title="What surprised me", prompt="surprised",
                             session_label="09.03.2026 · New Work",
                             body="Wie selbstverständlich das Team **asynchron** arbeitet.\n\n"
                                  "- Ich unterbreche zu oft mit Anrufen\n- Vielleicht erst fragen: passt es gerade?")
            mine.set_tags(first, ["Kommunikation", "Führung"])
            second = mine.add("reflection", written_on="2026-03-24", title="What I want to raise next time",
                              prompt="raise", body="Frage: Wie geben wir uns öfter kurzes Feedback?")
            mine.set_tags(second, ["Feedback"])
        window.show_reflections()
        page = window.reflections
        page.path = private
        page.passphrase.setText("nur ich kenne ihn")
        page.unlock_button.click()
        wait_for(app, lambda: page.is_open)
        page.list.setCurrentIndex(page.model.index(1))
        settle(app)
        window.grab().save(str(out / "reflections.png"))

        from PySide6.QtGui import QColor, QPalette

        light = app.palette()
        dark = QPalette()
        for role, colour in (("Window", "#202124"), ("WindowText", "#e8eaed"), ("Base", "#2b2c2f"),
                             ("AlternateBase", "#333438"), ("Text", "#e8eaed"), ("Button", "#303134"),
                             ("ButtonText", "#e8eaed"), ("Highlight", "#8ab4f8"), ("HighlightedText", "#202124"),
                             ("Mid", "#5f6368"), ("PlaceholderText", "#9aa0a6")):
            dark.setColor(getattr(QPalette.ColorRole, role), QColor(colour))
        app.setPalette(dark)  # what the app looks like when the system is in dark mode
        window.show_overview()
        settle(app)
        window.grab().save(str(out / "overview-dark.png"))
        app.setPalette(light)

        window.lock()
        settle(app)
        window.grab().save(str(out / "locked.png"))
        window.close()

        from app.ui.i18n import install

        install("de")  # the same tandem with the German interface
        german = MainWindow(settings)
        german.resize(1280, 800)
        german.show()
        overview_and_session(app, german, path, out, "-de")
        german.close()

        settings.text_size = 18  # text at 150 % on a 1920×1080 screen
        larger = MainWindow(settings)
        larger.resize(1920, 1080)
        larger.show()
        overview_and_session(app, larger, path, out, "-de-150")
        larger.close()
        settings.text_size = 12
        install("en")
    print(f"screenshots written to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
