"""Forms that sit one under the other and read as one: their labels take the same width, so their
fields start at the same left edge."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QWidget


def same_label_column(*forms: QFormLayout) -> None:
    """Give every label of ``forms`` the width of the widest, so the fields line up (call it once
    all rows are in, e.g. when the dialog is shown; it follows the labels' font at that moment)."""
    labels: list[QWidget] = []
    for form in forms:
        for row in range(form.rowCount()):
            item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            widget = item.widget() if item is not None else None
            if widget is not None:
                labels.append(widget)
    widest = max((label.sizeHint().width() for label in labels), default=0)
    for label in labels:
        label.setMinimumWidth(widest)
