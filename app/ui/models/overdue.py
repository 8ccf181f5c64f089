"""An overdue open action item, marked in its due date's cell (walk issue 11): the word "overdue"
beside the date, in the warning colour (4.5:1, ``app/ui/colours``), and said to a screen reader.

Which item is overdue is a rule of ``app/core/sessions.overdue``.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QGuiApplication

from app.core import sessions

from .. import colours
from ..formats import format_date
from ..i18n import tr
from .rows import Index, RowsModel

_MARKED = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.ToolTipRole,
           Qt.ItemDataRole.AccessibleTextRole)


def due_mark(model: RowsModel, index: Index, role: int) -> Any:
    """What the due cell of an overdue item shows for ``role``; None where nothing is marked."""
    if role not in _MARKED or not index.isValid() or model.fields[index.column()].key != "due_on":
        return None
    row = model.row_data(index.row())
    if not sessions.overdue(row.get("due_on"), bool(row.get("done")), model.service.clock):
        return None
    date = format_date(row["due_on"])
    if role == Qt.ItemDataRole.ForegroundRole:
        return QBrush(colours.warning(QGuiApplication.palette()))
    if role == Qt.ItemDataRole.DisplayRole:
        return tr("{date} · overdue").format(date=date)
    return tr("Due {date}: overdue").format(date=date)
