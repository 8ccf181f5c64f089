"""What a list shows of its texts: a cell whose text its column cuts short (elided, or wrapped into
more lines than its row has) must show the whole text on hover (tooltip) and to a screen reader.

Used by tests/ui/test_overview_lists.py and the first-hour walk (tests/e2e/test_first_hour.py).
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QRect, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QAbstractItemView, QStyle, QTableView


def spoken(view: QAbstractItemView) -> dict[tuple[int, int], str]:
    """What a screen reader reads for each cell of a table (its accessible name), by (row, column)."""
    face = QAccessible.queryAccessibleInterface(view)
    cells = [face.child(n) for n in range(face.childCount())]
    names = [c.text(QAccessible.Text.Name) for c in cells if c is not None and c.role() == QAccessible.Role.Cell]
    model = view.model()
    places = [(r, c) for r in range(model.rowCount()) for c in range(model.columnCount())]
    return dict(zip(places, names, strict=False))


def fits(view: QAbstractItemView, index: QModelIndex, text: str) -> bool:
    """Whether the cell has room for its whole text, as Qt's item delegate draws it."""
    rect = view.visualRect(index)
    style = view.style()
    margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
    room = rect.width() - 2 * margin
    if index.data(Qt.ItemDataRole.CheckStateRole) is not None:
        room -= style.pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth, None, view) + 2 * margin
    metrics = view.fontMetrics()
    wraps = view.wordWrap() if isinstance(view, QTableView) else False
    if not wraps:
        return metrics.horizontalAdvance(text) <= room
    need = metrics.boundingRect(QRect(0, 0, max(room, 1), 100_000),
                                int(Qt.AlignmentFlag.AlignLeft) | int(Qt.TextFlag.TextWordWrap), text)
    return need.width() <= room and need.height() <= rect.height()


def cut_cells(view: QAbstractItemView) -> list[str]:
    """Texts the list cuts short that neither the tooltip nor the screen reader gives whole."""
    model, said, cut = view.model(), spoken(view), []
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            index = model.index(row, column)
            text = index.data()
            if not isinstance(text, str) or not text or fits(view, index, text):
                continue
            if index.data(Qt.ItemDataRole.ToolTipRole) != text or text not in said.get((row, column), ""):
                cut.append(f"“{text}” ({view.visualRect(index).width()} px wide)")
    return cut
