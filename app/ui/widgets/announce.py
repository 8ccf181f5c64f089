"""What a screen reader says without the focus moving: messages and status texts.

A label keeps its text as what is read (no fixed accessible name over it, which would replace the
text for the reader); when its text changes while it shows, the new text is *announced*
(``QAccessibleAnnouncementEvent``, Qt 6.8+: AT-SPI's ``object:announcement``, which Orca speaks).
"""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QLabel, QWidget


def plain(text: str) -> str:
    """The words of a label's text, without the markup of a rich one."""
    if "<" not in text:
        return text
    from PySide6.QtGui import QTextDocumentFragment  # noqa: PLC0415 - only for rich texts

    return QTextDocumentFragment.fromHtml(text).toPlainText()


def announce(widget: QWidget, text: str, *, assertive: bool = False) -> None:
    """Have a screen reader say ``text`` now (interrupting it when ``assertive``)."""
    # loaded here, not above: the message bar is part of the first window, QAccessible's types are not (17.1)
    from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent

    if not text or not QAccessible.isActive():
        return
    event = QAccessibleAnnouncementEvent(widget, plain(text))
    politeness = QAccessible.AnnouncementPoliteness
    event.setPoliteness(politeness.Assertive if assertive else politeness.Polite)
    QAccessible.updateAccessibility(event)


class LiveLabel(QLabel):
    """A label whose new text is announced while it shows (a message, a count, a verdict)."""

    def __init__(self, text: str = "", parent: QWidget | None = None, *, assertive: bool = False) -> None:
        super().__init__(text, parent)
        self.assertive = assertive

    def setText(self, text: str) -> None:  # noqa: N802 - Qt's name
        changed = text != self.text()
        super().setText(text)
        if changed and self.isVisible():
            announce(self, text, assertive=self.assertive)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if not event.spontaneous():
            announce(self, self.text(), assertive=self.assertive)
