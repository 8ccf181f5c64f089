"""Table views set up the app's way: the lists of the overview (fitted; short ones wrap) and of
a session (wrapped, editable)."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, QSize
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
)


WRAP_UP_TO = 200  # rows: a longer list keeps one line per row (sizing each wrapped row costs seconds)


def fit_columns(view: QTableView, stretch: int) -> None:
    """One column takes the spare width, the others fit their content (sampling the first rows).

    A list of up to ``WRAP_UP_TO`` rows (a tandem's goals, topics, open tasks) wraps long text and
    grows its rows so that it shows whole; a longer one keeps one line per row (these lists can hold
    thousands of rows, and sizing each to its wrapped text costs seconds) and elides: its model gives
    the whole text as tooltip and accessible text.
    """
    header = view.horizontalHeader()
    header.setResizeContentsPrecision(50)
    for column in range(view.model().columnCount()):
        mode = QHeaderView.ResizeMode.Stretch if column == stretch else QHeaderView.ResizeMode.ResizeToContents
        header.setSectionResizeMode(column, mode)
    view.setItemDelegateForColumn(stretch, RoomyDelegate(view))  # the text that wraps
    view.verticalHeader().setMinimumSectionSize(view.verticalHeader().defaultSectionSize())  # one line as before
    view.setWordWrap(False)  # the rows' mode follows the row count (fit_rows)
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    fit_rows(view)
    model = view.model()
    for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved):
        signal.connect(lambda *_: fit_rows(view))
    leave_by_tab(view)


class RoomyDelegate(QStyledItemDelegate):
    """A wrapped text with a little room above and below, as a one-line row has."""

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width(), size.height() + option.fontMetrics.height() // 2)


def fit_rows(view: QTableView) -> None:
    """Wrapped rows, each as high as its text needs, while the list is short; else one line each."""
    short = view.model().rowCount() <= WRAP_UP_TO
    if short == view.wordWrap():
        return
    rows = view.verticalHeader()
    if short:
        view.setWordWrap(True)
        rows.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    else:  # one line per row first, so that no row is sized to its wrapped text on the way
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        view.setWordWrap(False)


def leave_by_tab(view: QAbstractItemView) -> None:
    """Tab and Shift+Tab move on to the next control instead of from cell to cell, so the keyboard is
    never trapped in a list (the arrow keys move inside it)."""
    view.setTabKeyNavigation(False)


def editable_table(model: QAbstractItemModel, name: str, delegates: Mapping[int, QStyledItemDelegate],
                   view: QTableView | None = None) -> QTableView:
    """A list a session edits (``view``, else a plain table): rows wrap and show whole, the first column
    takes the spare width."""
    view = view if view is not None else QTableView()
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
