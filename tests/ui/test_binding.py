"""The Qt binding itself must not leak or over-release references when it calls Python slots.

PySide6 6.12.0 released ``None`` once too often on every slot call: the app died
("deallocating None") after a few thousand signals, e.g. keystrokes. This test
fails on such a binding, so an upgrade is checked, not trusted.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QCheckBox, QPushButton


def test_calling_python_slots_keeps_reference_counts(qtbot) -> None:
    box, button = QCheckBox(), QPushButton()
    qtbot.addWidget(box)
    qtbot.addWidget(button)
    box.toggled.connect(lambda on: None)
    button.clicked.connect(lambda: None)
    before = [sys.getrefcount(o) for o in (None, True, False)]
    for i in range(2000):
        box.setChecked(i % 2 == 0)
        button.click()
    after = [sys.getrefcount(o) for o in (None, True, False)]
    drift = [b - a for a, b in zip(before, after)]
    assert all(abs(d) < 50 for d in drift), f"reference counts of None/True/False drifted by {drift}"
