"""The main window: welcome → unlock → overview ⇄ session, with search and locking.

The title never shows content or names. This module builds the window, its menus
(one table), the wiring of the actions and their enabling (``actions.py``, one registry), the view
(text size, focus mode) and the window's events. Its commands live by subject in
``app/ui/window/``: the pages and moving between them (``pages``), creating and opening
journals (``journals``), locking and unlocking (``locking``) and the programme around
the sessions (``programme_actions``).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QApplication,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from .actions import Actions, WindowState, create_actions
from .dialogs.common import run_once
from .i18n import tr
from .idle import IdleWatcher
from .pages.unlock import UnlockPage
from .pages.welcome import WelcomePage
from .screen_lock import ScreenLockListener
from .service import JournalService
from .settings import Settings
from .widgets.message_bar import MessageBar
from .widgets.reflow import CurrentPageStack, FitContent
from .window.care import CareMixin
from .window.journals import JournalsMixin
from .window.locking import LockingMixin
from .window.pages import PagesMixin
from .window.place import Resume
from .window.programme_actions import ProgrammeActionsMixin

TITLE = "Tandem Journal"
FOCUS_MODE_EXTRA_POINTS = 6


class MainWindow(PagesMixin, JournalsMixin, LockingMixin, ProgrammeActionsMixin, CareMixin, QMainWindow):
    def __init__(self, settings: Settings | None = None, parent: QWidget | None = None, *,
                 demo: bool = False) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("{app} — demo").format(app=TITLE) if demo else TITLE)
        self.settings = settings or Settings()
        self.service = JournalService(self)
        self.actions = create_actions(self)
        self._path: Path | None = None
        self._resume: Resume | None = None
        self._closing = False
        self._guide_after_unlock = False
        self._focus_mode = False
        self._normal_size: QSize | None = None  # the window's size before focus mode or larger text
        self._last_problem = ""

        self.welcome = WelcomePage()
        self.unlock_page = UnlockPage()
        self.stack = CurrentPageStack()
        for page in (self.welcome, self.unlock_page):
            self.stack.addWidget(page)
        self.message = MessageBar()
        self.focus_leave_button = QPushButton(tr("Leave focus mode (F11 or Esc)"))  # the menu bar is hidden then
        self.focus_leave_button.clicked.connect(lambda: self.actions.focus_mode.setChecked(False))
        self.focus_leave_button.hide()
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.focus_leave_button, 0, Qt.AlignmentFlag.AlignRight)
        layout.addWidget(self.message)
        pages = QScrollArea()  # a page taller than the screen scrolls down; the window never outgrows the screen
        pages.setWidgetResizable(True)
        pages.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        pages.setFrameShape(QScrollArea.Shape.NoFrame)
        pages.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # a click lands on the page, not on the frame
        pages.setWidget(FitContent(self.stack))
        layout.addWidget(pages, 1)
        self.setCentralWidget(central)
        self.idle = IdleWatcher(0, self)
        self.screen_lock = ScreenLockListener(self)  # the screen locks, the computer sleeps

        self._build_menus()
        self._connect()
        self.apply_text_size()
        self.show_welcome()
        self.resize(1280, 800)

    # Wiring ------------------------------------------------------------------------
    def _build_menus(self) -> None:
        a = self.actions
        menus = (
            (tr("&Journal"), (a.new_journal, a.open_journal, None, a.onepager, a.programme_view, None, a.lock, None,
                              a.preferences, None, a.quit)),
            (tr("&Session"), (a.new_session, a.overview, a.carry_over, None, a.find, None, a.reflections)),
            (tr("&Tandem"), (a.kickoff, None, a.plan_next, a.calendar, None, a.evaluation, None, a.closing, a.reopen,
                             a.share_report,
                             None, (tr("Journal &care"), (a.care_passphrase, a.care_backup, a.care_check, None,
                                                          a.care_export, a.care_import))),),
            (tr("&Go to"), (a.focus_agenda, a.focus_notes, a.focus_learnings, a.focus_actions, a.focus_feedback)),
            (tr("&View"), (a.focus_mode, None, a.zoom_in, a.zoom_out, a.zoom_reset)),
        )
        def fill(menu: QMenu, entries: tuple[Any, ...]) -> None:
            for entry in entries:  # None: a separator; (title, entries): a submenu
                if entry is None:
                    menu.addSeparator()
                elif isinstance(entry, tuple):
                    submenu = QMenu(entry[0], menu)
                    menu.addMenu(submenu)
                    fill(submenu, entry[1])
                else:
                    menu.addAction(entry)

        for title, actions in menus:
            fill(self.menuBar().addMenu(title), actions)

    def _connect(self) -> None:
        a: Actions = self.actions
        for action, slot in (
            (a.new_journal, self.create_journal), (a.open_journal, self.open_journal), (a.lock, self.lock),
            (a.onepager, self.export_onepager), (a.preferences, self.edit_preferences), (a.quit, self.close),
            (a.new_session, self.new_session), (a.overview, self.show_overview),
            (a.carry_over, lambda: self.session.carry_over()), (a.find, lambda: self.search.open_search()),
            (a.reflections, self.show_reflections), (a.kickoff, self.open_kickoff),
            (a.plan_next, self.plan_next_session), (a.calendar, self.save_calendar_file),
            (a.evaluation, self.check_in), (a.closing, self.closing_round), (a.reopen, self.reopen_tandem),
            (a.care_passphrase, self.change_passphrase), (a.care_backup, self.back_up),
            (a.share_report, self.share_with_programme), (a.programme_view, lambda: self.open_programme_reports()),
            (a.care_check, self.check_journal), (a.care_export, self.export_json), (a.care_import, self.import_json),
        ):
            action.triggered.connect(slot)
        for area, action in enumerate((a.focus_agenda, a.focus_notes, a.focus_learnings, a.focus_actions,
                                       a.focus_feedback), start=1):
            action.triggered.connect(lambda _=False, n=area: self._focus_area(n))
        a.focus_mode.toggled.connect(self.set_focus_mode)
        a.zoom_in.triggered.connect(lambda: self.change_text_size(+1))
        a.zoom_out.triggered.connect(lambda: self.change_text_size(-1))
        a.zoom_reset.triggered.connect(lambda: self.change_text_size(0))

        self.welcome.create_requested.connect(self.create_journal)
        self.welcome.open_requested.connect(self.open_journal)
        self.welcome.recent_chosen.connect(lambda path: self.begin_unlock(Path(path)))
        self.unlock_page.unlock_requested.connect(self._unlock)
        self.unlock_page.cancel_requested.connect(self.show_welcome)
        self.service.problem.connect(self._problem)
        self.service.read_only_changed.connect(lambda _on: self._update_actions())
        self.idle.idle.connect(self.lock)
        self.screen_lock.locked.connect(self.walked_away)
        self._update_actions()

    def _update_actions(self) -> None:
        """Enable each command by its ``when`` in the registry (``actions.ACTIONS``)."""
        self.actions.enable_for(WindowState(
            journal_open=self.service.is_open, read_only=self.service.read_only,
            in_session=self._showing_session(),
            private_open=self._built("reflections") and self.reflections.is_open))

    def _problem(self, text: str) -> None:
        self._last_problem = text
        self.message.show_message(text)

    def _saved(self, doing: str) -> bool:
        """Save pending typing before ``doing`` something that leaves the screen; say so if it fails."""
        if not self._built("session") or self.session.flush():
            return True
        self.message.show_message(tr("Your last changes could not be saved, so the journal stays open and they "
                                     "stay on screen ({doing} has to wait). {problem}").format(
                                         doing=doing, problem=self._last_problem))
        return False

    # View ----------------------------------------------------------------------------------
    def apply_text_size(self) -> None:
        """The chosen text size for everything the app shows (dialogs, menus and search included; they
        were smaller than the rest), and a little more for the window's pages in focus mode."""
        base = QApplication.font()
        if base.pointSize() != self.settings.text_size:
            base.setPointSize(self.settings.text_size)
            QApplication.setFont(base)
        font = self.stack.font()
        font.setPointSize(self.settings.text_size + (FOCUS_MODE_EXTRA_POINTS if self._focus_mode else 0))
        self.stack.setFont(font)
        self.focus_leave_button.setFont(font)

    def change_text_size(self, step: int) -> None:
        """Larger or smaller text keeps the window's size: the pages reflow instead (issue 20.2)."""
        before = self.size()
        self.settings.text_size = 12 if step == 0 else self.settings.text_size + step
        self.apply_text_size()
        if not self.isFullScreen():
            self.resize(before)

    def set_focus_mode(self, on: bool) -> None:
        if on and not self.isFullScreen():
            self._normal_size = self.size()
        self._focus_mode = on
        self.menuBar().setVisible(not on)
        self.focus_leave_button.setVisible(on)
        self.showFullScreen() if on else self.showNormal()
        self.apply_text_size()
        if not on and self._normal_size is not None:
            self.resize(self._normal_size)

    def edit_preferences(self) -> None:
        from .dialogs.preferences import PreferencesDialog  # on first use (issue 17.1)

        if run_once(PreferencesDialog(self.settings, self), lambda _d: True):
            self.idle.set_seconds(self.settings.idle_lock_seconds if self.service.is_open else 0)
            if self.stack.currentWidget() is self.welcome:
                self.show_welcome()
            elif self._built("overview") and self.stack.currentWidget() is self.overview:
                self.show_overview()  # the check-in rhythm may have changed

    # Window events -------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if (event.type() == QEvent.Type.WindowStateChange and self.isMinimized()
                and self.settings.lock_on_minimize):
            self.lock()
        super().changeEvent(event)

    def keyPressEvent(self, event: Any) -> None:
        if event.key() == Qt.Key.Key_Escape and self._focus_mode:
            self.actions.focus_mode.setChecked(False)
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._built("reflections") and not self.reflections.lock():
            event.ignore()
            return
        if self.service.is_open and self._built("session") and not self.session.flush():
            answer = QMessageBox.question(
                self, TITLE, tr("Your last changes could not be saved. {problem}\n\nClose anyway and lose them?").format(
                    problem=self._last_problem), QMessageBox.StandardButton.No | QMessageBox.StandardButton.Yes,
                QMessageBox.StandardButton.No)
            if answer != QMessageBox.StandardButton.Yes:
                event.ignore()
                return
        self._closing = True
        self.screen_lock.stop()
        self.service.close()
        self.settings.sync()
        super().closeEvent(event)
