"""The edge errors in the interface's words (issue 15.6, 15.7), German and English."""

from __future__ import annotations

from pathlib import Path

from app.core.journal_care import RescueWritten
from app.store import JournalDamaged, TextTooLong
from app.ui.errors import describe


def test_in_german(german) -> None:
    rescue = describe(RescueWritten("j.tandem is damaged", Path("x.json")))
    assert "beschädigt" in rescue and "Rettungskopie" in rescue
    assert "keine Sicherung" in describe(JournalDamaged("j.tandem is damaged"))
    too_long = describe(TextTooLong("x", field="goal.title", length=1_000_001, limit=300))
    assert "Zu lang" in too_long and "300" in too_long and "1.000.001" in too_long


def test_in_english() -> None:
    assert "rescue copy" in describe(RescueWritten("j.tandem is damaged: x.json is a rescue copy", Path("x.json")))
