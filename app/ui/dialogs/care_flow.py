"""Journal care as a person walks through it, the same for the tandem journal (Tandem → Journal care) and
for my private journal (buttons on my reflections): change the passphrase, back up, check, export to
JSON, import an export into a new journal. Each asks first (file dialogs, the passphrase dialog), then
runs off the GUI thread with visible progress, then says what happened; a refusal is one specific
message and nothing is written. The rules are in ``app/core/journal_care``; the calls go through the
adapter's ``CareAdapter`` methods (``app/ui/service.py``), never to a journal directly."""

from __future__ import annotations

import datetime as _dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from app.core import journal_care
from app.paths import start_folder
from app.store import PRIVATE, TANDEM
from app.store.schema import Schema

from ..errors import describe
from ..i18n import N_, tr
from .care import ImportDialog, busy, check_result, export_warning, summary
from .common import ask_existing_file, ask_new_file, ask_save_file, run_once
from .create import PRIVATE_WARNING, TANDEM_WARNING
from .private_passphrase import PassphraseChangeDialog

if TYPE_CHECKING:
    from ..service import CareAdapter


@dataclass(frozen=True)
class CareKind:
    """What differs between the tandem's journal and a private one (texts marked with N_)."""

    schema: Schema
    suffix: str
    files: str  # the file dialogs' name for such files
    backup_word: str  # the default backup name's word (with the date: no names)
    export_word: str
    import_word: str
    passphrase_title: str
    warning: str
    changed: str  # said when the passphrase was changed


TANDEM_CARE = CareKind(
    TANDEM, ".tandem", N_("Tandem journals"), N_("tandem-backup"), N_("tandem-export"), N_("tandem-imported"),
    N_("Change the tandem journal's passphrase"), TANDEM_WARNING,
    N_("The journal's passphrase was changed. From now on, both of you open it with the new one."))
PRIVATE_CARE = CareKind(
    PRIVATE, ".reflections", N_("Private journals"), N_("reflections-backup"), N_("reflections-export"),
    N_("reflections-imported"), N_("Change my private passphrase"), PRIVATE_WARNING,
    N_("Your private passphrase was changed."))


