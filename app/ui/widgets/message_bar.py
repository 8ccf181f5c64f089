"""The calm, non-blocking message at the top of the main window."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QWidget

from ..i18n import tr


class MessageBar(QWidget):
    """A calm, non-blocking message at the top of the window."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setAccessibleName(tr("Message"))
        close = QToolButton()
        close.setText("✕")
        close.setAccessibleName(tr("Dismiss message"))
        close.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(close)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)  # paint the style sheet's background
        # Base and Text are the palette's pair for reading, in light and dark alike; the accent
        # is only a border (the highlight pair is often below 4.5:1, e.g. Fusion's blue on white).
        self.setStyleSheet("MessageBar { background: palette(base); border: 1px solid palette(mid);"
                           " border-left: 5px solid palette(highlight); } QLabel { color: palette(text); }")
        self.hide()

    def show_message(self, text: str) -> None:
        self.label.setText(text)
        self.show()
