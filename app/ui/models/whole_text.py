"""Rows of a list whose columns may cut a text short (the overview's lists): each text cell gives
its whole text on hover (tooltip) and to a screen reader (accessible text), however short it is,
because only the view knows how wide its column is."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from .rows import Index, RowsModel

WHOLE_TEXT_ROLES = (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole)


class WholeTextModel(RowsModel):
    """A ``RowsModel`` whose text cells carry their whole text as tooltip and accessible text."""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role in WHOLE_TEXT_ROLES and index.isValid() and self.fields[index.column()].kind == "text":
            text = super().data(index, Qt.ItemDataRole.DisplayRole)
            if isinstance(text, str) and text:
                return text
        return super().data(index, role)
