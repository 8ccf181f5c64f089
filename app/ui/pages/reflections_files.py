"""My private journal's files: choosing and naming them, and the author's own copies (Markdown,
JSON, an encrypted backup). Exports are not encrypted, and say so."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from app.store import JournalError
from app.store.files import write_bytes_atomic

from ..dialogs.common import ask_existing_file, ask_new_file, ask_save_file
from ..errors import describe
from ..i18n import tr

if TYPE_CHECKING:
    from ..private_service import PrivateService

SUFFIX = ".reflections"


if TYPE_CHECKING:
    _PageBase = QWidget  # to mypy the mixin is the page's QWidget; at runtime ReflectionsPage adds it
else:
    _PageBase = object


class ReflectionsFiles(_PageBase):
    """Part of ReflectionsPage: file choosers, exports and backups (``self`` is the page)."""

    if TYPE_CHECKING:  # what ReflectionsPage (reflections.py) provides
        problem = Signal(str)
        private: PrivateService

        def flush(self) -> bool: ...

    def ask_open_path(self) -> Path | None:
        return ask_existing_file(self, tr("Open my private journal"), SUFFIX, tr("Private journals"))

    def ask_create_path(self) -> Path | None:
        return ask_new_file(self, tr("Create my private journal"), "my", SUFFIX, tr("Private journals"))

    def ask_save_path(self, title: str, suggested: str, filter_: str) -> Path | None:
        return ask_save_file(self, title, suggested, filter_)

    # The author's own exports --------------------------------------------------------------------
    def _write(self, path: Path | None, data: bytes) -> None:
        if path is None:
            return
        try:
            write_bytes_atomic(path, data, overwrite=True)  # the save dialog has asked about replacing
        except JournalError as exc:
            self.problem.emit(describe(exc))
            return
        self.problem.emit(tr("Saved to {path}. It is not encrypted: keep it private.").format(path=path))

    def export_markdown(self) -> None:
        if self.private.is_open and self.flush():
            path = self.ask_save_path(tr("Export my reflections as Markdown"), "my-reflections.md",
                                      tr("Markdown (*.md)"))
            text = self.private.markdown()
            if text is not None:
                self._write(path, text.encode("utf-8"))

    def export_json(self) -> None:
        if self.private.is_open and self.flush():
            path = self.ask_save_path(tr("Export my reflections as JSON"), "my-reflections.json", tr("JSON (*.json)"))
            text = self.private.portable_json()
            if text is not None:
                self._write(path, text.encode("utf-8"))

    def back_up(self) -> None:
        if not self.private.is_open or not self.flush():
            return
        path = self.ask_save_path(tr("Back up my private journal"), f"my-backup{SUFFIX}",
                                  f"{tr('Private journals')} (*{SUFFIX})")
        if path is None:
            return
        self.problem.emit(tr("Backing up your private journal…"))
        self.private.backup(path, lambda dest: self.problem.emit(  # a consistent copy, off the GUI thread
            tr("Backup written to {path} (encrypted, same passphrase).").format(path=dest)))
