"""The main window's pages: built on first use (the welcome screen appears sooner), and moving
between them. Leaving a session saves it first; leaving my reflections locks them, and their Back
(button, Esc, Alt+←, Alt+Home) returns where the person came from: session, overview or start."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication, QWidget

from ..i18n import tr
from ..widgets.enter_key import enter_presses_buttons
from .base import WindowBase

if TYPE_CHECKING:  # loaded on first use: the welcome window appears sooner (issue 17.1)
    from app.store import SearchHit

    from ..dialogs.search import SearchDialog
    from ..pages.overview import OverviewPage
    from ..pages.reflections import ReflectionsPage
    from ..pages.session import SessionPage


class PagesMixin(WindowBase):
    """Part of MainWindow: the page factory and navigation."""

    # Pages built on first use: the welcome screen appears sooner ------------------------
    @cached_property
    def overview(self) -> OverviewPage:
        from ..pages.overview import OverviewPage

        page = OverviewPage(self.service)
        page.new_session_requested.connect(self.new_session)
        page.session_chosen.connect(self.show_session)
        page.plan_requested.connect(self.plan_next_session)
        page.evaluation_requested.connect(self.check_in)
        page.closing_requested.connect(self.closing_round)
        page.reopen_requested.connect(self.reopen_tandem)
        self.stack.addWidget(page)
        return page

    @cached_property
    def session(self) -> SessionPage:
        from ..pages.session import SessionPage

        page = SessionPage(self.service)
        page.back_requested.connect(self.show_overview)
        self.stack.addWidget(page)
        return page

    @cached_property
    def reflections(self) -> ReflectionsPage:
        from ..pages.reflections import ReflectionsPage

        page = ReflectionsPage(self.settings.private_idle_seconds, self.settings)
        page.share_requested.connect(self.raise_next_time)
        page.problem.connect(self.message.show_message)
        page.back_requested.connect(self.leave_reflections)
        self.stack.addWidget(page)
        return page

    @cached_property
    def search(self) -> SearchDialog:
        from ..dialogs.search import SearchDialog

        dialog = SearchDialog(self.service, self)
        dialog.hit_chosen.connect(self.go_to_hit)
        return dialog

    def _built(self, name: str) -> bool:
        """Whether the part built on first use (a ``cached_property`` of the window) is there already."""
        assert isinstance(getattr(type(self), name, None), cached_property), f"{name} is not built on first use"
        return name in self.__dict__

    def _showing_session(self) -> bool:
        return self._built("session") and self.stack.currentWidget() is self.session

    # Pages --------------------------------------------------------------------------
    def _show(self, page: QWidget) -> None:
        """Switch screens. Leaving my reflections locks them (unless a save failed)."""
        if self._built("reflections") and page is not self.reflections and not self.reflections.lock():
            return
        if page is not self.stack.currentWidget():
            self.message.screen_changed()  # a confirmation was for the screen the person leaves
            focused = QApplication.focusWidget()
            if focused is not None and self.stack.isAncestorOf(focused):
                focused.clearFocus()  # else it falls on the next screen's first control before its own: two focus events
        self.stack.setCurrentWidget(page)
        enter_presses_buttons(page)  # the buttons it has now (a page adds some as it fills)
        chosen = page.focusWidget()  # the control the screen was given before it showed (or had last)
        if QApplication.focusWidget() is None and chosen is not None and chosen.isVisible():
            chosen.setFocus()
        self._update_actions()
        self._home_key_for(page)

    def _home_key_for(self, page: QWidget) -> None:
        """Alt+Home goes to the overview, except in my reflections: there it goes back (the page's own key)."""
        if not self._built("actions"):  # made after the first paint; the welcome screen keeps the default
            return
        action = self.actions.overview
        if not hasattr(self, "_overview_keys"):
            self._overview_keys = action.shortcuts()
        action.setShortcuts([] if self._built("reflections") and page is self.reflections else self._overview_keys)

    def show_reflections(self) -> None:
        if self._showing_session() and not self._saved(tr("opening your reflections")):
            return
        page = self.reflections
        self.screen_lock  # noqa: B018 - listening before my reflections can be unlocked
        self._note_way_back(page)
        page.idle_seconds = self.settings.private_idle_seconds
        page.tandem_path = self.service.path or self._path
        sessions = self.service.session_summaries()
        from app.core.reflections import session_label

        from ..formats import format_datetime

        page.set_sessions([(session_label(format_datetime(s.starts_at), s.topic or s.goal or tr("Session")),
                            s.starts_at) for s in sessions])
        self._show(page)
        (page.list if page.is_open else page.passphrase).setFocus()

    def _note_way_back(self, page: ReflectionsPage) -> None:
        """Remember the screen my reflections are opened from; back after unlocking, the one before locking."""
        current = self.stack.currentWidget()
        if current is page or (current is self.unlock_page and self.service.is_open):
            return
        session_id = self.session.session_id if self._showing_session() else None
        self._way_back = (current, session_id)
        page.set_way_back(tr("Back to the session") if session_id is not None
                          else tr("Back to the overview") if self._built("overview") and current is self.overview
                          else tr("Back to the start") if current is self.welcome else tr("Back"))

    def leave_reflections(self) -> None:
        """Back from my reflections to where the person came from (leaving locks them)."""
        origin, session_id = getattr(self, "_way_back", (None, None))
        if session_id is not None and self.service.is_open:
            self.show_session(session_id)
        elif self.service.is_open and origin is not self.welcome:  # the overview (or unlocked since)
            self.show_overview()
        elif origin is self.unlock_page:
            self._show(self.unlock_page)
            self.unlock_page.passphrase.setFocus()
        else:
            self.show_welcome()

    def export_onepager(self) -> None:
        if not self.service.is_open or not self._saved(tr("exporting the one-pager")):
            return
        from ..dialogs.common import run_once
        from ..dialogs.onepager import OnePagerDialog

        run_once(OnePagerDialog(self.service, self), lambda _d: None)

    def say_session_not_kept(self, raised: int) -> None:
        """A session started and left untouched was discarded (``JournalService.leave_started``): said once
        the next screen shows (a confirmation is put away when the screen changes)."""
        from PySide6.QtCore import QTimer

        text = tr("The empty session was not kept: nothing was written in it.")
        if raised:
            text += " " + (tr("The line raised for next time waits for the next session.") if raised == 1 else
                           tr("The {count} lines raised for next time wait for the next session.").format(
                               count=raised))
        QTimer.singleShot(0, self, lambda: self.message.show_done(text))

    def show_welcome(self) -> None:
        self.welcome.set_recent(self.settings.recent, self.settings.remember_recent)
        self._show(self.welcome)
        self.welcome.first_choice().setFocus()

    def left_session(self) -> None:
        """The person leaves the session screen (for the overview, a new session, another journal, or by
        closing the window; locking is not leaving): one started here and left untouched is not kept."""
        self.service.leave_started(typing=self._built("session") and self.session.has_typing)

    def show_overview(self) -> None:
        if not self.service.is_open or not self._saved(tr("going to the overview")):
            return
        self.left_session()
        self.overview.evaluation_every = self.settings.evaluation_every
        self.overview.backup_every = self.settings.backup_reminder_every
        self.overview.last_backup = self.settings.last_backup(self.service.path) if self.service.path else None
        self.overview.refresh()
        self._show(self.overview)
        self.overview.sessions.setFocus()

    def show_session(self, session_id: int) -> None:
        if not self._saved(tr("opening another session")):
            return
        self.session.load(session_id)
        self._show(self.session)
        self.session.goal.setFocus()

    def _focus_area(self, area: int) -> None:
        if self._showing_session():
            self.session.focus_area(area)

    def go_to_hit(self, hit: SearchHit) -> None:
        from app.store.search import query_terms

        words = query_terms(self.search.query.text())
        if hit.session_id is not None:
            self.show_session(hit.session_id)
            marked = [hit.snippet.text[s:e] for s, e in hit.snippet.marks] or words
            self.session.show_item(hit.kind, hit.row_id, marked)
        else:
            self.show_overview()
            view, model = ((self.overview.goals, self.overview.goals_model) if hit.kind == "goal"
                           else (self.overview.topics, self.overview.topics_model))
            row = model.row_of(hit.row_id)
            if row >= 0:
                view.setCurrentIndex(model.index(row, 0))
            view.setFocus()
