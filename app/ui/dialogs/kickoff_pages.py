"""The kick-off guide's first steps (getting to know each other, the concern, goals, expectations)
and what every step shares. The wizard is in ``kickoff.py``, steps 5 to 8 in ``kickoff_agreement.py``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from app.core.kickoff import GoalDraft, Kickoff

from ..i18n import LANGUAGES as LANGUAGE_NAMES
from ..i18n import N_, tr
from .fit import vertical_scroller

if TYPE_CHECKING:
    from .kickoff import KickoffWizard

ID_ROLE = Qt.ItemDataRole.UserRole + 1
SUPPORT_FORMS = (N_("Practical explanations and demos"), N_("Trying things out together"),
                 N_("Questions and answers"), N_("Introductions to networks and communities"))


def text_edit(name: str, placeholder: str, height: int = 90) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setAccessibleName(name)
    edit.setPlaceholderText(placeholder)
    edit.setTabChangesFocus(True)
    edit.setMaximumHeight(height)
    return edit


class _WrapToWidth(QStyledItemDelegate):
    """Items as wide as the list, never wider: their text wraps (a word longer than a line ends in “…”)."""

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:  # noqa: N802
        size = super().sizeHint(option, index)
        view = self.parent()
        return QSize(min(size.width(), view.viewport().width()), size.height()) if isinstance(view, QListView) else size


def wrapping_list(name: str) -> QListWidget:
    """A list whose long entries wrap instead of scrolling sideways (a screen reader reads an item's
    whole text; a goal also shows in full as its tooltip: ``show_in_full``)."""
    view = QListWidget()
    view.setAccessibleName(name)
    view.setWordWrap(True)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setResizeMode(QListView.ResizeMode.Adjust)  # wrap again when the guide is resized
    view.setItemDelegate(_WrapToWidth(view))
    return view


def show_in_full(item: QListWidgetItem) -> None:
    if item.toolTip() != item.text():
        item.setToolTip(item.text())


def intro(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    return label


class KickoffPage(QWizardPage):
    """A step; its content (``self.box``) scrolls up and down when the text is large, never sideways."""

    def __init__(self, title: str, subtitle: str) -> None:
        super().__init__()
        self.setTitle(title)
        self.setSubTitle(subtitle)
        body = QWidget()
        self.box = QVBoxLayout(body)
        self.box.setContentsMargins(0, 0, 0, 0)
        scroll = vertical_scroller(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    def wizard(self) -> KickoffWizard:
        return super().wizard()  # type: ignore[return-value]


class PeoplePage(KickoffPage):
    def __init__(self, kickoff: Kickoff, language: str) -> None:
        super().__init__(tr("Getting to know each other"),
                         tr("Take your time for this: the tandem works when you know where the other comes from."))
        self.box.addWidget(intro(
            tr("Talk about: your background and your work today · why you joined the tandem · what you are curious "
            "about · how you like to learn (show me, let me try, explain the why).")))
        self.mentee = QLineEdit(kickoff.mentee)
        self.mentee.setAccessibleName(tr("Mentee's name"))
        self.mentor = QLineEdit(kickoff.mentor)
        self.mentor.setAccessibleName(tr("Mentor's name"))
        self.language = QComboBox()
        self.language.setAccessibleName(tr("Language of the suggestions"))
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(language)))
        form = QFormLayout()
        form.addRow(tr("Mentee (learns)"), self.mentee)
        form.addRow(tr("Mentor (teaches)"), self.mentor)
        form.addRow(tr("Suggestions in"), self.language)
        self.box.addLayout(form)
        self.box.addStretch()
        self.mentee.textChanged.connect(self.completeChanged)
        self.mentor.textChanged.connect(self.completeChanged)

    def isComplete(self) -> bool:
        return bool(self.mentee.text().strip() and self.mentor.text().strip())


class ConcernPage(KickoffPage):
    def __init__(self, kickoff: Kickoff) -> None:
        super().__init__(tr("The concern and the form of support"),
                         tr("What does the mentee want to understand or be able to do, and how can the mentor help?"))
        self.concern = text_edit(tr("The concern"), tr("e.g. “I want to understand how our young colleagues use "
                                  "social media, and be visible there myself.”"), 110)
        self.concern.setPlainText(kickoff.concern)
        self.support = QComboBox()
        self.support.setEditable(True)
        self.support.setAccessibleName(tr("Form of support"))
        self.support.addItems([tr(form) for form in SUPPORT_FORMS])
        self.support.setCurrentText(kickoff.support_form)
        line = self.support.lineEdit()
        assert line is not None  # the combo box is editable
        line.setPlaceholderText(tr("Choose or describe the form of support"))
        form = QFormLayout()
        form.addRow(tr("Concern"), self.concern)
        form.addRow(tr("Form of support"), self.support)
        self.box.addLayout(form)
        self.box.addStretch()


class GoalsPage(KickoffPage):
    def __init__(self, kickoff: Kickoff) -> None:
        super().__init__(tr("Goals"),
                         tr("Two or three goals, each concrete enough that you will know when it is reached."))
        self.box.addWidget(intro(tr("Good: “Set up a LinkedIn profile and post once a month.” "
                                  "Too vague: “Get better at digital things.” Double-click a goal to change it.")))
        self.list = wrapping_list(tr("Goals"))
        self.list.itemChanged.connect(show_in_full)  # a goal changed in place
        for goal in kickoff.goals:
            self._append(goal.title, goal.id)
        self.new = QLineEdit()
        self.new.setAccessibleName(tr("New goal"))
        self.new.setPlaceholderText(tr("Add a goal, press Enter"))
        self.new.returnPressed.connect(self.add_goal)
        remove = QPushButton(tr("&Remove goal"))
        remove.clicked.connect(self.remove_goal)
        row = QHBoxLayout()
        row.addWidget(self.new, 1)
        row.addWidget(remove)
        self.box.addWidget(self.list, 1)
        self.box.addLayout(row)

    def _append(self, title: str, goal_id: int | None) -> None:
        item = QListWidgetItem(title)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        item.setData(ID_ROLE, goal_id)
        show_in_full(item)
        self.list.addItem(item)

    def add_goal(self) -> None:
        text = self.new.text().strip()
        if text:
            self._append(text, None)
            self.new.clear()

    def remove_goal(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            self.list.takeItem(row)

    def goals(self) -> list[GoalDraft]:
        items = (self.list.item(i) for i in range(self.list.count()))
        return [GoalDraft(item.text().strip(), item.data(ID_ROLE)) for item in items if item.text().strip()]

    def validatePage(self) -> bool:
        self.add_goal()  # a goal typed but not yet added with Enter is not lost
        return True


class ExpectationsPage(KickoffPage):
    def __init__(self, kickoff: Kickoff) -> None:
        super().__init__(tr("Expectations and roles"),
                         tr("What does each of you expect of the other, and of the tandem?"))
        self.mentee = text_edit(tr("What the mentee expects"), tr("e.g. honest feedback, patience with basic questions"))
        self.mentee.setPlainText(kickoff.mentee_expects)
        self.mentor = text_edit(tr("What the mentor expects"), tr("e.g. insight into how decisions are made, a network"))
        self.mentor.setPlainText(kickoff.mentor_expects)
        form = QFormLayout()
        form.addRow(tr("The mentee expects"), self.mentee)
        form.addRow(tr("The mentor expects"), self.mentor)
        self.box.addLayout(form)
        self.box.addStretch()
