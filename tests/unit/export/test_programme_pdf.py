"""The programme evaluation PDF (issue 18): at most two pages however many quick wins, every text escaped."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader

from app.core.journal_care import write_file
from app.export import programme


def test_many_quick_wins_stay_within_two_pages_and_markup_is_text(tmp_path: Path) -> None:
    rows = [[f"Tandem {n}", "active", "01.01.2026 – 01.06.2026", "5", "4 of 4", "+1.0", "4.0"] for n in range(20)]
    wins = [f"Tandem {n}: <b>Quick</b> win & more ß 🙂 {n}" for n in range(300)]
    evaluation = programme.Evaluation("Programme evaluation", "As of today", ["Tandem", "State", "Period",
                                      "Sessions", "Rhythm kept", "Goal change", "Mean rating"], rows,
                                      [("Across the programme", ["Sessions per tandem: 5"]), ("Quick wins shared", wins)])
    path = tmp_path / "eval.pdf"
    write_file(path, None, programme.pdf_bytes(evaluation), overwrite=True)  # as the programme view saves it
    reader = PdfReader(path)
    assert len(reader.pages) == 2
    text = "".join(page.extract_text() for page in reader.pages)
    assert "<b>Quick</b> win & more ß" in text and "Tandem 0: " in text
    assert path.stat().st_mode & 0o777 == 0o600


def test_csv_is_utf8_for_a_spreadsheet(tmp_path: Path) -> None:
    import csv

    path = tmp_path / "t.csv"
    write_file(path, None, programme.csv_bytes(["tandem", "state"], [["Ada & Bén", "active"], ['"quoted", comma', "overdue"]]),
               overwrite=True)
    with path.open(newline="", encoding="utf-8-sig") as handle:
        assert list(csv.reader(handle)) == [["tandem", "state"], ["Ada & Bén", "active"], ['"quoted", comma', "overdue"]]
