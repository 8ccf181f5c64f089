"""Item delegates: how a list cell is edited when a plain text field will not do."""

from __future__ import annotations

import datetime as _dt
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QDate, QEvent, QModelIndex, QObject, QPersistentModelIndex, QPoint, QRect, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolTip,
    QWidget,
)

from app.core.dates import UnreadableDate

from ..i18n import tr
from ..widgets.date_field import describe, mark, read_typed, show_date
from .columns import Field


class EnumDelegate(QStyledItemDelegate):
    """A choice list for enum columns (who learned it, who owns an action). A choice not yet made
    (``missing``) opens unset, so Enter never saves a guess. The column is as wide as what it shows;
    the open choice list may be wider than its cell, so it is never cut."""

    def __init__(self, labels: dict[str, str], parent: QObject | None = None, missing: str = "") -> None:
        super().__init__(parent)
        self.labels = labels
        self.missing = missing

    def createEditor(self, parent: QWidget | None, option: Any,
                     index: QModelIndex | QPersistentModelIndex) -> QWidget:
        combo = QComboBox(parent)
        model = index.model()
        combo.setAccessibleName(str(model.headerData(index.column(), Qt.Orientation.Horizontal) or ""))
        choices = getattr(model, "choices", None)  # a RowsModel names the people for a role
        for value, label in (choices(index.column()) if callable(choices) else
                             [(v, tr(label)) for v, label in self.labels.items()]):
            combo.addItem(label, value)
        if self.missing:
            combo.setPlaceholderText(tr(self.missing))
        return combo

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        assert isinstance(editor, QComboBox)
        found = editor.findData(index.data(Qt.ItemDataRole.EditRole))
        editor.setCurrentIndex(found if found >= 0 or self.missing else 0)

    def setModelData(self, editor: QWidget, model: Any, index: QModelIndex | QPersistentModelIndex) -> None:
        assert isinstance(editor, QComboBox)
        if editor.currentIndex() >= 0:
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)

    def updateEditorGeometry(self, editor: QWidget, option: QStyleOptionViewItem,
                             index: QModelIndex | QPersistentModelIndex) -> None:
        """The cell's place, as wide as the choice needs: reaching left when the cell is at the right edge."""
        rect = QRect(option.rect)
        width = max(rect.width(), editor.sizeHint().width())
        viewport = editor.parentWidget()
        room = viewport.width() if viewport is not None else rect.left() + width
        rect.setLeft(max(0, min(rect.left(), room - width)))
        rect.setWidth(width)
        editor.setGeometry(rect)


class DateDelegate(QStyledItemDelegate):
    """A date typed into a cell as a person writes it (the rule of ``widgets/date_field.py``), not
    Qt's sectioned date editor: shown with the whole year, read with ``app/core/dates``. Text that
    is not a date keeps the editor open with its hint on Enter and Tab; leaving it otherwise
    keeps the cell's date."""

    KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab, Qt.Key.Key_Backtab)

    def __init__(self, today: Callable[[], _dt.date], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._today = today

    def createEditor(self, parent: QWidget, option: Any, index: QModelIndex | QPersistentModelIndex) -> QWidget:
        edit = QLineEdit(parent)
        edit.setAccessibleName(str(index.model().headerData(index.column(), Qt.Orientation.Horizontal) or ""))
        return edit

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        assert isinstance(editor, QLineEdit)
        value = index.data(Qt.ItemDataRole.EditRole)
        editor.setText(show_date(_dt.date(value.year(), value.month(), value.day()))
                       if isinstance(value, QDate) and value.isValid() else "")
        editor.selectAll()

    def setModelData(self, editor: QWidget, model: Any, index: QModelIndex | QPersistentModelIndex) -> None:
        assert isinstance(editor, QLineEdit)
        try:
            day = read_typed(editor.text(), self._today())
        except UnreadableDate:
            return  # not a date: the cell keeps the date it had
        model.setData(index, QDate(day.year, day.month, day.day), Qt.ItemDataRole.EditRole)

    def eventFilter(self, editor: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if (isinstance(editor, QLineEdit) and isinstance(event, QKeyEvent)
                and event.type() == QEvent.Type.KeyPress and event.key() in self.KEYS):
            try:
                read_typed(editor.text(), self._today())
            except UnreadableDate as exc:
                problem = describe(exc, self._today())
                mark(editor, problem)
                QToolTip.showText(editor.mapToGlobal(QPoint(0, editor.height())), problem, editor)
                return True  # the editor stays until the text is a date, or Esc
        return super().eventFilter(editor, event)


def column_delegates(columns: Sequence[Field], parent: QObject,
                     today: Callable[[], _dt.date]) -> dict[int, QStyledItemDelegate]:
    """The editor for every editable column of ``columns`` (see ``columns.py``) that a plain text
    field will not do, by column: a choice list for choices, a typed date for dates (two-digit
    years read against ``today``, the service's clock)."""
    found: dict[int, QStyledItemDelegate] = {}
    for n, c in enumerate(columns):
        if c.editable and c.kind == "enum":
            found[n] = EnumDelegate(c.labels, parent, c.missing)
        elif c.editable and c.kind == "date":
            found[n] = DateDelegate(today, parent)
    return found


def set_column_delegates(view: QAbstractItemView, columns: Sequence[Field], parent: QObject,
                         today: Callable[[], _dt.date]) -> None:
    for column, delegate in column_delegates(columns, parent, today).items():
        view.setItemDelegateForColumn(column, delegate)
