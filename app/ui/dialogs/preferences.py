"""Preferences: locking, the recent list and how often to check in. Saved in Settings, never any content."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QSpinBox, QWidget

from .. import colours
from ..i18n import LANGUAGES, tr
from ..settings import Settings


class PreferencesDialog(QDialog):
    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Preferences"))
        self.settings = settings
        self.idle_minutes = QSpinBox()
        self.idle_minutes.setRange(0, 240)
        self.idle_minutes.setSpecialValueText(tr("never"))
        self.idle_minutes.setPrefix(tr("after "))
        self.idle_minutes.setSuffix(tr(" min"))
        self.idle_minutes.setValue(round(settings.idle_lock_seconds / 60))
        self.idle_minutes.setAccessibleName(tr("Lock after minutes without input"))
        self.private_idle_minutes = QSpinBox()
        self.private_idle_minutes.setRange(1, 60)
        self.private_idle_minutes.setPrefix(tr("after "))
        self.private_idle_minutes.setSuffix(tr(" min"))
        self.private_idle_minutes.setValue(max(1, round(settings.private_idle_seconds / 60)))
        self.private_idle_minutes.setAccessibleName(tr("Lock my reflections after minutes without input"))
        self.on_minimize = QCheckBox(tr("Lock when the window is minimised"))
        self.on_minimize.setChecked(settings.lock_on_minimize)
        self.on_screen_lock = QCheckBox(tr("Lock when the screen locks"))
        self.on_screen_lock.setChecked(settings.lock_on_screen_lock)
        self.before_sleep = QCheckBox(tr("Lock before the computer sleeps"))
        self.before_sleep.setChecked(settings.lock_before_sleep)
        self.remember = QCheckBox(tr("Remember recently opened journals (file paths only)"))
        self.remember.setChecked(settings.remember_recent)
        self.language = QComboBox()
        self.language.setAccessibleName(tr("Language of the interface"))
        self.language.addItem(tr("As the system"), "")
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))
        self.language_note = QLabel(tr("A new language applies when you start the app again."))
        colours.as_hint(self.language_note)  # readable, not a disabled grey
        self.evaluation_every = QSpinBox()
        self.evaluation_every.setRange(0, 12)
        self.evaluation_every.setSpecialValueText(tr("never"))
        self.evaluation_every.setPrefix(tr("every "))
        self.evaluation_every.setSuffix(tr(" sessions"))
        self.evaluation_every.setValue(settings.evaluation_every)
        self.evaluation_every.setAccessibleName(tr("Offer a goal check-in every this many sessions"))
        self.backup_every = QSpinBox()  # the overview's gentle reminder (app/core/journal_care.backup_status)
        self.backup_every.setRange(0, 20)
        self.backup_every.setSpecialValueText(tr("never"))
        self.backup_every.setSuffix(tr(" sessions without a backup"))
        self.backup_every.setValue(settings.backup_reminder_every)
        self.backup_every.setAccessibleName(tr("Remind me to back up after this many sessions without a backup"))
        form = QFormLayout(self)
        form.addRow(tr("Lock when idle"), self.idle_minutes)  # "after 5 min", or "never"
        form.addRow(tr("Lock my reflections when idle"), self.private_idle_minutes)
        form.addRow("", self.on_minimize)
        form.addRow("", self.on_screen_lock)
        form.addRow("", self.before_sleep)
        form.addRow("", self.remember)
        form.addRow(tr("Offer a goal check-in"), self.evaluation_every)  # "every 3 sessions", or "never"
        form.addRow(tr("Remind me to back up after"), self.backup_every)
        form.addRow(tr("Language"), self.language)
        form.addRow("", self.language_note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def accept(self) -> None:
        self.settings.idle_lock_seconds = self.idle_minutes.value() * 60
        self.settings.private_idle_seconds = self.private_idle_minutes.value() * 60
        self.settings.lock_on_minimize = self.on_minimize.isChecked()
        self.settings.lock_on_screen_lock = self.on_screen_lock.isChecked()
        self.settings.lock_before_sleep = self.before_sleep.isChecked()
        self.settings.remember_recent = self.remember.isChecked()
        self.settings.evaluation_every = self.evaluation_every.value()
        self.settings.backup_reminder_every = self.backup_every.value()
        self.settings.language = str(self.language.currentData())
        self.settings.sync()
        super().accept()
