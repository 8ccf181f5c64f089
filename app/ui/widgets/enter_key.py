"""Enter presses the push button that has the keyboard, as Space does.

Qt leaves Enter to a dialog's default button, and a main window has none: on the window's pages a
focused button ignored Enter (the unlock screen's "Choose another journal", the message's ✕, walk of
2026-12-05), where every desktop a person knows presses it. ``autoDefault`` is what makes a
QPushButton take Enter itself; outside a dialog it changes nothing else.
"""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton, QWidget


def enter_presses_buttons(root: QWidget) -> None:
    """Every push button in ``root`` (a page, when it is shown) takes Enter."""
    for button in root.findChildren(QPushButton):
        if not button.autoDefault():
            button.setAutoDefault(True)
