"""Debounced saving for text the user types: one place for how edits reach the store.

Each field schedules a save under a key (a later edit of the same field
replaces the earlier one). After a short pause the saves run; a save that
fails (returns False) stays pending, so the caller can refuse to clear or
leave the screen and nothing typed is lost.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

Save = Callable[[], bool]


class Autosave(QObject):
    def __init__(self, delay_ms: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pending: dict[str, Save] = {}
        self._timer = QTimer(self, singleShot=True, interval=delay_ms)
        self._timer.timeout.connect(self.flush)

    def schedule(self, key: str, save: Save) -> None:
        self._pending[key] = save
        self._timer.start()

    def flush(self) -> bool:
        """Run every pending save now; False if any failed (those stay pending)."""
        self._timer.stop()
        pending, self._pending = self._pending, {}
        failed = {key: save for key, save in pending.items() if not save()}
        self._pending = {**failed, **self._pending}
        return not failed

    def discard(self) -> None:
        """Forget pending saves (only after the journal they belong to is gone)."""
        self._timer.stop()
        self._pending.clear()

    @property
    def pending(self) -> bool:
        return bool(self._pending)

    def pending_keys(self) -> set[str]:
        return set(self._pending)
