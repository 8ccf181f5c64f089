"""Running a one-shot dialog: read what it holds, then let it go.

Dialogs that held a passphrase must not linger as hidden widgets; every
caller goes through ``run_once``, which deletes the dialog afterwards.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QDialog, QFileDialog, QLineEdit, QWidget

from ..i18n import tr

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


def documents_folder() -> Path:
    return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation))


def ask_new_file(parent: QWidget, title: str, name: str, suffix: str, kind: str) -> Path | None:
    """A save dialog for a new journal file; the name gets ``suffix`` if the user left it off."""
    chosen, _ = QFileDialog.getSaveFileName(parent, title, str(documents_folder() / f"{name}{suffix}"),
                                            f"{kind} (*{suffix})")
    if not chosen:
        return None
    path = Path(chosen)
    return path if path.suffix == suffix else path.with_name(path.name + suffix)


def ask_existing_file(parent: QWidget, title: str, suffix: str, kind: str) -> Path | None:
    chosen, _ = QFileDialog.getOpenFileName(parent, title, str(documents_folder()),
                                            f"{kind} (*{suffix});;" + tr("All files (*)"))
    return Path(chosen) if chosen else None
