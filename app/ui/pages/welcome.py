"""The first screen: create a tandem journal, open one, or pick a recent one."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QModelIndex, QStringListModel, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListView, QPushButton, QVBoxLayout, QWidget

from .. import colours
from ..i18n import tr


class WelcomePage(QWidget):
    create_requested = Signal()
    open_requested = Signal()
    recent_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = QLabel(tr("<h1>Tandem Journal</h1>"))
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
        self.recent_model = QStringListModel(self)
        self.recent_view = QListView()
        self.recent_view.setModel(self.recent_model)
        self.recent_view.setAccessibleName(tr("Recently opened journals"))
        self.recent_view.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.recent_view.activated.connect(self._chosen)
        self.recent_empty = QLabel(tr("Journals you open appear here (only their file paths)."))
        colours.as_hint(self.recent_empty)  # readable, not a disabled grey

        column = QVBoxLayout()
        column.addWidget(title)
        column.addWidget(intro)
        column.addSpacing(12)
        column.addLayout(buttons)
        column.addSpacing(24)
        column.addWidget(self.recent_label)
        column.addWidget(self.recent_view, 1)
        column.addWidget(self.recent_empty)
        column.addStretch(0)  # takes the spare height while the list is hidden (see set_recent)
        self._column = column
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(column, 3)
        outer.addStretch(1)

    def set_recent(self, paths: list[str], enabled: bool) -> None:
        self.recent_model.setStringList(paths)
        self.recent_label.setVisible(enabled)
        self.recent_view.setVisible(enabled and bool(paths))
        self.recent_empty.setVisible(enabled and not paths)
        self._column.setStretch(self._column.count() - 1, 0 if self.recent_view.isVisibleTo(self) else 1)
        if paths:
            self.recent_view.setCurrentIndex(self.recent_model.index(0))

    def _chosen(self, index: QModelIndex) -> None:
        path = index.data()  # the display role
        if path:
            self.recent_chosen.emit(str(Path(path)))
