"""The tandem's open action items from before a session, shown in its action items tab.

Which ones is a rule of ``app/core/sessions.py`` (``open_from_earlier``). An item ticked off
here stays in view, ticked, until the session is shown again, so a tick by mistake can be
taken back where it was made.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt

from ..service import JournalService
from .columns import EARLIER_ACTION_ITEMS
from .overdue import due_mark
from .rows import Index, RowsModel


class EarlierActionsModel(RowsModel):
    def __init__(self, service: JournalService, parent: QObject | None = None) -> None:
        super().__init__(service, "action_item", EARLIER_ACTION_ITEMS, parent)
        self.session_id: int | None = None
        self._ticked: set[int] = set()  # ticked off here while the session is shown

    def show_session(self, session_id: int) -> None:
        self.session_id = session_id
        self._ticked = set()
        self.where = {}  # (shown: reload on changes)
        self._rows = []
        self.reload()

    def reload(self) -> None:
        shown = [r["id"] for r in self._rows]
        rows = self.service.open_from_earlier(self.session_id) if self.session_id is not None else []
        listed = {r["id"] for r in rows}
        for place, row_id in enumerate(shown):
            if row_id in self._ticked and row_id not in listed:
                row = self.service.get("action_item", row_id)
                if row is not None:
                    rows.insert(min(place, len(rows)), row)
        self.beginResetModel()
        self._rows = rows
        self._read_people()
        self.endResetModel()

    def clear(self) -> None:
        self.session_id = None
        self._ticked = set()
        super().clear()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        marked = due_mark(self, index, role)
        return marked if marked is not None else super().data(index, role)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        done = super().setData(index, value, role)
        if done and role == Qt.ItemDataRole.CheckStateRole:
            self._ticked.add(self.row_id(index.row()))
        return done
