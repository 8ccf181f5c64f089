"""Widgets only show and ask: nothing in app/ui but the two adapters reaches a journal."""

from __future__ import annotations

import ast
from pathlib import Path

UI = Path(__file__).resolve().parents[2] / "app" / "ui"
ADAPTERS = {"service.py", "private_service.py"}  # the Qt adapters over app/core


def _offences(path: Path) -> list[str]:
    """Each reach into a journal: ``.journal``, ``.transaction``, ``.conn``, or a ``lambda j:``."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Attribute) and node.attr in ("journal", "transaction", "conn"):
            found.append(f"{path.name}:{node.lineno} .{node.attr}")
        if isinstance(node, ast.Lambda) and node.args.args and node.args.args[0].arg in ("j", "journal"):
            found.append(f"{path.name}:{node.lineno} lambda {node.args.args[0].arg}")
    return found


def test_no_widget_reaches_into_a_journal() -> None:
    offences = [o for path in sorted(UI.rglob("*.py")) if path.name not in ADAPTERS for o in _offences(path)]
    assert offences == []


def test_the_guard_sees_an_offence(tmp_path: Path) -> None:
    bad = tmp_path / "page.py"
    bad.write_text("def f(self):\n    with self.service.journal.transaction():\n        g(lambda j: j.add())\n")
    assert len(_offences(bad)) == 3
