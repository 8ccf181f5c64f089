"""Entering a new passphrase: twice, with a strength meter and the can't-recover warning.

The meter is the layer's rule (``app/core/strength``: zxcvbn with the people's names, the file's
name and German words); a weak passphrase is accepted only when "Use it anyway" is ticked, and a
too short one never."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QFormLayout, QFrame, QLabel, QLineEdit, QProgressBar, QVBoxLayout, QWidget

from app.core import strength as rule

from ..i18n import tr
from ..passphrase import describe


class NewPassphraseFields(QWidget):
    """Two password fields, a meter, a verdict and "use it anyway"; ``changed`` fires on every edit."""

    changed = Signal()

    def __init__(self, warning: str, parent: QWidget | None = None, people: Sequence[str] = (), *,
                 password: bool = False) -> None:
        """``password``: the same fields for a file's password (the one-pager's), worded "password"."""
        super().__init__(parent)
        words = ((tr("Password"), tr("Password again"), tr("Repeat password"), tr("Use this weak password anyway"))
                 if password else (tr("Passphrase"), tr("Passphrase again"), tr("Repeat passphrase"),
                                   tr("Use this weak passphrase anyway")))
        self._people: tuple[str, ...] = tuple(people)
        self._rated: tuple[str, tuple[str, ...], rule.Strength] | None = None
        self.passphrase = QLineEdit()
        self.repeat = QLineEdit()
        self.use_anyway = QCheckBox(tr("Use it anyway"))  # under the verdict that says why not
        self.use_anyway.setAccessibleName(words[3])
        # A changed passphrase is asked about again (connected first: unticked before it is rated).
        self.passphrase.textChanged.connect(lambda _text: self.use_anyway.setChecked(False))
        for edit, name in ((self.passphrase, words[0]), (self.repeat, words[1])):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            edit.setAccessibleName(name)
            edit.textChanged.connect(self._update)
        self.meter = QProgressBar()
        self.meter.setRange(0, 4)
        self.meter.setTextVisible(False)
        self.meter.setAccessibleName(tr("Passphrase strength"))
        self.meter.setFixedHeight(max(6, self.fontMetrics().height() // 3))  # a thin bar, not a field
        self.meter.hide()  # until something is typed
        self.verdict = QLabel()
        self.verdict.setWordWrap(True)
        self.use_anyway.setToolTip(tr("A weak passphrase can be guessed by a computer that tries common "
                                      "words, names and years, if the file is ever lost or copied."))
        self.use_anyway.hide()  # only for a weak passphrase
        self.use_anyway.toggled.connect(lambda _on: self.changed.emit())
        self.match = QLabel()
        self.warning = QLabel(warning)
        self.warning.setWordWrap(True)
        self.warning.setFrameShape(QFrame.Shape.StyledPanel)  # the one text that must be read: set apart
        self.warning.setMargin(max(4, self.fontMetrics().height() // 3))
        outer = QVBoxLayout(self)  # the warning below the form: a form row under-measures wrapped text
        outer.setContentsMargins(0, 0, 0, 0)
        self.form = form = QFormLayout()
        outer.addLayout(form)
        form.addRow(words[0], self.passphrase)
        form.addRow("", self.meter)
        form.addRow(self.verdict)  # the whole width: fewer lines, and the form measures it right
        form.addRow(self.use_anyway)
        form.addRow(words[2], self.repeat)
        form.addRow("", self.match)
        outer.addWidget(self.warning)
        QWidget.setTabOrder(self.passphrase, self.use_anyway)  # as the form reads
        QWidget.setTabOrder(self.use_anyway, self.repeat)
        self._update()

    def set_people(self, people: Sequence[str]) -> None:
        """The names and file names the passphrase must not lean on (re-rated at once)."""
        if tuple(people) != self._people:
            self._people = tuple(people)
            self._update()

    def rating(self) -> rule.Strength:
        """The layer's verdict on what is typed (rated once per text and people)."""
        text = self.passphrase.text()
        if self._rated is None or self._rated[:2] != (text, self._people):
            self._rated = (text, self._people, rule.rate(text, self._people))
        return self._rated[2]

    def _update(self) -> None:
        typed = bool(self.passphrase.text())
        result = self.rating()
        self.meter.setValue(0 if result.too_short else result.level)
        self.meter.setVisible(typed)
        self.verdict.setText(describe(result) if typed else "")
        self.use_anyway.setVisible(typed and result.verdict is rule.Verdict.WEAK and not result.too_short)
        same = self.passphrase.text() == self.repeat.text()
        self.match.setText("" if same or not self.repeat.text() else tr("The two passphrases differ."))
        self.verdict.setVisible(typed)  # an empty row would leave a gap in the form
        self.match.setVisible(bool(self.match.text()))
        self.changed.emit()

    def is_acceptable(self) -> bool:
        """Both fields agree, and the passphrase is not weak or "Use it anyway" is ticked."""
        return (self.rating().usable(self.use_anyway.isChecked())
                and self.passphrase.text() == self.repeat.text())

    def value(self) -> str:
        return self.passphrase.text()
