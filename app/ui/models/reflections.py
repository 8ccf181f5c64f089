"""My reflections, newest first: date and title (the private journal's list)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, Qt

from ..formats import format_date
from ..i18n import tr
from .rows import ROW_ID, Index


class ReflectionsModel(QAbstractListModel):
    """Reflections, newest first: date and title."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[dict[str, Any]] = []

    def set_rows(self, rows: list[dict[str, Any]]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def row_of(self, reflection_id: int) -> int:
        return next((i for i, r in enumerate(self._rows) if r["id"] == reflection_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{format_date(row['written_on'])} · {row['title'] or tr('Untitled')}"
        if role == ROW_ID:
            return row["id"]
        return None