class JournalCare(QObject):
    """The five care commands for one adapter; ``ready`` saves pending typing first (False: do nothing)."""

    def __init__(self, parent: QWidget, service: CareAdapter, kind: CareKind, *, today: Callable[[], _dt.date],
                 done: Callable[[str], None], problem: Callable[[str], None], ready: Callable[[], bool],
                 tandems: Callable[[], list[Path | None]] = list,
                 backed_up: Callable[[Path], None] | None = None) -> None:
        super().__init__(parent)
        self.widget = parent
        self.service = service
        self.kind = kind
        self.today = today
        self.done = done
        self.problem = problem
        self.ready = ready
        self.tandems = tandems
        self.backed_up = backed_up
        self.progress: QProgressDialog | None = None

    # Progress ---------------------------------------------------------------------------------------
    def _busy(self, text: str) -> None:
        self._idle()
        self.progress = busy(self.widget, text)

    def _idle(self) -> None:
        if self.progress is not None:
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None
            self._back()

    def _back(self) -> None:
        """The keyboard back in the window once a window of ours closed (a desktop does this; not every one)."""
        self.widget.window().activateWindow()

    def _failed(self, exc: Exception) -> None:
        self._idle()
        self.problem(describe(exc))

    def _open(self) -> bool:
        return self.service.care_open and self.ready()

    def change_passphrase(self) -> None:
        if not self._open():
            return
        dialog = PassphraseChangeDialog(
            lambda current, new, on_done, on_error, owner: self.service.change_passphrase_checked(
                current, new, self.tandems(), on_done, on_error, owner),
            self.widget, title=tr(self.kind.passphrase_title), warning=tr(self.kind.warning),
            people=self.service.passphrase_names())
        if run_once(dialog, lambda _d: True):
            self.done(tr(self.kind.changed))

    # What the person answers in the file dialogs (a test answers here instead) --------------------------
    def ask_backup_path(self, proposed: Path) -> Path | None:
        return ask_new_file(self.widget, tr("Back up the journal"), proposed.stem, self.kind.suffix,
                            tr(self.kind.files), folder=proposed.parent)

    def ask_export_path(self, proposed: Path) -> Path | None:
        """A save dialog that asks before replacing a file (only an export may replace one)."""
        return ask_save_file(self.widget, tr("Export to JSON (not encrypted)"), proposed.name, tr("JSON (*.json)"))

    def ask_import_source(self) -> Path | None:
        return ask_existing_file(self.widget, tr("Import a JSON export"), ".json", tr("JSON files"))

    def ask_import_target(self, current: Path) -> Path | None:
        return ask_new_file(self.widget, tr("Import into a new journal"), current.stem, self.kind.suffix,
                            tr(self.kind.files), folder=current.parent)

    def _proposed(self, word: str, suffix: str) -> Path:
        """In the documents folder (else home, never the working directory: ``start_folder``): a word and
        today's date, never a name; a second one today gets a number."""
        folder = start_folder()
        return folder / journal_care.free_name(folder, journal_care.file_name(tr(word), self.today(), suffix))

    # The commands -----------------------------------------------------------------------------------
    def back_up(self) -> None:
        if not self._open():
            return
        path = self.ask_backup_path(self._proposed(self.kind.backup_word, self.kind.suffix))
        if path is None:
            return
        self._busy(tr("Writing an encrypted copy of the journal…"))
        self.service.back_up(path, self._backed_up, self._failed, self)

    def _backed_up(self, path: Path) -> None:
        self._idle()
        if self.backed_up is not None:
            self.backed_up(path)
        self.done(tr("Backup written to {path} (encrypted, same passphrase). To restore it, open that file.").format(
            path=path))

    def check(self) -> None:
        if not self._open():
            return
        self._busy(tr("Checking every page of the journal…"))
        self.service.check(self._checked, self._failed, self)

    def _checked(self, report: journal_care.IntegrityReport) -> None:
        self._idle()
        box = check_result(self.widget, report)
        box.exec()
        box.deleteLater()
        self._back()

    def export(self) -> None:
        if not self._open():
            return
        path = self.ask_export_path(self._proposed(self.kind.export_word, ".json"))
        if path is None:
            return
        box = export_warning(self.widget, path)
        box.exec()  # a message box's exec() answers with the button, not Accepted: ask the box
        agreed = box.buttonRole(box.clickedButton()) == QMessageBox.ButtonRole.AcceptRole
        box.deleteLater()
        if not agreed:
            return
        self._busy(tr("Writing the JSON file…"))
        self.service.export_json(path, self._exported, self._failed, self)

    def _exported(self, path: Path) -> None:
        self._idle()
        self.done(tr("Exported to {path}. It is not encrypted: keep it private.").format(path=path))

    def import_(self) -> None:
        if not self.ready():
            return
        source = self.ask_import_source()
        if source is None:
            return
        self._busy(tr("Reading {file}…").format(file=source.name))
        self.service.read_export(source, self.kind.schema, self._preview, self._failed, self)

    def _preview(self, preview: journal_care.ImportPreview) -> None:
        self._idle()
        folder = preview.source.parent
        name = journal_care.free_name(folder, journal_care.file_name(tr(self.kind.import_word), self.today(),
                                                                     self.kind.suffix))
        dialog = ImportDialog(
            preview, folder / name, tr(self.kind.warning),
            lambda target, secret, on_done, on_error, owner: self.service.import_new(
                preview, target, secret, self.tandems(), on_done, on_error, owner),
            self.ask_import_target, self.widget)
        imported = run_once(dialog, lambda d: (d.target, d.counts or {}))
        if imported is None:
            return
        target, counts = imported
        self.done(tr("Imported into the new journal {path} ({summary}). Open it to work with it.").format(
            path=target, summary=summary(counts)))
