"""What the main window's mixins use of MainWindow and of one another, for mypy only.

At runtime ``WindowBase`` is ``object`` (MainWindow adds QMainWindow); to mypy it is a
QMainWindow with MainWindow's attributes and the commands each mixin defines, so that every
mixin is type-checked on its own. Keep the signatures in step with the definitions: mypy
checks that they match.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pathlib import Path

    from PySide6.QtWidgets import QMainWindow, QStackedWidget, QWidget

    from app.store import Journal

    from ..actions import Actions
    from ..dialogs.search import SearchDialog
    from ..idle import IdleWatcher
    from ..pages.overview import OverviewPage
    from ..pages.reflections import ReflectionsPage
    from ..pages.session import SessionPage
    from ..pages.unlock import UnlockPage
    from ..pages.welcome import WelcomePage
    from ..service import JournalService
    from ..settings import Settings
    from ..widgets.message_bar import MessageBar
    from .place import Resume

    class WindowBase(QMainWindow):
        # MainWindow's attributes (main_window.py)
        settings: Settings
        service: JournalService
        # Shadows QWidget.actions() (PySide6 stubs: a method); the tests use window.actions.
        actions: Actions  # type: ignore[assignment]
        _path: Path | None
        _resume: Resume | None
        _closing: bool
        _guide_after_unlock: bool
        _focus_mode: bool
        welcome: WelcomePage
        unlock_page: UnlockPage
        stack: QStackedWidget
        message: MessageBar
        idle: IdleWatcher

        def _update_actions(self) -> None: ...
        def _saved(self, doing: str) -> bool: ...

        # PagesMixin (pages.py)
        @property
        def overview(self) -> OverviewPage: ...
        @property
        def session(self) -> SessionPage: ...
        @property
        def reflections(self) -> ReflectionsPage: ...
        @property
        def search(self) -> SearchDialog: ...
        def _built(self, name: str) -> bool: ...
        def _showing_session(self) -> bool: ...
        def _show(self, page: QWidget) -> None: ...
        def show_welcome(self) -> None: ...
        def show_overview(self) -> None: ...
        def show_session(self, session_id: int) -> None: ...
        def show_reflections(self) -> None: ...
        def export_onepager(self) -> None: ...

        # JournalsMixin (journals.py) and LockingMixin (locking.py)
        def check_before_unlock(self) -> bool: ...
        def begin_unlock(self, path: Path) -> None: ...
        def _unlocked(self, journal: Journal) -> None: ...
        def _clear_pages(self) -> None: ...

        # ProgrammeActionsMixin (programme_actions.py)
        def new_session(self) -> None: ...
        def raise_next_time(self, text: str) -> None: ...
        def open_kickoff(self) -> None: ...
        def plan_next_session(self) -> None: ...
        def check_in(self) -> None: ...
        def closing_round(self) -> None: ...
        def reopen_tandem(self) -> None: ...
else:
    WindowBase = object
