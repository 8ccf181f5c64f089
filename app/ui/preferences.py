"""Preferences: locking, the recent list and how often to check in. Saved in Settings, never any content."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QFormLayout, QSpinBox, QWidget

from .settings import Settings


class PreferencesDialog(QDialog):
    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Preferences")
        self.settings = settings
        self.idle_minutes = QSpinBox()
        self.idle_minutes.setRange(0, 240)
        self.idle_minutes.setSpecialValueText("never")
        self.idle_minutes.setSuffix(" min")
        self.idle_minutes.setValue(round(settings.idle_lock_seconds / 60))
        self.idle_minutes.setAccessibleName("Lock after minutes without input")
        self.private_idle_minutes = QSpinBox()
        self.private_idle_minutes.setRange(1, 60)
        self.private_idle_minutes.setSuffix(" min")
        self.private_idle_minutes.setValue(max(1, round(settings.private_idle_seconds / 60)))
        self.private_idle_minutes.setAccessibleName("Lock my reflections after minutes without input")
        self.on_minimize = QCheckBox("Lock when the window is minimised")
        self.on_minimize.setChecked(settings.lock_on_minimize)
        self.remember = QCheckBox("Remember recently opened journals (file paths only)")
        self.remember.setChecked(settings.remember_recent)
        self.evaluation_every = QSpinBox()
        self.evaluation_every.setRange(0, 12)
        self.evaluation_every.setSpecialValueText("never")
        self.evaluation_every.setSuffix(" sessions")
        self.evaluation_every.setValue(settings.evaluation_every)
        self.evaluation_every.setAccessibleName("Offer a goal check-in every this many sessions")
        form = QFormLayout(self)
        form.addRow("Lock after no input for", self.idle_minutes)
        form.addRow("Lock my reflections after", self.private_idle_minutes)
        form.addRow("", self.on_minimize)
        form.addRow("", self.remember)
        form.addRow("Offer a goal check-in every", self.evaluation_every)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def accept(self) -> None:
        self.settings.idle_lock_seconds = self.idle_minutes.value() * 60
        self.settings.private_idle_seconds = self.private_idle_minutes.value() * 60
        self.settings.lock_on_minimize = self.on_minimize.isChecked()
        self.settings.remember_recent = self.remember.isChecked()
        self.settings.evaluation_every = self.evaluation_every.value()
        self.settings.sync()
        super().accept()
