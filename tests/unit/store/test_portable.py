"""The portable JSON format: complete, exact round trips and strict validation."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app import sample
from app.store import SCHEMAS, TANDEM, InvalidData, Journal, JournalError, portable
from app.store.tables import TABLES
from tests.conftest import PASSPHRASE


@pytest.fixture
def exported(journal: Journal) -> dict:
    sample.fill(journal, sessions=5, items_per_session=3)
    sid = journal.session_summaries()[0].id
    first = journal.rows("agenda_item")[0]["id"]
    journal.add("agenda_item", session_id=sid, text="weiter", carried_from=first)
    journal.add("feedback", giver="mentor", helped="Abschlussrunde")  # closing round: no session
    return portable.export_data(journal)


def test_every_table_is_exported(exported: dict) -> None:
    assert set(exported) == {"format", "format_version"} | {t.key for t in TABLES}
    assert all(exported[t.key] for t in TABLES), "the sample fills every table"


def test_export_import_export_is_identical(exported: dict, new_journal_path) -> None:
    text = portable.dumps(exported)
    with Journal.open(new_journal_path("copy.tandem"), PASSPHRASE) as copy_:
        portable.import_data(copy_, portable.loads(text, SCHEMAS)[1])
        assert portable.dumps(portable.export_data(copy_)) == text
        assert copy_.integrity_problems() == []
        assert copy_.search("LinkedIn"), "imported text is searchable"


def test_import_into_a_journal_with_content_is_refused(exported: dict, journal: Journal) -> None:
    with pytest.raises(JournalError, match="already has content"):
        portable.import_data(journal, exported)


def _broken(exported: dict, change) -> dict:
    data = copy.deepcopy(exported)
    change(data)
    return data


BROKEN = [
    (lambda d: d.update(format="something"), 'not a tandem journal export'),
    (lambda d: d.update(format_version=99), "newer version"),
    (lambda d: d.update(extra=[]), "Unknown section 'extra'"),
    (lambda d: d.pop("tandem"), 'section "tandem" is missing'),
    (lambda d: d.update(sessions={}), '"sessions": expected a list'),
    (lambda d: d["sessions"][1].update(duration_minutes="sixty"), r"sessions\[1\].duration_minutes: expected a whole"),
    (lambda d: d["learnings"][0].update(learner="boss"), r"learnings\[0\].learner: expected one of"),
    (lambda d: d["learnings"][0].update(topic_id=999), r"learnings\[0\].topic_id: there is no topics entry"),
    (lambda d: d["learnings"][0].update(colour="red"), r"learnings\[0\]: unknown field 'colour'"),
    (lambda d: d["learnings"][0].pop("id"), r"learnings\[0\]: the field 'id' is missing"),
    (lambda d: d["goals"].append(dict(d["goals"][0])), r"goals\[3\].id: the id 1 is used twice"),
    (lambda d: d["actions"][0].update(due_on="31.12.2026"), r"actions\[0\].due_on: expected a date"),
    (lambda d: d["evaluation_ratings"][0].update(rating=9), "rating from 1 to 5"),
    (lambda d: d["people"].append(dict(d["people"][0], id=99)), "each role"),
    (lambda d: d["learnings"][0].update(share="yes"), "expected true or false"),
    (lambda d: d["sessions"][0].update(starts_at="Montag"), "expected a date and time"),
    (lambda d: d["sessions"][0].update(notes="ok \ud800"), r"sessions\[0\].notes: text contains an invalid"),
    (lambda d: d["goals"][0].update(title="a\x00b"), "NUL"),
]


@pytest.mark.parametrize(("change", "message"), BROKEN)
def test_malformed_export_is_refused_by_name_and_changes_nothing(
    exported: dict, new_journal_path, change, message: str
) -> None:
    target = new_journal_path("target.tandem")
    before = target.read_bytes()
    data = _broken(exported, change)
    with pytest.raises(InvalidData, match=message):
        with Journal.open(target, PASSPHRASE) as j:
            portable.import_data(j, json.loads(json.dumps(data)))
    assert target.read_bytes() == before


@pytest.mark.parametrize(("raw", "message"), [(b"{not json", "not valid JSON"), (b"\xff\xfe\x00", "not UTF-8"),
                                              (b"[]", "not a Tandem Journal export")])
def test_unparseable_files_are_refused(raw: bytes, message: str) -> None:
    with pytest.raises(InvalidData, match=message):
        portable.loads(raw, SCHEMAS)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(st.characters(exclude_characters="\x00", exclude_categories=["Cs"]), max_size=200))
def test_any_unicode_text_survives_store_and_export(journal: Journal, text: str) -> None:
    sid = journal.add("session", starts_at="2026-01-01T10:00", notes=text)
    lid = journal.add("learning", session_id=sid, text=text)
    journal.set_person("mentee", display_name=text)
    try:
        schema, data = portable.loads(portable.dumps(portable.export_data(journal)).encode("utf-8"), SCHEMAS)
        assert schema is TANDEM
        rows = portable.validate(data, schema)
        assert next(r for r in rows["learning"] if r["id"] == lid)["text"] == text
        assert next(r for r in rows["session"] if r["id"] == sid)["notes"] == text
        assert rows["person"][0]["display_name"] == text
    finally:
        journal.delete("session", sid)


def test_format_documentation_is_current() -> None:
    from app.store.format_doc import render

    doc = Path(__file__).resolve().parents[3] / "docs" / "portable-format.md"
    assert doc.read_text(encoding="utf-8") == render(), (
        "regenerate with: .venv/bin/python -m app.store.format_doc > docs/portable-format.md"
    )


def test_an_export_reads_every_list_at_one_moment(journal: Journal, monkeypatch: pytest.MonkeyPatch) -> None:
    """The window exports off its own thread while the person keeps typing: a session and its agenda item
    saved between two lists must not leave a dangling reference (review 2026-12-04, item 3). Every list is
    read in one transaction, so the save waits until the export has read them all."""
    import threading

    sample.fill(journal, sessions=2, items_per_session=2)
    read = journal.rows
    typing: list[threading.Thread] = []

    def save_while_exporting() -> None:
        sid = journal.add("session", starts_at="2026-12-04T10:00", duration_minutes=60)
        journal.add("agenda_item", session_id=sid, text="gerade getippt")

    def rows_then_someone_types(table_name: str, **where: object) -> list:
        result = read(table_name, **where)
        if table_name == "session" and not typing:
            typing.append(threading.Thread(target=save_while_exporting))
            typing[0].start()
            typing[0].join(timeout=1.0)  # without the one transaction the save lands here, between two lists
        return result

    monkeypatch.setattr(journal, "rows", rows_then_someone_types)
    data = portable.export_data(journal)
    typing[0].join(timeout=10)
    assert not typing[0].is_alive(), "the save went through after the export"
    portable.loads(portable.dumps(data), SCHEMAS)  # consistent: it imports again
    assert "gerade getippt" not in json.dumps(data, ensure_ascii=False)
    assert any(r["text"] == "gerade getippt" for r in read("agenda_item")), "nothing typed is lost"
