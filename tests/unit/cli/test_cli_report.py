"""tandem-journal-cli report: the programme report from the command line (issue 18)."""

from __future__ import annotations

import json
from pathlib import Path

from app import sample
from app.core import programme_report
from app.store import Journal
from tests.conftest import PASSPHRASE
from tests.unit.cli.test_cli import cli  # noqa: F401 - the fixture


def test_report_writes_the_chosen_fields_only(cli, journal_path: Path, tmp_path: Path) -> None:  # noqa: F811
    with Journal.open(journal_path, PASSPHRASE) as j:
        sample.fill(j, sessions=3, items_per_session=2)
    out = tmp_path / "bericht.json"
    code, printed, _ = cli("report", str(journal_path), str(out), "--names", stdin=PASSPHRASE + "\n")
    assert code == 0 and "programme report written" in printed
    report = json.loads(out.read_text(encoding="utf-8"))
    assert list(report) == list(programme_report.fields(programme_report.Choices(names=True)))
    assert report["names"] == {"mentee": "Dr. Jürgen Maaß", "mentor": "Şükrü Øyvind Nguyễn"}
    assert report["sessions_held"] == 3 and programme_report.load(out) == report
    assert "Mehr Zeit für Fragen" not in out.read_text(encoding="utf-8"), "no feedback text"
    code, _, err = cli("report", str(journal_path), str(out), stdin=PASSPHRASE + "\n")
    assert code != 0 and "already exists" in err
    assert cli("report", str(journal_path), str(out), "--force", stdin=PASSPHRASE + "\n")[0] == 0
    assert "names" not in json.loads(out.read_text(encoding="utf-8"))
