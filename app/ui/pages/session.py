"""One session on one screen, readable by two people at once.

Left: the agenda. Middle: shared notes in Markdown with a live, safe
preview. Right: learnings, action items and the feedback round (the widgets
and their places are in ``session_layout.py``). Every field saves itself:
text fields after a short pause in typing (``SAVE_DELAY_MS``), list edits at once. ``flush`` writes anything
pending, before locking or leaving; a session started here and left untouched is not kept (``session_leaving``).
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QTextCursor
from PySide6.QtWidgets import QAbstractItemView, QWidget

from app.core import sessions
from app.core.clock import stamp
from app.markup import render_markdown

from ..autosave import Autosave
from ..i18n import tr
from ..models.people import People
from ..models.rows import RowsModel
from ..service import JournalService
from ..tasks import run_task
from ..widgets.date_field import all_readable
from ..widgets.into_view import bring_into_view_soon, tab_keys_land_in_page
from .session_layout import SessionLayout
from .session_leaving import SessionLeaving

SAVE_DELAY_MS = 400
PREVIEW_DELAY_MS = 250
PREVIEW_FULL_LIMIT = 60_000  # characters; a longer note previews the part around the cursor
PREVIEW_WINDOW = 12_000  # characters on each side of the cursor in that case


def _boundary_before(text: str, at: int, reach: int = 2_000) -> int:
    """The start of the paragraph (else the line) at most ``reach`` characters before ``at``."""
    for mark in ("\n\n", "\n"):
        found = text.rfind(mark, max(0, at - reach), at)
        if found >= 0:
            return found + len(mark)
    return at


def _boundary_after(text: str, at: int, reach: int = 2_000) -> int:
    """The end of the paragraph (else the line) at most ``reach`` characters after ``at``."""
    for mark in ("\n\n", "\n"):
        found = text.find(mark, at, at + reach)
        if found >= 0:
            return found
    return at


class SessionPage(SessionLeaving, SessionLayout, QWidget):
    back_requested = Signal()

    def __init__(self, service: JournalService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.session_id: int | None = None
        self._loading = False
        self._preview_generation = 0
        self.autosave = Autosave(SAVE_DELAY_MS, self)
        self._preview_timer = QTimer(self, singleShot=True, interval=PREVIEW_DELAY_MS)
        self._preview_timer.timeout.connect(self._render_preview)

        self._build_layout(service)

        self._install_item_keys()
        tab_keys_land_in_page(self.tabs, lambda index: self.focus_area(index + 3))  # as Ctrl+3..5 do
        self._connect_autosave()
        service.read_only_changed.connect(self.set_read_only)

    def set_read_only(self, read_only: bool) -> None:
        """A completed tandem: everything readable and selectable, nothing editable."""
        for edit in (self.place, self.goal, self.notes):
            edit.setReadOnly(read_only)
        self.starts_at.setReadOnly(read_only)
        self.duration.setReadOnly(read_only)
        for widget in (self.topic, self.agenda_add, self.learning_add, self.learner, self.share, self.quick_win,
                       self.action_add, self.owner, self.due):
            widget.setEnabled(not read_only)
        for box in self.feedback.values():
            box.set_read_only(read_only)
        if read_only:
            self.carry_button.hide()

    # Keyboard for the lists ------------------------------------------------------------
    def _install_item_keys(self) -> None:
        for view, model in ((self.agenda, self.agenda_model), (self.learnings, self.learning_model),
                            (self.actions_view, self.action_model)):
            remove = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), view,
                               context=Qt.ShortcutContext.WidgetShortcut)
            remove.activated.connect(lambda v=view, m=model: self._remove_current(v, m))
        up = QShortcut(QKeySequence("Alt+Up"), self.agenda, context=Qt.ShortcutContext.WidgetShortcut)
        down = QShortcut(QKeySequence("Alt+Down"), self.agenda, context=Qt.ShortcutContext.WidgetShortcut)
        up.activated.connect(lambda: self.move_agenda(-1))
        down.activated.connect(lambda: self.move_agenda(+1))

    def _remove_current(self, view: QAbstractItemView, model: RowsModel) -> None:
        row = view.currentIndex().row()
        if row >= 0:
            model.remove(row)
            if model.rowCount():
                view.setCurrentIndex(model.index(min(row, model.rowCount() - 1), 0))

    def move_agenda(self, delta: int) -> None:
        row = self.agenda.currentIndex().row()
        if self.agenda_model.move_row(row, row + delta):
            self.agenda.setCurrentIndex(self.agenda_model.index(row + delta, 0))

    # Autosave -------------------------------------------------------------------------
    def _connect_autosave(self) -> None:
        def session_field(key: str, read: Callable[[], Any]) -> Callable[..., None]:
            return lambda *_: self._schedule(f"session.{key}", lambda: self._save_session(**{key: read()}))

        self.notes.textChanged.connect(session_field("notes", self.notes.toPlainText))
        self.notes.textChanged.connect(self._preview_timer.start)
        self.goal.textEdited.connect(session_field("goal", self.goal.text))
        self.place.textEdited.connect(session_field("place", self.place.text))
        self.duration.valueChanged.connect(session_field("duration_minutes", lambda: self.duration.value() or None))
        self.starts_at.dateTimeChanged.connect(  # only a readable date and time that differs
            lambda when: self._schedule("session.starts_at", lambda: self._save_session(starts_at=stamp(when))))
        self.topic.activated.connect(lambda _i: self._topic_chosen())
        topic_line = self.topic.lineEdit()
        assert topic_line is not None  # the topic box is editable
        topic_line.editingFinished.connect(self._topic_chosen)
        for giver, box in self.feedback.items():
            def save(*_: object, g: str = giver) -> None:
                self._schedule(f"feedback.{g}", lambda: self._save_feedback(g))

            box.helped.textChanged.connect(save)
            box.to_change.textChanged.connect(save)
            box.rating.valueChanged.connect(save)

    def _schedule(self, key: str, save: Callable[[], bool]) -> None:
        if not self._loading and self.session_id is not None:
            self.autosave.schedule(key, save)

    def flush(self) -> bool:
        """Write every pending edit now (before locking and when leaving). False if one failed:
        the caller must then not clear or leave the screen."""
        if self.session_id is not None and not self.service.read_only:
            self.starts_at.commit()  # a start typed but not yet taken (the field still has the focus)
            self._commit_typing()
            if not self._add_typed():
                return False
        return self.autosave.flush()

    @property
    def has_pending(self) -> bool:
        return self.autosave.pending

    def _save_session(self, **values: Any) -> bool:
        return self.session_id is None or self.service.update("session", self.session_id, origin=self, **values)

    def _save_feedback(self, giver: str) -> bool:
        if self.session_id is None:
            return True
        return self.service.save_feedback(self.session_id, giver, self.feedback[giver].values(), origin=self)

    def _topic_chosen(self) -> None:
        if self._loading or self.session_id is None:
            return
        title = self.topic.currentText().strip()
        known = title and self.topic.findText(title, Qt.MatchFlag.MatchFixedString) >= 0
        topic_id = self.service.choose_focus(self.session_id, title, origin=self)
        if topic_id is not None and not known:
            self._load_topics(select=topic_id)

    # Adding ------------------------------------------------------------------------------
    def _add_agenda(self) -> None:
        text = self.agenda_add.text().strip()
        if text and self.agenda_model.add(text=text) is not None:
            self.agenda_add.clear()

    def _add_learning(self) -> None:
        text = self.learning_add.text().strip()
        if text and self.learning_model.add(text=text, learner=self.learner.currentData(),
                                             share=self.share.isChecked(),
                                             quick_win=self.quick_win.isChecked()) is not None:
            self.learning_add.clear()
            self.learner.setCurrentIndex(-1)  # the next learning asks again who learned it
            self.share.setChecked(False)
            self.quick_win.setChecked(False)

    def _update_learner_hint(self, *_: object) -> None:
        """Say how many learnings do not yet say who learned it (they are marked in the list)."""
        count = sessions.without_learner(self.learning_model.all_data())  # the rule: app/core
        self.learner_hint.setText(
            tr("1 learning does not say who learned it: choose in its Who column.") if count == 1 else
            tr("{count} learnings do not say who learned it: choose in their Who column.").format(count=count))
        self.learner_hint.setVisible(count > 0)

    def _update_owner_hint(self, *_: object) -> None:
        """Say how many action items do not yet say who does it (they are marked in the list)."""
        count = sessions.without_owner(self.action_model.all_data())  # the rule: app/core
        self.owner_hint.setText(
            tr("1 action item does not say who does it: choose in its Owner column.") if count == 1 else
            tr("{count} action items do not say who does it: choose in their Owner column.").format(count=count))
        self.owner_hint.setVisible(count > 0)

    def _add_action(self) -> None:
        text = self.action_add.text().strip()
        if not text:
            return
        if not all_readable(self.due):
            return  # the due date is not a date: its hint shows and it has the focus
        due = self.due.date()
        assert due is not None  # the field takes no empty date
        if self.action_model.add(text=text, owner=self.owner.currentData(), due_on=due.isoformat()) is not None:
            self.action_add.clear()
            self._reset_new_action(due=False)  # the next one asks again who does it; the date typed stays

    def _reset_new_action(self, due: bool = True) -> None:
        """The new action item's owner (and due date) as the layer says (``sessions.action_defaults``)."""
        defaults = self.service.action_defaults(self.session_id) if self.session_id is not None else None
        owner = defaults.owner if defaults is not None else None
        self.owner.setCurrentIndex(self.owner.findData(owner) if owner is not None else -1)
        if due:
            self.due.setDate(defaults.due_on if defaults is not None else None)  # the next session's date

    def _put_on_agenda(self) -> None:
        """The current open action item from earlier sessions onto this agenda (once: ``put_on_agenda``)."""
        row = self.earlier.currentIndex().row()
        if row >= 0 and self.session_id is not None:
            self.service.put_on_agenda(self.session_id, self.earlier_model.row_id(row), origin=self)
            self.agenda_model.reload()

    # Carrying over unfinished agenda items (which ones: app/core/sessions.carry_offer) ------
    def _update_carry_offer(self) -> None:
        count = len(self.service.carry_offer(self.session_id)) if self.session_id is not None else 0
        self.carry_button.setVisible(count > 0)
        self.carry_button.setText(tr("Take over 1 unfinished item from last time") if count == 1 else
                                  tr("Take over {count} unfinished items from last time").format(count=count))

    def carry_over(self) -> None:
        if self.session_id is None:
            return
        self.service.carry_over(self.session_id, origin=self)
        self.agenda_model.reload()
        self._update_carry_offer()

    def _link_clicked(self, url: str) -> None:
        """Links are never followed: the address is shown, until another session is shown."""
        self.link_label.setText(tr("Links are not opened from the journal. Address: {url}").format(url=url))
        self.link_label.show()

    # Loading and clearing -----------------------------------------------------------------
    def _load_topics(self, select: int | None) -> None:
        self.topic.blockSignals(True)
        self.topic.clear()
        self.topic.addItem("", None)
        for row in self.service.rows("topic"):
            self.topic.addItem(row["title"], row["id"])
        self.topic.setCurrentIndex(max(0, self.topic.findData(select)) if select else 0)
        self.topic.blockSignals(False)

    def load(self, session_id: int) -> None:
        """Show a session (the caller has saved the previous one: see ``flush``)."""
        row = self._arriving(session_id)  # leaving the one shown until now
        if row is None:
            return
        self._loading = True
        try:
            self.session_id = session_id
            self.starts_at.setDateTime(_dt.datetime.fromisoformat(row["starts_at"][:16]))
            self.duration.setValue(row["duration_minutes"] or 0)
            self.place.setText(row["place"])
            self.goal.setText(row["goal"])
            self._load_topics(row["topic_id"])
            self.notes.setPlainText(row["notes"])
            self.notes.document().clearUndoRedoStacks()
            for model in (self.agenda_model, self.learning_model, self.action_model):
                model.set_filter(session_id=session_id)
            self.earlier_model.show_session(session_id)
            for widget in (self.earlier_label, self.earlier, self.to_agenda_button):
                widget.setVisible(self.earlier_model.rowCount() > 0)
            self.to_agenda_button.setEnabled(False)  # until an item is chosen
            self.learner.setCurrentIndex(-1)
            self.link_label.clear()  # a notice about another session's link goes with it
            self.link_label.hide()
            self.tabs.setCurrentIndex(0)  # every session opens on its learnings (unlocking restores the place)
            people = People({role: row["display_name"] for role, row in self.service.people().items()})
            for giver, box in self.feedback.items():
                box.setTitle(people.heading(giver) or box.role_title)  # by name, as the tables (walk 8)
                rows = self.service.rows("feedback", session_id=session_id, giver=giver)
                box.show_values(rows[0] if rows else None)
            self._reset_new_action()
            self._update_carry_offer()
            self.set_read_only(self.service.read_only)
        finally:
            self._loading = False
        self._render_preview()

    def clear(self) -> None:
        """Forget everything shown (on lock): no widget keeps content."""
        self.autosave.discard()
        self._preview_timer.stop()
        self._preview_generation += 1
        self._loading = True
        try:
            self.session_id = None
            for edit in (self.place, self.goal, self.agenda_add, self.learning_add, self.action_add):
                edit.clear()
            self.due.setDate(None)  # and any text typed there
            self.starts_at.setDateTime(None)
            self.notes.clear()
            self.notes.document().clearUndoRedoStacks()
            self.preview.clear()
            self.link_label.clear()
            self.link_label.hide()
            self.topic.clear()
            for box in self.feedback.values():
                box.show_values(None)
                for text_edit in (box.helped, box.to_change):
                    text_edit.document().clearUndoRedoStacks()
            for model in (self.agenda_model, self.learning_model, self.action_model, self.earlier_model):
                model.clear()
            self.carry_button.hide()
            self.to_agenda_button.hide()
        finally:
            self._loading = False

    # Preview ---------------------------------------------------------------------------------
    def _preview_source(self) -> str:
        """The Markdown to preview: all of it, or for a very long note the paragraphs around
        the cursor, so that typing in a 2 MB note stays as quick as in a short one."""
        text = self.notes.toPlainText()
        if len(text) <= PREVIEW_FULL_LIMIT:
            return text
        cursor = self.notes.textCursor().position()
        start = _boundary_before(text, max(0, cursor - PREVIEW_WINDOW))
        end = _boundary_after(text, min(len(text), cursor + PREVIEW_WINDOW))
        note = tr("*This note is long ({count} characters): the preview shows the part around the cursor.*").format(
            count=QLocale().toString(len(text)))
        return f"{note}\n\n{text[start:end]}"

    def _render_preview(self) -> None:
        """Render the Markdown in the background; a result for outdated text is dropped."""
        self._preview_generation += 1
        generation = self._preview_generation
        text = self._preview_source()

        def show(html: str) -> None:
            if generation == self._preview_generation:
                self.preview.setHtml(html)

        run_task(lambda: render_markdown(text), show, lambda exc: None, self)

    # Finding a place -----------------------------------------------------------------------------
    def place_state(self) -> dict[str, Any]:
        return {"tab": self.tabs.currentIndex(), "cursor": self.notes.textCursor().position()}

    def restore_place(self, state: dict[str, Any]) -> None:
        self.tabs.setCurrentIndex(int(state.get("tab", 0)))
        cursor = self.notes.textCursor()
        cursor.setPosition(min(int(state.get("cursor", 0)), len(self.notes.toPlainText())))
        self.notes.setTextCursor(cursor)

    def show_item(self, kind: str, row_id: int, words: list[str]) -> None:
        """Bring a search hit into view and give it the keyboard focus."""
        targets = {"agenda": (self.agenda, self.agenda_model, None),
                   "learning": (self.learnings, self.learning_model, 0),
                   "action": (self.actions_view, self.action_model, 1)}
        if kind in targets:
            view, model, tab = targets[kind]
            if tab is not None:
                self.tabs.setCurrentIndex(tab)
            row = model.row_of(row_id)
            if row >= 0:
                view.setCurrentIndex(model.index(row, 0))
                view.scrollTo(model.index(row, 0))
            view.setFocus()
        elif kind == "feedback":
            self.tabs.setCurrentIndex(2)
            self.feedback["mentee"].helped.setFocus()
        else:
            self.notes.moveCursor(QTextCursor.MoveOperation.Start)
            for word in words:
                if self.notes.find(word):
                    break
            self.notes.setFocus()
        shown = self.focusWidget() or self.notes  # in view at any text size (the page scrolls)
        bring_into_view_soon(shown, *((self.tabs.tabBar(),) if self.tabs.isAncestorOf(shown) else ()))

    def focus_area(self, area: int) -> None:
        """Ctrl+1..5 (and a tab's Alt+letter): agenda, notes, learnings, action items, feedback, in view."""
        if area >= 3:
            self.tabs.setCurrentIndex(area - 3)
        target = (self.agenda_add, self.notes, self.learning_add, self.action_add, self.feedback["mentee"].helped)[
            area - 1]
        target.setFocus()
        bring_into_view_soon(target, *((self.tabs.tabBar(), self.tabs) if area >= 3 else ()))
