"""Search the whole journal (Ctrl+F): results as you type, Enter jumps to the place.

The search runs in the background (``run_task``), so typing never waits for the
journal. Each query gets a generation number; a result arrives on the UI thread
and is shown only if no newer query has started since (older ones are dropped).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialog, QLineEdit, QListView, QToolButton, QVBoxLayout, QWidget

from app.store import SearchHit

from ..i18n import tr
from ..widgets.announce import LiveLabel
from ..models.search_results import SearchResultsModel
from ..service import JournalService

SEARCH_DELAY_MS = 150


class SearchDialog(QDialog):
    hit_chosen = Signal(object)  # SearchHit
    results_shown = Signal()  # the newest query's results (or none) are on screen

    def __init__(self, service: JournalService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.setWindowTitle(tr("Search the journal"))
        self.query = QLineEdit()
        self.query.setPlaceholderText(tr("Search notes, agenda, learnings, action items, feedback, goals, topics"))
        self.query.setAccessibleName(tr("Search words"))
        self.query.setClearButtonEnabled(True)
        for clear in self.query.findChildren(QToolButton):  # Qt's clear button has no name of its own
            clear.setAccessibleName(tr("Clear the search words"))
        self.model = SearchResultsModel(self)
        self.results = QListView()
        self.results.setModel(self.model)
        self.results.setAccessibleName(tr("Search results"))
        self.results.setWordWrap(True)
        self.results.setUniformItemSizes(False)
        self.results.activated.connect(self._choose)
        self.status = LiveLabel()  # "3 results": read as shown, and announced as it changes
        layout = QVBoxLayout(self)
        layout.addWidget(self.query)
        layout.addWidget(self.status)
        layout.addWidget(self.results, 1)
        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.run_search)
        self._generation = 0  # of the newest query; results of older ones are dropped
        self._shown: str | None = None  # the query whose results are on screen
        self._choose_when_shown = False  # Enter was pressed before the results arrived
        self.query.textChanged.connect(self._typed)
        self.query.returnPressed.connect(self._enter)
        self.query.installEventFilter(self)
        service.closed.connect(self.reset)
        self.resize(720, 480)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.query and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() == Qt.Key.Key_Down and self.model.rowCount():
                self.results.setFocus()
                self.results.setCurrentIndex(self.model.index(0))
                return True
        return super().eventFilter(watched, event)

    def open_search(self) -> None:
        self.show()
        self.raise_()
        self.activateWindow()
        self.query.setFocus()
        self.query.selectAll()

    def _typed(self) -> None:
        self._choose_when_shown = False
        self._timer.start()

    def run_search(self) -> None:
        """Search for the query in the background; ``results_shown`` when its results are on screen."""
        self._timer.stop()
        self._generation += 1
        generation, text = self._generation, self.query.text()
        if not text.strip():
            self._show(generation, text, [])
            return
        self.service.search_in_background(text, lambda hits: self._show(generation, text, hits),
                                          lambda _exc: self._show(generation, text, None), self)

    def _show(self, generation: int, text: str, hits: list[SearchHit] | None) -> None:
        """Show one query's results (None: the search failed)."""
        if generation != self._generation:
            return  # a newer query is on its way
        self._shown = text
        self.model.set_hits(hits or [])
        if not text.strip() or hits is None:
            self.status.clear()
        else:
            count = len(hits)
            self.status.setText((tr("1 result") if count == 1 else tr("{count} results").format(count=count))
                                if hits else tr("Nothing found."))
        if hits:
            self.results.setCurrentIndex(self.model.index(0))
        self.results_shown.emit()
        if self._choose_when_shown:
            self._choose_when_shown = False
            self._choose(self.results.currentIndex())

    def _enter(self) -> None:
        """Jump to the selected result, once the results for what was typed are on screen."""
        if self._timer.isActive() or self._shown != self.query.text():
            self._choose_when_shown = True
            self.run_search()
        else:
            self._choose(self.results.currentIndex())

    def _choose(self, index: QModelIndex) -> None:
        if index.isValid():
            self.hit_chosen.emit(self.model.hit(index.row()))
            self.hide()

    def reset(self) -> None:
        """Forget the query and results (on lock); a search still running is dropped."""
        self.hide()
        self.query.clear()
        self._timer.stop()
        self._generation += 1
        self._choose_when_shown = False
        self.model.set_hits([])
        self.status.clear()
        self._shown = None
