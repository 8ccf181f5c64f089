"""Take the README's screenshots from the real window (run under Xvfb or on a desktop).

    xvfb-run -s "-screen 0 1920x1080x24" .venv/bin/python scripts/screenshots.py docs/screenshots

The window is 1280×800 (the smallest screen the app is made for); the "-de-150" pair is
the German interface at 1920×1080 with text at 150 %.

Builds the demo tandem (``app/demo_tandem.py``) in a temporary folder (settings too) in the
language of the interface shown, drives the main window like a user, and saves one PNG per
screen: the English set, then the German overview and session.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QCoreApplication  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from app.demo import DEMO_PASSPHRASE as PASSPHRASE  # noqa: E402
from app.demo import create_demo  # noqa: E402

# What the person types in the screens shown, in the interface's language
TYPED = {
    "en": {"search": "feedback", "check-in": "Profile done, the first post had 40 reactions",
           "helped": "Patience with my basic questions, and the demos", "change": "Meet somewhere neutral more often",
           "helped back": "Seeing how decisions are really made",
           "reflections": (("What surprised me", "How naturally the team works **asynchronously**.\n\n"
                            "- I interrupt with calls too often\n- Perhaps ask first: is now a good time?",
                            ["Communication", "Leadership"]),
                           ("What I want to raise next time", "Question: how do we give each other short "
                            "feedback more often?", ["Feedback"])),
           "session label": "09/03/2026 · New Work"},
    "de": {"search": "Feedback", "check-in": "Profil steht, der erste Beitrag hatte 40 Reaktionen",
           "helped": "Die Geduld bei meinen Grundfragen, und die Demos", "change": "Öfter an einem neutralen Ort treffen",
           "helped back": "Zu sehen, wie Entscheidungen wirklich fallen",
           "reflections": (("Was mich überrascht hat", "Wie selbstverständlich das Team **asynchron** arbeitet.\n\n"
                            "- Ich unterbreche zu oft mit Anrufen\n- Vielleicht erst fragen: passt es gerade?",
                            ["Kommunikation", "Führung"]),
                           ("Was ich nächstes Mal ansprechen will", "Frage: Wie geben wir uns öfter kurzes "
                            "Feedback?", ["Feedback"])),
           "session label": "09.03.2026 · New Work"},
}


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

    from app.ui.i18n import install

    install("en")  # the English set first (and dates as an English reader writes them, not the C locale's)
    typed = TYPED["en"]
    with tempfile.TemporaryDirectory() as tmp:
        (Path(tmp) / "en").mkdir()
        path = create_demo(Path(tmp) / "en", language="en")
        settings = Settings(Path(tmp) / "settings.ini")
        settings.add_recent(path)
        window = MainWindow(settings)
        window.resize(1280, 800)
        window.show()
        settle(app)
        window.grab().save(str(out / "welcome.png"))

        overview_and_session(app, window, path, out, "")

        window.search.open_search()
        window.search.query.setText(typed["search"])
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
        guide = KickoffWizard(agreement, [t["title"] for t in window.service.rows("topic")], "en", window)
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
        next(iter(checkin.comments.values())).setText(typed["check-in"])
        settle(app)
        checkin.grab().save(str(out / "checkin.png"))
        checkin.close()

        closing = ClosingWizard(window.service, window)
        closing.show()
        closing.feedback.boxes["mentee"].helped.setPlainText(typed["helped"])
        closing.feedback.boxes["mentee"].to_change.setPlainText(typed["change"])
        closing.feedback.boxes["mentee"].rating.setValue(5)
        closing.feedback.boxes["mentor"].helped.setPlainText(typed["helped back"])
        closing.feedback.boxes["mentor"].rating.setValue(5)
        closing.next()
        closing.next()  # past the closing question (scripts/screenshots_programme.py shows it)
        settle(app)
        closing.grab().save(str(out / "closing-round.png"))
        closing.reject()

        from app.store import PrivateJournal

        private = Path(tmp) / "mentee.reflections"
        with PrivateJournal.create(private, "nur ich kenne ihn") as mine:
            (title1, body1, tags1), (title2, body2, tags2) = typed["reflections"]
            first = mine.add("reflection", written_on="2026-03-10", title=title1, prompt="surprised",
                             session_label=typed["session label"], body=body1)
            mine.set_tags(first, tags1)
            second = mine.add("reflection", written_on="2026-03-24", title=title2, prompt="raise", body=body2)
            mine.set_tags(second, tags2)
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

        install("de")  # the German tandem with the German interface
        (Path(tmp) / "de").mkdir()
        path = create_demo(Path(tmp) / "de", language="de")
        settings.add_recent(path)
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
