"""The kick-off guide: the first conversation, step by step, as the sources describe it.

Shown when a tandem journal is created and reopenable at any time (Tandem →
Kick-off guide). Every step can be skipped and finished later; nothing is saved
until "Save agreement", and then all of it at once (``app/core/kickoff.save``).
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Callable

from dataclasses import replace

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget, QWizard, QWizardPage

from app.core.kickoff import Kickoff, first_suggestion_language

from ..i18n import current_language, tr
from ..widgets.date_field import Typed, all_readable
from ..widgets.enter_next import first_control, focused_field, is_enter, to_next_field
from .kickoff_agreement import DependencyPage, RhythmPage, RulesPage, TopicsPage
from .kickoff_pages import ConcernPage, ExpectationsPage, GoalsPage, PeoplePage


class KickoffWizard(QWizard):
    def __init__(self, kickoff: Kickoff, existing_topics: list[str], language: str,
                 parent: QWidget | None = None, *, today: Callable[[], _dt.date] = _dt.date.today) -> None:
        """``today``: the clock's today, for the dates' defaults and two-digit years."""
        super().__init__(parent)
        self.setWindowTitle(tr("Kick-off guide"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.HaveFinishButtonOnEarlyPages, True)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setButtonText(QWizard.WizardButton.FinishButton, tr("&Save agreement"))
        language = first_suggestion_language(kickoff, remembered=language, interface=current_language())
        self.people = PeoplePage(kickoff, language)
        self.concern = ConcernPage(kickoff)
        self.goals = GoalsPage(kickoff)
        self.expectations = ExpectationsPage(kickoff)
        self.rules = RulesPage(kickoff, today)
        self.dependency = DependencyPage(kickoff)
        self.rhythm = RhythmPage(kickoff, today)
        self.topics = TopicsPage(existing_topics)
        pages = (self.people, self.concern, self.goals, self.expectations, self.rules, self.dependency,
                 self.rhythm, self.topics)
        for page in pages:
            page.setFinalPage(True)  # "Save agreement" works from any step: the rest can wait
            self.addPage(page)
        self.currentIdChanged.connect(  # pages are numbered from 0 in the order they were added
            lambda page_id: self.setWindowTitle(
                tr("Kick-off guide — step {step} of {steps}").format(step=page_id + 1, steps=len(pages))))
        self.currentIdChanged.connect(self._keyboard_to_step)
        self.fit()
        self._start = self._held()

    def language(self) -> str:
        return str(self.people.language.currentData())

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        """Enter in a field goes on to the step's next field; in its last it presses the highlighted
        button (Next). A field that adds a line (a goal, a topic) adds it and keeps the keyboard, so
        the next line is typed there and not into the next step (issue 13)."""
        if is_enter(event):
            event.accept()  # not QDialog's: it would press the default button from anywhere
            field = focused_field(self.currentPage())
            if field is None or field in (self.goals.new, self.topics.own) or to_next_field(self.currentPage()):
                return
            for which in (QWizard.WizardButton.NextButton, QWizard.WizardButton.FinishButton):
                button = self.button(which)
                if button.isVisible():
                    if button.isEnabled():
                        button.click()
                    return
            return
        super().keyPressEvent(event)

    def _keyboard_to_step(self, _page_id: int) -> None:
        """The keyboard starts at the step's first control, never on a list above its field (steps 3
        and 8: a goal typed there went nowhere). Stepping back with the keyboard stays on Back."""
        page = self.currentPage()
        focused = QApplication.focusWidget()
        if page is None or focused is self.button(QWizard.WizardButton.BackButton):
            return
        first = first_control(page)
        if first is not None:
            first.setFocus(Qt.FocusReason.TabFocusReason)

    def _held(self) -> tuple[object, ...]:
        """What the guide holds, to tell whether anything was typed or changed since it opened."""
        dates = (self.rules.agreed_on.text(), self.rhythm.started.text(), self.rhythm.next.date_field.text(),
                 self.rhythm.next.time_edit.text())
        return (replace(self.kickoff(), new_topics=[]), self.language(), dates, self.goals.new.text().strip(),
                self.topics.own.text().strip(), self.topics.changed())

    def reject(self) -> None:
        """Esc, Cancel or closing the window: what was typed is thrown away only when the person says so."""
        if self._held() != self._start and not self._discard_confirmed():
            return
        super().reject()

    def _discard_confirmed(self) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, tr("Kick-off guide"),
                          tr("Discard what you typed in the kick-off guide?"), parent=self)
        box.setInformativeText(tr("None of it is saved yet. To keep it, choose “{save}”.").format(
            save=self.buttonText(QWizard.WizardButton.FinishButton).replace("&", "")))
        discard = box.addButton(tr("&Discard"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(tr("&Keep editing"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)  # Enter and Esc go back to the guide
        box.setEscapeButton(keep)
        box.exec()
        return box.clickedButton() is discard

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self.fit()

    def fit(self) -> None:
        """The standard size, grown with the text size (the window gives the guide its font), and
        never larger than the window it opens over."""
        scale = max(1.0, self.font().pointSizeF() / 12)  # 12 pt: the app's standard text size
        size = QSize(round(760 * scale), round(560 * scale))
        owner = self.parentWidget()
        if owner is not None:
            size = size.boundedTo(owner.window().size() - QSize(40, 40)).expandedTo(QSize(760, 560))
        self.resize(size)

    def accept(self) -> None:
        """Finishing early still takes what the pages not visited hold (their suggestions included)."""
        dates: tuple[tuple[QWizardPage, Typed], ...] = ((self.rules, self.rules.agreed_on),
                                                       (self.rhythm, self.rhythm.started),
                                                       (self.rhythm, self.rhythm.next))
        for step, field in dates:
            if field.isEnabled() and not field.is_valid():  # a typed date that is not one: show it
                self._go_to(step)
                all_readable(field)
                return
        for page in (self.rules, self.topics):
            page.initializePage()
        self.goals.add_goal()
        self.topics.add_own()
        super().accept()

    def _go_to(self, page: QWizardPage) -> None:
        """Step back or forward to ``page`` (the wizard has no jump)."""
        target = next(page_id for page_id in self.pageIds() if self.page(page_id) is page)
        for _step in self.pageIds():
            if self.currentId() == target:
                return
            if self.currentId() > target:
                self.back()
            else:
                self.next()

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
            place=r.place.text().strip(), started_on=r.started_on(),
            next_session_at=r.next_session(), new_topics=self.topics.chosen())
