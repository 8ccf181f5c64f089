"""Running a one-shot dialog: read what it holds, then let it go.

Dialogs that held a passphrase must not linger as hidden widgets; every
caller goes through ``run_once``, which deletes the dialog afterwards.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtWidgets import QDialog, QLineEdit

D = TypeVar("D", bound=QDialog)
T = TypeVar("T")


def run_once(dialog: D, read: Callable[[D], T]) -> T | None:
    """Show ``dialog`` modally; return ``read(dialog)`` if accepted, else None. The dialog is deleted."""
    try:
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return read(dialog) if accepted else None
    finally:
        for edit in dialog.findChildren(QLineEdit):
            if edit.echoMode() == QLineEdit.EchoMode.Password:
                edit.clear()
        dialog.deleteLater()
