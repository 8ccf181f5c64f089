"""The dialogs of journal care (the tandem's and my private one): work in progress, the integrity
check's result, the warning before an unencrypted export, and the import of an export into a new
journal with what the file holds shown before anything is written. The flow that runs them is
``care_flow.JournalCare``; the rules are in ``app/core/journal_care``."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QProgressDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.journal_care import ImportPreview, IntegrityReport

from .. import colours
from ..errors import describe
from ..i18n import N_, tr
from ..widgets.forms import same_label_column
from ..widgets.passphrase_fields import NewPassphraseFields
from .private_passphrase import fit_height

MAX_PROBLEMS_SHOWN = 20

# The lists of the portable format (its keys), as the summary of an import names them.
COUNT_LABELS = {
    "people": N_("People"), "rules": N_("Rules"), "goals": N_("Goals"), "topics": N_("Topics in the pool"),
    "sessions": N_("Sessions"), "agenda": N_("Agenda items"), "learnings": N_("Learnings"),
    "actions": N_("Action items"), "feedback": N_("Feedback"), "evaluations": N_("Check-ins"),
    "next_time": N_("Lines for next time"), "evaluation_ratings": N_("Goal ratings"),
    "reflections": N_("Reflections"), "tags": N_("Tags"),
}


def summary(counts: dict[str, int]) -> str:
    """"Sessions: 3 · Learnings: 12 · …" in the format's order; empty lists left out."""
    parts = [f"{tr(COUNT_LABELS.get(key, key))}: {n}" for key, n in counts.items() if n]
    return " · ".join(parts) or tr("no entries")


def busy(parent: QWidget, text: str) -> QProgressDialog:
    """A small window that shows work in progress (no cancel: each step is all or nothing); close it. Each step
    takes seconds at most; the store makes a save that comes meanwhile wait for it."""
    dialog = QProgressDialog(text, "", 0, 0, parent)
    dialog.setWindowTitle(tr("Please wait"))
    dialog.setCancelButton(None)  # no cancel: each step is all or nothing
    dialog.setWindowModality(Qt.WindowModality.NonModal)  # it shows; it does not hold the window's keys
    dialog.setMinimumDuration(0)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.setMinimumWidth(dialog.fontMetrics().averageCharWidth() * 56)
    dialog.show()
    return dialog


def check_result(parent: QWidget, report: IntegrityReport) -> QMessageBox:
    """A calm result, or what was found and what to do next."""
    box = QMessageBox(parent)
    box.setWindowTitle(tr("Check the journal"))
    if report.sound:
        box.setIcon(QMessageBox.Icon.Information)
        box.setText(tr("All {pages} pages of this journal are sound.").format(pages=report.pages))
        box.setInformativeText(tr("Every page's seal (its encryption), the structure, the links between entries "
                                  "and the search index were checked. Nothing needs doing."))
    else:
        box.setIcon(QMessageBox.Icon.Warning)
        box.setText(tr("The check found problems in this journal ({count} in {pages} pages).").format(
            count=len(report.problems), pages=report.pages))
        box.setInformativeText(tr(
            "What to do now: make no more changes in this journal. Open your last backup (Journal → Open "
            "journal…, then choose the backup file) and check it too; if it is sound, go on with it. What you still "
            "need from this journal you can export (Journal care → Export to JSON…)."))
        box.setDetailedText("\n".join(report.problems[:MAX_PROBLEMS_SHOWN]))
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    return box


