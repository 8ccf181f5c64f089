"""A calm line above the overview's lists (a check-in is due, the tandem is completed…),
with the button that acts on it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget


class Notice(QFrame):
    """A calm line above the lists, with the button that acts on it."""

    def __init__(self, name: str, button_text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(name)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.button = QPushButton(button_text)
        self.button.setAutoDefault(True)  # Enter presses it, as on the page around it (widgets/enter_key.py)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.button)
        self.button.setVisible(bool(button_text))  # only once it has a parent, or it opens as a window
        self.hide()

    def show_text(self, text: str | None) -> None:
        """Show ``text``, or hide the notice when there is nothing to say."""
        self.label.setText(text or "")
        self.setVisible(bool(text))
