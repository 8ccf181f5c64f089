"""The tandem at a glance: who, when the next session is due, goals and their progress,
open action items and quick wins, past sessions and the topic pool. One click (or
Ctrl+N) starts a session.

Above the lists, notices carry the tandem through its programme: a check-in is due,
the ratings have been falling, the planned duration is over, the tandem is completed.
"""

from __future__ import annotations

import datetime as _dt
import html
from typing import Any

from PySide6.QtCore import QModelIndex, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyle,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app import programme
from app.core.journal_care import DEFAULT_BACKUP_REMINDER_EVERY
from app.core.schedule import Due

from .. import colours
from ..formats import format_date_long
from ..i18n import current_language, tr
from ..models import columns
from ..models.columns import ROLE_LABELS
from ..models.delegates import set_column_delegates
from ..models.open_actions import OpenActionsModel
from ..models.rows import ROW_ID, RowsModel
from ..models.sessions import SessionsModel
from ..models.topics import TopicsModel
from ..models.whole_text import WholeTextModel
from ..service import JournalService
from ..widgets.notice import Notice
from ..widgets.progress_chart import ProgressChart
from ..widgets.reflow import MARGINS, ReflowColumns, ReflowRow
from ..widgets.state_menu import StateMenu
from ..widgets.announce import LiveLabel
from ..widgets.tab_keys import name_pages
from ..widgets.tables import fit_columns, leave_by_tab


def describe_due(due: Due) -> tuple[str, bool]:
    """A short sentence on when the next session is due, and whether the tandem is overdue."""
    days = due.days
    if due.at is None or days is None:
        return tr("No session yet: start the first one when you meet."), False
    when = format_date_long(due.at.date().isoformat())
    if days < 0:
        text = tr("Next session was due 1 day ago ({date}). Time to meet!") if days == -1 else tr(
            "Next session was due {days} days ago ({date}). Time to meet!")
        return text.format(days=-days, date=when), True
    if days == 0:
        return tr("Next session is due today ({date}).").format(date=when), False
    text = tr("Next session is due tomorrow ({date}).") if days == 1 else tr(
        "Next session is due in {days} days ({date}).")
    return text.format(days=days, date=when), False


