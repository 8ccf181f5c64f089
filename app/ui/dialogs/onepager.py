"""Export one-pager…: choose what goes out, see the real page, save it.

The preview is the actual PDF rendered to an image (pypdfium2), produced in
the background whenever the selection changes. When the selection does not
fit on one page, the dialog names what falls off and saving is disabled.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QImage, QPixmap, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.core import journal_care
from app.core import onepager as layer
from app.core.journals import export_file_name
from app.core.onepager import Choices
from app.export import onepager
from app.export.protect import encrypt
from app.store import JournalError

from ..errors import describe
from ..i18n import LANGUAGES, current_language, tr
from ..service import JournalService
from ..tasks import run_task
from ..widgets.announce import LiveLabel
from ..widgets.tab_keys import tab_leaves
from .common import ask_save_file
from .pdf_password import PdfPassword

PREVIEW_DELAY_MS = 250
FRAME = QSize(40, 40)  # the margin round the dialog within its window


def page_text(pdf: bytes) -> str:
    """The page's words in reading order: the preview's text alternative for a screen reader."""
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(pdf)
    try:
        text = document[0].get_textpage().get_text_range()
    finally:
        document.close()
    return " ".join(line.strip() for line in text.replace("\r", "").split("\n") if line.strip())


def _checklist(items: list[tuple[str, bool, Any]], name: str, short: bool = True
               ) -> tuple[QStandardItemModel, QListView]:
    model = QStandardItemModel()
    for text, checked, data in items:
        item = QStandardItem(text)
        item.setCheckable(True)
        item.setEditable(False)
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        item.setData(data, Qt.ItemDataRole.UserRole)
        model.appendRow(item)
    view = _ShortList() if short else QListView()
    view.setModel(model)
    view.setAccessibleName(name)
    view.setWordWrap(True)
    return model, view


class _ShortList(QListView):
    """A list as high as its first ``ROWS`` entries as they wrap at its width (all when it has fewer),
    so the learnings get the room; the rest scrolls."""

    ROWS = 3

    def __init__(self) -> None:
        super().__init__()
        self._height = 0
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)

    def updateGeometries(self) -> None:  # noqa: N802 - Qt's name: called once the entries are laid out
        super().updateGeometries()
        model, rows = self.model(), min(self.ROWS, self.model().rowCount())
        lines = (self.visualRect(model.index(rows - 1, 0)).bottom() - self.visualRect(model.index(0, 0)).top() + 1
                 if rows else 0)
        height = 2 * self.frameWidth() + max(lines, self.fontMetrics().lineSpacing() + 6)
        if height != self._height:
            self._height = height
            self.updateGeometry()

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self._height or 3 * self.fontMetrics().lineSpacing())


def _checked(model: QStandardItemModel) -> list[Any]:
    return [model.item(r).data(Qt.ItemDataRole.UserRole) for r in range(model.rowCount())
            if model.item(r).checkState() == Qt.CheckState.Checked]


def _explain(exc: Exception) -> str:
    """Why there is no page, in the interface language (the exporter words it in English)."""
    if isinstance(exc, onepager.DoesNotFit):
        if current_language() == "en":
            return str(exc)
        shown = "; ".join(exc.overflow[:5]) + (" …" if len(exc.overflow) > 5 else "")
        return tr("The selection does not fit on one page; there is no room for: {items}. Uncheck some items or "
                  "shorten the next steps.").format(items=shown)
    if isinstance(exc, onepager.OnePagerError):
        return str(exc) if current_language() == "en" else tr("The one-pager cannot be made: {reason}").format(
            reason=exc)
    return tr("No preview: {reason}").format(reason=exc)


def _fits(page: onepager.Page) -> str:
    """What the person should know before saving: it fits, what was summed up, what cannot print."""
    parts = [tr("Fits on one page.")]
    if page.left_out:
        parts.append(tr("Learnings that do not fit are summed up as “… and {count} more”.").format(count=page.left_out))
    if page.missing:
        parts.append(tr("These characters cannot be printed with the fonts here and would show as empty boxes: "
                        "{characters}").format(characters=" ".join(page.missing)))
    return " ".join(parts)


class OnePagerDialog(QDialog):
    last_folder: Path | None = None  # where the last one-pager went (this run): the next one is proposed there

    def __init__(self, service: JournalService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Export one-pager"))
        self.service = service
        self.pdf: bytes | None = None
        self._generation = 0
        base = service.onepager_choices() or Choices()  # the layer decides what is offered and ticked
        self.base = base
        self.learnings, learnings_view = _checklist(
            [(learning["text"], chosen, learning) for learning, chosen in base.learnings], tr("Learnings to share"),
            short=False)
        self.wins, wins_view = _checklist([(text, True, text) for text in base.quick_wins], tr("Quick wins"))
        self.goals, goals_view = _checklist([(goal.title, True, goal) for goal in base.goals], tr("Goals"))
        self.topics, topics_view = _checklist([(t, True, t) for t in base.topics], tr("Topics covered"))
        self.recommendations = QPlainTextEdit(base.recommendations)
        self.recommendations.setAccessibleName(tr("Next steps and recommendations for the team"))
        tab_leaves(self.recommendations)  # Tab goes on to the names, language, paper, Save PDF… and Close
        self.recommendations.setMaximumHeight(90)
        self.names = QComboBox()
        for value, label in (("full", tr("Names in full")), ("initials", tr("Initials")), ("none", tr("No names"))):
            self.names.addItem(label, value)
        self.lang = QComboBox()
        for code, name in LANGUAGES.items():  # each language by its own name
            self.lang.addItem(name, code)
        # The language last exported in, else the interface's (the layer remembers it in the journal).
        self.lang.setCurrentIndex(max(0, self.lang.findData(base.lang or current_language())))
        self._lang_shown = self.lang.currentData()
        self.title = QLineEdit(layer.shown_title(base, self._lang_shown))
        self.title.setAccessibleName(tr("Title of the one-pager"))
        self.paper = QComboBox()
        self.paper.addItem(tr("A4"), "a4")
        self.paper.addItem(tr("Letter"), "letter")
        self.password = PdfPassword([name for _role, name in base.people])  # AES-256 when ticked; never stored
        for combo, name in ((self.names, tr("Names")), (self.lang, tr("Language")), (self.paper, tr("Paper"))):
            combo.setAccessibleName(name)

        # Left, what goes out: the title, then the learnings with all the room left over (the other
        # lists show a few rows each and scroll); right, the page and how it is printed.
        left = QVBoxLayout()
        heading = QFormLayout()  # the page's title first, as it is printed first
        heading.addRow(tr("Title"), self.title)
        left.addLayout(heading)
        boxes = {}
        for title, view in ((tr("Learnings (preselected: flagged for the one-pager)"), learnings_view),
                            (tr("Quick wins"), wins_view), (tr("Goals and progress"), goals_view),
                            (tr("Topics covered"), topics_view)):
            boxes[view] = box = QGroupBox(title)
            inside = QVBoxLayout(box)
            inside.addWidget(view)
            if isinstance(view, _ShortList):
                inside.addStretch(1)  # beside a higher box: at the top of its own
        left.addWidget(boxes[learnings_view], 1)
        left.addWidget(boxes[wins_view])
        short = QHBoxLayout()  # goals and topics are short: side by side
        short.addWidget(boxes[goals_view])
        short.addWidget(boxes[topics_view])
        left.addLayout(short)
        form = QFormLayout()
        form.addRow(tr("Next steps"), self.recommendations)
        form.addRow(tr("Names"), self.names)
        form.addRow(tr("Language"), self.lang)
        form.addRow(tr("Paper"), self.paper)
        form.addRow(tr("Password"), self.password)
        self.password.changed.connect(self._savable)

        self.preview = QLabel(tr("Preparing the preview…"))
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setAccessibleName(tr("Preview of the one-pager"))
        self._image: QImage | None = None
        scroll = self._scroll = QScrollArea()  # not self.scroll: that is QWidget.scroll()
        scroll.setAccessibleName(tr("Preview of the one-pager"))
        scroll.setWidget(self.preview)
        scroll.setWidgetResizable(True)
        self.status = LiveLabel()  # whether the selection fits: read as shown, announced as it changes
        self.status.setWordWrap(True)
        self.save_button = QPushButton(tr("Save PDF…"))
        self.save_button.setEnabled(False)
        self.save_button.clicked.connect(self.save)
        close = QPushButton(tr("Close"))
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(close)
        right = QVBoxLayout()
        right.addWidget(scroll, 1)
        right.addLayout(form)
        right.addLayout(buttons)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 1)
        layout.addLayout(right, 1)

        self._timer = QTimer(self, singleShot=True, interval=PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self.update_preview)
        for model in (self.learnings, self.wins, self.goals, self.topics):
            model.itemChanged.connect(lambda _item: self._changed())
        self.lang.currentIndexChanged.connect(self._language_changed)
        for combo in (self.names, self.paper):
            combo.currentIndexChanged.connect(lambda _i: self._changed())
        self.recommendations.textChanged.connect(self._changed)
        self.title.textChanged.connect(self._changed)
        self._fit()
        self.update_preview()

    def _fit(self) -> None:
        """As large as the window it opens over, less a margin (the learnings and the page need the room),
        so it fits wherever the window fits; 1100×760 on its own."""
        owner = self.parentWidget()
        size = owner.window().size() - FRAME if owner is not None else QSize(1100, 760)
        self.resize(size.expandedTo(self.minimumSizeHint()))

    def _changed(self) -> None:
        """The page shown is outdated: nothing can be saved until the new one is rendered."""
        self.pdf = None
        self.save_button.setEnabled(False)
        self.status.setText(tr("Updating the preview…"))
        self._timer.start()

    def _language_changed(self) -> None:
        """A title still at its default follows the language; one the tandem wrote stays."""
        if self.title.text().strip() == layer.default_title(self._lang_shown):
            self.title.setText(layer.default_title(self.lang.currentData()))
        self._lang_shown = self.lang.currentData()
        self._changed()

    def content(self) -> onepager.Content:
        """What the page prints: the layer composes it, each thing once."""
        return layer.compose(
            self.base, learnings=_checked(self.learnings), quick_wins=_checked(self.wins), goals=_checked(self.goals),
            topics=_checked(self.topics), recommendations=self.recommendations.toPlainText(), title=self.title.text())

    def options(self) -> onepager.Options:
        return onepager.Options(names=self.names.currentData(), lang=self.lang.currentData(),
                                paper=self.paper.currentData())

    def update_preview(self) -> None:
        """Render the real PDF and its page image in the background; stale results are dropped."""
        self._timer.stop()
        self._generation += 1
        generation, content, options = self._generation, self.content(), self.options()

        def work() -> tuple[onepager.Page, QImage, str]:
            import pypdfium2 as pdfium

            page = onepager.render_page(content, options)
            bitmap = pdfium.PdfDocument(page.data)[0].render(scale=2.0, rev_byteorder=True)  # sharp when scaled
            fmt = QImage.Format.Format_RGBX8888 if bitmap.n_channels == 4 else QImage.Format.Format_RGB888
            image = QImage(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride, fmt).copy()
            return page, image, page_text(page.data)

        def done(result: tuple[onepager.Page, QImage, str]) -> None:
            if generation == self._generation:
                page, self._image, text = result
                self.pdf = page.data
                self._scroll.setAccessibleDescription(text)  # the page's text in order, for a screen reader
                self.preview.setAccessibleDescription(text)
                self._show_image()
                self.status.setText(_fits(page))
                self._savable()

        def failed(exc: Exception) -> None:
            if generation == self._generation:
                self.pdf = None
                self.save_button.setEnabled(False)
                self.status.setText(_explain(exc))

        run_task(work, done, failed, self)

    def _show_image(self) -> None:
        """The whole page, as wide as the preview area."""
        if self._image is not None:
            width = max(200, self._scroll.viewport().width() - 24)
            self.preview.setPixmap(QPixmap.fromImage(self._image).scaledToWidth(
                width, Qt.TransformationMode.SmoothTransformation))

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self._show_image()

    def ask_save_path(self) -> Path | None:
        """Named for the tandem as the page shows its names; next to the last one-pager saved."""
        name = export_file_name(tr("One-pager"), [person for _role, person in self.base.people],
                                self.names.currentData(), ".pdf")
        path = ask_save_file(self, tr("Save the one-pager"), name, tr("PDF (*.pdf)"), OnePagerDialog.last_folder)
        if path is not None:
            OnePagerDialog.last_folder = path.parent
        return path

    def _savable(self) -> None:
        """A page is rendered, and the password (if any) is typed twice and strong enough or chosen anyway."""
        self.save_button.setEnabled(self.pdf is not None and self.password.is_acceptable())

    def save(self) -> None:
        password = self.password.value()
        if self.pdf is None or not self.password.is_acceptable():
            return
        path = self.ask_save_path()
        if path is None:
            return
        try:  # the finished page, encrypted with AES-256 (revision 6) when a password is given; never over a
            # journal open here (the save dialog lets a person pick it): what was chosen stays for another name
            journal_care.write_file(path, None, encrypt(self.pdf, password) if password else self.pdf, overwrite=True)
        except JournalError as exc:
            self.status.setText(describe(exc))
            return
        if not self.service.read_only:  # a completed tandem exports what is typed here but keeps its record
            self.service.remember_onepager(self.lang.currentData(), self.title.text(),
                                           self.recommendations.toPlainText())
        self.status.setText((tr("Saved to {path}, protected with the password.") if password else
                             tr("Saved to {path}.")).format(path=path))