def export_warning(parent: QWidget, path: Path) -> QMessageBox:
    """Said before the export is written: the file is not encrypted, and where it goes."""
    box = QMessageBox(parent)
    box.setWindowTitle(tr("Export to JSON"))
    box.setIcon(QMessageBox.Icon.Warning)
    box.setText(tr("The JSON file is not encrypted."))
    box.setInformativeText(tr("It goes to {path}. Anyone who gets this file can read everything in the journal. "
                              "Keep it somewhere safe and delete it when you no longer need it.").format(path=path))
    box.addButton(tr("Export unencrypted"), QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(box.addButton(QMessageBox.StandardButton.Cancel))
    return box


# run(target, passphrase, on_done, on_error, owner): the adapter's import into a new journal
RunImport = Callable[[Path, str, Callable[[dict[str, int]], None], Callable[[Exception], None], QObject], None]


class ImportDialog(QDialog):
    """What the file holds, where the new journal goes and its passphrase; Import writes it (in the
    background, all or nothing). A refusal is said here and keeps what was typed."""

    def __init__(self, preview: ImportPreview, target: Path, warning: str, run: RunImport,
                 ask_target: Callable[[Path], Path | None], parent: QWidget | None = None) -> None:
        """The passphrase is rated against the names in the file and the files' names (``preview.names``)."""
        super().__init__(parent)
        self.setWindowTitle(tr("Import into a new journal"))
        self.target = target
        self.counts: dict[str, int] | None = None
        self._run = run
        self._ask_target = ask_target
        kind = tr("a private journal") if preview.private else tr("a tandem journal")
        self.holds = holds = QLabel(tr("{file} holds {kind}:").format(file=preview.source.name, kind=kind))
        holds.setWordWrap(True)
        self.contents = QLabel("\n".join(summary(preview.counts).split(" · ")))  # one list a line: at a glance
        self.contents.setAccessibleName(tr("What the file holds"))
        self.contents.setIndent(self.fontMetrics().averageCharWidth() * 3)
        note = QLabel(tr("Nothing is written until you choose Import. It becomes a new journal; the journal that "
                         "is open stays as it is."))
        note.setWordWrap(True)
        self.file_label = QLabel(str(target))
        self.file_label.setWordWrap(True)
        self.file_label.setAccessibleName(tr("New journal file"))
        self.choose = QPushButton(tr("Choose another place…"))
        self.choose.clicked.connect(self._choose)
        self.form = form = QFormLayout()
        form.addRow(tr("New journal"), self.file_label)
        form.addRow("", self.choose)
        self._names = preview.names
        self.secret = NewPassphraseFields(warning, people=[*self._names, target.stem])
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setAccessibleName(tr("Importing"))
        self.busy.hide()
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet(f"color: {colours.warning(self.palette()).name()};")
        self.error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok = self.buttons.addButton(tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok.setEnabled(False)
        self.secret.changed.connect(lambda: self.ok.setEnabled(self.secret.is_acceptable()))
        self.buttons.accepted.connect(self._start)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (holds, self.contents, note):
            layout.addWidget(widget)
        layout.addLayout(form)
        layout.addWidget(self.secret)
        layout.addWidget(self.error)
        layout.addWidget(self.busy)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 72)
        self.secret.changed.connect(lambda: fit_height(self))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        same_label_column(self.form, self.secret.form)
        fit_height(self)
        QTimer.singleShot(0, self, lambda: fit_height(self))

    def _choose(self) -> None:
        chosen = self._ask_target(self.target)
        if chosen is not None:
            self.target = chosen
            self.file_label.setText(str(chosen))
            self.secret.set_people([*self._names, chosen.stem])
            self.error.hide()
            fit_height(self)

    def _start(self) -> None:
        if not self.secret.is_acceptable() or self.busy.isVisible():
            return
        self.error.hide()
        self.busy.show()
        for widget in (self.choose, self.secret, self.buttons):
            widget.setEnabled(False)
        self._run(self.target, self.secret.value(), self._done, self._failed, self)

    def _done(self, counts: dict[str, int]) -> None:
        self.counts = counts
        self.accept()

    def _failed(self, exc: Exception) -> None:
        self.busy.hide()
        for widget in (self.choose, self.secret, self.buttons):
            widget.setEnabled(True)
        self.error.setText(describe(exc))
        self.error.show()
        fit_height(self)

    def reject(self) -> None:
        if not self.busy.isVisible():  # an import under way ends by itself, whole or not at all
            super().reject()
