"""The one-pager: exactly one page, only the selection, inert text, whole Unicode names."""

from __future__ import annotations

from pathlib import Path

import pypdf
import pytest

from app import sample
from app.export.onepager import (
    Content,
    DoesNotFit,
    OnePagerError,
    Options,
    display_name,
    render,
)
from app.core.clock import SystemClock
from app.core.onepager import preselected
from app.store import Journal
from tests.conftest import PASSPHRASE

ATTACK = '<b>x</b> & <a href="javascript:alert(1)">y</a> <font color=red>z</font>'
NAME = "Şükrü Øyvind Nguyễn"


def _pdf(data: bytes) -> pypdf.PdfReader:
    import io

    return pypdf.PdfReader(io.BytesIO(data))


def _text(data: bytes) -> str:
    return " ".join(" ".join(page.extract_text().split()) for page in _pdf(data).pages)


@pytest.fixture
def content(journal: Journal) -> Content:
    sample.fill(journal, sessions=6, items_per_session=3)
    return preselected(journal, SystemClock())


def test_exactly_one_page_with_every_selected_learning_and_no_other(journal: Journal) -> None:
    sid = journal.add("session", starts_at="2026-02-01T10:00")
    for i in range(4):
        journal.add("learning", session_id=sid, text=f"Geteilt-{i}: Feedback öfter und kürzer", share=True)
        journal.add("learning", session_id=sid, text=f"Vertraulich-{i}: nur für uns")
    data = render(preselected(journal, SystemClock()), Options(lang="en"))
    assert len(_pdf(data).pages) == 1
    text = _text(data)
    assert all(f"Geteilt-{i}: Feedback öfter und kürzer" in text for i in range(4))
    assert "Vertraulich" not in text
    assert "Shared with the consent of both partners" in text


def test_a_learning_without_direction_prints_without_one(journal: Journal) -> None:
    sid = journal.add("session", starts_at="2026-02-01T10:00")
    journal.add("learning", session_id=sid, text="Niemand sagte wer", share=True)  # who: not yet said
    journal.add("learning", session_id=sid, text="Die Mentorin lernte", share=True, learner="mentor")
    text = _text(render(preselected(journal, SystemClock()), Options(lang="de")))
    assert "Niemand sagte wer" in text and "Die Mentorin lernte (Mentor:in)" in text
    assert "Niemand sagte wer (" not in text and "None" not in text


def test_markup_in_a_learning_prints_literally_and_makes_no_link(content: Content) -> None:
    content.learnings.append({"text": ATTACK, "learner": "both"})
    data = render(content, Options(lang="en"))
    assert "<b>x</b> & <a href=\"javascript:alert(1)\">y</a> <font color=red>z</font>" in _text(data)
    page = _pdf(data).pages[0]
    assert "/Annots" not in page or not page["/Annots"]
    assert b"/JavaScript" not in data and b"/URI" not in data


def test_unicode_names_come_out_whole_with_the_embedded_font(content: Content) -> None:
    content.people = [("mentee", NAME), ("mentor", "Łucja Gül")]
    data = render(content, Options(lang="en"))
    assert NAME in _text(data) and "Łucja Gül" in _text(data)
    fonts = _pdf(data).pages[0]["/Resources"]["/Font"]
    names = {str(f.get_object()["/BaseFont"]) for f in fonts.values()}
    assert any("DejaVuSans" in n for n in names), names  # embedded subset of the shipped TTF


def test_names_initials_or_none(content: Content) -> None:
    content.people = [("mentee", NAME)]
    assert "Ş. Ø. N." in _text(render(content, Options(names="initials", lang="en")))
    assert "Şükrü" not in _text(render(content, Options(names="none", lang="en")))
    assert display_name("Dr. Jürgen Maaß", "initials") == "D. J. M."


def test_german_and_english_labels(content: Content) -> None:
    assert "Was wir gelernt haben" in _text(render(content, Options(lang="de")))
    assert "What we learned" in _text(render(content, Options(lang="en")))
    letter = _pdf(render(content, Options(paper="letter"))).pages[0].mediabox
    assert round(float(letter.width)) == 612


def test_too_much_does_not_fit_and_says_what(content: Content) -> None:
    content.learnings = [{"text": f"Lernerfahrung Nummer {i}: " + "sehr lang " * 30, "learner": "both"}
                         for i in range(80)]
    with pytest.raises(DoesNotFit) as raised:
        render(content)
    assert "learning 80" in " ".join(raised.value.overflow) and "do not fit" in str(raised.value)


def test_a_password_fails_closed(content: Content) -> None:
    """reportlab's AES-256 output is unreadable by poppler and pypdf; weaker is no protection."""
    with pytest.raises(OnePagerError, match="AES-256"):
        render(content, Options(password="für das Team"))


def test_cli_onepager_and_exit_6(journal_path: Path, tmp_path: Path, monkeypatch, capsys) -> None:
    import io
    import sys

    from app.cli import main

    with Journal.open(journal_path, PASSPHRASE) as j:
        sample.fill(j, sessions=4, items_per_session=3)
    out = tmp_path / "one.pdf"
    monkeypatch.setattr(sys, "stdin", io.StringIO(PASSPHRASE + "\n"))
    assert main(["onepager", str(journal_path), str(out), "--lang", "en", "--names", "initials"]) == 0
    assert len(_pdf(out.read_bytes()).pages) == 1 and out.stat().st_mode & 0o777 == 0o600
    with Journal.open(journal_path, PASSPHRASE) as j:
        for i in range(120):
            j.add("learning", text=f"Noch eine lange Lernerfahrung {i} " + "Wort " * 40, share=True)
    monkeypatch.setattr(sys, "stdin", io.StringIO(PASSPHRASE + "\n"))
    capsys.readouterr()
    assert main(["onepager", str(journal_path), str(tmp_path / "two.pdf")]) == 6
    err = capsys.readouterr().err
    assert "does not fit on one page" in err and "Traceback" not in err and len(err.strip().splitlines()) == 1
    assert not (tmp_path / "two.pdf").exists()


def _golden_content() -> Content:
    return Content(
        tandem_title="Tandem Vertrieb × Digital", period="2026-01-12 – 2026-06-15",
        people=[("mentee", "Dr. Jürgen Maaß"), ("mentor", "Şükrü Øyvind Nguyễn")],
        learnings=[{"text": "Kurze Sprachnachrichten wirken **persönlicher** als lange E-Mails.", "learner": "mentee"},
                   {"text": "Feedback works better in *small doses*.", "learner": "both"},
                   {"text": "Siehe [Leitfaden](https://example.org/leitfaden)", "learner": "mentor"}],
        quick_wins=["Kanban-Board im Team eingeführt"],
        goals=[("Sicher auf LinkedIn auftreten", [1, 3, 4]), ("KI-Werkzeuge verstehen", [])],
        topics=["New Work", "Datenschutz"],
        recommendations="- Themenpool vor dem Start sammeln\n- Quick Wins sichtbar machen",
    )


@pytest.mark.parametrize("lang", ["de", "en"])
def test_golden_reference_text(lang: str) -> None:
    """The sample one-pager's text, compared with the reviewed reference (white space folded).
    After an intended change, regenerate tests/unit/export/reference/golden-*.txt and review the diff."""
    reference = Path(__file__).parent / "reference" / f"golden-{lang}.txt"
    expected = " ".join(reference.read_text(encoding="utf-8").split())
    assert _text(render(_golden_content(), Options(lang=lang))) == expected
