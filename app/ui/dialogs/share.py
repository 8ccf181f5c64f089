"""Raise it next time: shows exactly the text that becomes a shared agenda item (only what the person
selected in the reflection, else empty: app/core/reflections.offered_for_sharing)."""

from __future__ import annotations

import html

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from ..i18n import tr


class ShareDialog(QDialog):
    """Shows exactly the text that will become a shared agenda item; it can be edited first."""

    def __init__(self, text: str, where: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Raise it next time"))
        explanation = QLabel(tr("This text becomes an agenda item of <b>{where}</b>, visible to both of you. "
                                "Edit it here if you like: exactly this text is shared, nothing else.").format(
                                    where=html.escape(where)))
        explanation.setWordWrap(True)
        self.text = QPlainTextEdit(text)
        self.text.setAccessibleName(tr("Text to share"))
        self.text.setPlaceholderText(tr("Write what you want to raise (or select it in your reflection first): "
                                        "only this text is shared."))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.share_button = self.buttons.addButton(tr("Add to the agenda"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.share_button.setEnabled(bool(self.shared_text()))  # nothing to share until there is text
        self.text.textChanged.connect(lambda: self.share_button.setEnabled(bool(self.shared_text())))
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addWidget(self.text)
        layout.addWidget(self.buttons)

    def shared_text(self) -> str:
        return " ".join(self.text.toPlainText().split())
