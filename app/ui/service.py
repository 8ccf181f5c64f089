"""The Qt adapter over the application layer (``app/core``) for the open tandem journal.

It owns the open journal and the clock, turns errors into one ``problem`` signal
with a calm message (shown in the window's message bar), and announces changes so
that every view showing a table can refresh. The rules live in ``app/core``; each
method here is one call into it (one transaction where it writes). Widgets never
hold a Journal, open a transaction or pass code into the journal.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QObject, Signal

from app.core import closing, journal_care, kickoff, onepager, programme_report, programme_status, sessions
from app.core.clock import Clock, SystemClock
from app.store import EncryptedStore, Evaluation, Journal, JournalError, SearchHit, SessionSummary
from app.store.encrypted import Row

from .errors import describe
from .tasks import run_task

if TYPE_CHECKING:
    from app.export.onepager import Content

T = TypeVar("T")
Changes = str | tuple[str, ...]


def _method(name: str) -> Callable[..., Any]:
    """A journal's own method by name (so a journal subclass or a test's stand-in is honoured)."""
    def call(journal: Journal, *args: Any, **kwargs: Any) -> Any:
        return getattr(journal, name)(*args, **kwargs)

    return call


class CareAdapter:
    """Journal care (``app/core/journal_care``), shared by the tandem's adapter and the private one: each
    runs off the GUI thread; ``on_done``/``on_error`` come back on it while ``owner`` (the asking widget)
    lives. Reading an export and importing it into a new journal need no open journal."""

    journal: EncryptedStore | None

    @property
    def care_open(self) -> bool:
        """A journal is open to look after (reading an export and importing need none)."""
        return self.journal is not None

    def _care(self, func: Callable[..., Any], on_done: Callable[[Any], None], on_error: Callable[[Exception], None],
              owner: QObject, *args: Any) -> None:
        if self.journal is None:
            on_error(JournalError("The journal is locked."))
            return
        run_task(partial(func, self.journal, *args), on_done, on_error, owner)

    def passphrase_names(self) -> list[str]:
        """The names a new passphrase is rated against (``journal_care.passphrase_names``)."""
        try:
            return journal_care.passphrase_names(self.journal) if self.journal is not None else []
        except JournalError:
            return []

    def change_passphrase_checked(self, current: str, new: str, tandems: list[Path | None],
                                  on_done: Callable[[Any], None], on_error: Callable[[Exception], None],
                                  owner: QObject) -> None:
        """The current passphrase checked, then all or nothing (``journal_care.change_passphrase``)."""
        self._care(journal_care.change_passphrase, on_done, on_error, owner, current, new, tandems)

    def back_up(self, target: Path, on_done: Callable[[Path], None], on_error: Callable[[Exception], None],
                owner: QObject) -> None:
        self._care(journal_care.back_up, on_done, on_error, owner, target)

    def check(self, on_done: Callable[[journal_care.IntegrityReport], None], on_error: Callable[[Exception], None],
              owner: QObject) -> None:
        self._care(journal_care.check, on_done, on_error, owner)

    def export_json(self, target: Path, on_done: Callable[[Path], None], on_error: Callable[[Exception], None],
                    owner: QObject) -> None:
        self._care(journal_care.export_json, on_done, on_error, owner, target)

    @staticmethod
    def read_export(source: Path, kind: Any, on_done: Callable[[journal_care.ImportPreview], None],
                    on_error: Callable[[Exception], None], owner: QObject) -> None:
        run_task(partial(journal_care.read_export, source, kind), on_done, on_error, owner)

    @staticmethod
    def import_new(preview: journal_care.ImportPreview, target: Path, passphrase: str, tandems: list[Path | None],
                   on_done: Callable[[dict[str, int]], None], on_error: Callable[[Exception], None],
                   owner: QObject) -> None:
        run_task(partial(journal_care.import_new, preview, target, passphrase, tandems), on_done, on_error, owner)


class JournalService(CareAdapter, QObject):
    opened = Signal()
    closed = Signal()
    changed = Signal(str, object)  # table name, the object that made the change (or None)
    problem = Signal(str)  # a message for the user
    read_only_changed = Signal(bool)  # the tandem was completed (True) or reopened (False)
    session_not_kept = Signal(int)  # a session left untouched was discarded; how many raised lines went back

    def __init__(self, parent: QObject | None = None, clock: Clock | None = None) -> None:
        super().__init__(parent)
        self.journal: Journal | None = None
        self.clock: Clock = clock or SystemClock()
        self.read_only = False  # a completed tandem: views offer no editing (the store refuses it anyway)
        # The session started here, until the person leaves it, and its journal: locking is not leaving
        # (unlocking returns to it), so it outlives the journal's closing for the same journal's reopening.
        self.started: sessions.Started | None = None
        self._started_in: Path | None = None

    # The open journal -------------------------------------------------------------------------
    @property
    def is_open(self) -> bool:
        return self.journal is not None and self.journal.is_open

    @property
    def path(self) -> Path | None:
        return self.journal.path if self.journal else None

    def attach(self, journal: Journal) -> None:
        """Take over a journal unlocked (or created) in the background. One on read-only media opens
        read-only, like a completed tandem, and says so in the message bar (issue 15.5)."""
        from .i18n import tr

        self.journal = journal
        if journal.path != self._started_in:  # another journal: the session started before is not here
            self.started = None
        self._set_read_only(journal.is_completed or journal.read_only)
        self.opened.emit()
        if journal.read_only:
            self.problem.emit(tr("This journal is on read-only media, or in a folder you cannot write to, so it "
                                 "opened read-only: you can read, search and export it, but not change it. To "
                                 "change it, copy it to a writable folder and open the copy."))

    def close(self) -> None:
        if self.journal is not None:
            self.journal.close()
            self.journal = None
            self._set_read_only(False)
            self.closed.emit()

    def _set_read_only(self, value: bool) -> None:
        if value != self.read_only:
            self.read_only = value
            self.read_only_changed.emit(value)

    def _call(self, changes: Changes, origin: object, func: Callable[..., T], *args: Any, **kwargs: Any) -> T | None:
        """``func(journal, *args)``; on failure report it and return None (nothing on screen is lost)."""
        if self.journal is None:
            return None
        try:
            result = func(self.journal, *args, **kwargs)
        except (JournalError, ValueError) as exc:
            self.problem.emit(describe(exc))
            return None
        for table in (changes,) if isinstance(changes, str) else changes:
            self.changed.emit(table, origin)
        return result

    def _read(self, func: Callable[..., T], *args: Any) -> T | None:
        return self._call((), None, func, *args)

    def _done(self, changes: Changes, func: Callable[..., object], *args: Any, origin: object = None,
              **kwargs: Any) -> bool:
        """Run a use case that returns nothing: True when it worked."""
        def done(*a: Any, **k: Any) -> bool:
            func(*a, **k)
            return True

        return bool(self._call(changes, origin, done, *args, **kwargs))

    # Rows the views show and edit ---------------------------------------------------------------
    def rows(self, table: str, **where: Any) -> list[Row]:
        return self._call((), None, _method("rows"), table, **where) or []

    def get(self, table: str, row_id: int) -> Row | None:
        return self._read(_method("get"), table, row_id)

    def add(self, table: str, *, origin: object = None, **values: Any) -> int | None:
        return self._call(table, origin, _method("add"), table, **values)

    def update(self, table: str, row_id: int, *, origin: object = None, **values: Any) -> bool:
        """Save some fields; ``origin`` (the view that made the edit) need not reload."""
        return self._done(table, _method("update"), table, row_id, origin=origin, **values)

    def delete(self, table: str, row_id: int, *, origin: object = None) -> None:
        self._done(table, _method("delete"), table, row_id, origin=origin)

    def move(self, table: str, row_id: int, new_index: int, *, origin: object = None) -> None:
        self._done(table, _method("move"), table, row_id, new_index, origin=origin)

    def tandem(self) -> Row:
        return self._read(_method("tandem")) or {}

    def people(self) -> dict[str, Row]:
        return self._read(_method("people")) or {}

    def session_summaries(self) -> list[SessionSummary]:
        return self._read(_method("session_summaries")) or []

    def evaluations(self) -> list[Evaluation]:
        return self._read(_method("evaluations")) or []

    def topic_coverage(self) -> dict[int, list[str]]:
        return self._read(_method("topic_coverage")) or {}

    def search(self, text: str) -> list[SearchHit]:
        return self._read(_method("search"), text) or []

    def search_in_background(self, text: str, on_done: Callable[[list[SearchHit]], None],
                             on_error: Callable[[Exception], None], parent: QObject) -> None:
        """Search off the GUI thread (the store serialises it with the GUI's writes); a search that
        outlives the journal (locked meanwhile) ends in ``on_error``, quietly."""
        if self.journal is None:
            on_done([])
            return
        run_task(partial(self.journal.search, text), on_done, on_error, parent)

    # What a tandem does (app/core) ------------------------------------------------------------
    def start_session(self, language: str) -> int | None:
        """Start a session now (``sessions.start_now``); one started before and left untouched goes first,
        so that the new one takes over the lines raised for next time."""
        self.leave_started()
        started = self._call(("session", "agenda_item", "next_time"), None, sessions.start_now, self.clock, language)
        self.started, self._started_in = started, self.path
        return started.session_id if started is not None else None

    def leave_started(self, now_in: int | None = None, *, typing: bool = False) -> bool:
        """The person left the session started here (for ``now_in``, another session, or none): it is not
        kept when they left it untouched and nothing typed is still on screen (``typing``; see
        ``sessions.discard_untouched``). True when it was discarded. Locking does not call this."""
        started = self.started
        if started is None or started.session_id == now_in or self.journal is None:
            return False
        self.started = None  # left: kept from now on, or gone
        if self.read_only:
            return False
        discarded = bool(self._call(("session", "agenda_item", "next_time"), None, sessions.discard_untouched,
                                    self.clock, started, typing=typing))
        if discarded:
            self.session_not_kept.emit(len(started.raised))
        return discarded

    def raise_target(self) -> sessions.RaiseTarget | None:
        return self._read(sessions.raise_target, self.clock)

    def raise_next_time(self, text: str) -> sessions.RaiseTarget | None:
        return self._call(("agenda_item", "next_time"), None, sessions.raise_next_time, self.clock, text)

    def plan_defaults(self) -> sessions.SessionDefaults | None:
        return self._read(sessions.plan_defaults, self.clock)

    def plan_next(self, when: _dt.datetime) -> bool:
        return self._done("tandem", sessions.plan_next, self.clock, when)

    def choose_focus(self, session_id: int, title: str, origin: object = None) -> int | None:
        """The session's focus topic; the pool learns a new title (see ``sessions.choose_focus``)."""
        return self._call(("topic", "session"), origin, sessions.choose_focus, self.clock, session_id, title)

    def carry_offer(self, session_id: int) -> list[Row]:
        """The unfinished items of the session before that this one may still take over."""
        return self._read(sessions.carry_offer, session_id) or []

    def carry_over(self, session_id: int, origin: object = None) -> None:
        self._call("agenda_item", origin, sessions.carry_over, session_id)

    def open_actions(self) -> list[Row]:
        """Every open action item, soonest due first, undated last."""
        return self._read(_method("open_actions")) or []

    def action_defaults(self, session_id: int) -> sessions.ActionDefaults | None:
        """What a new action item starts with: no owner, due at the next session (``sessions.action_defaults``)."""
        return self._read(sessions.action_defaults, self.clock, session_id)

    def put_on_agenda(self, session_id: int, action_id: int, origin: object = None) -> int | None:
        """Put an open action item on the session's agenda, by choice (``sessions.put_on_agenda``)."""
        return self._call("agenda_item", origin, sessions.put_on_agenda, session_id, action_id)

    def open_from_earlier(self, session_id: int) -> list[Row]:
        """The tandem's open action items from before this session (``sessions.open_from_earlier``)."""
        return self._read(sessions.open_from_earlier, session_id) or []

    def save_feedback(self, session_id: int, giver: str, values: dict[str, Any], origin: object = None) -> bool:
        return self._done("feedback", _method("set_feedback"), session_id, giver, origin=origin, **values)

    def status(self, check_in_every: int) -> programme_status.ProgrammeStatus | None:
        return self._read(programme_status.status, self.clock, check_in_every)

    def check_in_form(self) -> programme_status.CheckInForm | None:
        return self._read(programme_status.check_in_form)

    def check_in(self, held_on: str, ratings: dict[int, tuple[int, str]], note: str) -> bool:
        return self._call(("evaluation", "evaluation_rating"), None, programme_status.check_in, self.clock,
                          held_on, ratings, note) is not None

    def kickoff_agreement(self) -> kickoff.Kickoff | None:
        return self._read(kickoff.read)

    def save_kickoff(self, agreement: kickoff.Kickoff) -> bool:
        return self._done(kickoff.TABLES, kickoff.save, agreement)

    def save_closing_feedback(self, by_giver: dict[str, dict[str, Any]]) -> bool:
        return self._done("feedback", closing.save_feedback, by_giver)

    def save_pass_on(self, pass_on: str, recommendations: str) -> bool:
        return self._done("tandem", closing.save_pass_on, pass_on, recommendations)

    def closing_answers(self) -> dict[str, Row]:
        return self._read(_method("closing_answers")) or {}

    def save_closing_answers(self, by_giver: dict[str, dict[str, Any]]) -> bool:
        return self._done("closing_answer", closing.save_answers, by_giver)

    def programme_report(self, choices: programme_report.Choices) -> dict[str, Any] | None:
        """The programme report as of today (issue 18): only numbers and what the two chose."""
        return self._read(programme_report.build, self.clock, choices)

    def write_programme_report(self, path: Path, report: dict[str, Any]) -> bool:
        """Written atomically and read back; a problem goes to the message bar."""
        return self._done((), lambda _journal: programme_report.write(path, report))

    def save_recommendations(self, text: str) -> bool:
        return self._done("tandem", _method("update_tandem"), recommendations=text)

    def remember_onepager(self, lang: str, title: str, recommendations: str) -> bool:
        """After an export: the journal keeps its language, title and recommendations for next time."""
        return self._done("tandem", onepager.remember, lang, title, recommendations)

    def onepager_choices(self) -> onepager.Choices | None:
        return self._read(onepager.choices, self.clock)

    def onepager_preselected(self) -> Content | None:
        """The one-pager as it starts, ticked as the layer decides (the self-test prints it)."""
        return self._read(onepager.preselected, self.clock)

    def complete(self) -> bool:
        """End the closing round: the tandem becomes completed and read-only."""
        done = self._done("tandem", closing.complete, self.clock)
        if done:
            self._set_read_only(True)
        return done

    def backup_status(self, last: _dt.datetime | None, every: int) -> journal_care.BackupStatus | None:
        """When the last backup was made and whether the overview reminds (``journal_care.backup_status``)."""
        return self._read(lambda journal: journal_care.backup_status(
            last, journal.session_starts().values(), self.clock.now(), every))

    def reopen(self) -> bool:
        done = self._done("tandem", closing.reopen)
        if done:
            self._set_read_only(False)
        return done
