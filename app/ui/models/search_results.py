"""Search hits for the search dialog, best first."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, Qt

from app.store import SearchHit

from ..formats import format_date
from ..i18n import N_, tr
from .rows import ROW_ID, Index

KIND_LABELS = {"session": N_("Notes"), "agenda": N_("Agenda"), "learning": N_("Learning"),
               "action": N_("Action item"), "feedback": N_("Feedback"), "goal": N_("Goal"), "topic": N_("Topic")}


class SearchResultsModel(QAbstractListModel):
    """Search hits, best first; each shows where it is and a snippet with the match marked."""

    HIT = Qt.ItemDataRole.UserRole + 2

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._hits: list[SearchHit] = []

    def set_hits(self, hits: list[SearchHit]) -> None:
        self.beginResetModel()
        self._hits = list(hits)
        self.endResetModel()

    def hit(self, row: int) -> SearchHit:
        return self._hits[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._hits)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._hits):
            return None
        hit = self._hits[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            where = tr(KIND_LABELS[hit.kind]) if hit.kind in KIND_LABELS else hit.kind
            if hit.session_starts_at:
                where += " · " + format_date(hit.session_starts_at)
            return f"{where} — {hit.snippet.bracketed('»', '«')}"
        if role == self.HIT:
            return hit
        if role == ROW_ID:
            return hit.row_id
        return None
