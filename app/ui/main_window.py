"""The main window: welcome → unlock → overview ⇄ session, with search and locking.

The title never shows content or names. This module builds the window, its menus
(one table), the wiring of the actions and their enabling (``actions.py``, one registry), the view
(text size, focus mode) and the window's events. Its commands live by subject in
``app/ui/window/``: the pages and moving between them (``pages``), creating and opening
journals (``journals``), locking and unlocking (``locking``) and the programme around
the sessions (``programme_actions``).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, QSize, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QMainWindow,
    QMenu,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from .i18n import N_, tr
from .pages.welcome import WelcomePage
from .settings import Settings
from .widgets.message_bar import MessageBar
from .widgets.page_stack import CurrentPageStack, FitContent
from .window.care import CareMixin
from .window.journals import JournalsMixin
from .window.locking import LockingMixin
from .window.pages import PagesMixin
from .window.programme_actions import ProgrammeActionsMixin

if TYPE_CHECKING:  # built on first use or just after the first paint (``finish_start``, issue 17.1)
    from PySide6.QtCore import QRect

    from app.core import window_fit
    from .actions import Actions
    from .window.place import Resume
    from .idle import IdleWatcher
    from .pages.unlock import UnlockPage
    from .screen_lock import ScreenLockListener
    from .service import JournalService

TITLE = "Tandem Journal"
# The menus: (title, entries); an entry is the id of a command in ``actions.ACTIONS``, None a separator,
# or (title, entries) a submenu.
MENUS: tuple[tuple[str, tuple[Any, ...]], ...] = (
    (N_("&Journal"), ("new_journal", "open_journal", None, "onepager", "programme_view", None, "lock", None,
                      "preferences", None, "quit")),
    (N_("&Session"), ("new_session", "overview", "carry_over", None, "find", None, "reflections")),
    (N_("&Tandem"), ("kickoff", None, "plan_next", "calendar", None, "evaluation", None, "closing", "reopen",
                     "share_report", None,
                     (N_("Journal &care"), ("care_passphrase", "care_backup", "care_check", None, "care_export",
                                            "care_import")))),
    (N_("&Go to"), ("focus_agenda", "focus_notes", "focus_learnings", "focus_actions", "focus_feedback")),
    (N_("&View"), ("focus_mode", None, "zoom_in", "zoom_out", "zoom_reset")),
)
FOCUS_MODE_EXTRA_POINTS = 6


class _WhenDrawn(QObject):
    """Runs ``then`` once, right after ``widget`` is first painted. The pages, not the window: where the
    menu bar is not part of the window (macOS), the window itself is never painted (nor the scroll
    area's viewport, which the pages cover)."""

    def __init__(self, widget: QWidget, then: Callable[[], None]) -> None:
        super().__init__(widget)
        self._then = then
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self, self._then)  # after this paint has reached the screen
        return False


def _use_text_size(points: int) -> None:
    """The application's font at ``points`` (set before any widget exists it costs nothing; once the
    window is there, 1.6 ms: the welcome window sets it first, issue 17.1)."""
    base = QApplication.font()
    if base.pointSize() != points:
        base.setPointSize(points)
        QApplication.setFont(base)


def _rect(rect: QRect) -> window_fit.Rect:
    from app.core.window_fit import Rect

    return Rect(rect.x(), rect.y(), rect.width(), rect.height())


