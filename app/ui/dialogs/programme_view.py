"""The programme view (issue 18): many tandems' programme reports at once, no passphrase (they hold
nothing confidential). Tandems and their state, sessions, rhythm kept, goal-rating change, the closing
answers, the topics most covered and the quick wins shared; figures about fewer than three tandems
as counts only (decided in app/core/programme_report.py). Files that cannot be read are listed with
the reason and left out. Exports a PDF of one or two pages and a CSV."""

from __future__ import annotations

import datetime as _dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.core import journal_care
from app.core import programme_report as pr
from app.export import programme as export
from app.paths import start_folder
from app.store import JournalError

from ..errors import describe
from ..formats import format_date
from ..i18n import N_, current_language, tr

STATES = {pr.ACTIVE: N_("active"), pr.OVERDUE: N_("overdue"), pr.COMPLETED: N_("completed")}
REASONS = {pr.NOT_A_REPORT: N_("not a programme report"),
           pr.NEWER: N_("written by a newer version of Tandem Journal"),
           pr.MALFORMED: N_("damaged or incomplete")}
CSV_HEADER = ["tandem", "state", "period_from", "period_to", "sessions_held", "rhythm_intervals", "rhythm_kept",
              "goal_change", "mean_session_rating"]


def reason(text: str) -> str:
    """A core reason in the reader's language ("damaged or incomplete: goals" keeps the field's name)."""
    head, _, detail = text.partition(": ")
    return tr(REASONS[head]) + (f": {detail}" if detail else "") if head in REASONS else text


def _number(value: float | None, digits: int = 1) -> str:
    if value is None:
        return "–"
    text = f"{value:+.{digits}f}" if digits else f"{value:.0f}"
    return text.replace(".", ",") if current_language() == "de" else text


def _date(value: str | None) -> str:
    return format_date(value) if value else "–"


def _share(share: pr.Share) -> str:
    return (tr("%1 (%2 %)").replace("%1", str(share.count)).replace("%2", str(share.percent))
            if share.percent is not None else str(share.count))


class Programme:
    """What the view shows, in the reader's language: the same words on screen, in the PDF and the CSV."""

    def __init__(self, loaded: pr.Loaded, today: _dt.date) -> None:
        self.loaded = loaded
        self.figures = pr.summarise([r for _, r in loaded.reports], today)
        self.today = today

    def header(self) -> list[str]:
        return [tr("Tandem"), tr("State"), tr("Period"), tr("Sessions"), tr("Rhythm kept"), tr("Goal change"),
                tr("Mean rating")]

    def rows(self) -> list[list[str]]:
        return [[row.label, tr(STATES[row.state]), f"{_date(row.period_from)} – {_date(row.period_to)}",
                 str(row.sessions), tr("%1 of %2").replace("%1", str(row.kept)).replace("%2", str(row.intervals)),
                 _number(row.goal_change), _number(row.mean_rating).lstrip("+")] for row in self.figures.rows]

    def csv_rows(self) -> list[list[str]]:
        return [[row.label, row.state, row.period_from or "", row.period_to or "", str(row.sessions),
                 str(row.intervals), str(row.kept), "" if row.goal_change is None else str(row.goal_change),
                 "" if row.mean_rating is None else str(row.mean_rating)] for row in self.figures.rows]

    def summary(self) -> str:
        f = self.figures
        return (tr("%1 tandems: %2 active, %3 overdue (more than twice their rhythm since the last session), "
                   "%4 completed")
                .replace("%1", str(len(f.rows))).replace("%2", str(f.states[pr.ACTIVE]))
                .replace("%3", str(f.states[pr.OVERDUE])).replace("%4", str(f.states[pr.COMPLETED])))

    def sections(self) -> list[tuple[str, list[str]]]:
        f = self.figures
        few = tr("(fewer than three tandems: counts only)")
        overall = [
            tr("Sessions per tandem, on average: %1").replace("%1", _number(f.sessions_mean, 1).lstrip("+"))
            if f.sessions_mean is not None else
            tr("Sessions held: %1").replace("%1", str(sum(r.sessions for r in f.rows))) + " " + few,
            tr("Gaps between sessions that kept the rhythm: %1 %").replace("%1", str(f.kept_percent))
            if f.kept_percent is not None else
            tr("Gaps that kept the rhythm: %1 of %2").replace("%1", str(sum(r.kept for r in f.rows)))
            .replace("%2", str(sum(r.intervals for r in f.rows))) + " " + few,
            tr("Goal ratings changed by %1 on average (last check-in minus first)").replace(
                "%1", _number(f.goal_change_mean, 2)) if f.goal_change_mean is not None else
            tr("Tandems whose goal ratings rose: %1").replace(
                "%1", str(sum(1 for r in f.rows if r.goal_change is not None and r.goal_change > 0))) + " " + few,
        ]
        answers = [tr("Tandems that answered the closing question: %1").replace("%1", str(f.answered))
                   + ("" if f.answered >= pr.FEW else " " + few),
                   tr("How valuable (1 little – 5 very): %1").replace("%1", ", ".join(
                       f"{v}: {_share(f.values[v])}" for v in range(5, 0, -1))),
                   tr("Would do it again: yes %1, no %2").replace("%1", _share(f.again[True]))
                   .replace("%2", _share(f.again[False])),
                   tr("Would recommend it: yes %1, no %2").replace("%1", _share(f.recommend[True]))
                   .replace("%2", _share(f.recommend[False]))]
        topics = [(tr("%1: %2 tandems") if n != 1 else tr("%1: one tandem")).replace("%1", title)
                  .replace("%2", str(n)) for title, n in f.topics] \
            or [tr("No pool topics shared yet.")]
        wins = [f"{label}: {text}" for label, text in f.quick_wins] or [tr("No quick wins shared yet.")]
        return [(tr("Across the programme"), overall), (tr("The closing question"), answers),
                (tr("Topics most covered"), topics), (tr("Quick wins shared"), wins)]

    def notices(self) -> list[str]:
        lines = [tr("Left out: %1 (%2)").replace("%1", path.name).replace("%2", reason(why))
                 for path, why in self.loaded.left_out]
        lines += [tr("%1 is an older report of the same tandem as %2: the newer one is shown")
                  .replace("%1", old.name).replace("%2", new.name) for old, new in self.loaded.replaced]
        return lines


