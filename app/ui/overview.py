"""The tandem at a glance: who, when the next session is due, goals, open action
items, past sessions and the topic pool. One click (or Ctrl+N) starts a session."""

from __future__ import annotations

import datetime as _dt
import html

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.schedule import describe_due, next_due

from .models import ROLE_LABELS, ROW_ID, Field, RowsModel, SessionsModel, format_datetime
from .service import JournalService
from .session import EnumDelegate

TOPIC_STATES = {"idea": "Idea", "planned": "Planned", "done": "Done"}


def _add_line(placeholder: str, name: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setPlaceholderText(placeholder)
    edit.setAccessibleName(name)
    return edit


def _fit_columns(view: QTableView, stretch: int) -> None:
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


class OverviewPage(QWidget):
    session_chosen = Signal(int)
    new_session_requested = Signal()

    def __init__(self, service: JournalService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.people = QLabel()
        self.people.setTextFormat(Qt.TextFormat.RichText)  # names are escaped in refresh()
        self.due = QLabel()
        self.due.setWordWrap(True)
        self.due.setAccessibleName("Next session")
        self.new_button = QPushButton("Start a new session")
        self.new_button.setMinimumHeight(40)
        self.new_button.setToolTip("Ctrl+N")
        self.new_button.clicked.connect(self.new_session_requested)
        top = QHBoxLayout()
        top.addWidget(self.people, 1)
        top.addWidget(self.new_button)

        self.sessions_model = SessionsModel(service, self)
        self.sessions = QTableView()
        self.sessions.setModel(self.sessions_model)
        self.sessions.setAccessibleName("Past sessions")
        self.sessions.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.sessions.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.sessions.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.sessions.verticalHeader().hide()
        header = self.sessions.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.sessions.activated.connect(self._open_session)

        self.goals_model = RowsModel(service, "goal", [Field("title", "Goal")], self)
        self.goals = QListView()
        self.goals.setModel(self.goals_model)
        self.goals.setAccessibleName("Goals")
        self.goal_add = _add_line("Add a goal, press Enter", "New goal")
        self.goal_add.returnPressed.connect(lambda: self._add(self.goals_model, self.goal_add, {}))

        self.actions_model = RowsModel(service, "action_item", [
            Field("text", "Open action item"), Field("owner", "Owner", "enum", ROLE_LABELS),
            Field("due_on", "Due", "date"), Field("done", "Done", "bool")], self)
        self.actions = QTableView()
        self.actions.setModel(self.actions_model)
        self.actions.setAccessibleName("Open action items")
        self.actions.verticalHeader().hide()
        self.actions.setItemDelegateForColumn(1, EnumDelegate(ROLE_LABELS, self))
        _fit_columns(self.actions, stretch=0)

        self.topics_model = RowsModel(service, "topic", [
            Field("title", "Topic"), Field("state", "State", "enum", TOPIC_STATES)], self)
        self.topics = QTableView()
        self.topics.setModel(self.topics_model)
        self.topics.setAccessibleName("Topic pool")
        self.topics.verticalHeader().hide()
        self.topics.setItemDelegateForColumn(1, EnumDelegate(TOPIC_STATES, self))
        _fit_columns(self.topics, stretch=0)
        self.topic_add = _add_line("Add a topic to the pool, press Enter", "New topic")
        self.topic_add.returnPressed.connect(
            lambda: self._add(self.topics_model, self.topic_add, {"state": "idea"}, key="title"))

        grid = QGridLayout()
        grid.addWidget(self._box("Past sessions", self.sessions), 0, 0, 2, 1)
        grid.addWidget(self._box("Goals", self.goals, self.goal_add), 0, 1)
        grid.addWidget(self._box("Open action items", self.actions), 1, 1)
        grid.addWidget(self._box("Topic pool", self.topics, self.topic_add), 0, 2, 2, 1)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 3)
        grid.setColumnStretch(2, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.due)
        layout.addLayout(grid, 1)

    @staticmethod
    def _box(title: str, *widgets: QWidget) -> QGroupBox:
        box = QGroupBox(title)
        layout = QVBoxLayout(box)
        for widget in widgets:
            layout.addWidget(widget)
        return box

    def _add(self, model: RowsModel, edit: QLineEdit, extra: dict[str, str], key: str = "title") -> None:
        text = edit.text().strip()
        if text and model.add(**{key: text}, **extra) is not None:
            edit.clear()
            self.refresh()

    def _open_session(self, index: QModelIndex) -> None:
        session_id = index.data(ROW_ID)
        if session_id is not None:
            self.session_chosen.emit(int(session_id))

    def _size_session_columns(self) -> None:
        """Up to thousands of rows: size date and count from the current fonts, not from the data."""
        cells, heads = self.sessions.fontMetrics(), self.sessions.horizontalHeader().fontMetrics()
        header = self.sessions.horizontalHeader()
        header.resizeSection(0, max(cells.horizontalAdvance(format_datetime("2026-12-28T23:59")),
                                    heads.horizontalAdvance("Date")) + 24)
        header.resizeSection(2, max(cells.horizontalAdvance("9999"), heads.horizontalAdvance("Learnings")) + 24)

    def refresh(self) -> None:
        """Read everything the overview shows (called whenever it is shown)."""
        tandem = self.service.call(lambda j: j.tandem())
        if tandem is None:
            return
        people = self.service.call(lambda j: j.people()) or {}
        names = [f"{p['display_name']} ({ROLE_LABELS[role]})" for role in ("mentee", "mentor")
                 if (p := people.get(role)) and p["display_name"]]
        heading = html.escape(" · ".join(names) or "Your tandem")
        self.people.setText(f"<span style='font-size:x-large; font-weight:600'>{heading}</span>")
        self.sessions_model.reload()
        self._size_session_columns()
        last = self.sessions_model.index(0, 0).data(ROW_ID)
        last_at = None
        if last is not None:
            row = self.service.call(lambda j: j.get("session", int(last)))
            last_at = row["starts_at"] if row else None
        text, overdue = describe_due(next_due(tandem["next_session_at"], last_at, tandem["rhythm"]),
                                     _dt.datetime.now())
        self.due.setText(text)
        self.due.setStyleSheet("font-weight: bold; color: #b3261e;" if overdue else "")
        self.goals_model.set_filter()
        self.actions_model.set_filter(done=False)
        self.topics_model.set_filter()
        if self.sessions_model.rowCount():
            self.sessions.setCurrentIndex(self.sessions_model.index(0, 0))

    def clear(self) -> None:
        self.people.clear()
        self.due.clear()
        self.goal_add.clear()
        self.topic_add.clear()
        for model in (self.sessions_model, self.goals_model, self.actions_model, self.topics_model):
            model.clear()
