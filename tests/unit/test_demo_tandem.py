"""The demo tandem (issue 20.15): entirely in one language, varied, each learning once, on one page."""

from __future__ import annotations

import datetime as _dt
import io
import re
from pathlib import Path

import pypdf
import pytest

from app.core.clock import FixedClock
from app.core.onepager import preselected
from app.demo import DEMO_PASSPHRASE, DEMO_SESSIONS, create_demo
from app.export.onepager import Options, render_page
from app.store import Journal

TODAY = _dt.date(2026, 12, 4)
# Words that give the other language away (whole words, case-insensitive).
ENGLISH = ("the", "and", "with", "goal", "notes", "tasks", "learned", "meeting room", "try", "what", "how", "next",
           "for", "our", "team's", "read", "share", "discuss", "feedback works")
GERMAN = ("und", "der", "die", "das", "mit", "ziel", "wir", "für", "nicht", "ein", "eine", "auf", "zu", "beim",
          "nächste", "besprechungsraum")


@pytest.fixture(params=["de", "en"])
def demo(request: pytest.FixtureRequest, tmp_path: Path) -> tuple[str, Journal]:
    path = create_demo(tmp_path, TODAY, language=request.param)
    journal = Journal.open(path, DEMO_PASSPHRASE)
    request.addfinalizer(journal.close)
    return request.param, journal


def texts(journal: Journal) -> list[str]:
    """Every text the demo wrote that a person reads (not names, not the shared conversation rules' keys)."""
    out = [journal.tandem()[key] for key in ("title", "concern", "support_form", "place")]
    columns = {"goal": ("title", "description"), "topic": ("title", "description"), "rule": ("text",),
               "session": ("goal", "notes", "place"), "agenda_item": ("text",), "learning": ("text",),
               "action_item": ("text",), "feedback": ("helped", "to_change"), "evaluation_rating": ("comment",),
               "next_time": ("text",)}
    for table, names in columns.items():
        out += [row[name] for row in journal.rows(table) for name in names if row[name]]
    return out


def test_the_demo_speaks_only_its_language(demo: tuple[str, Journal]) -> None:
    language, journal = demo
    telltales = ENGLISH if language == "de" else GERMAN
    allowed = {"New Work", "Employer Branding", "Stand-up", "Quick Wins", "Prompt", "LinkedIn", "CEO"}
    for text in texts(journal):
        for word in telltales:
            plain = text
            for term in allowed:
                plain = plain.replace(term, "")
            assert not re.search(rf"(?<![\w-]){re.escape(word)}(?![\w-])", plain, re.IGNORECASE), (word, text)
    assert not [t for t in texts(journal) if re.search(r"\b(Ziel|Goal|Session|Sitzung) \d", t)]  # no placeholders


def test_the_demo_is_varied(demo: tuple[str, Journal]) -> None:
    _language, journal = demo
    sessions = journal.rows("session")
    assert len(sessions) == DEMO_SESSIONS
    learnings = [row["text"] for row in journal.rows("learning")]
    assert len(learnings) == len(set(learnings))  # each learning once, in the whole tandem (the closing round)
    assert {row["learner"] for row in journal.rows("learning")} == {"mentee", "mentor", "both"}
    assert any(row["quick_win"] for row in journal.rows("learning"))
    for session in sessions:
        agenda = [row["text"] for row in journal.rows("agenda_item") if row["session_id"] == session["id"]]
        assert agenda and len(agenda) == len(set(agenda))
        feedback = [row for row in journal.rows("feedback") if row["session_id"] == session["id"]]
        assert sorted(row["giver"] for row in feedback) == ["mentee", "mentor"]
        first, second = ((row["helped"], row["to_change"]) for row in feedback)
        assert first[0] != second[0] and first[1] != second[1]
        assert session["topic_id"] and session["goal"]
    assert len({s["goal"] for s in sessions}) == DEMO_SESSIONS
    assert any("\n- " in s["notes"] or "\n1. " in s["notes"] for s in sessions)  # a list in Markdown
    actions = journal.rows("action_item")
    assert all(row["due_on"] for row in actions) and {row["done"] for row in actions} == {True, False}
    evaluations = sorted(journal.rows("evaluation"), key=lambda row: row["held_on"])
    assert len(evaluations) == 3
    means = [sum(r["rating"] for r in journal.rows("evaluation_rating") if r["evaluation_id"] == e["id"])
             for e in evaluations]
    assert means == sorted(means) and means[0] < means[-1]  # rising
    tandem = journal.tandem()
    assert tandem["concern"] and tandem["rhythm"] and tandem["place"] and len(journal.rows("rule")) == 5
    assert journal.rows("next_time")


def test_the_demos_one_pager_fits_on_one_page(demo: tuple[str, Journal]) -> None:
    language, journal = demo
    content = preselected(journal, FixedClock(_dt.datetime.combine(TODAY, _dt.time(12, 0))))
    page = render_page(content, Options(lang=language))
    assert page.left_out == 0
    assert len(pypdf.PdfReader(io.BytesIO(page.data)).pages) == 1
