"""Tab leaves a plain-text editor, as it leaves every other control: a person who cannot see or
use a mouse is never held in a text box. Ctrl+Tab types a tab where one is wanted (README)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QPlainTextEdit, QTabWidget, QTextEdit


class _CtrlTabTypesTab(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if (event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and event.key() == Qt.Key.Key_Tab
                and event.modifiers() == Qt.KeyboardModifier.ControlModifier
                and isinstance(watched, (QPlainTextEdit, QTextEdit)) and not watched.isReadOnly()):
            watched.insertPlainText("\t")
            return True
        return False


def tab_leaves(edit: QPlainTextEdit | QTextEdit) -> None:
    """Tab and Shift+Tab move to the next and previous control; Ctrl+Tab types a tab."""
    edit.setTabChangesFocus(True)
    keys = _CtrlTabTypesTab(edit)
    edit.installEventFilter(keys)


def name_pages(tabs: QTabWidget) -> None:
    """Each page of a tab widget is read by its tab's title (a screen reader heard unnamed fillers)."""
    for index in range(tabs.count()):
        title = tabs.tabText(index).replace("&&", "\0").replace("&", "").replace("\0", "&")
        page = tabs.widget(index)
        if page is not None and not page.accessibleName():
            page.setAccessibleName(title)
