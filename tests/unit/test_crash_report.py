"""The report of an unexpected error holds where it happened, never what was being written."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from app import crash_report
from app.store import InvalidData, Journal
from tests.conftest import PASSPHRASE

SECRET = "Anna Schmidt schreibt über ihre Kündigung"


def _report_of(func) -> str:
    try:
        func()
    except BaseException:  # noqa: BLE001 - the report is for anything
        kind, error, tb = sys.exc_info()
        assert kind is not None
        return crash_report.report(kind, error, tb, qt_version="6.9.0")
    raise AssertionError("did not raise")


def test_the_report_names_type_and_frames_but_no_message_and_no_locals() -> None:
    def save(text: str) -> None:
        secret_local = text  # noqa: F841 - a local holding content
        raise KeyError(text)

    report = _report_of(lambda: save(SECRET))
    assert "Anna" not in report and "Kündigung" not in report and "secret_local" not in report
    assert "Error: KeyError" in report
    assert "tests/unit/test_crash_report.py:" in report and "in save" in report
    assert report.splitlines()[0].startswith("Tandem Journal ") and "Qt 6.9.0" in report


def test_chained_errors_show_their_types_only(journal: Journal) -> None:
    def broken() -> None:
        try:
            journal.add("goal", title=SECRET + "\x00")
        except InvalidData as exc:
            raise RuntimeError(str(exc)) from exc

    report = _report_of(broken)
    assert "Error: RuntimeError" in report and "Raised while handling: app.store.errors.InvalidData" in report
    assert "Anna" not in report and "app/store/encrypted.py:" in report


def test_no_folder_of_the_user_appears(tmp_path: Path) -> None:
    assert crash_report.where(str(tmp_path / "anna" / "script.py")) == "script.py"
    assert crash_report.where(json.__file__) == "<python>/json/__init__.py"
    assert crash_report.where(crash_report.__file__) == "app/crash_report.py"
    assert crash_report.where("<string>") == "<string>"


def test_a_deep_recursion_keeps_the_report_short() -> None:
    def down(n: int) -> None:
        if n == 0:
            raise RecursionError("too deep")
        down(n - 1)

    report = _report_of(lambda: down(300))
    assert len(report.splitlines()) < crash_report.MAX_FRAMES + 6 and "outer frames left out" in report


def test_a_real_store_error_with_content_in_its_message(journal_path: Path) -> None:
    with Journal.open(journal_path, PASSPHRASE) as j:
        report = _report_of(lambda: j.add("goal", title=SECRET, state="geheim"))
    assert "Anna" not in report and "geheim" not in report
