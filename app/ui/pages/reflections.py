"""My reflections: a private space inside the app, opened with its own passphrase.

It lives in the author's private journal (a separate encrypted file), never
in the tandem journal. It locks when its author leaves it, after a short
idle time, on Ctrl+L and whenever the tandem journal locks; locking saves,
closes the file and clears every widget that showed reflection text. The
only way anything crosses into the shared journal is "Raise next time…",
which shows exactly the text that will become an agenda item.
"""

from __future__ import annotations

import datetime as _dt
import html
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QModelIndex, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
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
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.store import JournalError, PrivateJournal, WrongPassphrase, connection, portable
from app.store.files import write_bytes_atomic

from ..autosave import Autosave
from ..dialogs.common import ask_existing_file, ask_new_file, documents_folder, run_once
from ..dialogs.create import CreatePrivateDialog
from ..errors import describe
from ..i18n import N_, tr
from ..idle import IdleWatcher
from ..models.reflections import ReflectionsModel
from ..models.rows import ROW_ID
from ..tasks import run_task
from ..widgets.passphrase_fields import NewPassphraseFields

SUFFIX = ".reflections"
SAVE_DELAY_MS = 400
PROMPTS = {
    "surprised": N_("What surprised me"),
    "try": N_("What I want to try before next time"),
    "raise": N_("What I want to raise next time"),
    "collaboration": N_("How our collaboration feels"),
}
TANDEM_PASSPHRASE_CHOSEN = N_("That is the tandem's passphrase, which your partner knows. Choose one only you "
                              "know; nothing was created.")


