"""How a session's lists name the two people (issue 20.14): "Who" and "Owner" say "Petra", "Jonas" or
"Both" rather than the roles; the role is in the tooltip and in the choices ("Petra (Mentee)").

Which name a list uses is a rule about people (``app/core/names.call_names``: given names, full
names when both have the same one); a person without a name is shown by the role, as before.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtWidgets import QComboBox

from app.core.names import call_names

from ..i18n import tr
from .columns import ROLE_LABELS


class People:
    """The labels of the role values ``mentee``, ``mentor`` and ``both`` for the tandem's two people."""

    def __init__(self, names: Mapping[str, str] | None = None) -> None:
        full = {role: (names or {}).get(role, "").strip() for role in ("mentee", "mentor")}
        called = call_names(full["mentee"], full["mentor"])
        self.full = full
        self.called = {"mentee": called[0], "mentor": called[1]}

    def cell(self, value: str) -> str:
        """In a list's cell: the name the person is called by, else the role."""
        return self.called.get(value) or tr(ROLE_LABELS.get(value, value))

    def choice(self, value: str) -> str:
        """In a choice list: the name with the role ("Petra (Mentee)"), else the role."""
        name = self.called.get(value)
        role = tr(ROLE_LABELS.get(value, value))
        return tr("{name} ({role})").format(name=name, role=role) if name else role

    def tooltip(self, value: str) -> str | None:
        """The full name and the role ("Dr. Petra Schäfer-Ünal (Mentee)"); for both, both names."""
        if value == "both":
            mentee, mentor = self.full["mentee"], self.full["mentor"]
            return tr("Both: {mentee} and {mentor}").format(mentee=mentee, mentor=mentor) if mentee and mentor else None
        name = self.full.get(value)
        return tr("{name} ({role})").format(name=name, role=tr(ROLE_LABELS[value])) if name else None

    def heading(self, value: str) -> str | None:
        """A feedback box's heading: the name, the role in brackets ("Feedback from Petra (Mentee)")."""
        name = self.called.get(value)
        return tr("Feedback from {name} ({role})").format(name=name, role=tr(ROLE_LABELS[value])) if name else None

    def choices(self) -> list[tuple[str, str]]:
        return [(value, self.choice(value)) for value in ROLE_LABELS]


def set_choices(combo: QComboBox, choices: list[tuple[str, str]]) -> None:
    """Fill a choice list anew, keeping what was chosen (or that nothing was)."""
    chosen = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    for value, label in choices:
        combo.addItem(label, value)
    combo.setCurrentIndex(combo.findData(chosen) if chosen is not None else -1)
    combo.blockSignals(False)
