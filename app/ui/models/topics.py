"""The topic pool, with the sessions that had each topic as their focus."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt

from ..formats import format_date
from ..i18n import tr
from ..service import JournalService
from .columns import TOPICS
from .rows import Index
from .whole_text import WholeTextModel


class TopicsModel(WholeTextModel):
    """The topic pool, with the sessions that had each topic as their focus (a title cut short by its
    column shows whole on hover and to a screen reader)."""

    def __init__(self, service: JournalService, parent: QObject | None = None) -> None:
        super().__init__(service, "topic", TOPICS, parent)
        self._covered: dict[int, list[str]] = {}

    def reload(self) -> None:
        self._covered = self.service.topic_coverage() if self.where is not None else {}
        super().reload()
        for row in self._rows:
            row["sessions"] = len(self._covered.get(row["id"], [])) or ""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (role == Qt.ItemDataRole.ToolTipRole and index.isValid() and index.column() == 2
                and 0 <= index.row() < len(self._rows)):
            dates = self._covered.get(self._rows[index.row()]["id"], [])
            return tr("Focus of the sessions on {dates}").format(
                dates=", ".join(format_date(d) for d in dates)) if dates else None
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return super().data(index, role)