class MainWindow(PagesMixin, JournalsMixin, LockingMixin, ProgrammeActionsMixin, CareMixin, QMainWindow):
    started = Signal()  # ``finish_start`` is done: everything is built (``ready``)

    def __init__(self, settings: Settings | None = None, parent: QWidget | None = None, *,
                 demo: bool = False) -> None:
        settings = settings or Settings()
        _use_text_size(settings.text_size)  # before the window exists: no widget to hand the font on to yet
        super().__init__(parent)
        self.setWindowTitle(tr("{app} — demo").format(app=TITLE) if demo else TITLE)
        self.settings = settings
        self._path: Path | None = None
        self._resume: Resume | None = None
        self._closing = False
        self._guide_after_unlock = False
        self._focus_mode = False
        self._normal_size: QSize | None = None  # the window's size before focus mode or larger text
        self._last_problem = ""
        self.ready = False  # everything built (``finish_start``): menus filled, shortcuts on, storage loaded

        # Top to bottom, as Tab and a screen reader go: focus mode's way out, the message, the pages
        self.focus_leave_button = QPushButton(tr("Leave focus mode (F11 or Esc)"))  # the menu bar is hidden then
        self.focus_leave_button.setAutoDefault(True)
        self.focus_leave_button.clicked.connect(lambda: self.actions.focus_mode.setChecked(False))
        self._leave_row = QWidget()  # shown in focus mode; the button at its right end
        row = QHBoxLayout(self._leave_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addStretch(1)
        row.addWidget(self.focus_leave_button)
        self._leave_row.hide()
        self.message = MessageBar()
        self.welcome = WelcomePage()
        self.stack = CurrentPageStack()
        self.stack.addWidget(self.welcome)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._leave_row)
        layout.addWidget(self.message)
        self._pages = pages = QScrollArea()  # a page taller than the screen scrolls; the window never outgrows it
        pages.setWidgetResizable(True)
        pages.setFrameShape(QScrollArea.Shape.NoFrame)
        content = FitContent(self.stack)
        pages.setWidget(content)
        layout.addWidget(pages, 1)
        self.setCentralWidget(central)

        self._menus = [self.menuBar().addMenu(tr(title)) for title, _entries in MENUS]  # filled by ``actions``
        self._connect()
        self.show_welcome()
        self.resize(1280, 800)  # the size the pages are laid out for; made to fit the screen once shown
        _WhenDrawn(content, self.finish_start)  # the rest just after the first paint

    # Built on first use, or just after the welcome window is first drawn ----------------------
    # The journal's storage, the unlock screen and the listeners are not needed to draw the welcome
    # screen; loading them first made the window appear 1.9× as late as a bare one (issue 17.1).
    @cached_property
    def service(self) -> JournalService:
        from .service import JournalService

        service = JournalService(self)
        service.problem.connect(self._problem)
        service.read_only_changed.connect(lambda _on: self._update_actions())
        service.session_not_kept.connect(self.say_session_not_kept)
        return service

    @cached_property
    def unlock_page(self) -> UnlockPage:
        from .pages.unlock import UnlockPage

        page = UnlockPage()
        page.unlock_requested.connect(self._unlock)
        page.cancel_requested.connect(self.show_welcome)
        page.retry_requested.connect(self._try_again)  # a journal not there: its drive plugged in now?
        page.remove_requested.connect(self._remove_missing)
        self.stack.addWidget(page)
        return page

    @cached_property
    def idle(self) -> IdleWatcher:
        from .idle import IdleWatcher

        watcher = IdleWatcher(0, self)
        watcher.idle.connect(self.lock)
        return watcher

    @cached_property
    def screen_lock(self) -> ScreenLockListener:
        """Listens for the screen locking and the computer going to sleep: built by ``finish_start`` and,
        at the latest, when a journal or my reflections are unlocked (``_unlocked``, ``show_reflections``)."""
        from .screen_lock import ScreenLockListener

        listener = ScreenLockListener(self)
        listener.locked.connect(self.walked_away)
        return listener

    def finish_start(self) -> None:
        """Build what the first screen did not need, once it is on screen, so that the first click or
        key finds it ready: the storage, the unlock screen and the screen-lock and idle listeners."""
        if self._closing or self.ready:
            return
        try:
            self.screen_lock, self.idle  # noqa: B018 - built: the locks before anything else
            # Qt's namespace is first needed here: PySide creates its 90 enumerations in Python when it
            # is first named, 15 ms that the welcome window does not wait for (tests/test_startup.py).
            from PySide6.QtCore import Qt
            from PySide6.QtGui import QIcon

            from app import paths

            self.fit_to_screen()
            self._pages.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            self._pages.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # a click lands on the page, not on the frame
            QApplication.setWindowIcon(QIcon(str(paths.ICON)))  # drawn from the SVG: after the window
            self.actions, self.service, self.unlock_page  # noqa: B018 - built
        finally:  # a part that failed (a bug: the crash dialog says so) is built again when it is used
            self.ready = True
            self.started.emit()

    def fit_to_screen(self) -> None:
        """All of the window on its screen, title bar included (``app/core/window_fit.py``): once shown,
        when the window manager has framed it (``finish_start``; asking the screen before the first paint
        cost the start 1.5 ms, issue 17.1). A window that fits is left as it is."""
        if self.isFullScreen() or self.isMaximized():
            return
        from app.core.window_fit import fitted

        new = fitted(_rect(self.frameGeometry()), _rect(self.geometry()), _rect(self.screen().availableGeometry()))
        if new is not None:
            self.resize(new.width, new.height)
            self.move(new.x, new.y)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        QTimer.singleShot(500, self, self.finish_start)  # in case it is never drawn (started minimised)

    # Wiring ------------------------------------------------------------------------
    @cached_property
    def actions(self) -> Actions:  # type: ignore[override]  # shadows QWidget.actions(): the tests use window.actions
        """Every command (``actions.ACTIONS``) with its shortcuts, in the menus and wired to the window.
        Made just after the window is first drawn (``finish_start``) or when first asked for: the menu
        bar's titles show from the start, their entries follow within a few milliseconds."""
        from .actions import create_actions

        actions = create_actions(self)

        def fill(menu: QMenu, entries: tuple[Any, ...]) -> None:
            for entry in entries:  # None: a separator; (title, entries): a submenu; else an action's id
                if entry is None:
                    menu.addSeparator()
                elif isinstance(entry, tuple):
                    submenu = QMenu(tr(entry[0]), menu)
                    menu.addMenu(submenu)
                    fill(submenu, entry[1])
                else:
                    menu.addAction(getattr(actions, entry))

        for menu, (_title, entries) in zip(self._menus, MENUS):
            fill(menu, entries)
        self._connect_actions(actions)
        self._enable(actions)
        return actions

    def _connect_actions(self, a: Actions) -> None:
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

    def _connect(self) -> None:
        self.welcome.create_requested.connect(self.create_journal)
        self.welcome.open_requested.connect(self.open_journal)
        self.welcome.recent_chosen.connect(lambda path: self.begin_unlock(Path(path)))
        self.welcome.recent_removed.connect(self._removed_on_welcome)

    def _update_actions(self) -> None:
        if self._built("actions"):
            self._enable(self.actions)

    def _enable(self, actions: Actions) -> None:
        """Enable each command by its ``when`` in the registry (``actions.ACTIONS``)."""
        from .actions import WindowState

        open_ = self._built("service") and self.service.is_open
        actions.enable_for(WindowState(
            journal_open=open_, read_only=open_ and self.service.read_only,
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
        _use_text_size(self.settings.text_size)
        font = self.stack.font()
        font.setPointSize(self.settings.text_size + (FOCUS_MODE_EXTRA_POINTS if self._focus_mode else 0))
        self.stack.setFont(font)
        self.focus_leave_button.setFont(font)

    def change_text_size(self, step: int) -> None:
        """Larger or smaller text keeps the window's size: the pages reflow instead (issue 20.2)."""
        before = self.size()
        from app.core import text_size  # the README's steps (75 … 300 %: 150 % is three presses)

        self.settings.text_size = text_size.step(self.settings.text_size, step)
        self.apply_text_size()
        if not self.isFullScreen():
            self.resize(before)

    def set_focus_mode(self, on: bool) -> None:
        if on and not self.isFullScreen():
            self._normal_size = self.size()
        self._focus_mode = on
        self.menuBar().setVisible(not on)
        self._leave_row.setVisible(on)
        self.showFullScreen() if on else self.showNormal()
        self.apply_text_size()
        if not on and self._normal_size is not None:
            self.resize(self._normal_size)

    def edit_preferences(self) -> None:
        from .dialogs.common import run_once
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
        from PySide6.QtCore import Qt

        if event.key() == Qt.Key.Key_Escape and self._focus_mode:
            self.actions.focus_mode.setChecked(False)
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._built("reflections") and not self.reflections.lock():
            event.ignore()
            return
        if self._built("session") and self.service.is_open and not self.session.flush():
            from PySide6.QtWidgets import QMessageBox

            answer = QMessageBox.question(
                self, TITLE, tr("Your last changes could not be saved. {problem}\n\nClose anyway and lose them?").format(
                    problem=self._last_problem), QMessageBox.StandardButton.No | QMessageBox.StandardButton.Yes,
                QMessageBox.StandardButton.No)
            if answer != QMessageBox.StandardButton.Yes:
                event.ignore()
                return
        self._closing = True
        if self._built("screen_lock"):
            self.screen_lock.stop()
        if self._built("service"):
            self.left_session()  # what could not be saved still counts as typed: a session with it is kept
            self.service.close()
        self.settings.sync()
        super().closeEvent(event)
