"""My reflections' widgets and where they sit: the way back above both panels, the locked panel
(choose, create, unlock) and the open one (the list with search and tags on the left, the
reflection on the right, tools above, "remember this file" below the list).

What the page does with them is in ``reflections.py``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMenu,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..i18n import N_, tr
from ..models.reflections import ReflectionsModel
from ..widgets.announce import LiveLabel
from ..widgets.date_field import DateField

if TYPE_CHECKING:
    from ..private_service import PrivateService

PROMPTS = {
    "surprised": N_("What surprised me"),
    "try": N_("What I want to try before next time"),
    "raise": N_("What I want to raise next time"),
    "collaboration": N_("How our collaboration feels"),
}


if TYPE_CHECKING:
    _PageBase = QWidget  # to mypy the mixin is the page's QWidget; at runtime ReflectionsPage adds it
else:
    _PageBase = object


class ReflectionsLayout(_PageBase):
    """Part of ReflectionsPage: builds its two panels (``self`` is the page)."""

    if TYPE_CHECKING:  # what ReflectionsPage (reflections.py) and ReflectionsFiles provide
        private: PrivateService
        back_requested = Signal()

        def choose_file(self) -> None: ...
        def create_file(self) -> None: ...
        def _unlock(self) -> None: ...
        def lock(self) -> bool: ...
        def refresh_list(self) -> None: ...
        def new_reflection(self, prompt: str) -> None: ...
        def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None: ...
        def _schedule(self, key: str, save: Callable[[], bool]) -> None: ...
        def _save(self, **values: Any) -> bool: ...
        def _save_session_link(self) -> bool: ...
        def _save_tags(self) -> bool: ...
        def raise_next_time(self) -> None: ...
        def change_passphrase(self) -> None: ...
        def export_markdown(self) -> None: ...
        def export_json(self) -> None: ...
        def back_up(self) -> None: ...
        def check_journal(self) -> None: ...
        def import_json(self) -> None: ...
        def _remember_toggled(self, on: bool) -> None: ...
        def _save_title(self) -> bool: ...

    # Building -------------------------------------------------------------------------
    def _build_back(self) -> QWidget:
        """Back where the person came from: a button (its text says where) and Esc, Alt+←, Alt+Home.

        Alt+Home is the overview's key elsewhere; the window leaves it to this page while it is shown."""
        bar = QWidget()
        self.back_button = QPushButton(tr("Back"))
        self.back_button.setToolTip(tr("Back to where you came from (Esc, Alt+←, Alt+Home). Your reflections "
                                       "lock."))
        self.back_button.clicked.connect(self.back_requested)
        keys = [QKeySequence(k) for k in ("Esc", "Alt+Left", "Alt+Home")]
        keys += [k for k in QKeySequence.keyBindings(QKeySequence.StandardKey.Back) if k not in keys]
        self.back_keys = QShortcut(self)
        self.back_keys.setKeys(keys)
        self.back_keys.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.back_keys.activated.connect(self.back_requested)
        row = QHBoxLayout(bar)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.back_button)
        row.addStretch()
        return bar

    def _build_locked(self) -> QWidget:
        panel = QWidget()
        title = QLabel(tr("<h2>My reflections</h2>"))
        about = QLabel(tr("A private space for your own thoughts between sessions. It is a separate encrypted "
                       "file with a passphrase only you know, so your partner cannot read it, even on this "
                       "laptop. It locks itself when you leave it."))
        about.setWordWrap(True)
        self.file_label = QLabel(tr("No private journal chosen yet."))
        self.file_label.setWordWrap(True)
        how = QLabel(tr("Choose your file with “Open my private journal…” and enter its passphrase. Until the app "
                        "is closed (or always, if you let this laptop remember where your file is) your passphrase "
                        "alone opens it."))
        how.setWordWrap(True)
        self.choose_button = QPushButton(tr("Open my private journal…"))
        self.create_button = QPushButton(tr("Create my private journal…"))
        self.import_button = QPushButton(tr("Import from JSON…"))
        self.import_button.setToolTip(tr("A new private journal from an export of one (Export as JSON…)"))
        self.choose_button.clicked.connect(self.choose_file)
        self.create_button.clicked.connect(self.create_file)
        self.import_button.clicked.connect(self.import_json)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setPlaceholderText(tr("My private passphrase"))
        self.passphrase.setAccessibleName(tr("My private passphrase"))
        self.passphrase.returnPressed.connect(self._unlock)
        self.unlock_button = QPushButton(tr("Unlock"))
        self.unlock_button.clicked.connect(self._unlock)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.hide()
        self.message: QLabel = LiveLabel(assertive=True)  # heard as it shows, and read as its text
        self.message.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.choose_button)
        buttons.addWidget(self.create_button)
        buttons.addWidget(self.import_button)
        buttons.addStretch()
        row = QHBoxLayout()
        row.addWidget(self.passphrase, 1)
        row.addWidget(self.unlock_button)
        column = QVBoxLayout()
        column.addStretch(1)
        for widget in (title, about, how, self.file_label):
            column.addWidget(widget)
        column.addLayout(buttons)
        column.addLayout(row)
        column.addWidget(self.busy)
        column.addWidget(self.message)
        column.addStretch(2)
        outer = QHBoxLayout(panel)
        outer.addStretch(1)
        outer.addLayout(column, 2)
        outer.addStretch(1)
        return panel

    def _build_open(self) -> QWidget:
        panel = QWidget()
        self.search = QLineEdit()
        self.search.setPlaceholderText(tr("Search my reflections"))
        self.search.setAccessibleName(tr("Search my reflections"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.refresh_list)
        self.tag_filter = QComboBox()
        self.tag_filter.setAccessibleName(tr("Show only this tag"))
        self.tag_filter.currentIndexChanged.connect(lambda _i: self.refresh_list())
        self.model = ReflectionsModel(self)
        self.list = QListView()
        self.list.setModel(self.model)
        self.list.setAccessibleName(tr("My reflections"))
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.selectionModel().currentChanged.connect(self._current_changed)
        self.new_button = QToolButton()
        self.new_button.setText(tr("New reflection"))
        self.new_button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        self.new_button.clicked.connect(lambda: self.new_reflection("none"))
        menu = QMenu(self.new_button)
        for key, label in PROMPTS.items():
            action = QAction(tr("Start from: {prompt}").format(prompt=tr(label)), menu)
            action.triggered.connect(lambda _=False, k=key: self.new_reflection(k))
            menu.addAction(action)
        self.new_button.setMenu(menu)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(self.new_button)
        left_layout.addWidget(self.search)
        left_layout.addWidget(self.tag_filter)
        left_layout.addWidget(self.list, 1)
        self.remember = QCheckBox(tr("Remember where this file is, on this laptop"))
        self.remember.setToolTip(tr("After the app was closed, too, your passphrase alone opens this journal, "
                                    "without choosing the file. This laptop's settings then keep where the file "
                                    "is (never what is in it). Nothing on screen shows it, but someone using this "
                                    "computer account could look it up in the settings. Off: the app forgets the "
                                    "file when it is closed."))
        self.remember.toggled.connect(self._remember_toggled)
        self.remember_about = QLabel()  # what the tick means, for its state (ReflectionsFiles)
        self.remember_about.setWordWrap(True)
        left_layout.addWidget(self.remember)
        left_layout.addWidget(self.remember_about)

        self.title = QLineEdit()
        self.title.setAccessibleName(tr("Title"))
        self.written_on = DateField(None, tr("Date"), today=lambda: self.private.clock.now().date())
        self.session_link = QComboBox()
        self.session_link.setAccessibleName(tr("Refers to session"))
        self.tags = QLineEdit()
        self.tags.setPlaceholderText(tr("Tags, separated by commas"))
        self.tags.setAccessibleName(tr("Tags"))
        self.body = QPlainTextEdit()
        self.body.setAccessibleName(tr("Reflection (Markdown)"))
        self.body.setPlaceholderText(tr("Write freely. Only you can read this."))
        self.raise_button = QPushButton(tr("Raise next time…"))
        self.raise_button.setToolTip(tr("Put the current line (or the selected text) on the next session's agenda"))
        self.raise_button.clicked.connect(self.raise_next_time)
        form = QFormLayout()
        form.addRow(tr("Title"), self.title)
        form.addRow(tr("Date"), self.written_on)
        form.addRow(tr("Session"), self.session_link)
        form.addRow(tr("Tags"), self.tags)
        self.details_hint = QLabel(tr("Date, session and tags can be set once the reflection has begun: type a "
                                      "title or some text."))
        self.details_hint.setWordWrap(True)
        form.addRow("", self.details_hint)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.addLayout(form)
        right_layout.addWidget(self.body, 1)
        right_layout.addWidget(self.raise_button, 0, Qt.AlignmentFlag.AlignLeft)

        tools = QHBoxLayout()
        self.tool_buttons: dict[str, QPushButton] = {}
        for key, label, slot in (("markdown", tr("Export as Markdown…"), self.export_markdown),
                                 ("json", tr("Export as JSON…"), self.export_json),
                                 ("passwd", tr("Change passphrase…"), self.change_passphrase),
                                 ("backup", tr("Back up…"), self.back_up),
                                 ("check", tr("Check…"), self.check_journal),
                                 ("lock", tr("Lock my reflections"), self.lock)):
            button = QPushButton(label)
            button.clicked.connect(slot)
            self.tool_buttons[key] = button
            tools.addWidget(button)
        tools.addStretch()
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 3)
        layout = QVBoxLayout(panel)
        heading = QLabel(tr("<h2>My reflections</h2>"))
        layout.addWidget(heading)
        layout.addLayout(tools)
        layout.addWidget(split, 1)

        self.title.textEdited.connect(lambda _t: self._schedule("title", self._save_title))
        self.body.textChanged.connect(lambda: self._schedule("body", lambda: self._save(body=self.body.toPlainText())))
        self.written_on.dateChanged.connect(lambda day: self._schedule(
            "date", lambda: self._save(written_on=day.isoformat())))  # a typed date, once it is one
        self.session_link.activated.connect(lambda _i: self._schedule("session", self._save_session_link))
        self.tags.editingFinished.connect(lambda: self._schedule("tags", self._save_tags))
        return panel
