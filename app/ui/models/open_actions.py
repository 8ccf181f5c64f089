"""The overview's open action items: soonest due first, undated last (the store's ``open_actions``)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt

from ..service import JournalService
from .columns import OPEN_ACTION_ITEMS
from .overdue import due_mark
from .rows import Index
from .whole_text import WholeTextModel


class OpenActionsModel(WholeTextModel):
    """What is still to do, in the order it is due; a ticked item leaves the list on the next reload."""

    def __init__(self, service: JournalService, parent: QObject | None = None) -> None:
        super().__init__(service, "action_item", OPEN_ACTION_ITEMS, parent)

    def reload(self) -> None:
        self.beginResetModel()
        self._rows = self.service.open_actions() if self.where is not None else []
        self._read_people()  # the owners by name, as in the session's tables (walk issue 8)
        self.endResetModel()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        marked = due_mark(self, index, role)
        return marked if marked is not None else super().data(index, role)
