"""Every list model passes Qt's own model checks (qtmodeltester) and edits through the store."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt

from app.store import Journal
from app.ui.models.columns import Field
from app.ui.models.rows import ReorderableRowsModel, RowsModel
from app.ui.models.search_results import SearchResultsModel
from app.ui.models.sessions import SessionsModel
from app.ui.service import JournalService


def _service(journal: Journal) -> JournalService:
    service = JournalService()
    service.attach(journal)
    return service


def test_rows_model_passes_modeltest_and_saves_edits(qtmodeltester, journal: Journal) -> None:
    sid = journal.add("session", starts_at="2026-01-01T10:00")
    for text in ("eins", "zwei"):
        journal.add("action_item", session_id=sid, text=text, due_on="2026-02-01")
    service = _service(journal)
    model = RowsModel(service, "action_item", [Field("text", "Text"), Field("owner", "Owner", "enum",
                                                                             {"mentee": "Mentee", "mentor": "Mentor"}),
                                               Field("due_on", "Due", "date"), Field("done", "Done", "bool")])
    model.set_filter(session_id=sid)
    qtmodeltester.check(model)
    assert model.rowCount() == 2
    assert model.setData(model.index(0, 0), "geändert")
    assert model.setData(model.index(0, 1), "mentor")
    assert model.setData(model.index(0, 2), QDate(2026, 3, 4))
    assert model.setData(model.index(0, 3), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    row = journal.get("action_item", model.row_id(0))
    assert row and (row["text"], row["owner"], row["due_on"], row["done"]) == ("geändert", "mentor", "2026-03-04", True)
    assert not model.setData(model.index(0, 1), "the boss")


def test_reorderable_model_moves_rows(qtmodeltester, journal: Journal) -> None:
    sid = journal.add("session", starts_at="2026-01-01T10:00")
    for text in "abc":
        journal.add("agenda_item", session_id=sid, text=text)
    model = ReorderableRowsModel(_service(journal), "agenda_item", [Field("text", "Agenda", check="done")])
    model.set_filter(session_id=sid)
    qtmodeltester.check(model)
    mime = model.mimeData([model.index(2, 0)])
    model.dropMimeData(mime, Qt.DropAction.MoveAction, 0, 0, model.index(-1, -1))
    assert [model.index(r, 0).data() for r in range(3)] == ["c", "a", "b"]
    assert model.move_row(0, 2)
    assert [r["text"] for r in journal.rows("agenda_item", session_id=sid)] == ["a", "b", "c"]


def test_sessions_and_search_models(qtmodeltester, journal: Journal) -> None:
    sid = journal.add("session", starts_at="2026-01-01T10:00", notes="Führung")
    journal.add("learning", session_id=sid, text="Führung!")
    service = _service(journal)
    sessions = SessionsModel(service)
    sessions.reload()
    qtmodeltester.check(sessions)
    assert sessions.index(0, 2).data() == "1"
    results = SearchResultsModel()
    results.set_hits(journal.search("fuehrung"))
    qtmodeltester.check(results)
    assert "»Führung«" in results.index(0).data()
