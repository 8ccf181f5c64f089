"""The one-pager: exactly one page, only the selection, inert text, whole Unicode names."""

from __future__ import annotations

from pathlib import Path

import pypdf
import pytest

from app import sample
from app.export.onepager import (
    Content,
    DoesNotFit,
    Goal,
    Options,
    display_name,
    render,
    render_page,
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
    assert display_name("Dr. Jürgen Maaß", "initials") == "J. M."


def test_german_and_english_labels(content: Content) -> None:
    assert "Was wir gelernt haben" in _text(render(content, Options(lang="de")))
    assert "What we learned" in _text(render(content, Options(lang="en")))
    letter = _pdf(render(content, Options(paper="letter"))).pages[0].mediabox
    assert round(float(letter.width)) == 612


def test_too_many_learnings_end_in_and_n_more_on_one_page(content: Content) -> None:
    content.learnings = [{"text": f"Lernerfahrung Nummer {i}: " + "sehr lang " * 30, "learner": "both"}
                         for i in range(1, 81)]
    page = render_page(content)
    text = _text(page.data)
    assert len(_pdf(page.data).pages) == 1 and 0 < page.left_out < 80 and page.size == 7.5
    assert f"… und {page.left_out} weitere" in text
    assert "Lernerfahrung Nummer 1:" in text and "Lernerfahrung Nummer 80:" not in text


def test_what_cannot_give_way_does_not_fit_and_says_what(content: Content) -> None:
    content.recommendations = "\n".join(f"- Empfehlung {i}: " + "ausführlich " * 25 for i in range(60))
    with pytest.raises(DoesNotFit) as raised:
        render(content)
    assert "recommendations" in raised.value.overflow and "do not fit" in str(raised.value)


def test_a_password_encrypts_the_finished_page(content: Content) -> None:
    """Not reportlab's encryption (RC4-40 by default; its AES output did not open): AES-256, revision 6,
    on the finished page (tests/unit/export/test_protect.py checks it with qpdf, poppler and pypdf)."""
    reader = _pdf(render(content, Options(password="Wolke Brezel Tanker Igel")))
    assert reader.is_encrypted and reader.trailer["/Encrypt"]["/R"] == 6


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
        j.update_tandem(recommendations="\n".join(f"- Empfehlung {i}: " + "Wort " * 40 for i in range(60)))
    monkeypatch.setattr(sys, "stdin", io.StringIO(PASSPHRASE + "\n"))
    capsys.readouterr()
    assert main(["onepager", str(journal_path), str(tmp_path / "two.pdf")]) == 6
    err = capsys.readouterr().err
    assert "does not fit on one page" in err and "Traceback" not in err and len(err.strip().splitlines()) == 1
    assert not (tmp_path / "two.pdf").exists()


def _golden_content() -> Content:
    return Content(
        tandem_title="Tandem Vertrieb × Digital", concern="Digitale Sichtbarkeit als Führungskraft",
        rhythm="biweekly", sessions_held=12, first_held="2026-01-12", last_held="2026-06-15",
        people=[("mentee", "Dr. Jürgen Maaß"), ("mentor", "Şükrü Øyvind Nguyễn")],
        learnings=[{"text": "Kurze Sprachnachrichten wirken **persönlicher** als lange E-Mails.", "learner": "mentee"},
                   {"text": "Feedback works better in *small doses*.", "learner": "both", "quick_win": True},
                   {"text": "Siehe [Leitfaden](https://example.org/leitfaden)", "learner": "mentor"}],
        quick_wins=["Kanban-Board im Team eingeführt"],
        goals=[Goal("Sicher auf LinkedIn auftreten", ((0, 1), (1, 3), (2, 4))), Goal("KI-Werkzeuge verstehen")],
        checkins=["2026-02-09", "2026-04-06", "2026-06-01"],
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


# Issue 16: every character printed, fonts embedded, metadata, reading order, filling the page.

SCRIPTS = {
    "Turkish": "Şükrü Gül ığdır", "Vietnamese": "Nguyễn Thị Ánh", "Polish": "Łucja Żółkiewska",
    "Greek": "Γιώργος Παπαδόπουλος", "Cyrillic": "Анна Иванова", "emoji": "Emojis 🙂👍🚀❤",
}


def _fonts(data: bytes) -> list[dict[str, object]]:
    fonts = _pdf(data).pages[0]["/Resources"]["/Font"]
    return [f.get_object() for f in fonts.values()]


def test_every_character_prints_as_itself_from_an_embedded_font(content: Content) -> None:
    content.learnings = [{"text": f"{script}: {text}", "learner": "both"} for script, text in SCRIPTS.items()]
    content.learnings.append({"text": "Mit Emoji-Variante ❤️ und Familie 👨‍👩‍👧", "learner": ""})
    page = render_page(content, Options(lang="en"))
    text = _text(page.data)
    for written in SCRIPTS.values():
        assert written in text
    assert page.missing == [] and "👨👩👧" in text
    for font in _fonts(page.data):
        descendant = font["/DescendantFonts"][0].get_object() if "/DescendantFonts" in font else font
        assert "/FontDescriptor" in descendant, font  # no standard font left unembedded (was: Helvetica)
        descriptor = descendant["/FontDescriptor"].get_object()
        assert {"/FontFile", "/FontFile2", "/FontFile3"} & set(descriptor), font["/BaseFont"]
    names = " ".join(str(f["/BaseFont"]) for f in _fonts(page.data))
    assert "NotoEmoji" in names and "DejaVuSans" in names and "Helvetica" not in names
    assert len(page.data) < 120_000, "subsets, not whole fonts"


def test_a_character_no_font_has_is_named_before_saving(content: Content, monkeypatch: pytest.MonkeyPatch) -> None:
    from app.export import fonts

    monkeypatch.setattr(fonts, "_system_candidates", lambda char: [])  # as on a system without such a font
    content.learnings = [{"text": "Hieroglyphe 𓀀 und Keil 𒀀", "learner": "both"}]
    assert render_page(content, Options(lang="en")).missing == ["𓀀", "𒀀"]


def test_metadata_language_and_no_names_when_not_printed(content: Content) -> None:
    content.people = [("mentee", "Dr. Jürgen Maaß"), ("mentor", "Łucja Gül")]
    content.title = "Unser Tandem-Jahr"
    for names in ("initials", "none"):
        data = render(content, Options(names=names, lang="de"))
        info = _pdf(data).metadata
        assert info.title == "Unser Tandem-Jahr" and info.author in ("", None)
        assert "Maaß" not in (info.subject or "") and "Maaß" not in data.decode("latin-1")
    data = render(content, Options(names="full", lang="en"))
    info = _pdf(data).metadata
    assert info.author == "Dr. Jürgen Maaß, Łucja Gül" and "/" not in (info.producer or "")
    assert _pdf(data).trailer["/Root"]["/Lang"] == "en-GB"
    assert _pdf(render(content, Options(lang="de"))).trailer["/Root"]["/Lang"] == "de-DE"


def test_the_sections_read_in_order_and_the_context_is_said_once(content: Content) -> None:
    text = _text(render(content, Options(lang="de")))
    order = ["Reverse Mentoring: Was wir gelernt haben", "Anliegen", "Zeitraum", "12. Januar 2026 –",
             "Treffen", "6, alle zwei Wochen", "Was wir gelernt haben", "Unsere Ziele",
             "Mit Zustimmung beider"]
    positions = [0]
    for part in order:
        positions.append(text.find(part, positions[-1]))
    assert -1 not in positions, list(zip(order, positions[1:]))
    assert text.count("Zeitraum") == 1 and text.count("Digitale Sichtbarkeit als Führungskraft") == 1


def test_little_to_say_is_printed_larger_than_much(content: Content) -> None:
    small = Content(title="", learnings=[{"text": "Eine einzige Lernerfahrung", "learner": "mentee"}])
    full = Content(learnings=[{"text": f"Lernerfahrung {i}: " + "Wort " * 12, "learner": ("mentee", "mentor")[i % 2]}
                              for i in range(60)],
                   quick_wins=[f"Quick Win {i}" for i in range(12)],
                   goals=[Goal(f"Ziel {i}", ((0, 1), (1, 2), (2, i % 5 + 1))) for i in range(6)],
                   checkins=["2026-01-01", "2026-02-01", "2026-03-01"])
    assert render_page(small).size == 12.0
    for paper in ("a4", "letter"):
        page = render_page(full, Options(paper=paper))
        assert len(_pdf(page.data).pages) == 1 and page.size < 12.0


def test_learnings_in_labelled_groups_by_direction(content: Content) -> None:
    content.learnings = [{"text": f"Lernerfahrung {i}", "learner": learner}
                         for i, learner in enumerate(("mentee", "mentor", "both", "mentee", ""))]
    text = _text(render(content, Options(lang="en")))
    heads = ["What the mentee learned", "Lernerfahrung 0", "Lernerfahrung 3", "What the mentor learned",
             "Lernerfahrung 1", "What we both learned", "Lernerfahrung 2", "More of what we learned",
             "Lernerfahrung 4"]
    positions = [text.find(part) for part in heads]
    assert -1 not in positions and positions == sorted(positions), list(zip(heads, positions))
    assert "(mentee)" not in text


def test_cli_prints_in_the_language_last_exported(journal_path: Path, tmp_path: Path, monkeypatch) -> None:
    import io
    import sys

    from app.cli import main

    with Journal.open(journal_path, PASSPHRASE) as j:
        sample.fill(j, sessions=3, items_per_session=2)
        j.update_tandem(onepager_lang="en")
    monkeypatch.setattr(sys, "stdin", io.StringIO(PASSPHRASE + "\n"))
    assert main(["onepager", str(journal_path), str(tmp_path / "en.pdf"), "--names", "initials"]) == 0
    text = _text((tmp_path / "en.pdf").read_bytes())
    assert text.startswith("Reverse mentoring: what we learned") and "J. M." in text and "Maaß" not in text
    monkeypatch.setattr(sys, "stdin", io.StringIO(PASSPHRASE + "\n"))
    assert main(["onepager", str(journal_path), str(tmp_path / "de.pdf"), "--lang", "de", "--title", "Unser Jahr"]) == 0
    assert _text((tmp_path / "de.pdf").read_bytes()).startswith("Unser Jahr Tandem Vertrieb")


def test_chinese_and_japanese_print_from_a_system_font_when_there_is_one(content: Content) -> None:
    import os
    import shutil
    import subprocess

    has_font = shutil.which("fc-list") and subprocess.run(
        ["fc-list", ":charset=4e2d", "file"], capture_output=True, text=True).stdout.strip()
    if not has_font:
        if os.environ.get("TANDEM_REQUIRE_CJK_FONT"):
            pytest.fail("no system font with Chinese characters (.ci/run installs fonts-droid-fallback)")
        pytest.skip("no system font with Chinese characters here")
    content.people = [("mentee", "山田 太郎"), ("mentor", "王小明")]
    page = render_page(content, Options(lang="en"))
    assert page.missing == [] and "山田 太郎" in _text(page.data) and "王小明" in _text(page.data)


# The tandem's concern prints whole (it was cut to its first line, ending in "…"), on exactly one page.
LONG_CONCERN = {
    "de": "Ich möchte verstehen, wie unsere Auszubildenden und jungen Kolleg:innen kommunizieren, welche "
          "Werkzeuge sie im Alltag wirklich nutzen und was sie von Führung erwarten – und selbst auf LinkedIn "
          "sichtbar werden, ohne mich dabei zu verbiegen.",
    "en": "I want to understand how our trainees and young colleagues communicate, which tools they really use "
          "every day and what they expect from leadership – and become visible on LinkedIn myself without "
          "pretending to be someone else.",
}


@pytest.mark.parametrize("paper", ["a4", "letter"])
@pytest.mark.parametrize("lang", ["de", "en"])
def test_a_long_concern_prints_whole_on_one_page(content: Content, lang: str, paper: str) -> None:
    content.concern = LONG_CONCERN[lang] + "\nAußerdem: " + LONG_CONCERN[lang][:60] + "."
    data = render(content, Options(lang=lang, paper=paper))
    assert len(_pdf(data).pages) == 1
    text = _text(data)
    assert LONG_CONCERN[lang] in text and "Außerdem: " + LONG_CONCERN[lang][:60] + "." in text
    assert "…" not in text


@pytest.mark.parametrize("lang", ["de", "en"])
def test_even_a_very_long_concern_prints_whole_and_the_page_still_fits(content: Content, lang: str) -> None:
    content.concern = " ".join([LONG_CONCERN[lang]] * 4)
    for paper in ("a4", "letter"):
        page = render_page(content, Options(lang=lang, paper=paper))
        assert len(_pdf(page.data).pages) == 1 and page.left_out == 0
        assert " ".join([LONG_CONCERN[lang]] * 4) in _text(page.data)


@pytest.mark.parametrize("lang", ["de", "en"])
def test_the_demo_tandems_concern_prints_whole(tmp_path: Path, lang: str) -> None:
    from app.demo import DEMO_PASSPHRASE, create_demo

    with Journal.open(create_demo(tmp_path, language=lang), DEMO_PASSPHRASE) as journal:
        content = preselected(journal, SystemClock())
        concern = journal.tandem()["concern"]
    text = _text(render(content, Options(lang=lang)))
    assert concern and concern in text and "…" not in text
