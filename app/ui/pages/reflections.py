"""My reflections: a private space inside the app, opened with its own passphrase.

It lives in the author's private journal (a separate encrypted file), never
in the tandem journal. It locks when its author leaves it, after a short
idle time, on Ctrl+L and whenever the tandem journal locks; locking saves,
closes the file and clears every widget that showed reflection text. The
only way anything crosses into the shared journal is "Raise next time…",
which shows exactly the text that will become an agenda item.

Back (its button, Esc, Alt+←, Alt+Home) asks the window to return where the person came from;
leaving locks and forgets the file chosen (see ``reflections_files.py`` for what is remembered).
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget

from app.core import reflections
from app.store import PrivateJournal

from ..autosave import Autosave
from ..dialogs.care_flow import PRIVATE_CARE, JournalCare
from ..i18n import tr
from ..idle import IdleWatcher
from ..models.rows import ROW_ID
from ..private_service import PrivateService
from ..settings import Settings
from .reflections_files import ReflectionsFiles
from .reflections_layout import PROMPTS, ReflectionsLayout

SAVE_DELAY_MS = 400


class ReflectionsPage(ReflectionsLayout, ReflectionsFiles, QWidget):
    share_requested = Signal(str)  # text the author chose to put on the next agenda
    problem = Signal(str)
    back_requested = Signal()  # back where the person came from (the window knows where)

    def __init__(self, idle_seconds: int, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.private = PrivateService(self)  # the private journal, through the application layer
        self.private.problem.connect(self.problem)
        self.settings = settings  # only for the files their authors ticked "remember"
        self.path: Path | None = None  # the file chosen or opened; forgotten on leaving
        self.opened_here: list[Path] = []  # opened since the app started (memory only, never shown)
        self.tandem_path: Path | None = None  # a private passphrase must not open this file
        self.current_id: int | None = None
        self._loading = False
        self.autosave = Autosave(SAVE_DELAY_MS, self)
        self.idle = IdleWatcher(0, self)
        self.idle_seconds = idle_seconds
        self.idle.idle.connect(self.lock)
        self.care = JournalCare(self, self.private, PRIVATE_CARE, today=lambda: self.private.clock.now().date(),
                                done=self.problem.emit, problem=self.problem.emit, ready=self.flush,
                                tandems=lambda: [self.tandem_path])  # the same care as the tandem's

        self.pages = QStackedWidget()
        self.pages.addWidget(self._build_locked())
        self.pages.addWidget(self._build_open())
        self._set_details_enabled(False)  # until a reflection is chosen or typing starts one
        layout = QVBoxLayout(self)
        layout.addWidget(self._build_back())
        layout.addWidget(self.pages, 1)

    # State ------------------------------------------------------------------------------
    @property
    def is_open(self) -> bool:
        return self.private.is_open

    def set_way_back(self, text: str) -> None:
        """The back button's text: where it leads ("Back to the session")."""
        self.back_button.setText(text)

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

    # Opening (choosing, creating and unlocking are in reflections_files.py) -----------------------
    def _opened(self, journal: PrivateJournal) -> None:
        self.busy.hide()
        self.passphrase.setEnabled(True)
        self.passphrase.clear()
        self.message.clear()
        if not self.isVisible():  # the author left while it was unlocking: keep it closed
            journal.close()
            return
        self.private.attach(journal)
        self.path = journal.path  # chosen, created, or found by the passphrase among those remembered
        self._show_remembered(journal.path)
        self.pages.setCurrentIndex(1)
        self.idle.set_seconds(self.idle_seconds)
        self.refresh_tags()
        self.refresh_list()
        if self.model.rowCount():
            self.list.setCurrentIndex(self.model.index(0))
        self.list.setFocus()

    # Locking -------------------------------------------------------------------------------
    def lock(self) -> bool:
        """Save, close the private journal, clear every widget and forget the file. False if a save failed."""
        if self.private.is_open:
            if not self.flush():
                self.problem.emit("Your last words could not be saved, so your reflections stay open.")
                return False
            self.idle.stop()
            self.private.close()
            self._clear()
            self.pages.setCurrentIndex(0)
        self._forget_chosen()
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
            self.written_on.setDate(None)  # no reflection, no date
        finally:
            self._loading = False
        self._set_details_enabled(False)

    # The list --------------------------------------------------------------------------------
    def refresh_tags(self) -> None:
        if not self.private.is_open:
            return
        current = self.tag_filter.currentData()
        self.tag_filter.blockSignals(True)
        self.tag_filter.clear()
        self.tag_filter.addItem(tr("All tags"), None)
        for tag in self.private.tags():
            self.tag_filter.addItem(tag, tag)
        self.tag_filter.setCurrentIndex(max(0, self.tag_filter.findData(current)))
        self.tag_filter.blockSignals(False)

    def refresh_list(self) -> None:
        if not self.private.is_open:
            return
        rows = self.private.reflections(self.tag_filter.currentData(), self.search.text())
        keep = self.current_id
        self.model.set_rows(rows)
        row = self.model.row_of(keep) if keep is not None else -1
        if row >= 0:
            self.list.setCurrentIndex(self.model.index(row))

    def new_reflection(self, prompt: str) -> None:
        if not self.private.is_open or not self.flush():
            return
        new_id = self.private.start(prompt, tr(PROMPTS[prompt]) if prompt in PROMPTS else "")
        if new_id is None:
            return
        self.search.clear()
        self.tag_filter.setCurrentIndex(0)
        self.refresh_list()
        self.list.setCurrentIndex(self.model.index(self.model.row_of(new_id)))
        self.body.setFocus()

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._loading or not self.private.is_open:
            return
        reflection_id = current.data(ROW_ID)
        if reflection_id is None or (reflection_id == self.current_id and self.title.text()):
            return  # already shown: reloading would move the cursor of someone typing
        if self.flush():  # saves go to the reflection shown until now
            self._show(int(reflection_id))

    def _show(self, reflection_id: int) -> None:
        row = self.private.reflection(reflection_id)
        if row is None:
            return
        self._loading = True
        try:
            self.current_id = reflection_id
            self.title.setText(row["title"])
            self.written_on.setDate(_dt.date.fromisoformat(row["written_on"]))
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
        if self._loading or not self.private.is_open:
            return
        if self.current_id is None and not self._start_from_typing():
            return
        self.autosave.schedule(key, save)

    def _start_from_typing(self) -> bool:
        """Typing with no reflection chosen starts one, so nothing typed is ever lost."""
        new_id = self.private.start("none", self.title.text())
        if new_id is None:
            return False
        self._loading = True  # the fields already hold what was typed: do not reload them
        try:
            self.current_id = new_id
            self.written_on.setDate(self.private.clock.now().date())
            self.search.clear()
            self.tag_filter.setCurrentIndex(0)
            self.refresh_list()
        finally:
            self._loading = False
        self._set_details_enabled(True)
        return True

    def _set_details_enabled(self, on: bool) -> None:
        """Date, session and tags belong to a reflection: editable once there is one, and until then
        visibly off, with a line that says why (typing a title or text begins one)."""
        for widget in (self.written_on, self.session_link, self.tags, self.raise_button):
            widget.setEnabled(on)
        self.details_hint.setVisible(not on)
        self.title.setPlaceholderText("" if on else tr("Typing here begins a new reflection"))

    def flush(self) -> bool:
        """Save what is pending; the list shows new titles and dates afterwards."""
        if self.written_on.isEnabled():
            self.written_on.commit()  # a date typed but not yet taken (the field still has the focus)
        relisted = bool({"title", "date"} & self.autosave.pending_keys())
        done = self.autosave.flush()
        if relisted:
            self.refresh_list()
        return done

    def _save(self, **values: Any) -> bool:
        return self.current_id is None or self.private.update(self.current_id, **values)

    def _save_title(self) -> bool:
        """Save the title and show it in the list at once (it said "Untitled" until the next start)."""
        if not self._save(title=self.title.text()):
            return False
        self._loading = True  # the list is filled again: the reflection on screen stays as it is
        try:
            self.refresh_list()
        finally:
            self._loading = False
        return True

    def _save_session_link(self) -> bool:
        label, starts_at = self.session_link.currentData() or ("", None)
        return self._save(session_label=label, session_starts_at=starts_at)

    def _save_tags(self) -> bool:
        done = self.current_id is None or self.private.set_tags(self.current_id, self.tags.text().split(","))
        self.refresh_tags()
        return done

    # Raising a thought next time ------------------------------------------------------------------
    def raise_next_time(self) -> None:
        """Offer only the selected text (app/core/reflections.offered_for_sharing); with nothing selected
        the dialog starts empty and the person writes what becomes shared."""
        self.share_requested.emit(reflections.offered_for_sharing(self.body.textCursor().selectedText()))

    # Journal care, as for the tandem's journal (dialogs/care_flow.py) -----------------------------------
    def change_passphrase(self) -> None:
        self.care.change_passphrase()

    def check_journal(self) -> None:
        self.care.check()

    def import_json(self) -> None:
        self.care.import_()
