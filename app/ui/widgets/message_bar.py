"""The calm, non-blocking message at the top of the main window.

Two kinds, because they ask different things of the person: a *problem* (something was not
done, or needs them) stays until they dismiss it or it is dealt with; a *confirmation*
("Check-in saved.") closes by itself after a while and when the screen changes, so that
it never pushes the next screen down.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QTimer
from PySide6.QtGui import QPaintEvent, QPalette
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from ..i18n import tr
from .announce import LiveLabel


ACCENT_WIDTH = 5  # the coloured edge on the left


class MessageBar(QWidget):
    """A calm, non-blocking message at the top of the window."""

    DONE_MS = 12_000  # a confirmation stays this long: time to read two lines, twice

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.is_confirmation = False
        self._timer = QTimer(self, singleShot=True)
        self._timer.timeout.connect(self._done_elapsed)
        self.label = LiveLabel()  # its text is what a screen reader hears, announced when it shows or changes
        self.label.setWordWrap(True)
        self.label.setForegroundRole(QPalette.ColorRole.Text)  # on Base (paintEvent): the palette's pair for reading
        close = QPushButton("✕")
        close.setFlat(True)
        close.setAutoDefault(True)  # Enter dismisses it, as Space does
        close.setAccessibleName(tr("Dismiss message"))
        close.clicked.connect(self.hide)
        self.close_button = close
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(close)
        self.hide()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        """Base and Text are the palette's pair for reading, in light and dark alike; the accent is only
        a border (the highlight pair is often below 4.5:1, e.g. Fusion's blue on white). Painted, not a
        style sheet: a widget with one no longer follows the text size (walk of 2026-12-05)."""
        from PySide6.QtGui import QPainter  # here: the bar is built with the first window, drawn later

        palette = self.palette()
        painter = QPainter(self)
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Base))
        painter.setPen(palette.color(QPalette.ColorRole.Mid))
        painter.drawRect(self.rect().adjusted(0, 0, -1, -1))
        painter.fillRect(QRect(0, 0, ACCENT_WIDTH, self.height()), palette.color(QPalette.ColorRole.Highlight))
        painter.end()

    def show_message(self, text: str) -> None:
        """A problem, or something the person must act on: it stays until dismissed."""
        self._timer.stop()
        self.is_confirmation = False
        self.label.assertive = True
        self.label.setText(text)
        self.show()

    def show_done(self, text: str) -> None:
        """A confirmation: it closes by itself after ``DONE_MS`` and when the screen changes."""
        self.is_confirmation = True
        self.label.assertive = False
        self.label.setText(text)
        self.show()
        self._timer.start(self.DONE_MS)

    def screen_changed(self) -> None:
        """The person moved on: a confirmation has been seen; a problem stays."""
        if self.is_confirmation:
            self._done_elapsed()

    def _done_elapsed(self) -> None:
        if self.is_confirmation:
            self.hide()
            self.label.clear()
            self.is_confirmation = False
