"""Typed settings over QSettings: one place for every preference and its default.

Settings hold no journal content and no names of people: only preferences
and, while the user allows it, the paths of recently opened journals and of the
private journals whose authors ticked "remember" (a file's name may hold its author's first name).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings

from app import languages, paths

# The defaults of locking, of the programme and of backups, and the backup records, are imported where
# they are read: the welcome window needs none of them and is drawn sooner without them (issue 17.1).
if TYPE_CHECKING:
    import datetime as _dt

    from app.core.locking import WhenAway

from .i18n import system_language


class Settings:
    """Read and write preferences; tests pass a file inside their temporary folder."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or paths.settings_file()  # where: app/paths.py decides
        if path is None:
            paths.secure_app_folders()  # repaired at every start (issue 15.4)
        paths.private_file(self.path)  # 0600 in a 0700 folder before QSettings writes it (it keeps the mode)
        self._qs = QSettings(str(self.path), QSettings.Format.IniFormat)

    def _get(self, key: str, default: object, kind: type) -> object:
        value = self._qs.value(key, default)
        if kind is bool:
            return value if isinstance(value, bool) else str(value).lower() in ("true", "1", "yes")
        try:
            return kind(value)
        except (TypeError, ValueError):
            return default

    def _int(self, key: str, default: int) -> int:
        value = self._get(key, default, int)
        return value if isinstance(value, int) else default

    # Recent journals ------------------------------------------------------
    @property
    def remember_recent(self) -> bool:
        return bool(self._get("privacy/remember_recent", True, bool))

    @remember_recent.setter
    def remember_recent(self, value: bool) -> None:
        self._qs.setValue("privacy/remember_recent", bool(value))
        if not value:
            self._qs.remove("recent/journals")
            self._forget_backups()

    # What happens to an entry (opened: first; missing: kept; removed: gone; the limit) is decided in
    # app/core/recent.py, loaded when the list changes (not for the welcome window, issue 17.1).
    @property
    def recent(self) -> list[str]:
        if not self.remember_recent:
            return []
        value = self._qs.value("recent/journals", [])
        paths = [value] if isinstance(value, str) else list(value) if isinstance(value, list) else []
        return [p for p in paths if isinstance(p, str) and p]

    def add_recent(self, path: Path) -> None:
        """``path`` was opened."""
        from app.core.recent import Happened, after

        if self.remember_recent:
            self._qs.setValue("recent/journals", after(Happened.OPENED, self.recent, str(Path(path).resolve())))

    def forget_recent(self, path: str) -> None:
        """The person took ``path`` (as listed) off the list."""
        from app.core.recent import Happened, after

        self._qs.setValue("recent/journals", after(Happened.REMOVED, self.recent, path))

    # Private journals: only those whose author ticked "remember" (never listed on screen) -----
    @property
    def remembered_private(self) -> list[str]:
        """The private journals whose authors let this laptop remember where they are. The app never
        shows this list: a passphrase finds its own journal among them (app/core/journals)."""
        value = self._qs.value("private/remembered", [])
        paths = [value] if isinstance(value, str) else list(value) if isinstance(value, list) else []
        return [p for p in paths if isinstance(p, str) and p]

    def remember_private(self, path: Path, on: bool) -> None:
        """Keep (``on``) or forget where the private journal at ``path`` is."""
        text = str(Path(path).resolve())
        paths = [p for p in self.remembered_private if p != text] + ([text] if on else [])
        if paths:
            self._qs.setValue("private/remembered", paths)
        else:
            self._qs.remove("private")  # nothing left: not even the key says there ever was one

    # Locking ----------------------------------------------------------------
    @property
    def idle_lock_seconds(self) -> int:
        """Lock after this much time without input; 0 turns the idle lock off."""
        from app.core.locking import IDLE_LOCK_SECONDS

        return max(0, self._int("lock/idle_seconds", IDLE_LOCK_SECONDS))

    @idle_lock_seconds.setter
    def idle_lock_seconds(self, value: int) -> None:
        self._qs.setValue("lock/idle_seconds", int(value))

    @property
    def private_idle_seconds(self) -> int:
        """Lock my reflections after this much time without input (default 2 minutes)."""
        from app.core.locking import PRIVATE_IDLE_SECONDS

        return max(0, self._int("lock/private_idle_seconds", PRIVATE_IDLE_SECONDS))

    @private_idle_seconds.setter
    def private_idle_seconds(self, value: int) -> None:
        self._qs.setValue("lock/private_idle_seconds", int(value))

    @property
    def lock_on_minimize(self) -> bool:
        return bool(self._get("lock/on_minimize", False, bool))

    @lock_on_minimize.setter
    def lock_on_minimize(self, value: bool) -> None:
        self._qs.setValue("lock/on_minimize", bool(value))

    @property
    def lock_on_screen_lock(self) -> bool:
        """Lock when the session's screen locks (on by default)."""
        from app.core.locking import WhenAway

        return bool(self._get("lock/on_screen_lock", WhenAway().on_screen_lock, bool))

    @lock_on_screen_lock.setter
    def lock_on_screen_lock(self, value: bool) -> None:
        self._qs.setValue("lock/on_screen_lock", bool(value))

    @property
    def lock_before_sleep(self) -> bool:
        """Lock before the computer goes to sleep (on by default)."""
        from app.core.locking import WhenAway

        return bool(self._get("lock/before_sleep", WhenAway().before_sleep, bool))

    @lock_before_sleep.setter
    def lock_before_sleep(self, value: bool) -> None:
        self._qs.setValue("lock/before_sleep", bool(value))

    @property
    def when_away(self) -> WhenAway:
        from app.core.locking import WhenAway

        return WhenAway(on_screen_lock=self.lock_on_screen_lock, before_sleep=self.lock_before_sleep)

    # View -------------------------------------------------------------------
    @property
    def text_size(self) -> int:
        """Point size of the content text (Ctrl+Plus / Ctrl+Minus)."""
        return min(40, max(8, self._int("view/text_size", 12)))

    @text_size.setter
    def text_size(self, value: int) -> None:
        self._qs.setValue("view/text_size", min(40, max(8, int(value))))

    # The programme ----------------------------------------------------------
    @property
    def evaluation_every(self) -> int:
        """Offer a goal check-in after this many sessions; 0 turns the offer off."""
        from app.programme import DEFAULT_EVALUATION_EVERY

        value = self._int("programme/evaluation_every", DEFAULT_EVALUATION_EVERY)
        return min(12, max(0, value))

    @evaluation_every.setter
    def evaluation_every(self, value: int) -> None:
        self._qs.setValue("programme/evaluation_every", min(12, max(0, int(value))))

    # Backups ------------------------------------------------------------------
    @property
    def backup_reminder_every(self) -> int:
        """Remind on the overview after this many sessions held without a backup; 0 turns it off."""
        from app.core.journal_care import DEFAULT_BACKUP_REMINDER_EVERY

        return min(20, max(0, self._int("backup/remind_every", DEFAULT_BACKUP_REMINDER_EVERY)))

    @backup_reminder_every.setter
    def backup_reminder_every(self, value: int) -> None:
        self._qs.setValue("backup/remind_every", min(20, max(0, int(value))))

    # When each journal was last backed up (app/core/backup_records: salted keys, pruned), while the person
    # lets this laptop remember recent journals; cleared with the recent list.
    def _backup_key(self, journal: Path) -> str:
        from app.core import backup_records

        salt = str(self._qs.value("backup/salt", "") or "")
        if len(salt) != len(backup_records.new_salt()):
            salt = backup_records.new_salt()
            self._qs.setValue("backup/salt", salt)
        return "backup_last/" + backup_records.record_key(salt, journal)

    def last_backup(self, journal: Path) -> _dt.datetime | None:
        """When the app last backed up the journal at ``journal`` (local time), if it did."""
        if not self.remember_recent:
            return None
        from app.core import backup_records

        return backup_records.read_time(self._qs.value(self._backup_key(journal), ""))

    def set_last_backup(self, journal: Path, when: _dt.datetime) -> None:
        self._forget_backups(legacy_only=True)  # unsalted records of older versions
        if not self.remember_recent:
            return
        key = self._backup_key(journal)
        self._qs.beginGroup("backup_last")
        records = {name: self._qs.value(name) for name in self._qs.childKeys()}
        self._qs.endGroup()
        records[key.split("/", 1)[1]] = when.isoformat(timespec="minutes")
        from app.core import backup_records

        self._qs.remove("backup_last")
        for name, value in backup_records.kept(records, when).items():
            self._qs.setValue("backup_last/" + name, value)

    def _forget_backups(self, legacy_only: bool = False) -> None:
        self._qs.beginGroup("backup")
        legacy = [name for name in self._qs.childKeys() if name.startswith("last_")]
        self._qs.endGroup()
        for name in legacy:
            self._qs.remove("backup/" + name)
        if not legacy_only:
            self._qs.remove("backup_last")
            self._qs.remove("backup/salt")

    @property
    def language(self) -> str:
        """The interface language (a code of app.languages); "" follows the system (applies at the next start)."""
        value = str(self._qs.value("view/language", ""))
        return value if languages.known(value) else ""

    @language.setter
    def language(self, value: str) -> None:
        self._qs.setValue("view/language", value if languages.known(value) else "")

    @property
    def suggestion_language(self) -> str:
        """Language of the suggested topics, rules and first agenda; the interface's by default."""
        default = self.language or system_language()
        value = str(self._qs.value("programme/suggestion_language", default))
        return value if languages.known(value) else default

    @suggestion_language.setter
    def suggestion_language(self, value: str) -> None:
        if languages.known(value):
            self._qs.setValue("programme/suggestion_language", value)

    def sync(self) -> None:
        self._qs.sync()
