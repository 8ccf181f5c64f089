"""Rows of one store table as a Qt model: the lists of the overview, the session page and
the closing round.

``RowsModel`` serves any table from its columns (``Field`` specs from the registry in
``columns.py``: text, yes/no, choice, date), edits in place and saves each edit at once through the
service. It reloads when another view changes its table.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QByteArray,
    QDate,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QGuiApplication

from .. import colours
from ..formats import format_date
from ..i18n import tr
from ..service import JournalService
from .columns import Field
from .people import People

Index = QModelIndex | QPersistentModelIndex
ROW_ID = Qt.ItemDataRole.UserRole + 1  # the store id of a row, for any model here
_MISSING_ROLES = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.AccessibleTextRole,
                  Qt.ItemDataRole.ToolTipRole)


class RowsModel(QAbstractTableModel):
    """Rows of one store table, optionally filtered (``where``), in their list order."""

    def __init__(self, service: JournalService, table: str, fields: Sequence[Field],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.table = table
        self.fields = fields
        self.where: dict[str, Any] | None = None
        self._rows: list[dict[str, Any]] = []
        self._people = People()  # the names that role columns show (``Field.names``)
        service.changed.connect(self._on_changed)
        service.closed.connect(self.clear)

    # Loading ------------------------------------------------------------------
    def set_filter(self, **where: Any) -> None:
        self.where = where
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self._rows = self.service.rows(self.table, **self.where) if self.where is not None else []
        self._read_people()
        self.endResetModel()

    def _read_people(self) -> None:
        if any(f.names for f in self.fields):
            self._people = People({role: row["display_name"] for role, row in self.service.people().items()})

    def choices(self, column: int) -> list[tuple[str, str]]:
        """What an enum column offers, as (value, label): for a role, the people's names with it."""
        f = self.fields[column]
        return self._people.choices() if f.names else [(value, tr(label)) for value, label in f.labels.items()]

    def clear(self) -> None:
        self.beginResetModel()
        self.where = None
        self._rows = []
        self.endResetModel()

    def _on_changed(self, table: str, origin: object) -> None:
        if (table == self.table or table == "person" and any(f.names for f in self.fields)) and (
                origin is not self and self.where is not None):
            self.reload()

    def row_id(self, row: int) -> int:
        return int(self._rows[row]["id"])

    def row_data(self, row: int) -> dict[str, Any]:
        return dict(self._rows[row])

    def all_data(self) -> list[dict[str, Any]]:
        """What the model shows, row by row (for the layer's counts)."""
        return [dict(r) for r in self._rows]

    def row_of(self, row_id: int) -> int:
        return next((i for i, r in enumerate(self._rows) if r["id"] == row_id), -1)

    # Qt model API -------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.fields)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            if 0 <= section < len(self.fields):
                return tr(self.fields[section].header)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        f = self.fields[index.column()]
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        editable = f.editable and not self.service.read_only
        if editable and f.kind != "bool":
            flags |= Qt.ItemFlag.ItemIsEditable
        if editable and (f.kind == "bool" or f.check):
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        f = self.fields[index.column()]
        row = self._rows[index.row()]
        value = row.get(f.key)
        if role == ROW_ID:
            return row["id"]
        if value is None and f.missing and role in _MISSING_ROLES:
            return self._missing(f, role)
        if role == Qt.ItemDataRole.CheckStateRole:
            key = f.key if f.kind == "bool" else f.check
            if key:
                return Qt.CheckState.Checked if row.get(key) else Qt.CheckState.Unchecked
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if f.kind == "bool":
                return None
            if f.kind == "enum":
                if f.names and value in f.labels:
                    return self._people.cell(value)
                return tr(f.labels[value]) if value in f.labels else value
            if f.kind == "date":
                return format_date(value)
            return value
        if role == Qt.ItemDataRole.EditRole:
            if f.kind == "date":
                if value:
                    return QDate.fromString(value, Qt.DateFormat.ISODate)
                today = self.service.clock.now().date()  # an empty date is edited from the clock's today
                return QDate(today.year, today.month, today.day)
            return value
        if role == Qt.ItemDataRole.ToolTipRole and f.kind == "text" and value and len(value) > 40:
            return value  # lists elide long text; the tooltip shows it whole
        if role == Qt.ItemDataRole.ToolTipRole and f.names and value in f.labels:
            return self._people.tooltip(value)  # the full name and the role
        if role == Qt.ItemDataRole.AccessibleTextRole and f.kind == "bool":
            return (tr("{field}: yes") if value else tr("{field}: no")).format(field=tr(f.header))
        return None

    def _missing(self, f: Field, role: int) -> Any:
        """A choice not yet made (who learned it): said in words, in the warning colour."""
        if role == Qt.ItemDataRole.DisplayRole:
            return tr(f.missing)
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(colours.warning(QGuiApplication.palette()))
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return tr("{field}: not set yet").format(field=tr(f.header))
        if f.editable and not self.service.read_only:  # the tooltip
            return tr("Not set yet: press F2 to choose.")
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid():
            return False
        f = self.fields[index.column()]
        if role == Qt.ItemDataRole.CheckStateRole:
            key = f.key if f.kind == "bool" else f.check
            if not key:
                return False
            new: Any = Qt.CheckState(value) == Qt.CheckState.Checked
        elif role == Qt.ItemDataRole.EditRole and f.editable:
            key = f.key
            if f.kind == "date":
                new = value.toString(Qt.DateFormat.ISODate) if isinstance(value, QDate) and value.isValid() else None
            elif f.kind == "enum":
                new = value if value in f.labels else next(
                    (k for k, v in f.labels.items() if value in (v, tr(v))), None)
                if new is None:
                    return False
            else:
                new = str(value)
        else:
            return False
        row = self._rows[index.row()]
        if row.get(key) == new:
            return True
        if not self.service.update(self.table, row["id"], origin=self, **{key: new}):
            return False
        row[key] = new
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), len(self.fields) - 1))
        return True

    # Adding, removing, reordering ------------------------------------------------
    def add(self, **values: Any) -> int | None:
        """Add a row in this model's filter (e.g. this session) and show it."""
        new_id = self.service.add(self.table, origin=self, **{**(self.where or {}), **values})
        if new_id is not None:
            self.reload()
        return new_id

    def remove(self, row: int) -> None:
        self.service.delete(self.table, self.row_id(row), origin=self)
        self.reload()

    def move_row(self, row: int, new_row: int) -> bool:
        if not (0 <= row < len(self._rows) and 0 <= new_row < len(self._rows)) or row == new_row:
            return False
        self.service.move(self.table, self.row_id(row), new_row, origin=self)
        self.reload()
        return True


class ReorderableRowsModel(RowsModel):
    """Rows the user can drag into a new order (the agenda)."""

    MIME = "application/x-tandem-journal-row"

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if self.service.read_only:
            return base
        if index.isValid():
            return base | Qt.ItemFlag.ItemIsDragEnabled
        return base | Qt.ItemFlag.ItemIsDropEnabled

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [self.MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        data = QMimeData()
        rows = sorted({i.row() for i in indexes if i.isValid()})
        data.setData(self.MIME, QByteArray(json.dumps([self.row_id(r) for r in rows]).encode()))
        return data

    def canDropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index) -> bool:
        return data.hasFormat(self.MIME) and action == Qt.DropAction.MoveAction

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index) -> bool:
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        ids = json.loads(bytes(data.data(self.MIME).data()).decode() or "[]")
        target = row if row >= 0 else (parent.row() if parent.isValid() else len(self._rows))
        if not ids:
            return False
        source = self.row_of(ids[0])
        if source < 0:
            return False
        if source < target:
            target -= 1
        self.move_row(source, max(0, min(target, len(self._rows) - 1)))
        return False  # the model moved the row itself; the view must not remove anything
