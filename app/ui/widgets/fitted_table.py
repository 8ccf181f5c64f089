"""A session's lists (learnings, action items): the text column takes the room and wraps between words,
the narrow columns (who, yes/no, dates) are as wide as what they show, and the list asks for that room
so that the page stacks its columns before it squeezes one (issues 13.4, 20.11).

``WordWrapDelegate`` wraps a cell's text at word boundaries only: the styles' item delegate breaks a word
anywhere when it does not fit, so a narrow column showed "Vertraulich-keit" over two lines.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QEvent, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QSplitter,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

Index = QModelIndex | QPersistentModelIndex
TEXT_CHARS = 24  # the text column's least width, in average characters
LONGEST_WORD = 40  # … or its longest word's, up to this many (a longer one, an address say, is cut at the edge)
_FLAGS = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextWordWrap)


def _margin(widget: QWidget | None) -> int:
    style = widget.style() if widget is not None else QApplication.style()
    return style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, widget) + 1


class WordWrapDelegate(QStyledItemDelegate):
    """Text that wraps between words (a word longer than the line is cut at the cell's edge, never split)."""

    def _text_rect(self, option: QStyleOptionViewItem, widget: QWidget | None) -> QRect:
        style = widget.style() if widget is not None else QApplication.style()
        rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, option, widget)
        margin = _margin(widget)
        return rect.adjusted(margin, 0, -margin, 0)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text = opt.text
        widget = opt.widget
        rect = self._text_rect(opt, widget)
        opt.text = ""
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        group = (QPalette.ColorGroup.Active if opt.state & QStyle.StateFlag.State_Active
                 else QPalette.ColorGroup.Inactive)
        painter.save()
        painter.setFont(opt.font)
        if selected:
            painter.setPen(opt.palette.color(group, QPalette.ColorRole.HighlightedText))
        else:
            painter.setPen(opt.palette.color(group, QPalette.ColorRole.Text))
            foreground = index.data(Qt.ItemDataRole.ForegroundRole)
            if foreground is not None:
                painter.setPen(foreground.color())
        painter.setClipRect(opt.rect)
        painter.drawText(rect, _FLAGS, text)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        size = super().sizeHint(option, index)
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        if not opt.text or opt.rect.width() <= 0:
            return size
        rect = self._text_rect(opt, opt.widget)
        needed = opt.fontMetrics.boundingRect(QRect(0, 0, max(1, rect.width()), 1_000_000), _FLAGS, opt.text)
        return QSize(size.width(), max(size.height(), needed.height() + 2 * _margin(opt.widget)))


class FittedTable(QTableView):
    """A list whose first column is its text; it wants the room its narrow columns need plus, for the
    text, ``TEXT_CHARS`` characters or its header or its longest word, whichever is widest."""

    def setModel(self, model: QAbstractItemModel | None) -> None:  # noqa: N802 - Qt's name
        super().setModel(model)
        if model is not None:  # what the narrow columns show decides the room the list asks for
            for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved, model.dataChanged):
                signal.connect(self._wants_other_room)

    def _wants_other_room(self) -> None:
        """Tell the splitters above that the room this list wants may have changed."""
        self.updateGeometry()
        parent = self.parentWidget()
        while parent is not None:
            if isinstance(parent, QSplitter):
                QApplication.postEvent(parent, QEvent(QEvent.Type.LayoutRequest))
            parent = parent.parentWidget()

    def wanted_width(self) -> int:
        """The width this list needs side by side with others (``reflow.ReflowSplitter`` asks it). It is
        not a minimum: stacked under the others on a narrow screen, the list takes the width there is."""
        model = self.model()
        if model is None:
            return self.minimumSizeHint().width()
        header = self.horizontalHeader()
        narrow = sum(max(header.sectionSizeHint(c), self.sizeHintForColumn(c)) for c in range(1, model.columnCount()))
        metrics = self.fontMetrics()
        words = {word for row in range(min(model.rowCount(), 200))
                 for word in str(model.index(row, 0).data() or "").split()}
        longest = max((metrics.horizontalAdvance(word) for word in words), default=0) + 2 * _margin(self) + 2
        text = max(header.sectionSizeHint(0), metrics.averageCharWidth() * TEXT_CHARS,
                   min(longest, metrics.averageCharWidth() * LONGEST_WORD))
        frame = 2 * self.frameWidth() + self.verticalScrollBar().sizeHint().width()
        return narrow + text + frame
