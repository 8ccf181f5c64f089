"""The overview's open action items: soonest due first, undated last (the store's ``open_actions``)."""

from __future__ import annotations

from PySide6.QtCore import QObject

from ..service import JournalService
from .columns import OPEN_ACTION_ITEMS
from .whole_text import WholeTextModel


class OpenActionsModel(WholeTextModel):
    """What is still to do, in the order it is due; a ticked item leaves the list on the next reload."""

    def __init__(self, service: JournalService, parent: QObject | None = None) -> None:
        super().__init__(service, "action_item", OPEN_ACTION_ITEMS, parent)

    def reload(self) -> None:
        self.beginResetModel()
        self._rows = self.service.open_actions() if self.where is not None else []
        self.endResetModel()
