"""The first screen: create a tandem journal, open one, or pick a recent one."""

from __future__ import annotations

from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from .. import colours
from ..i18n import tr

if TYPE_CHECKING:
    from PySide6.QtCore import QModelIndex, QStringListModel
    from PySide6.QtGui import QContextMenuEvent, QKeyEvent
    from PySide6.QtWidgets import QListView

# The title as large as a rich-text <h1> (twice the text), in plain text: a rich-text label builds a text
# document, which made the welcome window appear 1.5 ms later (issue 17.1).
TITLE_SCALE = 2.0


class WelcomePage(QWidget):
    create_requested = Signal()
    open_requested = Signal()
    recent_chosen = Signal(str)
    recent_removed = Signal(str)  # the person took this entry (as listed) off the recent list

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title = QLabel(tr("Tandem Journal"))
        self._size_title()
        intro = QLabel(tr("A confidential journal for your reverse-mentoring tandem: goals, sessions, "
                       "learnings and action items, encrypted on this computer."))
        intro.setWordWrap(True)
        self.create_button = QPushButton(tr("Create a tandem journal…"))
        self.open_button = QPushButton(tr("Open a journal…"))
        for button in (self.create_button, self.open_button):
            button.setMinimumHeight(40)
        self.create_button.setDefault(True)
        self.create_button.clicked.connect(self.create_requested)
        self.open_button.clicked.connect(self.open_requested)
        buttons = QHBoxLayout()
        buttons.addWidget(self.create_button)
        buttons.addWidget(self.open_button)
        buttons.addStretch()

        self.recent_label = QLabel(tr("Recently opened"))
        self.recent_empty = QLabel(tr("Journals you open appear here (only their file paths)."))
        colours.as_hint(self.recent_empty)  # readable, not a disabled grey

        column = QVBoxLayout()
        column.addWidget(title)
        column.addWidget(intro)
        column.addSpacing(12)
        column.addLayout(buttons)
        column.addSpacing(24)
        column.addWidget(self.recent_label)
        # the list of recent journals goes here when there is one (``recent_view``)
        column.addWidget(self.recent_empty)
        column.addStretch(0)  # takes the spare height while the list is hidden (see set_recent)
        self._column = column
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(column, 3)
        outer.addStretch(1)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # larger or smaller text (Ctrl+Plus/Minus)
            self._size_title()

    def _size_title(self) -> None:
        font = self.font()
        font.setPointSizeF(font.pointSizeF() * TITLE_SCALE)
        font.setBold(True)
        self.title.setFont(font)

    @cached_property
    def recent_view(self) -> QListView:
        """The recent journals, built when there are some (a first start has none: the welcome window
        is drawn 3 ms sooner without a list view, issue 17.1)."""
        from PySide6.QtCore import QStringListModel
        from PySide6.QtWidgets import QListView

        view = QListView()
        view.setModel(QStringListModel(view))
        view.setAccessibleName(tr("Recently opened journals"))
        view.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        view.activated.connect(self._chosen)
        view.installEventFilter(self)  # Delete and the context menu (``eventFilter``); no Qt namespace at start
        self._column.insertWidget(self._column.indexOf(self.recent_empty), view, 1)
        view.stackUnder(self.recent_empty)  # a screen reader reads it where it shows: above the hint
        return view

    def set_recent(self, paths: list[str], enabled: bool) -> None:
        listed = enabled and bool(paths)
        if listed or "recent_view" in self.__dict__:
            model = cast("QStringListModel", self.recent_view.model())  # the one made with the view
            model.setStringList(paths)
            self.recent_view.setVisible(listed)
            if paths:
                self.recent_view.setCurrentIndex(model.index(0))
        self.recent_label.setVisible(enabled)
        self.recent_empty.setVisible(enabled and not paths)
        self._column.setStretch(self._column.count() - 1, 0 if listed else 1)

    def first_choice(self) -> QWidget:
        """Where the keyboard starts: the last journal opened (Enter opens it, as most days), else Create."""
        if "recent_view" in self.__dict__ and not self.recent_view.isHidden():
            return self.recent_view
        return self.create_button

    def _chosen(self, index: QModelIndex) -> None:
        path = index.data()  # the display role
        if path:
            self.recent_chosen.emit(str(Path(path)))

    # Taking an entry off the list (the rule: app/core/recent.py). Nothing here looks at the files: a stat
    # on a drive that is not connected can hang for seconds (issue 17.1).
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if "recent_view" not in self.__dict__ or watched is not self.recent_view:
            return False
        if event.type() == QEvent.Type.KeyPress:
            return self._key_on_list(cast("QKeyEvent", event))
        if event.type() == QEvent.Type.ContextMenu:
            self._list_menu(cast("QContextMenuEvent", event))
            return True
        return False

    def _key_on_list(self, event: QKeyEvent) -> bool:
        from PySide6.QtCore import Qt

        if event.key() != Qt.Key.Key_Delete or event.modifiers() not in (Qt.KeyboardModifier.NoModifier,
                                                                           Qt.KeyboardModifier.KeypadModifier):
            return False
        self._remove(self.recent_view.currentIndex())
        return True

    def _list_menu(self, event: QContextMenuEvent) -> None:
        """Open and "Remove from the list" for the entry under the mouse (or the current one, by the Menu key)."""
        from PySide6.QtCore import QPersistentModelIndex
        from PySide6.QtGui import QContextMenuEvent
        from PySide6.QtWidgets import QMenu

        view = self.recent_view
        if event.reason() == QContextMenuEvent.Reason.Mouse:
            index = view.indexAt(view.viewport().mapFrom(view, event.pos()))
            where = event.globalPos()
        else:
            index = view.currentIndex()
            where = view.viewport().mapToGlobal(view.visualRect(index).bottomLeft())
        if not index.isValid():
            return
        view.setCurrentIndex(index)
        entry = QPersistentModelIndex(index)
        menu = QMenu(self)
        menu.setAccessibleName(tr("Recently opened journals"))
        menu.addAction(tr("Open this journal"), lambda: self._chosen(view.model().index(entry.row(), 0)))
        menu.addAction(tr("Remove from the list"), lambda: self._remove(view.model().index(entry.row(), 0)))
        menu.exec(where)
        menu.deleteLater()

    def _remove(self, index: QModelIndex) -> None:
        """Take the entry at ``index`` off the list; the keyboard stays in the list, on the next entry."""
        from app.core.recent import Happened, after, next_choice

        model = cast("QStringListModel", self.recent_view.model())
        before = model.stringList()
        if not index.isValid() or not 0 <= index.row() < len(before):
            return
        listed = before[index.row()]
        row = next_choice(before, listed)
        self.set_recent(after(Happened.REMOVED, before, listed), True)
        if row is not None:
            self.recent_view.setCurrentIndex(model.index(row))
        self.first_choice().setFocus()  # the list (Delete, or its menu), or Create when none is left
        self.recent_removed.emit(listed)
