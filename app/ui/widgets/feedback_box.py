"""One direction of a feedback round (after a session, or the closing round):
what helped, what to change, a rating from 1 to 5."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QFormLayout, QGroupBox, QPlainTextEdit, QSpinBox

from ..i18n import N_, tr

SESSION_LABELS = (N_("What helped"), N_("What to change"), N_("Rating (1–5)"), N_("Rating of the session, 1 to 5"))
CLOSING_LABELS = (N_("What helped most"), N_("What we would do differently"), N_("Overall (1–5)"),
                  N_("Rating of the whole tandem, 1 to 5"))


class FeedbackBox(QGroupBox):
    def __init__(self, giver: str, title: str, labels: tuple[str, str, str, str] = SESSION_LABELS) -> None:
        super().__init__(title)
        self.role_title = title  # the heading without the people's names
        self.giver = giver
        helped, to_change, rating, rating_name = (tr(label) for label in labels)
        self.helped = QPlainTextEdit()
        self.to_change = QPlainTextEdit()
        self.rating = QSpinBox()
        self.rating.setRange(0, 5)
        self.rating.setSpecialValueText("–")
        for widget, name in ((self.helped, helped), (self.to_change, to_change), (self.rating, rating_name)):
            widget.setAccessibleName(f"{title}: {name}")
        for edit in (self.helped, self.to_change):
            edit.setTabChangesFocus(True)
            edit.setMaximumHeight(90)
        form = QFormLayout(self)
        form.addRow(helped, self.helped)
        form.addRow(to_change, self.to_change)
        form.addRow(rating, self.rating)

    def values(self) -> dict[str, Any]:
        return {"helped": self.helped.toPlainText(), "to_change": self.to_change.toPlainText(),
                "rating": self.rating.value() or None}

    def show_values(self, row: dict[str, Any] | None) -> None:
        self.helped.setPlainText(row["helped"] if row else "")
        self.to_change.setPlainText(row["to_change"] if row else "")
        self.rating.setValue((row or {}).get("rating") or 0)

    def set_read_only(self, read_only: bool) -> None:
        self.helped.setReadOnly(read_only)
        self.to_change.setReadOnly(read_only)
        self.rating.setReadOnly(read_only)
