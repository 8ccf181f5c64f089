"""Screenshots for issue 18: the closing question, the share preview and the programme view, in
English and German, as they open over a 1280×800 screen.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots_programme.py docs/screenshots

The demo tandem (``app/demo_tandem.py``) in the interface's language answers the share preview;
the programme view opens twelve made-up reports (``example_reports``) and two bad files.
"""

from __future__ import annotations

import datetime as _dt
import json
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QCoreApplication  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from app.core import programme_report as pr  # noqa: E402
from app.demo import DEMO_PASSPHRASE, create_demo  # noqa: E402

TOPICS = ["LinkedIn und Sichtbarkeit", "KI im Arbeitsalltag", "Feedback-Kultur", "New Work", "Datenschutz"]


def example_reports(folder: Path) -> list[Path]:
    """Twelve reports of varied states (4 completed, 5 active, 3 overdue), one older duplicate and two bad files."""
    paths = []
    for n in range(12):
        last = (_dt.date(2026, 10, 25) if n < 4 else _dt.date(2026, 11, 30) - _dt.timedelta(days=3 * (n - 4))
                if n < 9 else _dt.date(2026, 10, 1) - _dt.timedelta(days=12 * (n - 9)))
        sessions = 3 + (n * 5) % 9
        answers = {g: {"value": (5, 4, 5, 3)[(n + i) % 4], "again": (n + i) % 5 != 0, "recommend": (n + i) % 3 != 0,
                       "line": ""} for i, g in enumerate(pr.GIVERS)} if n < 4 else \
            {g: {"value": None, "again": None, "recommend": None, "line": ""} for g in pr.GIVERS}
        report: dict[str, Any] = {
            "format": pr.FORMAT, "format_version": 1, "tandem": f"{n:02x}" + "3a9c" * 7 + "e0", "written_on": "2026-12-01",
            "period_from": "2026-05-04", "period_to": last.isoformat(), "last_session_on": last.isoformat(),
            "completed": n < 4, "sessions_held": sessions, "rhythm": "monthly" if n % 4 == 3 else "biweekly",
            "rhythm_intervals": sessions - 1, "rhythm_kept": max(0, sessions - 1 - n % 3),
            "learnings_mentee": 4 + n, "learnings_mentor": 2 + n % 4, "learnings_both": n % 3, "learnings_unsaid": 0,
            "goals": [{"state": "open", "first": 2, "last": 2 + n % 4}], "mean_session_rating": 3.5 + (n % 4) / 4,
            "pool_topics_covered": TOPICS[: 1 + n % len(TOPICS)], "own_topics_covered": n % 2,
            "quick_wins": {0: ["Das LinkedIn-Profil steht"], 5: ["Erstes Team-Meeting mit KI-Protokoll"]}.get(n, []),
            "closing_answers": answers,
        }
        path = folder / f"tandem-{n + 1:02d}.tandem-report.json"
        path.write_text(json.dumps(report, ensure_ascii=False), encoding="utf-8")
        paths.append(path)
    (folder / "tandem-03-alt.tandem-report.json").write_text(
        paths[2].read_text(encoding="utf-8").replace('"2026-12-01"', '"2026-09-01"'), encoding="utf-8")
    (folder / "notizen.json").write_text('{"einkauf": ["Milch"]}', encoding="utf-8")
    (folder / "kaputt.json").write_text('{"format": "tandem-programme-report", ', encoding="utf-8")
    return sorted(folder.glob("*.json"))


def settle(app: QApplication, seconds: float = 0.4) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.01)


def main() -> int:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv)
    QCoreApplication.setApplicationName("Tandem Journal")
    from app.store import Journal
    from app.ui.dialogs.closing import ClosingWizard
    from app.ui.dialogs.programme_share import ProgrammeShareDialog
    from app.ui.dialogs.programme_view import ProgrammeView
    from app.ui.i18n import install
    from app.ui.main_window import MainWindow
    from app.ui.settings import Settings

    for lang, suffix in (("en", ""), ("de", "-de")):
        install(lang)
        with tempfile.TemporaryDirectory() as tmp:
            path = create_demo(Path(tmp), language=lang)
            window = MainWindow(Settings(Path(tmp) / "settings.ini"))
            window.resize(1280, 800)
            window.show()
            window.service.attach(Journal.open(path, DEMO_PASSPHRASE))
            settle(app)
            closing = ClosingWizard(window.service, window)
            closing.show()
            closing.next()
            boxes = closing.question.boxes
            boxes["mentee"].show_values({"value": 5, "again": True, "recommend": True,
                                         "line": "Gern wieder, gern mit einer Kollegin" if lang == "de" else
                                         "Would do it again, and bring a colleague"})
            boxes["mentor"].show_values({"value": 4, "again": True, "recommend": True, "line": ""})
            settle(app)
            closing.grab().save(str(out / f"closing-question{suffix}.png"))
            closing.reject()
            share = ProgrammeShareDialog(window.service, window)
            share.show()
            share.goal_texts.setChecked(True)
            settle(app)
            share.grab().save(str(out / f"share-preview{suffix}.png"))
            share.reject()
            folder = Path(tmp) / "reports"
            folder.mkdir()
            view = ProgrammeView(example_reports(folder), _dt.date(2026, 12, 4), window)
            view.show()
            settle(app)
            view.grab().save(str(out / f"programme-view{suffix}.png"))
            print(lang, "share", share.size().toTuple(), "view", view.size().toTuple(), "closing", closing.size().toTuple())
            view.reject()
            window.service.close()
            window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