class ShareDialog(QDialog):
    """Shows exactly the text that will become a shared agenda item; it can be edited first."""

    def __init__(self, text: str, where: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Raise it next time"))
        explanation = QLabel(tr("This text becomes an agenda item of <b>{where}</b>, visible to both of you. "
                                "Edit it here if you like: exactly this text is shared, nothing else.").format(
                                    where=html.escape(where)))
        explanation.setWordWrap(True)
        self.text = QPlainTextEdit(text)
        self.text.setAccessibleName(tr("Text to share"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.share_button = self.buttons.addButton(tr("Add to the agenda"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.text.textChanged.connect(lambda: self.share_button.setEnabled(bool(self.shared_text())))
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addWidget(self.text)
        layout.addWidget(self.buttons)

    def shared_text(self) -> str:
        return " ".join(self.text.toPlainText().split())


class PassphraseChangeDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Change my private passphrase"))
        self.secret = NewPassphraseFields(tr("Only you should know it. Nobody can recover a lost passphrase."))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.secret.changed.connect(lambda: ok.setEnabled(self.secret.is_acceptable()))
        ok.setEnabled(False)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.secret)
        layout.addWidget(buttons)


class ReflectionsPage(QWidget):
    share_requested = Signal(str)  # text the author chose to put on the next agenda
    problem = Signal(str)

    def __init__(self, idle_seconds: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.journal: PrivateJournal | None = None
        self.path: Path | None = None
        self.tandem_path: Path | None = None  # a private passphrase must not open this file
        self.current_id: int | None = None
        self._loading = False
        self.autosave = Autosave(SAVE_DELAY_MS, self)
        self.idle = IdleWatcher(0, self)
        self.idle_seconds = idle_seconds
        self.idle.idle.connect(self.lock)

        self.pages = QStackedWidget()
        self.pages.addWidget(self._build_locked())
        self.pages.addWidget(self._build_open())
        self._set_details_enabled(False)  # until a reflection is chosen or typing starts one
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)

    # Building -------------------------------------------------------------------------
    def _build_locked(self) -> QWidget:
        panel = QWidget()
        title = QLabel(tr("<h2>My reflections</h2>"))
        about = QLabel(tr("A private space for your own thoughts between sessions. It is a separate encrypted "
                       "file with a passphrase only you know, so your partner cannot read it, even on this "
                       "laptop. It locks itself when you leave it."))
        about.setWordWrap(True)
        self.file_label = QLabel(tr("No private journal chosen yet."))
        self.choose_button = QPushButton(tr("Open my private journal…"))
        self.create_button = QPushButton(tr("Create my private journal…"))
        self.choose_button.clicked.connect(self.choose_file)
        self.create_button.clicked.connect(self.create_file)
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
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(tr("Message"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.choose_button)
        buttons.addWidget(self.create_button)
        buttons.addStretch()
        row = QHBoxLayout()
        row.addWidget(self.passphrase, 1)
        row.addWidget(self.unlock_button)
        column = QVBoxLayout()
        column.addStretch(1)
        for widget in (title, about, self.file_label):
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

        self.title = QLineEdit()
        self.title.setAccessibleName(tr("Title"))
        self.written_on = QDateEdit()
        self.written_on.setCalendarPopup(True)
        self.written_on.setAccessibleName(tr("Date"))
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

        self.title.textEdited.connect(lambda _t: self._schedule("title", lambda: self._save(title=self.title.text())))
        self.body.textChanged.connect(lambda: self._schedule("body", lambda: self._save(body=self.body.toPlainText())))
        self.written_on.dateChanged.connect(lambda _d: self._schedule(
            "date", lambda: self._save(written_on=self.written_on.date().toString(Qt.DateFormat.ISODate))))
        self.session_link.activated.connect(lambda _i: self._schedule("session", self._save_session_link))
        self.tags.editingFinished.connect(lambda: self._schedule("tags", self._save_tags))
        return panel

    # State ------------------------------------------------------------------------------
    @property
    def is_open(self) -> bool:
        return self.journal is not None

    def set_sessions(self, sessions: list[tuple[str, str]]) -> None:
        """(label, starts_at) of the tandem's sessions, offered as what a reflection refers to."""
        self._sessions = sessions
        self._fill_session_link(None)

    def _fill_session_link(self, selected_label: str | None) -> None:
        self.session_link.blockSignals(True)
        self.session_link.clear()
        self.session_link.addItem("—", None)
        for label, starts_at in getattr(self, "_sessions", []):
            self.session_link.addItem(label, (label, starts_at))
        if selected_label:
            index = self.session_link.findText(selected_label)
            if index < 0:
                self.session_link.addItem(selected_label, (selected_label, None))
                index = self.session_link.count() - 1
            self.session_link.setCurrentIndex(index)
        self.session_link.blockSignals(False)

    # Opening and creating ----------------------------------------------------------------
    def ask_open_path(self) -> Path | None:
        return ask_existing_file(self, tr("Open my private journal"), SUFFIX, tr("Private journals"))

    def ask_create_path(self) -> Path | None:
        return ask_new_file(self, tr("Create my private journal"), "my", SUFFIX, tr("Private journals"))

    def ask_save_path(self, title: str, suggested: str, filter_: str) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(self, title, str(documents_folder() / suggested), filter_)
        return Path(name) if name else None

    def choose_file(self) -> None:
        path = self.ask_open_path()
        if path is not None:
            self.path = path
            self.file_label.setText(str(path))
            self.message.clear()
            self.passphrase.setFocus()

    def create_file(self) -> None:
        path = self.ask_create_path()
        if path is None:
            return
        secret = run_once(CreatePrivateDialog(path, self), lambda d: d.secret.value())
        if secret is None:
            return
        tandem = self.tandem_path

        def create() -> PrivateJournal:
            if tandem is not None and tandem.exists() and connection.unlocks(tandem, secret):
                raise WrongPassphrase(tr(TANDEM_PASSPHRASE_CHOSEN))
            return PrivateJournal.create(path, secret)

        self.path = path
        self.file_label.setText(str(path))
        self._start(create)

    def _unlock(self) -> None:
        if self.path is None:
            self.message.setText(tr("Choose your private journal first, or create one."))
            return
        secret, path = self.passphrase.text(), self.path
        if not secret:
            self.message.setText(tr("Enter your private passphrase."))
            return
        self._start(lambda: PrivateJournal.open(path, secret))

    def _start(self, work: Callable[[], PrivateJournal]) -> None:
        self.busy.show()
        self.passphrase.setEnabled(False)
        self.message.setText(tr("Unlocking…"))
        run_task(work, self._opened, self._failed, self)

    def _opened(self, journal: PrivateJournal) -> None:
        self.busy.hide()
        self.passphrase.setEnabled(True)
        self.passphrase.clear()
        self.message.clear()
        if not self.isVisible():  # the author left while it was unlocking: keep it closed
            journal.close()
            return
        self.journal = journal
        self.pages.setCurrentIndex(1)
        self.idle.set_seconds(self.idle_seconds)
        self.refresh_tags()
        self.refresh_list()
        if self.model.rowCount():
            self.list.setCurrentIndex(self.model.index(0))
        self.list.setFocus()

    def _failed(self, exc: Exception) -> None:
        self.busy.hide()
        self.passphrase.setEnabled(True)
        if str(exc) == tr(TANDEM_PASSPHRASE_CHOSEN):
            text = str(exc)
        elif isinstance(exc, WrongPassphrase):
            text = tr("That passphrase does not open your private journal.")
        elif isinstance(exc, (JournalError, ValueError)):
            text = describe(exc)
        else:
            text = tr("Could not open it: {reason}").format(reason=exc)
        self.message.setText(text)
        self.passphrase.selectAll()
        self.passphrase.setFocus()

    # Locking -------------------------------------------------------------------------------
    def lock(self) -> bool:
        """Save, close the private journal and clear every widget. False if a save failed."""
        if self.journal is None:
            return True
        if not self.flush():
            self.problem.emit("Your last words could not be saved, so your reflections stay open.")
            return False
        self.idle.stop()
        self.journal.close()
        self.journal = None
        self._clear()
        self.pages.setCurrentIndex(0)
        return True

    def _clear(self) -> None:
        self._loading = True
        try:
            self.current_id = None
            self.model.set_rows([])
            for edit in (self.search, self.title, self.tags, self.passphrase):
                edit.clear()
            self.body.clear()
            self.body.document().clearUndoRedoStacks()
            self.tag_filter.clear()
            self._fill_session_link(None)
            self.written_on.setDate(QDate.currentDate())
        finally:
            self._loading = False
        self._set_details_enabled(False)

    # The list --------------------------------------------------------------------------------
    def refresh_tags(self) -> None:
        if self.journal is None:
            return
        current = self.tag_filter.currentData()
        self.tag_filter.blockSignals(True)
        self.tag_filter.clear()
        self.tag_filter.addItem(tr("All tags"), None)
        for tag in self.journal.all_tags():
            self.tag_filter.addItem(tag, tag)
        self.tag_filter.setCurrentIndex(max(0, self.tag_filter.findData(current)))
        self.tag_filter.blockSignals(False)

    def refresh_list(self) -> None:
        if self.journal is None:
            return
        rows = self.journal.reflections(tag=self.tag_filter.currentData())
        query = self.search.text().strip()
        if query:
            found = {h.row_id for h in self.journal.search(query, limit=500)}
            rows = [r for r in rows if r["id"] in found]
        keep = self.current_id
        self.model.set_rows(rows)
        row = self.model.row_of(keep) if keep is not None else -1
        if row >= 0:
            self.list.setCurrentIndex(self.model.index(row))

    def new_reflection(self, prompt: str) -> None:
        if self.journal is None or not self.flush():
            return
        today = _dt.date.today().isoformat()
        try:
            new_id = self.journal.add("reflection", written_on=today, prompt=prompt, title=tr(PROMPTS[prompt]) if prompt in PROMPTS else "")
        except JournalError as exc:
            self.problem.emit(describe(exc))
            return
        self.search.clear()
        self.tag_filter.setCurrentIndex(0)
        self.refresh_list()
        self.list.setCurrentIndex(self.model.index(self.model.row_of(new_id)))
        self.body.setFocus()

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._loading or self.journal is None:
            return
        reflection_id = current.data(ROW_ID)
        if reflection_id is None or (reflection_id == self.current_id and self.title.text()):
            return  # already shown: reloading would move the cursor of someone typing
        if self.flush():  # saves go to the reflection shown until now
            self._show(int(reflection_id))

    def _show(self, reflection_id: int) -> None:
        assert self.journal is not None
        row = next((r for r in self.journal.reflections() if r["id"] == reflection_id), None)
        if row is None:
            return
        self._loading = True
        try:
            self.current_id = reflection_id
            self.title.setText(row["title"])
            self.written_on.setDate(QDate.fromString(row["written_on"], Qt.DateFormat.ISODate))
            self.tags.setText(", ".join(row["tags"]))
            self._fill_session_link(row["session_label"] or None)
            if self.body.toPlainText() != row["body"]:
                self.body.setPlainText(row["body"])
                self.body.document().clearUndoRedoStacks()
        finally:
            self._loading = False
        self._set_details_enabled(True)

    # Saving ----------------------------------------------------------------------------------
    def _schedule(self, key: str, save: Callable[[], bool]) -> None:
        if self._loading or self.journal is None:
            return
        if self.current_id is None and not self._start_from_typing():
            return
        self.autosave.schedule(key, save)

    def _start_from_typing(self) -> bool:
        """Typing with no reflection chosen starts one, so nothing typed is ever lost."""
        assert self.journal is not None
        try:
            new_id = self.journal.add("reflection", written_on=_dt.date.today().isoformat(), prompt="none",
                                      title=self.title.text())
        except JournalError as exc:
            self.problem.emit(describe(exc))
            return False
        self._loading = True  # the fields already hold what was typed: do not reload them
        try:
            self.current_id = new_id
            self.written_on.setDate(QDate.currentDate())
            self.search.clear()
            self.tag_filter.setCurrentIndex(0)
            self.refresh_list()
        finally:
            self._loading = False
        self._set_details_enabled(True)
        return True

    def _set_details_enabled(self, on: bool) -> None:
        """Date, session and tags belong to a reflection: editable once there is one."""
        for widget in (self.written_on, self.session_link, self.tags, self.raise_button):
            widget.setEnabled(on)

    def flush(self) -> bool:
        """Save what is pending; the list shows new titles and dates afterwards."""
        relisted = bool({"title", "date"} & self.autosave.pending_keys())
        done = self.autosave.flush()
        if relisted:
            self.refresh_list()
        return done

    def _guarded(self, work: Callable[[PrivateJournal, int], None]) -> bool:
        if self.journal is None or self.current_id is None:
            return True
        try:
            work(self.journal, self.current_id)
        except (JournalError, ValueError) as exc:
            self.problem.emit(describe(exc))
            return False
        return True

    def _save(self, **values: Any) -> bool:
        return self._guarded(lambda j, rid: j.update("reflection", rid, **values))

    def _save_session_link(self) -> bool:
        label, starts_at = self.session_link.currentData() or ("", None)
        return self._save(session_label=label, session_starts_at=starts_at)

    def _save_tags(self) -> bool:
        done = self._guarded(lambda j, rid: j.set_tags(rid, self.tags.text().split(",")))
        self.refresh_tags()
        return done

    # Raising a thought next time ------------------------------------------------------------------
    def selected_or_current_line(self) -> str:
        cursor = self.body.textCursor()
        if cursor.hasSelection():
            return cursor.selectedText().replace("\u2029", " ").strip()
        return cursor.block().text().strip()

    def raise_next_time(self) -> None:
        text = self.selected_or_current_line()
        if not text:
            self.problem.emit("Put the cursor on a line (or select text) to raise it next time.")
            return
        self.share_requested.emit(text)

    # The author's own exports --------------------------------------------------------------------
    def _write(self, path: Path | None, data: bytes) -> None:
        if path is None:
            return
        try:
            write_bytes_atomic(path, data, overwrite=True)  # the save dialog has asked about replacing
        except JournalError as exc:
            self.problem.emit(describe(exc))
            return
        self.problem.emit(tr("Saved to {path}. It is not encrypted: keep it private.").format(path=path))

    def export_markdown(self) -> None:
        if self.journal is not None and self.flush():
            path = self.ask_save_path(tr("Export my reflections as Markdown"), "my-reflections.md",
                                      tr("Markdown (*.md)"))
            self._write(path, self.journal.to_markdown().encode("utf-8"))

    def export_json(self) -> None:
        if self.journal is not None and self.flush():
            path = self.ask_save_path(tr("Export my reflections as JSON"), "my-reflections.json", tr("JSON (*.json)"))
            self._write(path, portable.dumps(portable.export_data(self.journal)).encode("utf-8"))

    def back_up(self) -> None:
        if self.journal is None or not self.flush():
            return
        path = self.ask_save_path(tr("Back up my private journal"), f"my-backup{SUFFIX}",
                                  f"{tr('Private journals')} (*{SUFFIX})")
        if path is None:
            return
        try:
            dest = self.journal.backup(path)
        except JournalError as exc:
            self.problem.emit(describe(exc))
            return
        self.problem.emit(tr("Backup written to {path} (encrypted, same passphrase).").format(path=dest))

    def change_passphrase(self) -> None:
        if self.journal is None:
            return
        secret = run_once(PassphraseChangeDialog(self), lambda d: d.secret.value())
        if secret is None:
            return
        if self.tandem_path is not None and self.tandem_path.exists() and connection.unlocks(self.tandem_path, secret):
            self.problem.emit(tr("That is the tandem's passphrase, which your partner knows. Nothing was changed."))
            return
        try:
            self.journal.change_passphrase(secret)
        except (JournalError, ValueError) as exc:
            self.problem.emit(describe(exc))
            return
        self.problem.emit("Your private passphrase was changed.")
