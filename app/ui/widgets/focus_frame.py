"""A list item that has the keyboard focus wears a clear frame.

Styles mark the current item with a faint dotted or pale rectangle that two people at one
laptop do not see, least of all in a dark palette; Del then removes an item nobody saw was
current. This delegate draws a 2-pixel frame in ``colours.focus`` (3:1 or more against the
list's background, light and dark) around the current item while the list has the focus.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QStyle, QStyleOptionViewItem

from .. import colours
from .fitted_table import WordWrapDelegate

WIDTH = 2


class FocusFrameDelegate(WordWrapDelegate):  # and the text wraps between words, never inside one
    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        focused = bool(option.state & QStyle.StateFlag.State_HasFocus)
        if not focused:
            super().paint(painter, option, index)
            return
        plain = QStyleOptionViewItem(option)
        plain.state &= ~QStyle.StateFlag.State_HasFocus  # not the faint one too
        super().paint(painter, plain, index)
        rect: QRect = option.rect
        colour = colours.focus(option.palette)
        painter.save()
        for bar in (QRect(rect.left(), rect.top(), rect.width(), WIDTH),
                    QRect(rect.left(), rect.bottom() - WIDTH + 1, rect.width(), WIDTH),
                    QRect(rect.left(), rect.top(), WIDTH, rect.height()),
                    QRect(rect.right() - WIDTH + 1, rect.top(), WIDTH, rect.height())):
            painter.fillRect(bar, colour)
        painter.restore()