def _add_line(placeholder: str, name: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setPlaceholderText(placeholder)
    edit.setAccessibleName(name)
    return edit

MAX_GOALS_IN_VIEW = 6  # goals shown without scrolling; the chart takes the rest of the box
TOPIC_CHARS = 25  # Past sessions' topic: at least this many average characters where the window allows
TEXT_CHARS = 24  # the text of the other lists likewise (as a session's lists: fitted_table.TEXT_CHARS)


class OverviewPage(QWidget):
    session_chosen = Signal(int)
    new_session_requested = Signal()
    plan_requested = Signal()
    evaluation_requested = Signal()
    closing_requested = Signal()
    reopen_requested = Signal()

    def __init__(self, service: JournalService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.evaluation_every = programme.DEFAULT_EVALUATION_EVERY
        self.backup_every = DEFAULT_BACKUP_REMINDER_EVERY  # the window sets both from the settings
        self.last_backup: _dt.datetime | None = None
        self.backup_line = QLabel()  # when the last backup was made; a gentle reminder (journal_care)
        self.backup_line.setWordWrap(True)
        self.people = QLabel()
        self.people.setTextFormat(Qt.TextFormat.RichText)  # names are escaped in refresh()
        self.people.setWordWrap(True)  # long names and larger text wrap instead of widening the window
        self.due = LiveLabel()  # read as it shows, and said when the overview comes up or it changes
        self.due.setWordWrap(True)
        self.next_time = QLabel()  # lines raised for next time while no session is planned
        self.next_time.setWordWrap(True)
        self.next_time.setTextFormat(Qt.TextFormat.PlainText)
        self.next_time.hide()
        self.new_button = QPushButton(tr("Start a new session"))
        self.new_button.setMinimumHeight(40)
        self.new_button.setToolTip(tr("Ctrl+N"))
        self.new_button.clicked.connect(self.new_session_requested)
        top = ReflowRow([(self.people, 1), (self.new_button, 0)])  # the button goes below when there is no room
        self.plan_button = QPushButton(tr("Plan next session…"))
        self.plan_button.clicked.connect(self.plan_requested)
        due_row = ReflowRow([(self.due, 1), (self.plan_button, 0)])
        due_column = QVBoxLayout()
        due_column.addWidget(due_row)
        due_column.addWidget(self.next_time)
        due_column.addWidget(self.backup_line)

        self.completed_notice = Notice(tr("Tandem completed"), tr("Reopen tandem"))
        self.completed_notice.button.clicked.connect(self.reopen_requested)
        self.evaluation_notice = Notice(tr("Check-in due"), tr("Check in now…"))
        self.evaluation_notice.button.clicked.connect(self.evaluation_requested)
        self.closing_notice = Notice(tr("Closing round due"), tr("Start the closing round…"))
        self.closing_notice.button.clicked.connect(self.closing_requested)
        self.fit_notice = Notice(tr("A hint about the fit"))
        notices = QVBoxLayout()
        for notice in (self.completed_notice, self.closing_notice, self.evaluation_notice, self.fit_notice):
            notices.addWidget(notice)

        self.sessions_model = SessionsModel(service, self)
        self.sessions = QTableView()
        leave_by_tab(self.sessions)
        self.sessions.setModel(self.sessions_model)
        self.sessions.setAccessibleName(tr("Past sessions"))
        self.sessions.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.sessions.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.sessions.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.sessions.verticalHeader().hide()
        fit_columns(self.sessions, stretch=1)  # the topic takes the spare width
        self.sessions.horizontalHeader().setHighlightSections(False)  # a chosen row's headers stay as narrow
        self.sessions.activated.connect(self._open_session)
        self.sessions.doubleClicked.connect(self._open_session)

        self.goals_model = WholeTextModel(service, "goal", columns.GOALS, self)
        self.goals = QTableView()
        self.goals.setModel(self.goals_model)
        self.goals.setAccessibleName(tr("Goals"))
        self.goals.verticalHeader().hide()
        set_column_delegates(self.goals, columns.GOALS, self, self._today)
        fit_columns(self.goals, stretch=0)
        refit = QTimer(self, singleShot=True, interval=0)  # once the rows are sized
        refit.timeout.connect(self._fit_goals)
        for header in (self.goals.horizontalHeader(), self.goals.verticalHeader()):
            header.sectionResized.connect(refit.start)  # a goal wraps, or no longer
        self.goal_add = _add_line(tr("Add a goal, press Enter"), tr("New goal"))
        self.goal_add.returnPressed.connect(lambda: self._add(self.goals_model, self.goal_add, {}))
        self.chart = ProgressChart()
        self.checkin_button = QPushButton(tr("Check in on goals…"))
        self.checkin_button.setToolTip(tr("Are we reaching our goals? Rate each goal from 1 to 5."))
        self.checkin_button.clicked.connect(self.evaluation_requested)

        self.actions_model = OpenActionsModel(service, self)  # soonest due first
        self.actions_view = QTableView()
        self.actions_view.setModel(self.actions_model)
        self.actions_view.setAccessibleName(tr("Open action items"))
        self.actions_view.verticalHeader().hide()
        set_column_delegates(self.actions_view, columns.OPEN_ACTION_ITEMS, self, self._today)
        fit_columns(self.actions_view, stretch=0)

        self.quick_wins_model = WholeTextModel(service, "learning", columns.QUICK_WINS, self)
        self.quick_wins = QTableView()
        self.quick_wins.setModel(self.quick_wins_model)
        self.quick_wins.setAccessibleName(tr("Quick wins"))
        self.quick_wins.verticalHeader().hide()
        fit_columns(self.quick_wins, stretch=0)
        self.lists = QTabWidget()
        self.lists.setAccessibleName(tr("Open action items and quick wins"))
        self.lists.tabBar().setAccessibleName(tr("Open action items or quick wins"))
        self.lists.addTab(self.actions_view, tr("Open action items"))
        self.lists.addTab(self.quick_wins, tr("Quick wins"))
        name_pages(self.lists)

        self.topics_model = TopicsModel(service, self)
        self.topics = QTableView()
        self.topics.setModel(self.topics_model)
        self.topics.setAccessibleName(tr("Topic pool"))
        self.topics.verticalHeader().hide()
        set_column_delegates(self.topics, columns.TOPICS, self, self._today)
        fit_columns(self.topics, stretch=0)
        self.topic_state_menu = StateMenu(self.topics, 1, columns.TOPICS[1])  # right-click, Menu key, Shift+F10
        self.topic_add = _add_line(tr("Add a topic to the pool, press Enter"), tr("New topic"))
        self.topic_add.returnPressed.connect(
            lambda: self._add(self.topics_model, self.topic_add, {"state": "idea"}, key="title"))

        # Two columns, so that titles and tasks read on one line or two at 1280×800: what happened and what
        # could come (sessions, pool), and where the tandem stands (goals, tasks). Equal where each list
        # reads (its text TOPIC_CHARS or TEXT_CHARS wide); one below the other where they would not
        left = self.left_column = QVBoxLayout()
        right = QVBoxLayout()
        left.addWidget(self._box(tr("Past sessions"), self.sessions), 1)
        left.addWidget(self._box(tr("Topic pool"), self.topics, self.topic_add), 1)
        goals_box = self._box(tr("Goals and progress"), self.goals, self.goal_add, self.chart, self.checkin_button)
        goals_layout = goals_box.layout()
        assert isinstance(goals_layout, QVBoxLayout)  # made by _box
        goals_layout.setStretchFactor(self.goals, 2)  # the list and the chart share the height
        goals_layout.setStretchFactor(self.chart, 3)
        right.addWidget(goals_box, 3)
        right.addWidget(self.lists, 2)
        self.left_widget, self.right_widget = self._column(left), self._column(right)
        self.columns = ReflowColumns([(self.left_widget, self._left_least), (self.right_widget, self._right_least)])
        layout = QVBoxLayout(self)
        layout.addWidget(top)
        layout.addLayout(due_column)
        layout.addLayout(notices)
        layout.addWidget(self.columns, 1)
        service.read_only_changed.connect(self._set_read_only)
        self._lists_refit = QTimer(self, singleShot=True, interval=0)  # once the rows are sized (walk 5)
        self._lists_refit.timeout.connect(self._room_for_lists)
        for view in self._lists():
            view.verticalHeader().sectionResized.connect(self._lists_refit.start)

    def _fit_goals(self) -> None:
        """Every goal in view without scrolling (a tandem has two or three; up to six before the list
        scrolls): the list asks for their height, the chart takes what is left."""
        rows = range(min(self.goals_model.rowCount(), MAX_GOALS_IN_VIEW))
        height = sum(self.goals.rowHeight(row) for row in rows) or self.goals.verticalHeader().defaultSectionSize()
        header = self.goals.horizontalHeader().sizeHint().height()
        self.goals.setMinimumHeight(header + height + 2 * self.goals.frameWidth())

    def _lists(self) -> tuple[QTableView, ...]:
        return self.sessions, self.topics, self.actions_view, self.quick_wins

    def _room_for_lists(self) -> None:
        """Each list shows at least three rows (as tall as they are, wrapped or not) at any text size;
        the page scrolls as a whole rather than a list shrinking to a row and a half (walk 5)."""
        for view in self._lists():
            heights = [view.rowHeight(row) for row in range(min(3, view.model().rowCount()))]
            rows = sum(heights) + view.verticalHeader().defaultSectionSize() * (3 - len(heights))
            view.setMinimumHeight(view.horizontalHeader().sizeHint().height() + rows + 2 * view.frameWidth())

    def _share_left_column(self) -> None:
        """Sessions and topic pool share the left column by how many rows each has (a new tandem's
        few sessions leave the pool more room), neither less than a third."""
        sessions = self.sessions_model.rowCount() + 1  # and the header
        topics = self.topics_model.rowCount() + 2  # and the header and the field to add one
        sessions = min(max(sessions, topics // 2), 2 * topics)
        self.left_column.setStretch(0, sessions)
        self.left_column.setStretch(1, topics)

    @staticmethod
    def _column(layout: QVBoxLayout) -> QWidget:
        column = QWidget()
        layout.setContentsMargins(0, 0, 0, 0)
        column.setLayout(layout)
        return column

    def _least(self, view: QTableView, text_column: int, chars: int, column: QWidget) -> int:
        """The width ``view`` reads in within ``column``: its narrow columns as wide as they show, its text
        column ``chars`` average characters, its frame and scroll bar, and the margins beside it."""
        header = view.horizontalHeader()
        narrow = sum(max(header.sectionSizeHint(c), view.sizeHintForColumn(c))
                     for c in range(header.count()) if c != text_column)
        chrome = 2 * view.frameWidth() + view.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, view)
        inset = view.mapTo(column, QPoint(0, 0)).x()
        return narrow + view.fontMetrics().averageCharWidth() * chars + chrome + 2 * max(inset, MARGINS)

    def _left_least(self) -> int:
        """Past sessions with its topic at least TOPIC_CHARS average characters, the pool's topics TEXT_CHARS."""
        return max(self._least(self.sessions, 1, TOPIC_CHARS, self.left_widget),
                   self._least(self.topics, 0, TEXT_CHARS, self.left_widget))

    def _right_least(self) -> int:
        """The goals, open action items and quick wins with their text at least TEXT_CHARS average characters."""
        return max(self._least(view, 0, TEXT_CHARS, self.right_widget)
                   for view in (self.goals, self.actions_view, self.quick_wins))

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

    def _today(self) -> _dt.date:
        """Today by the service's clock (dates typed into the lists read two-digit years against it)."""
        return self.service.clock.now().date()

    def _open_session(self, index: QModelIndex) -> None:
        session_id = index.data(ROW_ID)
        if session_id is not None:
            self.session_chosen.emit(int(session_id))

    def refresh(self) -> None:
        """Read everything the overview shows (called whenever it is shown)."""
        tandem = self.service.tandem()
        if not tandem:
            return
        people = self.service.people()
        names = [f"{p['display_name']} ({tr(ROLE_LABELS[role])})" for role in ("mentee", "mentor")
                 if (p := people.get(role)) and p["display_name"]]
        heading = html.escape(" · ".join(names) or tr("Your tandem"))
        self.people.setText(f"<span style='font-size:x-large; font-weight:600'>{heading}</span>")
        self.sessions_model.reload()
        self.goals_model.set_filter()
        self._fit_goals()
        self.actions_model.set_filter(done=False)
        self.quick_wins_model.set_filter(quick_win=True)
        self.topics_model.set_filter()
        self._share_left_column()
        self._lists_refit.start()
        if self.sessions_model.rowCount():
            self.sessions.setCurrentIndex(self.sessions_model.index(0, 0))
        self._refresh_programme(tandem)
        self._set_read_only(self.service.read_only)

    def _refresh_programme(self, tandem: dict[str, Any]) -> None:
        """When the next session is due, the progress chart, and the notices (app/core decides them)."""
        status = self.service.status(self.evaluation_every)
        if status is None:
            return
        completed = status.completed
        text, overdue = describe_due(status.due)
        self.due.setText("" if completed else text)
        late = overdue and not completed
        colours.as_warning(self.due, late)
        font = QFont()  # bold alone is the label's own: its size follows the page's (Ctrl+Plus, walk of 2026-12-05)
        font.setBold(late)
        self.due.setFont(font)
        lines = [row["text"] for row in self.service.rows("next_time")]
        self.next_time.setText("" if completed or not lines else tr(
            "On the agenda of the next session you start: {lines}").format(
                lines=" · ".join(lines)))
        self.next_time.setVisible(bool(lines) and not completed)

        goals = [self.goals_model.row_data(row) for row in range(self.goals_model.rowCount())]  # just loaded
        self.chart.set_data(goals, status.evaluations)
        self.completed_notice.show_text(
            tr("This tandem was completed on {date}. Its journal is read-only; you can still read, search and "
               "export the one-pager.").format(date=format_date_long(status.completed_at or "")) if completed else None)
        self.evaluation_notice.show_text(
            tr("{count} sessions since your last check-in: are you reaching your goals?").format(
                count=status.sessions_since_check_in) if status.check_in_due else None)
        self.closing_notice.show_text(
            tr("Your planned {months} months ended on {date}. Time for the closing round: look back together and "
               "choose what goes on the one-pager.").format(months=status.planned_months,
                                                            date=format_date_long(status.planned_end.isoformat()))
            if status.closing_due and status.planned_end else None)
        self.fit_notice.show_text(programme.FIT_HINT(current_language()) if status.fit_concern else None)
        self._refresh_backup()

    def _refresh_backup(self) -> None:
        backup = self.service.backup_status(self.last_backup, self.backup_every)
        if backup is None:
            return
        date = format_date_long(backup.last.date().isoformat()) if backup.last else ""
        text = (tr("Last backup: {date}. Sessions held since then: {count}. A good moment to make a new one: "
                   "Tandem → Journal care → Back up…") if backup.last and backup.remind else
                tr("Last backup: {date}.") if backup.last else
                tr("No backup made on this laptop yet. Sessions held: {count}. A good moment to make one: "
                   "Tandem → Journal care → Back up…") if backup.remind else tr("No backup made on this laptop yet."))
        self.backup_line.setText(text.format(date=date, count=backup.sessions_since))

    def _set_read_only(self, read_only: bool) -> None:
        for widget in (self.new_button, self.plan_button, self.checkin_button, self.goal_add, self.topic_add):
            widget.setEnabled(not read_only)

    def clear(self) -> None:
        self.people.clear()
        self.due.clear()
        self.next_time.clear()
        self.next_time.hide()
        self.backup_line.clear()
        self.goal_add.clear()
        self.topic_add.clear()
        self.chart.clear()
        for notice in (self.completed_notice, self.evaluation_notice, self.closing_notice, self.fit_notice):
            notice.show_text(None)
        for model in (self.sessions_model, self.goals_model, self.actions_model, self.quick_wins_model,
                      self.topics_model):
            model.clear()
