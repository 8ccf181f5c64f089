"""The session page's widgets and where they sit: the header (when, where, focus topic, goal),
the agenda on the left, the shared notes with their preview in the middle, and on the right
the tabs for learnings, action items and the feedback round.

What the page does with them (saving, loading, carrying over, the preview) is in ``session.py``.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QStyledItemDelegate,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from .. import colours
from ..i18n import tr
from ..models.columns import ACTION_ITEMS, AGENDA, LEARNINGS, OWNER, ROLE_LABELS, WHO_LEARNED, Field
from ..models.delegates import column_delegates
from ..models.earlier_actions import EarlierActionsModel
from ..models.people import set_choices
from ..models.rows import ReorderableRowsModel, RowsModel
from ..service import JournalService
from ..widgets.date_field import DateField
from ..widgets.date_time_field import DateTimeField
from ..widgets.feedback_box import FeedbackBox
from ..widgets.focus_frame import FocusFrameDelegate
from ..widgets.page_stack import FitContent
from ..widgets.reflow import ReflowRow, ReflowSplitter
from ..widgets.safe_browser import SafeBrowser
from ..widgets.tab_keys import name_pages, tab_leaves
from ..widgets.fitted_table import FittedTable, WordWrapDelegate
from ..widgets.tables import editable_table
from ..widgets.wrap_button import WrapButton


def _combo(labels: dict[str, str], name: str) -> QComboBox:
    combo = QComboBox()
    combo.setAccessibleName(name)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)  # follows the text size
    for value, label in labels.items():
        combo.addItem(tr(label), value)
    return combo


def _whole_parts(hint: str) -> str:
    """A keyboard hint "A · B · C" that wraps only after a "·", never inside a part (nor before a "·")."""
    return "\u00a0· ".join(part.replace(" ", "\u00a0").replace("/", "/\u2060") for part in hint.split(" · "))


def _wrapping(columns: tuple[Field, ...], parent: QWidget,
              today: Callable[[], _dt.date]) -> dict[int, QStyledItemDelegate]:
    """The column editors of ``columns``, and text that wraps between words in the text column."""
    delegates: dict[int, QStyledItemDelegate] = {0: WordWrapDelegate(parent)}
    delegates.update(column_delegates(columns, parent, today))
    return delegates


if TYPE_CHECKING:
    _PageBase = QWidget  # to mypy the mixin is the page's QWidget; at runtime SessionPage adds it
else:
    _PageBase = object


class SessionLayout(_PageBase):
    """Part of SessionPage: builds its widgets (``self`` is the page)."""

    if TYPE_CHECKING:  # what SessionPage (session.py) provides
        back_requested = Signal()

        def _add_agenda(self) -> None: ...
        def _add_learning(self) -> None: ...
        def _add_action(self) -> None: ...
        def carry_over(self) -> None: ...
        def _link_clicked(self, url: str) -> None: ...
        def _update_learner_hint(self) -> None: ...
        def _update_owner_hint(self) -> None: ...
        def _put_on_agenda(self) -> None: ...

    def _build_layout(self, service: JournalService) -> None:
        def today() -> _dt.date:  # the clock's today, for every date typed here
            return service.clock.now().date()

        # Header: when, where, focus topic, goal --------------------------------
        self.back_button = QPushButton(tr("← Overview"))
        self.back_button.setToolTip(tr("Back to the tandem overview (Alt+Home)"))
        self.back_button.clicked.connect(self.back_requested)
        self.starts_at = DateTimeField(None, tr("Start of the session"), today=today)
        self.duration = QSpinBox()
        self.duration.setRange(0, 600)
        self.duration.setSingleStep(15)
        self.duration.setSuffix(tr(" min"))
        self.duration.setAccessibleName(tr("Duration in minutes"))
        self.place = QLineEdit()
        self.place.setAccessibleName(tr("Place"))
        self.place.setPlaceholderText(tr("Where you meet"))
        self.topic = QComboBox()
        self.topic.setEditable(True)
        self.topic.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.topic.setAccessibleName(tr("Focus topic"))
        self.topic.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.topic.setMinimumContentsLength(12)  # a long topic in the pool does not widen the page
        topic_line = self.topic.lineEdit()
        assert topic_line is not None  # the topic box is editable
        topic_line.setPlaceholderText(tr("Pick from the topic pool or type a new topic"))
        topic_line.setAccessibleName(tr("Focus topic"))  # the field a screen reader lands in
        self.goal = QLineEdit()
        self.goal.setAccessibleName(tr("Session goal"))
        self.goal.setPlaceholderText(tr("One concrete goal, e.g. “set up a LinkedIn profile”"))
        header = ReflowRow([(self.back_button, 0), (self.starts_at, 0), (self.duration, 0), (self.place, 1)])
        focus = QFormLayout()
        focus.addRow(tr("Focus topic"), self.topic)
        focus.addRow(tr("Session goal"), self.goal)

        # Agenda -------------------------------------------------------------------
        self.agenda_model = ReorderableRowsModel(service, "agenda_item", AGENDA, self)
        self.agenda = QListView()
        self.agenda.setModel(self.agenda_model)
        self.agenda.setAccessibleName(tr("Agenda"))
        self.agenda.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.agenda.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.agenda.setWordWrap(True)
        self.agenda.setItemDelegate(FocusFrameDelegate(self.agenda))  # the current item clearly marked
        self.agenda_add = QLineEdit()
        self.agenda_add.setPlaceholderText(tr("New item, press Enter"))  # short: the column is narrow
        self.agenda_add.setAccessibleName(tr("New agenda item"))
        self.agenda_add.returnPressed.connect(self._add_agenda)
        self.carry_button = WrapButton()  # a long offer wraps in the narrow column
        self.carry_button.clicked.connect(self.carry_over)
        self.carry_button.hide()
        agenda_box = QGroupBox(tr("Agenda"))
        agenda_layout = QVBoxLayout(agenda_box)
        agenda_layout.addWidget(self.agenda, 1)
        agenda_layout.addWidget(self.agenda_add)
        agenda_layout.addWidget(self.carry_button)
        hint = QLabel(_whole_parts(tr("Space ticks off · Alt+↑/↓ moves · Del removes")))
        colours.as_hint(hint)  # readable, not a disabled grey
        hint.setWordWrap(True)
        agenda_layout.addWidget(hint)

        # Notes and preview ----------------------------------------------------------
        self.notes = QPlainTextEdit()
        self.notes.setAccessibleName(tr("Shared notes (Markdown)"))
        tab_leaves(self.notes)  # Tab goes on to the next control; Ctrl+Tab types a tab
        self.notes.setPlaceholderText(tr("Shared notes in Markdown: **bold**, *italic*, - lists, # headings"))
        self.preview = SafeBrowser()
        self.preview.setAccessibleName(tr("Preview of the notes"))
        self.link_label = QLabel()  # shown when a link is clicked, for this session only
        self.link_label.setWordWrap(True)
        self.link_label.hide()
        self.preview.link_clicked.connect(self._link_clicked)
        notes_split = ReflowSplitter(30)  # the preview beside the editor when there is room, else below
        notes_split.addWidget(self.notes)
        notes_split.addWidget(self.preview)
        notes_box = QGroupBox(tr("Shared notes"))
        notes_layout = QVBoxLayout(notes_box)
        notes_layout.addWidget(notes_split, 1)
        notes_layout.addWidget(self.link_label)

        # Learnings ------------------------------------------------------------------
        self.learning_model = RowsModel(service, "learning", LEARNINGS, self)
        self.learnings = editable_table(self.learning_model, tr("Learnings"), _wrapping(LEARNINGS, self, today),
                                        FittedTable())
        self.learning_add = QLineEdit()
        self.learning_add.setPlaceholderText(tr("What did you learn? Press Enter"))
        self.learning_add.setAccessibleName(tr("New learning"))
        self.learning_add.returnPressed.connect(self._add_learning)
        self.learner = _combo(ROLE_LABELS, tr("Who learned it"))
        self.learner.setPlaceholderText(tr("Who learned it?"))  # each new learning asks: nothing is preset
        self.learner.setCurrentIndex(-1)
        self.learning_model.modelReset.connect(  # the people's names, with their roles
            lambda: set_choices(self.learner, self.learning_model.choices(LEARNINGS.index(WHO_LEARNED))))
        self.share = QCheckBox(tr("Share in one-pager"))
        self.quick_win = QCheckBox(tr("Quick win"))
        learning_row = ReflowRow([(self.learner, 0), (self.share, 0), (self.quick_win, 0)], end_stretch=True)
        learnings_tab = QWidget()
        layout = QVBoxLayout(learnings_tab)
        layout.addWidget(self.learning_add)
        layout.addWidget(learning_row)
        layout.addWidget(self.learnings, 1)
        self.learner_hint = QLabel()  # how many learnings do not say who learned it (none: hidden)
        self.learner_hint.setWordWrap(True)
        self.learner_hint.hide()
        layout.addWidget(self.learner_hint)
        for signal in (self.learning_model.modelReset, self.learning_model.dataChanged):
            signal.connect(self._update_learner_hint)

        # Action items -----------------------------------------------------------------
        self.action_model = RowsModel(service, "action_item", ACTION_ITEMS, self)
        self.actions_view = editable_table(self.action_model, tr("Action items"),
                                           _wrapping(ACTION_ITEMS, self, today), FittedTable())
        self.action_add = QLineEdit()
        self.action_add.setPlaceholderText(tr("Who does what by when? Press Enter"))
        self.action_add.setAccessibleName(tr("New action item"))
        self.action_add.returnPressed.connect(self._add_action)
        self.owner = _combo(ROLE_LABELS, tr("Owner"))
        self.owner.setPlaceholderText(tr("Who does it?"))  # each new action item asks: nothing is preset
        self.owner.setCurrentIndex(-1)
        self.action_model.modelReset.connect(
            lambda: set_choices(self.owner, self.action_model.choices(ACTION_ITEMS.index(OWNER))))
        self.due = DateField(None, tr("Due date"), today=today)
        self.due.returnPressed.connect(self._add_action)  # "Who does what by when? Press Enter"
        action_row = ReflowRow([(self.owner, 0), (QLabel(tr("due")), 0), (self.due, 0)], end_stretch=True)
        actions_tab = QWidget()
        layout = QVBoxLayout(actions_tab)
        layout.addWidget(self.action_add)
        layout.addWidget(action_row)
        layout.addWidget(self.actions_view, 1)
        self.owner_hint = QLabel()  # how many action items do not say who does it (none: hidden)
        self.owner_hint.setWordWrap(True)
        self.owner_hint.hide()
        layout.addWidget(self.owner_hint)
        for signal in (self.action_model.modelReset, self.action_model.dataChanged):
            signal.connect(self._update_owner_hint)
        self.earlier_model = EarlierActionsModel(service, self)  # open from earlier sessions, ticked off here
        self.earlier = editable_table(self.earlier_model, tr("Open action items from earlier sessions"),
                                      {0: WordWrapDelegate(self)}, FittedTable())
        self.earlier_label = QLabel(tr("Open from earlier sessions — tick off what is done:"))
        self.earlier_label.setBuddy(self.earlier)
        self.earlier_label.setWordWrap(True)
        layout.addWidget(self.earlier_label)
        layout.addWidget(self.earlier, 1)
        self.to_agenda_button = WrapButton(tr("Put the chosen item on this session’s agenda"))
        self.to_agenda_button.clicked.connect(self._put_on_agenda)  # by choice: never by itself
        self.to_agenda_button.setEnabled(False)  # until an item is chosen in the list
        self.earlier.selectionModel().currentChanged.connect(
            lambda current, _before: self.to_agenda_button.setEnabled(current.isValid() and not service.read_only))
        layout.addWidget(self.to_agenda_button)

        # Feedback round ---------------------------------------------------------------
        self.feedback = {"mentee": FeedbackBox("mentee", tr("Mentee’s feedback")),
                         "mentor": FeedbackBox("mentor", tr("Mentor’s feedback"))}
        feedback_tab = QWidget()
        layout = QVBoxLayout(feedback_tab)
        for box in self.feedback.values():
            layout.addWidget(box)
        layout.addStretch()

        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(tr("Learnings, action items and feedback"))
        self.tabs.tabBar().setAccessibleName(tr("Learnings, action items or feedback"))
        self.tabs.addTab(learnings_tab, tr("&Learnings"))
        self.tabs.addTab(actions_tab, tr("&Action items"))
        self.tabs.addTab(feedback_tab, tr("&Feedback"))
        name_pages(self.tabs)

        # The columns stack when the width is too small for them side by side: the agenda keeps 36 characters,
        # the notes 36, the tabs what their lists need (fitted_table); spare room goes 1 : 2 : 1.
        split = ReflowSplitter((36, 36, 20), weights=(1, 2, 1))
        split.addWidget(agenda_box)
        split.addWidget(notes_box)
        split.addWidget(self.tabs)
        content = QWidget()
        outer = QVBoxLayout(content)
        outer.addWidget(header)
        outer.addLayout(focus)
        outer.addWidget(split, 1)
        scroll = QScrollArea()  # stacked columns scroll down; nothing ever scrolls sideways
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # a click lands on the page, not on the frame
        scroll.setAccessibleName(tr("Session"))
        scroll.setWidget(FitContent(content))
        page = QVBoxLayout(self)
        page.setContentsMargins(0, 0, 0, 0)
        page.addWidget(scroll)
