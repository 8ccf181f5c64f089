"""The kick-off guide's steps 5 to 8: the rules, a dependency between the two, rhythm and place,
and the topic pool."""

from __future__ import annotations

import datetime as _dt
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QSpinBox,
)

from app import programme
from app.core.clock import stamp
from app.core.kickoff import Kickoff, RuleDraft, accept_suggestion, own_wording, rule_wording

from ..i18n import N_, current_language, tr
from ..widgets.date_field import DateField, all_readable
from ..widgets.date_time_field import DateTimeField
from .kickoff_pages import ID_ROLE, KickoffPage, text_edit, wrapping_list

RHYTHM_LABELS = {"biweekly": N_("Every 2 weeks"), "monthly": N_("Monthly"), "weekly": N_("Weekly"),
                 "other": N_("Other")}


NEXT_IN_DAYS = 14  # the next date offered when none is agreed yet: in two weeks, at ten
NEXT_AT = _dt.time(10, 0)


def _stored(iso: str | None, today: _dt.date) -> _dt.date:
    """A date the agreement holds (ISO), else ``today``."""
    try:
        return _dt.date.fromisoformat(iso) if iso else today
    except ValueError:
        return today


def _stored_moment(iso: str | None, today: _dt.date) -> _dt.datetime:
    """The next date and time the agreement holds (ISO), else in two weeks at ten."""
    try:
        return _dt.datetime.fromisoformat(iso[:16]) if iso else _dt.datetime.combine(
            today + _dt.timedelta(days=NEXT_IN_DAYS), NEXT_AT)
    except ValueError:
        return _dt.datetime.combine(today + _dt.timedelta(days=NEXT_IN_DAYS), NEXT_AT)


