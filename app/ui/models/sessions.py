"""The tandem's sessions, newest first, as the overview lists them."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QLocale, QModelIndex, QObject, Qt

from app.store import SessionSummary

from ..formats import format_date, format_datetime
from ..i18n import tr
from ..service import JournalService
from .columns import SESSIONS
from .rows import ROW_ID, Index


class SessionsModel(QAbstractTableModel):
    """Past sessions, newest first: day (and time on hover), focus topic (whole on hover), number of learnings,
    feedback rating."""

    COLUMNS = SESSIONS

    def __init__(self, service: JournalService, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self._rows: list[SessionSummary] = []
        service.closed.connect(self.clear)  # reloaded by the overview whenever it is shown

    def reload(self) -> None:
        self.beginResetModel()
        self._rows = self.service.session_summaries()
        self.endResetModel()

    def clear(self) -> None:
        self.beginResetModel()
        self._rows = []
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return tr(self.COLUMNS[section].header) if 0 <= section < len(self.COLUMNS) else None
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        s = self._rows[index.row()]
        if role == ROW_ID:
            return s.id
        if role == Qt.ItemDataRole.DisplayRole:
            col = index.column()
            if col == 0:
                return format_date(s.starts_at)  # the day; the time on hover (the topic needs the width)
            if col == 1:
                return s.topic or s.goal or "—"
            if col == 2:
                return str(s.learning_count)
            if col == 3:
                return "" if s.rating is None else QLocale().toString(round(s.rating, 1), "g", 2)
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole) and index.column() == 0:
            return format_datetime(s.starts_at)  # the day and the time, on hover and for a screen reader
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole) and index.column() == 1:
            return s.topic or s.goal or None  # whole, on hover and for a screen reader, where its column cuts it
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 3 and s.rating is not None:
            return tr("Mean rating of the session in the feedback round (1–5)")
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in (2, 3):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
