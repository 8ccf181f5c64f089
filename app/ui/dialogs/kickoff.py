"""The kick-off guide: the first conversation, step by step, as the sources describe it.

Shown when a tandem journal is created and reopenable at any time (Tandem →
Kick-off guide). Every step can be skipped and finished later; nothing is saved
until "Save agreement", and then all of it at once (``store.kickoff.save``).
"""

from __future__ import annotations

from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from app import programme
from app.store.kickoff import GoalDraft, Kickoff, RuleDraft

from ..i18n import LANGUAGES as LANGUAGE_NAMES
from ..i18n import N_, current_language, tr

ID_ROLE = Qt.ItemDataRole.UserRole + 1
RHYTHM_LABELS = {"biweekly": N_("Every 2 weeks"), "monthly": N_("Monthly"), "weekly": N_("Weekly"),
                 "other": N_("Other")}
SUPPORT_FORMS = (N_("Practical explanations and demos"), N_("Trying things out together"),
                 N_("Questions and answers"), N_("Introductions to networks and communities"))


def _text_edit(name: str, placeholder: str, height: int = 90) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setAccessibleName(name)
    edit.setPlaceholderText(placeholder)
    edit.setTabChangesFocus(True)
    edit.setMaximumHeight(height)
    return edit


def _intro(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    return label


class _Page(QWizardPage):
    def __init__(self, title: str, subtitle: str) -> None:
        super().__init__()
        self.setTitle(title)
        self.setSubTitle(subtitle)
        self.box = QVBoxLayout(self)

    def wizard(self) -> KickoffWizard:  # type: ignore[override]
        return super().wizard()  # type: ignore[return-value]


class PeoplePage(_Page):
    def __init__(self, kickoff: Kickoff, language: str) -> None:
        super().__init__(tr("Getting to know each other"),
                         tr("Take your time for this: the tandem works when you know where the other comes from."))
        self.box.addWidget(_intro(
            tr("Talk about: your background and your work today · why you joined the tandem · what you are curious "
            "about · how you like to learn (show me, let me try, explain the why).")))
        self.mentee = QLineEdit(kickoff.mentee)
        self.mentee.setAccessibleName(tr("Mentee's name"))
        self.mentor = QLineEdit(kickoff.mentor)
        self.mentor.setAccessibleName(tr("Mentor's name"))
        self.language = QComboBox()
        self.language.setAccessibleName(tr("Language of the suggestions"))
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(language)))
        form = QFormLayout()
        form.addRow(tr("Mentee (learns)"), self.mentee)
        form.addRow(tr("Mentor (teaches)"), self.mentor)
        form.addRow(tr("Suggestions in"), self.language)
        self.box.addLayout(form)
        self.box.addStretch()
        self.mentee.textChanged.connect(self.completeChanged)
        self.mentor.textChanged.connect(self.completeChanged)

    def isComplete(self) -> bool:
        return bool(self.mentee.text().strip() and self.mentor.text().strip())


class ConcernPage(_Page):
    def __init__(self, kickoff: Kickoff) -> None:
        super().__init__(tr("The concern and the form of support"),
                         tr("What does the mentee want to understand or be able to do, and how can the mentor help?"))
        self.concern = _text_edit(tr("The concern"), tr("e.g. “I want to understand how our young colleagues use "
                                  "social media, and be visible there myself.”"), 110)
        self.concern.setPlainText(kickoff.concern)
        self.support = QComboBox()
        self.support.setEditable(True)
        self.support.setAccessibleName(tr("Form of support"))
        self.support.addItems([tr(form) for form in SUPPORT_FORMS])
        self.support.setCurrentText(kickoff.support_form)
        self.support.lineEdit().setPlaceholderText(tr("Choose or describe the form of support"))
        form = QFormLayout()
        form.addRow(tr("Concern"), self.concern)
        form.addRow(tr("Form of support"), self.support)
        self.box.addLayout(form)
        self.box.addStretch()


