"""Table views set up the app's way: the lists of the overview (fitted, one line per row) and of
a session (wrapped, editable)."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QAbstractItemModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QStyledItemDelegate, QTableView


def fit_columns(view: QTableView, stretch: int) -> None:
    """One column takes the spare width, the others fit their content (sampling the first rows).

    Rows keep one height: these lists can hold thousands of rows, and sizing each
    to its wrapped text costs seconds. Long text is elided; its tooltip shows it whole.
    """
    header = view.horizontalHeader()
    header.setResizeContentsPrecision(50)
    for column in range(view.model().columnCount()):
        mode = QHeaderView.ResizeMode.Stretch if column == stretch else QHeaderView.ResizeMode.ResizeToContents
        header.setSectionResizeMode(column, mode)
    view.setWordWrap(False)
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    leave_by_tab(view)


def leave_by_tab(view: QAbstractItemView) -> None:
    """Tab and Shift+Tab move on to the next control instead of from cell to cell, so the keyboard is
    never trapped in a list (the arrow keys move inside it)."""
    view.setTabKeyNavigation(False)


def editable_table(model: QAbstractItemModel, name: str, delegates: Mapping[int, QStyledItemDelegate]) -> QTableView:
    """A list a session edits: rows wrap and show whole, the first column takes the spare width."""
    view = QTableView()
    view.setModel(model)
    view.setAccessibleName(name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setWordWrap(True)
    view.verticalHeader().hide()
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)  # wrapped text shows whole
    view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    for column in range(1, model.columnCount()):
        view.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
    view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
                         | QAbstractItemView.EditTrigger.SelectedClicked)
    for column, delegate in delegates.items():
        view.setItemDelegateForColumn(column, delegate)
    leave_by_tab(view)
    return view
