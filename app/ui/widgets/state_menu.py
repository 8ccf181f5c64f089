"""A list's choice column (a topic's state…) offered from a context menu, not only from the small box
in its cell: a right-click on a row, or the Menu key or Shift+F10 on the current row, open a menu with
one checkable entry per choice; the current one is checked and active, so arrow keys and Enter pick
another. The model saves the choice (``setData``), exactly as the box in the cell does.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPoint, Qt
from PySide6.QtGui import QAction, QActionGroup, QContextMenuEvent, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QMenu

from ..i18n import tr
from ..models.columns import Field


class StateMenu(QObject):
    """Installed on ``view``: the menu for the enum column ``column`` described by ``field``."""

    def __init__(self, view: QAbstractItemView, column: int, field: Field) -> None:
        super().__init__(view)
        self.view, self.column, self.field = view, column, field
        self.menu: QMenu | None = None
        view.installEventFilter(self)
        view.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and watched is self.view and isinstance(event, QKeyEvent):
            shift_f10 = event.key() == Qt.Key.Key_F10 and event.modifiers() == Qt.KeyboardModifier.ShiftModifier
            if event.key() == Qt.Key.Key_Menu or shift_f10:
                return self._open_at_current()
        if event.type() == QEvent.Type.ContextMenu and isinstance(event, QContextMenuEvent):
            if event.reason() == QContextMenuEvent.Reason.Mouse and watched is self.view.viewport():
                index = self.view.indexAt(event.pos())
                if index.isValid():
                    self.view.setCurrentIndex(index)
                    self.open(index, event.globalPos())
                return True
            if event.reason() != QContextMenuEvent.Reason.Mouse and watched is self.view:
                return self._open_at_current()
        return False

    def _open_at_current(self) -> bool:
        index = self.view.currentIndex()
        if not index.isValid():
            return False
        rect = self.view.visualRect(index)
        self.open(index, self.view.viewport().mapToGlobal(rect.bottomLeft()))
        return True

    def open(self, index: QModelIndex, at: QPoint) -> None:
        """Show the menu for ``index``'s row at the global position ``at`` (it does not block)."""
        model = self.view.model()
        cell = model.index(index.row(), self.column)
        editable = bool(model.flags(cell) & Qt.ItemFlag.ItemIsEditable)
        current = model.data(cell, Qt.ItemDataRole.EditRole)
        menu = QMenu(self.view)
        menu.setAccessibleName(tr(self.field.header))
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        group = QActionGroup(menu)
        chosen: QAction | None = None
        for value, label in self.field.labels.items():
            action = QAction(tr(label), menu)
            action.setCheckable(True)
            action.setChecked(value == current or tr(label) == current)
            action.setEnabled(editable)
            action.triggered.connect(lambda _=False, v=value, c=cell: model.setData(c, v, Qt.ItemDataRole.EditRole))
            group.addAction(action)
            menu.addAction(action)
            chosen = action if action.isChecked() else chosen
        if chosen is not None:
            menu.setActiveAction(chosen)
        self.menu = menu
        menu.popup(at)
