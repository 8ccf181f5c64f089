"""The main window's commands for the programme around the sessions: start a session, raise a
line next time, the kick-off guide, plan the next session (and its calendar file), check in on
the goals, the closing round, reopen a completed tandem."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from ..i18n import tr
from .base import WindowBase

if TYPE_CHECKING:
    import datetime as _dt


class ProgrammeActionsMixin(WindowBase):
    """Part of MainWindow: the commands of the Session and Tandem menus that change the tandem."""

    def new_session(self) -> None:
        """Start a session now; it takes over what is still open (``app/core/sessions.start``)."""
        if not self._ready_to_change(tr("starting a new session")):
            return
        self.left_session()
        session_id = self.service.start_session(self._suggestion_language())
        if session_id is not None:
            self.show_session(session_id)

    def raise_next_time(self, text: str) -> None:
        """Put a line the author chose from a reflection on the next planned session's agenda, or on the
        list for next time; the dialog shows exactly what becomes shared, and where."""
        from ..dialogs.common import run_once
        from ..dialogs.share import ShareDialog
        from ..formats import format_datetime

        if not self.service.is_open:
            self.message.show_message(tr("Open the tandem journal first: the agenda lives there."))
            return
        if self.service.read_only:
            self.message.show_message(tr("The tandem is completed, so there is no next session to raise it in. "
                                      "Reopen the tandem first (Tandem → Reopen tandem)."))
            return
        target = self.service.raise_target()
        if target is None:
            return
        where = (tr("the next session you start") if target.on_list else
                 tr("the next session ({date})").format(date=format_datetime(target.starts_at or "")))
        shared = run_once(ShareDialog(text, where, self), ShareDialog.shared_text)
        if shared and self.service.raise_next_time(shared) is not None:
            self.message.show_done(tr("Added to {where}.").format(where=where))
            self._after_programme_change()

    # The programme around the sessions ---------------------------------------------------
    def _today(self) -> _dt.date:
        """Today by the service's clock: the one the dialogs' defaults and two-digit years follow."""
        return self.service.clock.now().date()

    def _ready_to_change(self, doing: str) -> bool:
        return self.service.is_open and not self.service.read_only and self._saved(doing)

    def _after_programme_change(self) -> None:
        if self._built("overview") and self.stack.currentWidget() is self.overview:
            self.overview.refresh()

    def _suggestion_language(self) -> str:
        """The language of a new session's first agenda and the calendar file: the tandem's, or the interface's
        before its agreement is saved (``app/core/kickoff.first_suggestion_language``)."""
        from app.core.kickoff import first_suggestion_language

        from ..i18n import current_language

        agreement = self.service.kickoff_agreement()
        remembered = self.settings.suggestion_language
        return remembered if agreement is None else first_suggestion_language(agreement, remembered, current_language())

    def open_kickoff(self) -> None:
        """The kick-off guide, filled with the agreement as it stands."""
        if not self._ready_to_change(tr("opening the kick-off guide")):
            return
        from ..dialogs.common import run_once
        from ..dialogs.kickoff import KickoffWizard

        current = self.service.kickoff_agreement()
        topics = [t["title"] for t in self.service.rows("topic")]
        if current is None:
            return
        wizard = KickoffWizard(current, topics, self.settings.suggestion_language, self, today=self._today)
        wizard.setFont(self.stack.font())  # the app's text size (Ctrl++), as on the pages
        result = run_once(wizard, lambda w: (w.kickoff(), w.language()))
        if result is None:
            return
        agreement, language = result
        self.settings.suggestion_language = language
        if self.service.save_kickoff(agreement):
            self.message.show_done(tr("The kick-off agreement is saved. You can open the guide again at any "
                                      "time (Tandem → Kick-off guide)."))
        self._after_programme_change()

    def plan_next_session(self) -> None:
        if not self._ready_to_change(tr("planning the next session")):
            return
        from ..dialogs.common import run_once
        from ..dialogs.plan import PlanDialog

        offer = self.service.plan_defaults()
        if offer is None:
            return
        dialog = PlanDialog(offer.starts_at, offer.duration_minutes, offer.place, self, today=self._today)
        values = run_once(dialog, PlanDialog.values)
        if values is None:
            return
        when, minutes, place, calendar = values
        if not self.service.plan_next(when):
            return
        self._after_programme_change()
        if calendar:
            self._write_calendar_file(when, minutes, place)

    def save_calendar_file(self) -> None:
        if not self.service.is_open:
            return
        planned = self.service.tandem().get("next_session_at")
        offer = self.service.plan_defaults()
        if not planned or offer is None:
            self.message.show_message(tr("No next session is planned yet: plan it first (Tandem → Plan next "
                                      "session…), then save it to your calendar."))
            return
        from datetime import datetime

        self._write_calendar_file(datetime.fromisoformat(planned), offer.duration_minutes, offer.place)

    def ask_calendar_path(self, when: _dt.datetime) -> Path | None:
        from ..dialogs.common import ask_new_file

        return ask_new_file(self, tr("Save the next session to a calendar file"),
                            f"tandem-session-{when:%Y-%m-%d}", ".ics", tr("Calendar files"))

    def _write_calendar_file(self, when: _dt.datetime, minutes: int, place: str) -> None:
        from app.core.journal_care import write_file
        from app.export import ics
        from app.store import JournalError

        from ..errors import describe

        path = self.ask_calendar_path(when)
        if path is None:
            return
        event = ics.session_event(when, minutes, place, language=self._suggestion_language())
        try:  # the save dialog has already asked before replacing a file; the place is checked as every save's
            write_file(path, None, event, overwrite=True)
        except JournalError as exc:
            self.message.show_message(tr("The calendar file was not saved. {reason}").format(reason=describe(exc)))
            return
        self.message.show_done(tr("Saved {file}: open it with your calendar to add the session.").format(
            file=path.name))

    def check_in(self) -> None:
        """The evaluation: a rating from 1 to 5 per open goal (``app/core/programme_status``)."""
        if not self._ready_to_change(tr("the check-in")):
            return
        from ..dialogs.common import run_once
        from ..dialogs.evaluation import EvaluationDialog

        form = self.service.check_in_form()
        if form is None:
            return
        if not form.goals:
            self.message.show_message(tr("There are no open goals to rate yet. Add goals in the overview or in the "
                                      "kick-off guide."))
            return
        dialog = EvaluationDialog(form.goals, form.last_ratings, self, today=self._today)
        values = run_once(dialog, EvaluationDialog.values)
        if values is None:
            return
        held_on, ratings, note = values
        if self.service.check_in(held_on, ratings, note):
            self.message.show_done(tr("Check-in saved. The overview shows your progress over time."))
        self._after_programme_change()

    def closing_round(self) -> None:
        if not self._ready_to_change(tr("the closing round")):
            return
        from ..dialogs.closing import ClosingWizard
        from ..dialogs.common import run_once

        steps = run_once(ClosingWizard(self.service, self), ClosingWizard.next_steps)
        if steps is None:
            self._after_programme_change()
            return
        export, share = steps
        if self.service.complete():
            self.show_overview()
            self.message.show_done(tr("The tandem is completed and its journal is now read-only. Thank you both!"))
            if export:
                self.export_onepager()
            if share:
                self.share_with_programme()

    def share_with_programme(self) -> None:
        """The preview of the programme report, then the file (issue 18)."""
        if not self.service.is_open or not self._saved(tr("sharing with the programme")):
            return
        from ..dialogs.common import run_once
        from ..dialogs.programme_share import ProgrammeShareDialog

        saved = run_once(ProgrammeShareDialog(self.service, self), lambda dialog: dialog.saved)
        if saved is not None:
            self.message.show_done(tr("Programme report saved and checked: %1").replace("%1", saved.name))

    def open_programme_reports(self, paths: list[Path] | None = None) -> None:
        """The programme view over report files (no passphrase: they hold nothing confidential)."""
        from PySide6.QtWidgets import QFileDialog

        from app.paths import start_folder

        from ..dialogs.common import run_once
        from ..dialogs.programme_view import ProgrammeView

        if paths is None:
            chosen, _ = QFileDialog.getOpenFileNames(self, tr("Open programme reports"), str(start_folder()),
                                                     tr("Programme reports (*.json)"))
            paths = [Path(name) for name in chosen]
        if paths:
            run_once(ProgrammeView(paths, self.service.clock.now().date(), self), lambda view: None)

    def reopen_tandem(self) -> None:
        if self.service.is_open and self.service.read_only and self.service.reopen():
            self._after_programme_change()
            self.message.show_done(tr("The tandem is open again: you can change everything."))
