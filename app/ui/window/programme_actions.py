"""The main window's commands for the programme around the sessions: start a session, raise a
line next time, the kick-off guide, plan the next session (and its calendar file), check in on
the goals, the closing round, reopen a completed tandem."""

from __future__ import annotations

import datetime as _dt
from pathlib import Path

from app import programme
from app.store import Journal, JournalError

from ..dialogs.common import ask_new_file, run_once
from ..errors import describe
from ..i18n import tr


class ProgrammeActionsMixin:
    """Part of MainWindow: the commands of the Session and Tandem menus that change the tandem."""

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

    def raise_next_time(self, text: str) -> None:
        """Put a line the author chose from a reflection on the next session's agenda."""
        from ..dialogs.share import ShareDialog
        from ..formats import format_date

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

        from ..dialogs.kickoff import KickoffWizard

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
        from ..dialogs.plan import PlanDialog

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
        from ..dialogs.evaluation import EvaluationDialog

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
        from ..dialogs.closing import ClosingWizard

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
