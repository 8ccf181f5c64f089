"""The main window: welcome → unlock → overview ⇄ session, with search and locking.

The title never shows content or names. Locking saves pending edits, closes
the journal, clears every page, and remembers where the user was, so that
unlocking brings them back to the same session, tab and cursor.
"""

from __future__ import annotations

import datetime as _dt
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app import programme
from app.store import Journal, JournalError, SearchHit, WrongPassphrase
from app.store.search import query_terms

from .actions import Actions, create_actions
from .dialogs.common import ask_existing_file, ask_new_file, run_once
from .dialogs.create import CreateDialog
from .dialogs.preferences import PreferencesDialog
from .errors import describe
from .i18n import tr
from .idle import IdleWatcher
from .pages.unlock import UnlockPage
from .pages.welcome import WelcomePage
from .service import JournalService
from .settings import Settings
from .tasks import run_task

if TYPE_CHECKING:
    from .dialogs.search import SearchDialog
    from .pages.overview import OverviewPage
    from .pages.reflections import ReflectionsPage
    from .pages.session import SessionPage

TITLE = "Tandem Journal"
SUFFIX = ".tandem"
FOCUS_MODE_EXTRA_POINTS = 6


class MessageBar(QWidget):
    """A calm, non-blocking message at the top of the window."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setAccessibleName(tr("Message"))
        close = QToolButton()
        close.setText("✕")
        close.setAccessibleName(tr("Dismiss message"))
        close.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(close)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)  # paint the style sheet's background
        # Base and Text are the palette's pair for reading, in light and dark alike; the accent
        # is only a border (the highlight pair is often below 4.5:1, e.g. Fusion's blue on white).
        self.setStyleSheet("MessageBar { background: palette(base); border: 1px solid palette(mid);"
                           " border-left: 5px solid palette(highlight); } QLabel { color: palette(text); }")
        self.hide()

    def show_message(self, text: str) -> None:
        self.label.setText(text)
        self.show()


class MainWindow(QMainWindow):
    def __init__(self, settings: Settings | None = None, parent: QWidget | None = None, *,
                 demo: bool = False) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("{app} — demo").format(app=TITLE) if demo else TITLE)
        self.settings = settings or Settings()
        self.service = JournalService(self)
        self.actions = create_actions(self)
        self._path: Path | None = None
        self._resume: dict[str, Any] | None = None
        self._closing = False
        self._guide_after_unlock = False
        self._focus_mode = False
        self._last_problem = ""

        self.welcome = WelcomePage()
        self.unlock_page = UnlockPage()
        self.stack = QStackedWidget()
        for page in (self.welcome, self.unlock_page):
            self.stack.addWidget(page)
        self.message = MessageBar()
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.message)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.idle = IdleWatcher(0, self)

        self._build_menus()
        self._connect()
        self.apply_text_size()
        self.show_welcome()
        self.resize(1280, 800)

    # Pages built on first use: the welcome screen appears sooner ------------------------
    @cached_property
    def overview(self) -> OverviewPage:
        from .pages.overview import OverviewPage

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
        from .pages.session import SessionPage

        page = SessionPage(self.service)
        page.back_requested.connect(self.show_overview)
        self.stack.addWidget(page)
        return page

    @cached_property
    def reflections(self) -> ReflectionsPage:
        from .pages.reflections import ReflectionsPage

        page = ReflectionsPage(self.settings.private_idle_seconds)
        page.share_requested.connect(self.raise_next_time)
        page.problem.connect(self.message.show_message)
        self.stack.addWidget(page)
        return page

    @cached_property
    def search(self) -> SearchDialog:
        from .dialogs.search import SearchDialog

        dialog = SearchDialog(self.service, self)
        dialog.hit_chosen.connect(self.go_to_hit)
        return dialog

    def _built(self, name: str) -> bool:
        return name in self.__dict__

    def _showing_session(self) -> bool:
        return self._built("session") and self.stack.currentWidget() is self.session

    # Wiring ------------------------------------------------------------------------
    def _build_menus(self) -> None:
        a = self.actions
        menus = (
            (tr("&Journal"), (a.new_journal, a.open_journal, None, a.onepager, None, a.lock, None, a.preferences, None,
                          a.quit)),
            (tr("&Session"), (a.new_session, a.overview, a.carry_over, None, a.find, None, a.reflections)),
            (tr("&Tandem"), (a.kickoff, None, a.plan_next, a.calendar, None, a.evaluation, None, a.closing, a.reopen)),
            (tr("&Go to"), (a.focus_agenda, a.focus_notes, a.focus_learnings, a.focus_actions, a.focus_feedback)),
            (tr("&View"), (a.focus_mode, None, a.zoom_in, a.zoom_out, a.zoom_reset)),
        )
        for title, actions in menus:
            menu = self.menuBar().addMenu(title)
            for action in actions:  # None: a separator
                menu.addSeparator() if action is None else menu.addAction(action)

    def _connect(self) -> None:
        a: Actions = self.actions
        for action, slot in (
            (a.new_journal, self.create_journal), (a.open_journal, self.open_journal), (a.lock, self.lock),
            (a.onepager, self.export_onepager), (a.preferences, self.edit_preferences), (a.quit, self.close),
            (a.new_session, self.new_session), (a.overview, self.show_overview),
            (a.carry_over, lambda: self.session.carry_over()), (a.find, lambda: self.search.open_search()),
            (a.reflections, self.show_reflections), (a.kickoff, self.open_kickoff),
            (a.plan_next, self.plan_next_session), (a.calendar, self.save_calendar_file),
            (a.evaluation, self.check_in), (a.closing, self.closing_round), (a.reopen, self.reopen_tandem),
        ):
            action.triggered.connect(slot)
        for area, action in enumerate((a.focus_agenda, a.focus_notes, a.focus_learnings, a.focus_actions,
                                       a.focus_feedback), start=1):
            action.triggered.connect(lambda _=False, n=area: self._focus_area(n))
        a.focus_mode.toggled.connect(self.set_focus_mode)
        a.zoom_in.triggered.connect(lambda: self.change_text_size(+1))
        a.zoom_out.triggered.connect(lambda: self.change_text_size(-1))
        a.zoom_reset.triggered.connect(lambda: self.change_text_size(0))

        self.welcome.create_requested.connect(self.create_journal)
        self.welcome.open_requested.connect(self.open_journal)
        self.welcome.recent_chosen.connect(lambda path: self.begin_unlock(Path(path)))
        self.unlock_page.unlock_requested.connect(self._unlock)
        self.unlock_page.cancel_requested.connect(self.show_welcome)
        self.service.problem.connect(self._problem)
        self.service.read_only_changed.connect(lambda _on: self._update_actions())
        self.idle.idle.connect(self.lock)
        self._update_actions()

    def _update_actions(self) -> None:
        open_ = self.service.is_open
        for action in self.actions.needing_journal():
            action.setEnabled(open_)
        private_open = self._built("reflections") and self.reflections.is_open
        self.actions.lock.setEnabled(open_ or private_open)
        in_session = open_ and self._showing_session()
        for action in (self.actions.carry_over, self.actions.focus_agenda, self.actions.focus_notes,
                       self.actions.focus_learnings, self.actions.focus_actions, self.actions.focus_feedback):
            action.setEnabled(in_session)
        if self.service.read_only:
            for action in self.actions.writing():
                action.setEnabled(False)
        self.actions.reopen.setEnabled(open_ and self.service.read_only)

    def _problem(self, text: str) -> None:
        self._last_problem = text
        self.message.show_message(text)

    def _saved(self, doing: str) -> bool:
        """Save pending typing before ``doing`` something that leaves the screen; say so if it fails."""
        if not self._built("session") or self.session.flush():
            return True
        self.message.show_message(tr("Your last changes could not be saved, so the journal stays open and they "
                                     "stay on screen ({doing} was not done). {problem}").format(
                                         doing=doing, problem=self._last_problem))
        return False

    # Pages --------------------------------------------------------------------------
    def _show(self, page: QWidget) -> None:
        """Switch screens. Leaving my reflections locks them (unless a save failed)."""
        if self._built("reflections") and page is not self.reflections and not self.reflections.lock():
            return
        self.stack.setCurrentWidget(page)
        self._update_actions()

    def show_reflections(self) -> None:
        if self._showing_session() and not self._saved(tr("opening your reflections")):
            return
        page = self.reflections
        page.idle_seconds = self.settings.private_idle_seconds
        page.tandem_path = self.service.path or self._path
        sessions = self.service.call(lambda j: j.session_summaries()) or []
        from .formats import format_datetime

        page.set_sessions([(f"{format_datetime(s.starts_at)} · {s.topic or s.goal or tr('Session')}", s.starts_at)
                           for s in sessions])
        self._show(page)
        (page.list if page.is_open else page.passphrase).setFocus()

    def export_onepager(self) -> None:
        if not self.service.is_open or not self._saved(tr("exporting the one-pager")):
            return
        from .dialogs.onepager import OnePagerDialog

        run_once(OnePagerDialog(self.service, self), lambda _d: None)

    def raise_next_time(self, text: str) -> None:
        """Put a line the author chose from a reflection on the next session's agenda."""
        from .formats import format_date
        from .pages.reflections import ShareDialog

        if not self.service.is_open:
            self.message.show_message(tr("Open the tandem journal first: the agenda lives there."))
            return
        if self.service.read_only:
            self.message.show_message(tr("The tandem is completed, so there is no next session to raise it in. "
                                      "Reopen the tandem first (Tandem → Reopen tandem)."))
            return
        now = _dt.datetime.now().replace(second=0, microsecond=0)
        session_id = self.service.call(lambda j: j.upcoming_session(now.isoformat(timespec="minutes")))
        when = None
        if session_id is None:
            due = self.service.next_due()
            when = max(due or now, now + _dt.timedelta(days=1)).replace(second=0, microsecond=0)
            where = tr("a new session on {date}").format(date=format_date(when.date().isoformat()))
        else:
            row = self.service.call(lambda j: j.get("session", session_id)) or {}
            where = tr("the next session ({date})").format(date=format_date(str(row.get("starts_at", ""))))
        shared = run_once(ShareDialog(text, where, self), ShareDialog.shared_text)
        if not shared:
            return
        if session_id is None and when is not None:
            session_id = self.service.add("session", starts_at=when.isoformat(timespec="minutes"),
                                          duration_minutes=60, kind="regular")
        if session_id is not None and self.service.add("agenda_item", session_id=session_id,
                                                       text=shared) is not None:
            self.message.show_message(tr("Added to the agenda of {where}.").format(where=where))

    def show_welcome(self) -> None:
        self.welcome.set_recent(self.settings.recent, self.settings.remember_recent)
        self._show(self.welcome)
        self.welcome.create_button.setFocus()

    def show_overview(self) -> None:
        if not self.service.is_open or not self._saved(tr("going to the overview")):
            return
        self.overview.evaluation_every = self.settings.evaluation_every
        self.overview.refresh()
        self._show(self.overview)
        self.overview.sessions.setFocus()

    def show_session(self, session_id: int) -> None:
        if not self._saved(tr("opening another session")):
            return
        self.session.load(session_id)
        self._show(self.session)
        self.session.goal.setFocus()

    def new_session(self) -> None:
        if not self.service.is_open or not self._saved(tr("starting a new session")):
            return
        tandem = self.service.call(lambda j: j.tandem()) or {}
        first = not self.service.call(lambda j: j.session_summaries(limit=1))
        now = _dt.datetime.now().replace(second=0, microsecond=0)
        agenda = programme.first_agenda(self.settings.suggestion_language) if first else []

        def create(journal: Journal) -> int:
            with journal.transaction():
                new_id = journal.add("session", starts_at=now.isoformat(timespec="minutes"), duration_minutes=60,
                                     place=tandem.get("place", ""), kind="kickoff" if first else "regular")
                for text in agenda:  # the first session follows the guide for the first conversation
                    journal.add("agenda_item", session_id=new_id, text=text)
                return new_id

        session_id = self.service.call(create, changes="session")
        if session_id is not None:
            self.show_session(session_id)

    def _focus_area(self, area: int) -> None:
        if self._showing_session():
            self.session.focus_area(area)

    # The programme around the sessions ---------------------------------------------------
    def _ready_to_change(self, doing: str) -> bool:
        return self.service.is_open and not self.service.read_only and self._saved(doing)

    def _after_programme_change(self) -> None:
        if self._built("overview") and self.stack.currentWidget() is self.overview:
            self.overview.refresh()

    def open_kickoff(self) -> None:
        """The kick-off guide, filled with the agreement as it stands."""
        if not self._ready_to_change(tr("opening the kick-off guide")):
            return
        from app.store import kickoff

        from .dialogs.kickoff import KickoffWizard

        current = self.service.call(kickoff.read)
        topics = [t["title"] for t in self.service.rows("topic")]
        if current is None:
            return
        wizard = KickoffWizard(current, topics, self.settings.suggestion_language, self)
        result = run_once(wizard, lambda w: (w.kickoff(), w.language()))
        if result is None:
            return
        agreement, language = result
        self.settings.suggestion_language = language
        if self.service.run(lambda j: kickoff.save(j, agreement), changes=kickoff.TABLES):
            self.message.show_message(tr("The kick-off agreement is saved. You can open the guide again at any "
                                      "time (Tandem → Kick-off guide)."))
        self._after_programme_change()

    def _next_session_defaults(self) -> tuple[_dt.datetime, int, str]:
        tandem = self.service.call(lambda j: j.tandem()) or {}
        last = (self.service.call(lambda j: j.session_summaries(limit=1)) or [None])[0]
        last_row = self.service.call(lambda j: j.get("session", last.id)) if last else None
        now = _dt.datetime.now().replace(second=0, microsecond=0)
        due = self.service.next_due()
        if due is None or due < now:
            due = (now + _dt.timedelta(days=1)).replace(hour=10, minute=0)
        minutes = (last_row or {}).get("duration_minutes") or 60
        return due, minutes, tandem.get("place", "")

    def plan_next_session(self) -> None:
        if not self._ready_to_change(tr("planning the next session")):
            return
        from .dialogs.plan import PlanDialog

        values = run_once(PlanDialog(*self._next_session_defaults(), self), PlanDialog.values)
        if values is None:
            return
        when, minutes, place, calendar = values
        if not self.service.run(lambda j: j.update_tandem(next_session_at=when.isoformat(timespec="minutes")),
                                changes="tandem"):
            return
        self._after_programme_change()
        if calendar:
            self._write_calendar_file(when, minutes, place)

    def save_calendar_file(self) -> None:
        if not self.service.is_open:
            return
        tandem = self.service.call(lambda j: j.tandem()) or {}
        if not tandem.get("next_session_at"):
            self.message.show_message(tr("No next session is planned yet: plan it first (Tandem → Plan next "
                                      "session…), then save it to your calendar."))
            return
        _due, minutes, place = self._next_session_defaults()
        self._write_calendar_file(_dt.datetime.fromisoformat(tandem["next_session_at"]), minutes, place)

    def ask_calendar_path(self, when: _dt.datetime) -> Path | None:
        return ask_new_file(self, tr("Save the next session to a calendar file"),
                            f"tandem-session-{when:%Y-%m-%d}", ".ics", tr("Calendar files"))

    def _write_calendar_file(self, when: _dt.datetime, minutes: int, place: str) -> None:
        from app.export import ics

        path = self.ask_calendar_path(when)
        if path is None:
            return
        try:  # the save dialog has already asked before replacing a file
            ics.save_session_event(path, when, minutes, place, language=self.settings.suggestion_language,
                                   overwrite=True)
        except JournalError as exc:
            self.message.show_message(tr("The calendar file was not saved. {reason}").format(reason=describe(exc)))
            return
        self.message.show_message(tr("Saved {file}: open it with your calendar to add the session.").format(
            file=path.name))

    def check_in(self) -> None:
        """The evaluation: a rating from 1 to 5 per open goal."""
        if not self._ready_to_change(tr("the check-in")):
            return
        from .dialogs.evaluation import EvaluationDialog

        goals = [g for g in self.service.rows("goal") if g["state"] == "open"]
        if not goals:
            self.message.show_message(tr("There are no open goals to rate yet. Add goals in the overview or in the "
                                      "kick-off guide."))
            return
        evaluations = self.service.call(lambda j: j.evaluations()) or []
        last: dict[int, int] = {}
        for evaluation in evaluations:
            last.update(evaluation.ratings)
        values = run_once(EvaluationDialog(goals, last, self), EvaluationDialog.values)
        if values is None:
            return
        held_on, ratings, note = values
        if self.service.call(lambda j: j.save_evaluation(held_on, ratings, note=note),
                             changes="evaluation") is not None:
            self.message.show_message(tr("Check-in saved. The overview shows your progress over time."))
        self._after_programme_change()

    def closing_round(self) -> None:
        if not self._ready_to_change(tr("the closing round")):
            return
        from .dialogs.closing import ClosingWizard

        export = run_once(ClosingWizard(self.service, self), ClosingWizard.export_next)
        if export is None:
            self._after_programme_change()
            return
        if self.service.complete(_dt.date.today().isoformat()):
            self.show_overview()
            self.message.show_message(tr("The tandem is completed and its journal is now read-only. Thank you both!"))
            if export:
                self.export_onepager()

    def reopen_tandem(self) -> None:
        if self.service.is_open and self.service.read_only and self.service.reopen():
            self._after_programme_change()
            self.message.show_message(tr("The tandem is open again: you can change everything."))

    # Creating and opening -----------------------------------------------------------------
    def ask_create_path(self) -> Path | None:
        return ask_new_file(self, tr("Create a tandem journal"), "tandem", SUFFIX, tr("Tandem journals"))

    def ask_open_path(self) -> Path | None:
        return ask_existing_file(self, tr("Open a tandem journal"), SUFFIX, tr("Tandem journals"))

    def create_journal(self) -> None:
        """Ask for the file and the people first: cancelling leaves the open journal as it was."""
        path = self.ask_create_path()
        if path is None:
            return
        values = run_once(CreateDialog(path, self), CreateDialog.values)
        if values is None or not self._leave_journal():
            return
        mentee, mentor, passphrase = values
        self._path = path
        self.unlock_page.prepare(path, locked=False)
        self.unlock_page.set_busy(True)
        self.unlock_page.message.setText(tr("Creating the encrypted journal…"))
        self._show(self.unlock_page)

        self._guide_after_unlock = True

        def create() -> Journal:
            journal = Journal.create(path, passphrase)
            try:
                with journal.transaction():
                    journal.set_person("mentee", display_name=mentee)
                    journal.set_person("mentor", display_name=mentor)
            except BaseException:
                journal.close()
                raise
            return journal

        run_task(create, self._unlocked, self._create_failed, self)

    def _create_failed(self, exc: Exception) -> None:
        self._guide_after_unlock = False
        self.show_welcome()
        self.message.show_message(tr("The journal was not created. {reason}").format(reason=describe(exc)))

    def open_journal(self) -> None:
        path = self.ask_open_path()  # cancelling leaves the open journal as it was
        if path is not None:
            self.begin_unlock(path)

    def begin_unlock(self, path: Path) -> None:
        if not self._leave_journal():
            return
        self._path = path
        self._resume = None
        self.unlock_page.prepare(path, locked=False)
        self._show(self.unlock_page)
        self.unlock_page.passphrase.setFocus()

    def _leave_journal(self) -> bool:
        """Close the open journal (saving first) before another one is created or opened."""
        if self.service.is_open:
            if not self._saved(tr("closing this journal")):
                return False
            self._clear_pages()
            self.service.close()
            self._update_actions()
        return True

    def _unlock(self, passphrase: str) -> None:
        path = self._path
        if path is None:
            return
        run_task(lambda: Journal.open(path, passphrase), self._unlocked, self._unlock_failed, self)

    def _unlocked(self, journal: Journal) -> None:
        if self._closing:
            journal.close()
            return
        self.unlock_page.passphrase.clear()
        self.unlock_page.set_busy(False)
        self.message.hide()
        self.service.attach(journal)
        self.settings.add_recent(journal.path)
        self.idle.set_seconds(self.settings.idle_lock_seconds)
        resume, self._resume = self._resume, None
        if resume and resume.get("session_id") is not None:
            self.show_session(int(resume["session_id"]))
            self.session.restore_place(resume.get("place", {}))
        else:
            self.show_overview()
        if self._guide_after_unlock:
            self._guide_after_unlock = False
            QTimer.singleShot(0, self.open_kickoff)  # after the overview has been drawn

    def _unlock_failed(self, exc: Exception) -> None:
        if self._path is not None and not self._path.exists():
            self.settings.forget_recent(str(self._path.resolve()))
            self.unlock_page.show_error(tr("There is no journal at {path} any more (moved or deleted?). It was "
                                           "taken off the recent list; choose another journal.").format(
                                               path=self._path))
            return
        if isinstance(exc, WrongPassphrase):
            text = tr("That passphrase does not open this journal. Check the spelling and Caps Lock, and try again.")
        elif isinstance(exc, (JournalError, ValueError)):
            text = describe(exc)
        else:
            text = tr("The journal could not be opened: {reason}").format(reason=exc)
        self.unlock_page.show_error(text)

    # Locking -----------------------------------------------------------------------------
    def lock(self) -> None:
        """Save, close the journal(s), clear every page; unlocking returns here.

        My reflections lock with the tandem journal, always, and first.
        """
        if self._built("reflections") and not self.reflections.lock():
            return
        if not self.service.is_open:
            self._update_actions()
            return
        if not self._saved(tr("locking")):
            self.idle.restart()
            return
        self.idle.stop()
        for dialog in self.findChildren(QDialog):  # nothing of the journal stays on screen
            if dialog.isVisible():
                dialog.reject()
        self._resume = None
        if self._showing_session() and self.session.session_id is not None:
            self._resume = {"session_id": self.session.session_id, "place": self.session.place_state()}
        path = self.service.path
        self._clear_pages()
        self.service.close()
        if self._focus_mode:
            self.actions.focus_mode.setChecked(False)
        self._path = path
        if path is not None:
            self.unlock_page.prepare(path, locked=True)
        self._show(self.unlock_page)

    def _clear_pages(self) -> None:
        if self._built("search"):
            self.search.reset()
        if self._built("session"):
            self.session.clear()
        if self._built("overview"):
            self.overview.clear()
        self.message.hide()

    def go_to_hit(self, hit: SearchHit) -> None:
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

    # View ----------------------------------------------------------------------------------
    def apply_text_size(self) -> None:
        font = self.stack.font()
        font.setPointSize(self.settings.text_size + (FOCUS_MODE_EXTRA_POINTS if self._focus_mode else 0))
        self.stack.setFont(font)

    def change_text_size(self, step: int) -> None:
        self.settings.text_size = 12 if step == 0 else self.settings.text_size + step
        self.apply_text_size()

    def set_focus_mode(self, on: bool) -> None:
        self._focus_mode = on
        self.menuBar().setVisible(not on)
        self.showFullScreen() if on else self.showNormal()
        self.apply_text_size()

    def edit_preferences(self) -> None:
        if run_once(PreferencesDialog(self.settings, self), lambda _d: True):
            self.idle.set_seconds(self.settings.idle_lock_seconds if self.service.is_open else 0)
            if self.stack.currentWidget() is self.welcome:
                self.show_welcome()
            elif self._built("overview") and self.stack.currentWidget() is self.overview:
                self.show_overview()  # the check-in rhythm may have changed

    # Window events -------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if (event.type() == QEvent.Type.WindowStateChange and self.isMinimized()
                and self.settings.lock_on_minimize):
            self.lock()
        super().changeEvent(event)

    def keyPressEvent(self, event: Any) -> None:
        if event.key() == Qt.Key.Key_Escape and self._focus_mode:
            self.actions.focus_mode.setChecked(False)
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._built("reflections") and not self.reflections.lock():
            event.ignore()
            return
        if self.service.is_open and self._built("session") and not self.session.flush():
            answer = QMessageBox.question(
                self, TITLE, tr("Your last changes could not be saved. {problem}\n\nClose anyway and lose them?").format(
                    problem=self._last_problem), QMessageBox.StandardButton.No | QMessageBox.StandardButton.Yes,
                QMessageBox.StandardButton.No)
            if answer != QMessageBox.StandardButton.Yes:
                event.ignore()
                return
        self._closing = True
        self.service.close()
        self.settings.sync()
        super().closeEvent(event)