def _label(text: str, name: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if name:
        label.setAccessibleName(name)
    return label


class ProgrammeView(QDialog):
    def __init__(self, paths: list[Path], today: _dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Programme reports"))
        self.programme = Programme(pr.load_many(paths), today)
        self.saved: list[Path] = []
        self.model = QStandardItemModel(self)
        self.model.setHorizontalHeaderLabels(self.programme.header())
        for row in self.programme.rows():
            self.model.appendRow([self._item(text) for text in row])
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(tr("Tandems"))
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        figures = QWidget()
        columns = QHBoxLayout(figures)
        sections = self.programme.sections()
        for half in (sections[:2], sections[2:]):  # the figures | topics and quick wins
            column = QVBoxLayout()
            for heading, lines in half:
                title = _label(heading, tr("Heading: %1").replace("%1", heading))
                title.setStyleSheet("font-weight: bold")
                column.addWidget(title)
                column.addWidget(_label("\n".join(lines), heading))
            column.addStretch()
            columns.addLayout(column, 1)
        scroll = QScrollArea()
        scroll.setWidget(figures)
        scroll.setWidgetResizable(True)
        scroll.setAccessibleName(tr("Figures across the programme"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.pdf_button = buttons.addButton(tr("Export PDF…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.csv_button = buttons.addButton(tr("Export CSV…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.pdf_button.clicked.connect(self.export_pdf)
        self.csv_button.clicked.connect(self.export_csv)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(_label(self.programme.summary(), tr("Summary")))
        notices = self.programme.notices()
        if notices:
            layout.addWidget(_label("\n".join(notices), tr("Files left out")))
        layout.addWidget(self.table, 1)
        layout.addWidget(scroll, 1)
        self.status = _label("", tr("Export status"))
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.resize(1200, 720)

    @staticmethod
    def _item(text: str) -> QStandardItem:
        item = QStandardItem(text)
        item.setToolTip(text)
        return item

    def _ask(self, title: str, name: str, kind: str) -> Path | None:
        chosen, _ = QFileDialog.getSaveFileName(self, title, str(start_folder() / name), kind)
        return Path(chosen) if chosen else None

    def _export(self, path: Path | None, data: Callable[[], bytes]) -> None:
        """Written as the window's other files (``journal_care.write_file``): never over a journal open here, the
        folder checked first; a refusal says why and what to do, and nothing is written."""
        if path is None:
            return
        try:
            journal_care.write_file(path, None, data(), overwrite=True)
        except JournalError as exc:
            self.status.setText(describe(exc))
            return
        except (OSError, ValueError) as exc:
            self.status.setText(tr("Not saved: %1").replace("%1", str(exc)))
            return
        self.saved.append(path)
        self.status.setText(tr("Saved: %1").replace("%1", path.name))

    def evaluation(self) -> export.Evaluation:
        subtitle = tr("As of %1. %2").replace("%1", format_date(self.programme.today.isoformat())) \
            .replace("%2", self.programme.summary())
        return export.Evaluation(tr("Programme evaluation"), subtitle, self.programme.header(),
                                 self.programme.rows(), self.programme.sections())

    def export_pdf(self) -> None:
        self._export(self._ask(tr("Save the programme evaluation"), "programme-evaluation.pdf", tr("PDF (*.pdf)")),
                     lambda: export.pdf_bytes(self.evaluation()))

    def export_csv(self) -> None:
        self._export(self._ask(tr("Save the tandems as CSV"), "programme-tandems.csv", tr("CSV (*.csv)")),
                     lambda: export.csv_bytes(CSV_HEADER, self.programme.csv_rows()))
