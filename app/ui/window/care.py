"""The main window's journal care for the tandem journal (Tandem → Journal care): change the passphrase,
back up, check every page, export to JSON, import an export into a new journal. The flow is shared with
my reflections (``dialogs/care_flow.JournalCare``); the rules are in ``app/core/journal_care``. A backup
made here is remembered (its time, in the settings) for the overview's reminder."""

from __future__ import annotations

from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from ..i18n import tr
from .base import WindowBase

if TYPE_CHECKING:
    from ..dialogs.care_flow import JournalCare


class CareMixin(WindowBase):
    """Part of MainWindow: the Journal care submenu's commands."""

    @cached_property
    def care(self) -> JournalCare:
        from ..dialogs.care_flow import TANDEM_CARE, JournalCare  # on first use (issue 17.1)

        return JournalCare(self, self.service, TANDEM_CARE, today=lambda: self.service.clock.now().date(),
                           done=self.message.show_done, problem=self.message.show_message,
                           ready=lambda: self._saved(tr("journal care")), backed_up=self._backed_up)

    def _backed_up(self, _copy: Path) -> None:
        if self.service.path is not None:
            self.settings.set_last_backup(self.service.path, self.service.clock.now())
        if self._built("overview") and self.stack.currentWidget() is self.overview:
            self.show_overview()  # the line about the last backup

    def change_passphrase(self) -> None:
        self.care.change_passphrase()

    def back_up(self) -> None:
        self.care.back_up()

    def check_journal(self) -> None:
        self.care.check()

    def export_json(self) -> None:
        self.care.export()

    def import_json(self) -> None:
        self.care.import_()