class GoalsPage(_Page):
    def __init__(self, kickoff: Kickoff) -> None:
        super().__init__(tr("Goals"),
                         tr("Two or three goals, each concrete enough that you will know when it is reached."))
        self.box.addWidget(_intro(tr("Good: “Set up a LinkedIn profile and post once a month.” "
                                  "Too vague: “Get better at digital things.” Double-click a goal to change it.")))
        self.list = QListWidget()
        self.list.setAccessibleName(tr("Goals"))
        for goal in kickoff.goals:
            self._append(goal.title, goal.id)
        self.new = QLineEdit()
        self.new.setAccessibleName(tr("New goal"))
        self.new.setPlaceholderText(tr("Add a goal, press Enter"))
        self.new.returnPressed.connect(self.add_goal)
        remove = QPushButton(tr("Remove goal"))
        remove.clicked.connect(self.remove_goal)
        row = QHBoxLayout()
        row.addWidget(self.new, 1)
        row.addWidget(remove)
        self.box.addWidget(self.list, 1)
        self.box.addLayout(row)

    def _append(self, title: str, goal_id: int | None) -> None:
        item = QListWidgetItem(title)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        item.setData(ID_ROLE, goal_id)
        self.list.addItem(item)

    def add_goal(self) -> None:
        text = self.new.text().strip()
        if text:
            self._append(text, None)
            self.new.clear()

    def remove_goal(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            self.list.takeItem(row)

    def goals(self) -> list[GoalDraft]:
        items = (self.list.item(i) for i in range(self.list.count()))
        return [GoalDraft(item.text().strip(), item.data(ID_ROLE)) for item in items if item.text().strip()]

    def validatePage(self) -> bool:
        self.add_goal()  # a goal typed but not yet added with Enter is not lost
        return True


class ExpectationsPage(_Page):
    def __init__(self, kickoff: Kickoff) -> None:
        super().__init__(tr("Expectations and roles"),
                         tr("What does each of you expect of the other, and of the tandem?"))
        self.mentee = _text_edit(tr("What the mentee expects"), tr("e.g. honest feedback, patience with basic questions"))
        self.mentee.setPlainText(kickoff.mentee_expects)
        self.mentor = _text_edit(tr("What the mentor expects"), tr("e.g. insight into how decisions are made, a network"))
        self.mentor.setPlainText(kickoff.mentor_expects)
        form = QFormLayout()
        form.addRow(tr("The mentee expects"), self.mentee)
        form.addRow(tr("The mentor expects"), self.mentor)
        self.box.addLayout(form)
        self.box.addStretch()


class RulesPage(_Page):
    def __init__(self, kickoff: Kickoff) -> None:
        super().__init__(tr("Rules"),
                         tr("The rules of your conversations. Above all: what you discuss stays between you."))
        self._language = ""
        existing = {r.key: r.text for r in kickoff.rules if r.key != "custom"}
        self.fresh = not kickoff.rules  # untouched suggestions follow the chosen language
        grid = QGridLayout()
        self.checks: dict[str, QCheckBox] = {}
        self.texts: dict[str, QLineEdit] = {}
        for row, key in enumerate(programme.RULES):
            name = programme.RULE_NAMES[key](current_language())
            check = QCheckBox(name)
            check.setChecked(self.fresh or key in existing)
            text = QLineEdit(existing.get(key, ""))
            text.setPlaceholderText(programme.RULES[key](current_language()))
            text.setAccessibleName(tr("Rule: {name}").format(name=name))
            check.toggled.connect(text.setEnabled)
            text.setEnabled(check.isChecked())
            grid.addWidget(check, row, 0)
            grid.addWidget(text, row, 1)
            self.checks[key], self.texts[key] = check, text
        self.checks["confidentiality"].setToolTip(tr("The sources call this the one rule no tandem can do without."))
        self.custom = _text_edit(tr("Further rules, one per line"), tr("Further rules, one per line (e.g. phones away)"), 70)
        self.custom.setPlainText("\n".join(r.text for r in kickoff.rules if r.key == "custom"))
        self.agreed = QCheckBox(tr("We both agree to these rules, on"))
        self.agreed_on = QDateEdit(QDate.fromString(kickoff.rules_agreed_on or "", Qt.DateFormat.ISODate)
                                   if kickoff.rules_agreed_on else QDate.currentDate())
        self.agreed_on.setCalendarPopup(True)
        self.agreed_on.setAccessibleName(tr("Date the rules were agreed"))
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
        for key, text in self.texts.items():
            text.setPlaceholderText(programme.RULES[key](language))
            old = programme.RULES[key](self._language) if self._language else ""
            if self.fresh and text.text() in ("", old):
                text.setText(programme.RULES[key](language))
        self._language = language

    def rules(self) -> list[RuleDraft]:
        chosen = [RuleDraft(key, self.texts[key].text().strip()) for key, check in self.checks.items()
                  if check.isChecked()]
        custom = [line.strip() for line in self.custom.toPlainText().splitlines() if line.strip()]
        return chosen + [RuleDraft("custom", line) for line in custom]

    def agreed_date(self) -> str | None:
        return self.agreed_on.date().toString(Qt.DateFormat.ISODate) if self.agreed.isChecked() else None


class DependencyPage(_Page):
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
        self.note = _text_edit(tr("How we keep it confidential"), tr("How you keep the sessions separate from work "
                               "decisions"), 110)
        self.note.setPlainText(kickoff.dependency_note)
        self.note_label = QLabel(tr("Our rule for it"))
        self.yes.toggled.connect(self._update)
        self.box.addWidget(self.no)
        self.box.addWidget(self.yes)
        self.box.addWidget(self.note_label)
        self.box.addWidget(self.note)
        self.box.addStretch()
        self._update()

    def _update(self) -> None:
        yes = self.yes.isChecked()
        self.note.setEnabled(yes)
        self.note_label.setEnabled(yes)
        if yes and not self.note.toPlainText().strip() and self.wizard() is not None:
            self.note.setPlainText(programme.DEPENDENCY_RULE(self.wizard().language()))

    def answer(self) -> bool | None:
        return True if self.yes.isChecked() else False if self.no.isChecked() else None


class RhythmPage(_Page):
    def __init__(self, kickoff: Kickoff) -> None:
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
        self.started = QDateEdit(QDate.fromString(kickoff.started_on, Qt.DateFormat.ISODate)
                                 if kickoff.started_on else QDate.currentDate())
        self.started.setCalendarPopup(True)
        self.started.setAccessibleName(tr("Start of the tandem"))
        self.place = QLineEdit(kickoff.place)
        self.place.setAccessibleName(tr("Where you meet"))
        self.place.setPlaceholderText(tr("e.g. the mentee's office, and now and then a café (a neutral place)"))
        self.has_next = QCheckBox(tr("We have agreed the next date:"))
        default_next = QDateTime(QDate.currentDate().addDays(14), QTime(10, 0))
        self.next = QDateTimeEdit(QDateTime.fromString(kickoff.next_session_at[:16], "yyyy-MM-ddTHH:mm")
                                  if kickoff.next_session_at else default_next)
        self.next.setCalendarPopup(True)
        self.next.setAccessibleName(tr("Date and time of the next session"))
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

    def next_session(self) -> str | None:
        if not self.has_next.isChecked():
            return None
        return self.next.dateTime().toString("yyyy-MM-ddTHH:mm")


class TopicsPage(_Page):
    def __init__(self, existing_topics: list[str]) -> None:
        super().__init__(tr("Topic pool"), tr("Topics that got other tandems going. Keep the ones that interest "
                                              "you; add your own. You pick one per session as its focus."))
        self.existing = {t.casefold() for t in existing_topics}
        self._language = ""
        self.list = QListWidget()
        self.list.setAccessibleName(tr("Suggested topics"))
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
        for title, state in own:
            self._add(title, state)
        self._language = language

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


class KickoffWizard(QWizard):
    def __init__(self, kickoff: Kickoff, existing_topics: list[str], language: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Kick-off guide"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.HaveFinishButtonOnEarlyPages, True)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setButtonText(QWizard.WizardButton.FinishButton, tr("Save agreement"))
        self.people = PeoplePage(kickoff, language)
        self.concern = ConcernPage(kickoff)
        self.goals = GoalsPage(kickoff)
        self.expectations = ExpectationsPage(kickoff)
        self.rules = RulesPage(kickoff)
        self.dependency = DependencyPage(kickoff)
        self.rhythm = RhythmPage(kickoff)
        self.topics = TopicsPage(existing_topics)
        pages = (self.people, self.concern, self.goals, self.expectations, self.rules, self.dependency,
                 self.rhythm, self.topics)
        for page in pages:
            page.setFinalPage(True)  # "Save agreement" works from any step: the rest can wait
            self.addPage(page)
        self.currentIdChanged.connect(  # pages are numbered from 0 in the order they were added
            lambda page_id: self.setWindowTitle(
                tr("Kick-off guide — step {step} of {steps}").format(step=page_id + 1, steps=len(pages))))
        self.resize(760, 560)

    def language(self) -> str:
        return str(self.people.language.currentData())

    def accept(self) -> None:
        """Finishing early still takes what the pages not visited hold (their suggestions included)."""
        for page in (self.rules, self.topics):
            page.initializePage()
        self.goals.add_goal()
        self.topics.add_own()
        super().accept()

    def kickoff(self) -> Kickoff:
        r = self.rhythm
        return Kickoff(
            mentee=self.people.mentee.text().strip(), mentor=self.people.mentor.text().strip(),
            mentee_expects=self.expectations.mentee.toPlainText().strip(),
            mentor_expects=self.expectations.mentor.toPlainText().strip(),
            concern=self.concern.concern.toPlainText().strip(), support_form=self.concern.support.currentText().strip(),
            goals=self.goals.goals(), rules=self.rules.rules(), rules_agreed_on=self.rules.agreed_date(),
            dependency_exists=self.dependency.answer(),
            dependency_note=self.dependency.note.toPlainText().strip(),
            rhythm=str(r.rhythm.currentData()), planned_months=r.months.value(),
            place=r.place.text().strip(), started_on=r.started.date().toString(Qt.DateFormat.ISODate),
            next_session_at=r.next_session(), new_topics=self.topics.chosen())