class RulesPage(KickoffPage):
    def __init__(self, kickoff: Kickoff, today: Callable[[], _dt.date] = _dt.date.today) -> None:
        super().__init__(tr("Rules"),
                         tr("The rules of your conversations. Above all: what you discuss stays between you."))
        self._language = ""
        existing = {r.key: r.text for r in kickoff.rules if r.key != "custom"}
        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        # Each rule: its box, the suggested wording in full (what a ticked rule says), and a field for
        # the tandem's own words, which replace the suggestion: the two are never run together.
        self.checks: dict[str, QCheckBox] = {}
        self.suggestions: dict[str, QLabel] = {}
        self.texts: dict[str, QLineEdit] = {}
        for row, key in enumerate(programme.RULES):
            name = programme.RULE_NAMES[key](current_language())
            check = QCheckBox(name)
            check.setChecked(not kickoff.rules or key in existing)
            suggestion = QLabel()
            suggestion.setWordWrap(True)
            suggestion.setTextFormat(Qt.TextFormat.PlainText)
            text = QLineEdit(own_wording(key, existing.get(key, "")))
            text.setPlaceholderText(tr("Or in your own words"))
            text.setAccessibleName(tr("Rule: {name}, in your own words").format(name=name))
            check.toggled.connect(lambda _on, k=key: self._show_used(k))
            text.textChanged.connect(lambda _text, k=key: self._show_used(k))
            grid.addWidget(check, row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(suggestion, row, 1)
            grid.addWidget(text, row, 2, Qt.AlignmentFlag.AlignTop)
            self.checks[key], self.suggestions[key], self.texts[key] = check, suggestion, text
            self._suggest(key, current_language())
        self.checks["confidentiality"].setToolTip(tr("The one rule no tandem can do without."))
        self.custom = text_edit(tr("Further rules, one per line"), tr("Further rules, one per line (e.g. phones away)"), 70)
        self.custom.setPlainText("\n".join(r.text for r in kickoff.rules if r.key == "custom"))
        self.agreed = QCheckBox(tr("We both agree to these rules, on"))
        self.agreed_on = DateField(_stored(kickoff.rules_agreed_on, today()), tr("Date the rules were agreed"),
                                   today=today)
        self.agreed.setChecked(kickoff.rules_agreed_on is not None)
        self.agreed_on.setEnabled(self.agreed.isChecked())
        self.agreed.toggled.connect(self.agreed_on.setEnabled)
        agreed = QHBoxLayout()
        agreed.addWidget(self.agreed)
        agreed.addWidget(self.agreed_on)
        agreed.addStretch()
        self.box.addLayout(grid)
        self.box.addWidget(self.custom)
        self.box.addLayout(agreed)
        self.box.addStretch()

    def initializePage(self) -> None:
        language = self.wizard().language()
        if language == self._language:
            return
        for key in self.texts:
            self._suggest(key, language)
        self._language = language

    def _suggest(self, key: str, language: str) -> None:
        """Show the suggested wording in the language of the suggestions."""
        wording = programme.RULES[key](language)
        self.suggestions[key].setText(wording)
        self.checks[key].setAccessibleDescription(wording)
        self.texts[key].setAccessibleDescription(tr("Replaces the suggestion: {suggestion}").format(suggestion=wording))
        self._show_used(key)

    def _show_used(self, key: str) -> None:
        """The suggestion shows as used while the rule is ticked and has no words of the tandem's own."""
        ticked = self.checks[key].isChecked()
        self.texts[key].setEnabled(ticked)
        self.suggestions[key].setEnabled(ticked and not self.texts[key].text().strip())

    def rules(self) -> list[RuleDraft]:
        language = self.wizard().language()
        chosen = [RuleDraft(key, rule_wording(key, self.texts[key].text(), language))
                  for key, check in self.checks.items() if check.isChecked()]
        custom = [line.strip() for line in self.custom.toPlainText().splitlines() if line.strip()]
        return chosen + [RuleDraft("custom", line) for line in custom]

    def validatePage(self) -> bool:  # noqa: N802 - Qt's name
        return all_readable(self.agreed_on)  # a typed date that is not one keeps the step open

    def agreed_date(self) -> str | None:
        agreed_on = self.agreed_on.date()
        return agreed_on.isoformat() if self.agreed.isChecked() and agreed_on is not None else None


class DependencyPage(KickoffPage):
    def __init__(self, kickoff: Kickoff) -> None:
        super().__init__(tr("Is one of you in the other's reporting line?"),
                         tr("Name a dependency at the start, and agree how you keep it out of the tandem."))
        self.no = QRadioButton(tr("No, neither of us reports to the other"))
        self.yes = QRadioButton(tr("Yes, one of us is in the other's reporting line"))
        self.group = QButtonGroup(self)
        self.group.addButton(self.no)
        self.group.addButton(self.yes)
        self.no.setChecked(kickoff.dependency_exists is False)
        self.yes.setChecked(kickoff.dependency_exists is True)
        # The suggested rule is the empty field's placeholder and is taken only with the button: the
        # field holds nothing but what the tandem writes or accepts, so their words are never glued on.
        self.note = text_edit(tr("How we keep it confidential"), "", 110)
        self.note.setPlainText(kickoff.dependency_note)
        self.note_label = QLabel(tr("Our rule for it"))
        self.note_label.setBuddy(self.note)
        self.use_suggestion = QPushButton(tr("&Use the suggestion"))
        self.use_suggestion.clicked.connect(self.accept_suggestion)
        self.yes.toggled.connect(self._update)
        self.note.textChanged.connect(self._update)
        row = QHBoxLayout()
        row.addWidget(self.note_label, 1)
        row.addWidget(self.use_suggestion)
        self.box.addWidget(self.no)
        self.box.addWidget(self.yes)
        self.box.addLayout(row)
        self.box.addWidget(self.note)
        self.box.addStretch()
        self._language = current_language()
        self._suggest()

    def initializePage(self) -> None:
        self._language = self.wizard().language()
        self._suggest()

    def suggestion(self) -> str:
        return programme.DEPENDENCY_RULE(self._language)

    def _suggest(self) -> None:
        self.note.setPlaceholderText(self.suggestion())
        self.note.setAccessibleDescription(tr("Suggestion: {suggestion}").format(suggestion=self.suggestion()))
        self._update()

    def _update(self) -> None:
        yes = self.yes.isChecked()
        self.note.setEnabled(yes)
        self.note_label.setEnabled(yes)
        self.use_suggestion.setEnabled(yes and self.suggestion() not in self.note.toPlainText().splitlines())

    def accept_suggestion(self) -> None:
        """Take the suggested rule into the field, apart from what is typed there; go on writing below it."""
        self.note.setPlainText(accept_suggestion(self.note.toPlainText(), self.suggestion()))
        self.note.moveCursor(QTextCursor.MoveOperation.End)
        self.note.setFocus(Qt.FocusReason.OtherFocusReason)

    def answer(self) -> bool | None:
        return True if self.yes.isChecked() else False if self.no.isChecked() else None


class RhythmPage(KickoffPage):
    def __init__(self, kickoff: Kickoff, today: Callable[[], _dt.date] = _dt.date.today) -> None:
        super().__init__(tr("Rhythm, duration and place"),
                         tr("Regular sessions keep a tandem awake: 60 to 90 minutes every two weeks or monthly."))
        self.rhythm = QComboBox()
        self.rhythm.setAccessibleName(tr("Rhythm"))
        for value, label in RHYTHM_LABELS.items():
            self.rhythm.addItem(tr(label), value)
        self.rhythm.setCurrentIndex(max(0, self.rhythm.findData(kickoff.rhythm or "biweekly")))
        self.months = QSpinBox()
        self.months.setRange(1, 24)
        self.months.setSuffix(tr(" months"))
        self.months.setValue(kickoff.planned_months or programme.DEFAULT_PLANNED_MONTHS)
        self.months.setAccessibleName(tr("Planned duration in months"))
        self.started = DateField(_stored(kickoff.started_on, today()), tr("Start of the tandem"), today=today)
        self.place = QLineEdit(kickoff.place)
        self.place.setAccessibleName(tr("Where you meet"))
        self.place.setPlaceholderText(tr("e.g. the mentee's office, and now and then a café (a neutral place)"))
        self.has_next = QCheckBox(tr("We have agreed the next date:"))
        self.next = DateTimeField(_stored_moment(kickoff.next_session_at, today()), tr("Next session"), today=today)
        self.has_next.setChecked(kickoff.next_session_at is not None)
        self.next.setEnabled(self.has_next.isChecked())
        self.has_next.toggled.connect(self.next.setEnabled)
        nxt = QHBoxLayout()
        nxt.addWidget(self.has_next)
        nxt.addWidget(self.next)
        nxt.addStretch()
        form = QFormLayout()
        form.addRow(tr("We meet"), self.rhythm)
        form.addRow(tr("For"), self.months)
        form.addRow(tr("Starting"), self.started)
        form.addRow(tr("Where"), self.place)
        self.box.addLayout(form)
        self.box.addLayout(nxt)
        self.box.addStretch()

    def validatePage(self) -> bool:  # noqa: N802 - Qt's name
        return all_readable(self.started, self.next)  # the next date counts only while ticked (enabled)

    def started_on(self) -> str:
        started = self.started.date()
        assert started is not None  # the field takes no empty date
        return started.isoformat()

    def next_session(self) -> str | None:
        when = self.next.dateTime()
        if not self.has_next.isChecked() or when is None:
            return None
        return stamp(when)


class TopicsPage(KickoffPage):
    def __init__(self, existing_topics: list[str]) -> None:
        super().__init__(tr("Topic pool"), tr("Topics that got other tandems going. Keep the ones that interest "
                                              "you; add your own. You pick one per session as its focus."))
        self.existing = {t.casefold() for t in existing_topics}
        self._language = ""
        self._offered: list[tuple[str, bool]] = []
        self.list = wrapping_list(tr("Suggested topics"))
        self.own = QLineEdit()
        self.own.setAccessibleName(tr("Your own topic"))
        self.own.setPlaceholderText(tr("Add your own topic, press Enter"))
        self.own.returnPressed.connect(self.add_own)
        self.box.addWidget(self.list, 1)
        self.box.addWidget(self.own)

    def initializePage(self) -> None:
        language = self.wizard().language()
        if language == self._language:
            return
        own = [(self.list.item(i).text(), self.list.item(i).checkState()) for i in range(self.list.count())
               if self.list.item(i).data(ID_ROLE) == "own"]
        self.list.clear()
        for topic in programme.POOL:
            title = topic.title(language)
            item = QListWidgetItem(title)
            item.setToolTip(topic.description(language))
            item.setData(ID_ROLE, topic.description(language))
            if title.casefold() in self.existing:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsUserCheckable & ~Qt.ItemFlag.ItemIsEnabled)
                item.setText(tr("{topic} (already in your pool)").format(topic=title))
            else:
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked if not self.existing else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self._offered = self._ticks()
        for title, state in own:
            self._add(title, state)
        self._language = language

    def _ticks(self) -> list[tuple[str, bool]]:
        items = (self.list.item(i) for i in range(self.list.count()))
        return [(item.text(), item.checkState() == Qt.CheckState.Checked) for item in items]

    def changed(self) -> bool:
        """Whether a topic was ticked or unticked, or one of the tandem's own added, since they were offered."""
        return self._ticks() != self._offered

    def _add(self, title: str, state: Qt.CheckState = Qt.CheckState.Checked) -> None:
        item = QListWidgetItem(title)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(state)
        item.setData(ID_ROLE, "own")
        self.list.addItem(item)

    def add_own(self) -> None:
        text = self.own.text().strip()
        if text:
            self._add(text)
            self.own.clear()

    def validatePage(self) -> bool:
        self.add_own()
        return True

    def chosen(self) -> list[tuple[str, str, str]]:
        """(title, description, origin) of every ticked topic; the tandem's own have no description."""
        items = [self.list.item(i) for i in range(self.list.count())]
        return [(item.text(), "", "own") if item.data(ID_ROLE) == "own" else (item.text(), item.data(ID_ROLE), "pool")
                for item in items if item.flags() & Qt.ItemFlag.ItemIsEnabled
                and item.checkState() == Qt.CheckState.Checked]
