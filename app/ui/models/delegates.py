"""Item delegates: how a list cell is edited when a plain text field will not do."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QStyledItemDelegate, QWidget

from ..i18n import tr
from .columns import Field


class EnumDelegate(QStyledItemDelegate):
    """A choice list for enum columns (who learned it, who owns an action)."""

    def __init__(self, labels: dict[str, str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.labels = labels

    def createEditor(self, parent: QWidget, option: Any, index: QModelIndex | QPersistentModelIndex) -> QWidget:
        combo = QComboBox(parent)
        for value, label in self.labels.items():
            combo.addItem(tr(label), value)
        return combo

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor: QWidget, model: Any, index: QModelIndex | QPersistentModelIndex) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


def enum_delegates(columns: Sequence[Field], parent: QObject) -> dict[int, EnumDelegate]:
    """A choice list for every editable choice column of ``columns`` (see ``columns.py``), by column."""
    return {n: EnumDelegate(c.labels, parent) for n, c in enumerate(columns) if c.kind == "enum" and c.editable}


def set_enum_delegates(view: QAbstractItemView, columns: Sequence[Field], parent: QObject) -> None:
    for column, delegate in enum_delegates(columns, parent).items():
        view.setItemDelegateForColumn(column, delegate)
