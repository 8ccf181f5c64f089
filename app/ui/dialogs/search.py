"""Search the whole journal (Ctrl+F): results as you type, Enter jumps to the place."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QListView, QVBoxLayout, QWidget

from app.store import SearchHit

from ..i18n import tr
from ..models.search_results import SearchResultsModel
from ..service import JournalService

SEARCH_DELAY_MS = 150


class SearchDialog(QDialog):
    hit_chosen = Signal(object)  # SearchHit

    def __init__(self, service: JournalService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.setWindowTitle(tr("Search the journal"))
        self.query = QLineEdit()
        self.query.setPlaceholderText(tr("Search notes, agenda, learnings, action items, feedback, goals, topics"))
        self.query.setAccessibleName(tr("Search words"))
        self.query.setClearButtonEnabled(True)
        self.model = SearchResultsModel(self)
        self.results = QListView()
        self.results.setModel(self.model)
        self.results.setAccessibleName(tr("Search results"))
        self.results.setWordWrap(True)
        self.results.setUniformItemSizes(False)
        self.results.activated.connect(self._choose)
        self.status = QLabel()
        self.status.setAccessibleName(tr("Number of results"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.query)
        layout.addWidget(self.status)
        layout.addWidget(self.results, 1)
        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.run_search)
        self.query.textChanged.connect(self._timer.start)
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

    def run_search(self) -> None:
        self._timer.stop()
        text = self.query.text()
        hits: list[SearchHit] = self.service.search(text) if text.strip() else []
        self.model.set_hits(hits)
        if not text.strip():
            self.status.clear()
        else:
            count = len(hits)
            self.status.setText((tr("1 result") if count == 1 else tr("{count} results").format(count=count))
                                if hits else tr("Nothing found."))
        if hits:
            self.results.setCurrentIndex(self.model.index(0))

    def _enter(self) -> None:
        self.run_search()
        index = self.results.currentIndex()
        if index.isValid():
            self._choose(index)

    def _choose(self, index: QModelIndex) -> None:
        if index.isValid():
            self.hit_chosen.emit(self.model.hit(index.row()))
            self.hide()

    def reset(self) -> None:
        """Forget the query and results (on lock)."""
        self._timer.stop()
        self.hide()
        self.query.clear()
        self.model.set_hits([])
        self.status.clear()
