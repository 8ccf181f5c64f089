"""Running a one-shot dialog, and the file choosers every dialog uses.

Dialogs that held a passphrase must not linger as hidden widgets; every
caller goes through ``run_once``, which deletes the dialog afterwards.
The file choosers start in a real folder (``app.paths.start_folder``: the one given, else Documents,
else home), never the working directory.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from app.paths import start_folder

from ..i18n import tr

if TYPE_CHECKING:  # the main window imports this module early; PySide's QDialog class costs 0.8 ms (issue 17.1)
    from PySide6.QtWidgets import QDialog, QWidget

D = TypeVar("D", bound="QDialog")
T = TypeVar("T")


def run_once(dialog: D, read: Callable[[D], T]) -> T | None:
    """Show ``dialog`` modally; return ``read(dialog)`` if accepted, else None. The dialog is deleted."""
    from PySide6.QtWidgets import QDialog, QLineEdit  # here, not above: see TYPE_CHECKING

    try:
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return read(dialog) if accepted else None
    finally:
        for edit in dialog.findChildren(QLineEdit):
            if edit.echoMode() == QLineEdit.EchoMode.Password:
                edit.clear()
        dialog.deleteLater()


def ask_new_file(parent: QWidget, title: str, name: str, suffix: str, kind: str,
                 folder: Path | None = None) -> Path | None:
    """A save dialog for a new journal file (in ``folder``, else the documents folder); the name gets
    ``suffix`` if the user left it off."""
    from PySide6.QtWidgets import QFileDialog

    chosen, _ = QFileDialog.getSaveFileName(parent, title, str(start_folder(folder) / f"{name}{suffix}"),
                                            f"{kind} (*{suffix})")
    if not chosen:
        return None
    path = Path(chosen)
    return path if path.suffix == suffix else path.with_name(path.name + suffix)


def ask_existing_file(parent: QWidget, title: str, suffix: str, kind: str) -> Path | None:
    from PySide6.QtWidgets import QFileDialog

    chosen, _ = QFileDialog.getOpenFileName(parent, title, str(start_folder()),
                                            f"{kind} (*{suffix});;" + tr("All files (*)"))
    return Path(chosen) if chosen else None


def ask_save_file(parent: QWidget, title: str, name: str, filter_: str, folder: Path | None = None) -> Path | None:
    """A save dialog for an export named ``name``, in ``folder`` if it exists (it asks before replacing a file)."""
    from PySide6.QtWidgets import QFileDialog

    chosen, _ = QFileDialog.getSaveFileName(parent, title, str(start_folder(folder) / name), filter_)
    return Path(chosen) if chosen else None
