"""A new tandem's first hour (issue 13), walked in the real window: locking and coming back to the
same place, a journal that cannot be unlocked told before the passphrase is typed, a file named on
the command line, the demo, and shortcuts that work while a text field has the keyboard."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QApplication, QDialog, QWidget
from pytestqt.qtbot import QtBot

from app.core import journals
from app.store import Journal
from app.ui import main as entry
from app.ui.actions import ACTIONS, ActionSpec, When
from app.ui.main_window import MainWindow
from tests.conftest import PASSPHRASE
from tests.ui import text_keys
from tests.ui.conftest import press, type_text, unlock_typed

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
MINE = "nur ich kenne diesen Satz 2026"
ROOT = Path(__file__).resolve().parents[2]


def named(window: QWidget, name: str) -> QWidget:
    """The one visible control a person finds by its accessible name."""
    [found] = [w for w in window.findChildren(QWidget) if w.accessibleName() == name and w.isVisible()]
    return found


def focused() -> QWidget | None:
    return QApplication.focusWidget()


def click(qtbot: QtBot, widget: QWidget) -> None:
    """Click a control as a person does (the window activated first)."""
    window = widget.window()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=widget.rect().center())


def click_into(qtbot: QtBot, widget: QWidget) -> None:
    """Click into a field or list: it has the keyboard then."""
    click(qtbot, widget)
    qtbot.waitUntil(widget.hasFocus)


def open_journal(qtbot: QtBot, window: MainWindow, path: Path) -> None:
    """Choose a journal from the welcome screen's recent list and unlock it with the keyboard."""
    window.settings.add_recent(path)
    window.show_welcome()
    view = named(window, "Recently opened journals")
    click_into(qtbot, view)
    press(qtbot, Qt.Key.Key_Return)
    unlock_typed(qtbot, window)


def open_session(qtbot: QtBot, window: MainWindow, row: int) -> int:
    """From the overview: the session list, Down to ``row``, Enter."""
    sessions = named(window, "Past sessions")
    assert isinstance(sessions, QAbstractItemView)
    click_into(qtbot, sessions)
    press(qtbot, Qt.Key.Key_Home, CTRL)
    for _ in range(row):
        press(qtbot, Qt.Key.Key_Down)
    session_id = sessions.currentIndex().data(Qt.ItemDataRole.UserRole + 1)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.session)
    return int(session_id)


def lock_and_unlock(qtbot: QtBot, window: MainWindow) -> None:
    press(qtbot, Qt.Key.Key_L, CTRL)
    assert not window.service.is_open and window.stack.currentWidget() is window.unlock_page
    unlock_typed(qtbot, window)


# 13.2: after unlocking, the keyboard is where it was --------------------------------------------------
def test_unlocking_returns_to_the_same_row_of_the_session_list(qtbot: QtBot, window: MainWindow,
                                                               filled_journal: Path) -> None:
    open_journal(qtbot, window, filled_journal)
    sessions = named(window, "Past sessions")
    assert isinstance(sessions, QAbstractItemView)
    assert focused() is sessions, "the overview starts in the session list"
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Down)
    assert sessions.currentIndex().row() == 2
    lock_and_unlock(qtbot, window)
    assert window.stack.currentWidget() is window.overview
    assert focused() is sessions and sessions.currentIndex().row() == 2
    press(qtbot, Qt.Key.Key_Up)  # the keyboard goes on from there
    assert sessions.currentIndex().row() == 1


def test_unlocking_returns_to_the_cursor_and_selection_in_the_notes(qtbot: QtBot, window: MainWindow,
                                                                    filled_journal: Path) -> None:
    open_journal(qtbot, window, filled_journal)
    session_id = open_session(qtbot, window, 1)
    notes = named(window, "Shared notes (Markdown)")
    goal_before = window.session.goal.text()
    click_into(qtbot, notes)
    press(qtbot, Qt.Key.Key_Home, CTRL)
    type_text(qtbot, "Erstens Zweitens ")
    for _ in range(9):
        press(qtbot, Qt.Key.Key_Left)  # before "Zweitens "
    for _ in range(8):
        press(qtbot, Qt.Key.Key_Right, SHIFT)  # "Zweitens" selected
    lock_and_unlock(qtbot, window)
    assert window.stack.currentWidget() is window.session and window.session.session_id == session_id
    assert focused() is notes
    type_text(qtbot, "Drittens")  # replaces the selection, where it was
    assert notes.toPlainText().startswith("Erstens Drittens ")  # type: ignore[attr-defined]
    assert window.session.goal.text() == goal_before
    assert window.session.flush()
    row = window.service.get("session", session_id)  # what the journal holds
    assert row is not None and row["notes"].startswith("Erstens Drittens ") and row["goal"] == goal_before


def test_unlocking_returns_to_the_new_learning_field(qtbot: QtBot, window: MainWindow,
                                                     filled_journal: Path) -> None:
    open_journal(qtbot, window, filled_journal)
    session_id = open_session(qtbot, window, 0)
    learnings_before = len(window.service.rows("learning", session_id=session_id))
    goal_before = window.session.goal.text()
    press(qtbot, Qt.Key.Key_3, CTRL)  # Go to → Learnings
    field = named(window, "New learning")
    assert focused() is field
    lock_and_unlock(qtbot, window)
    assert focused() is field and window.session.tabs.currentIndex() == 0
    type_text(qtbot, "Wie man ein Profil anlegt\n")  # Enter adds the learning
    assert window.session.goal.text() == goal_before
    learnings = window.service.rows("learning", session_id=session_id)
    assert len(learnings) == learnings_before + 1
    assert any(r["text"] == "Wie man ein Profil anlegt" for r in learnings)


def test_unlocking_returns_to_my_reflections(qtbot: QtBot, window: MainWindow, filled_journal: Path,
                                             tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    private = tmp_path / "meine.reflections"
    journals.create_private(private, MINE).close()
    open_journal(qtbot, window, filled_journal)
    press(qtbot, Qt.Key.Key_R, CTRL)
    page = window.reflections
    monkeypatch.setattr(page, "ask_open_path", lambda: private)
    click(qtbot, page.choose_button)
    assert focused() is named(window, "My private passphrase")
    type_text(qtbot, MINE + "\n")
    qtbot.waitUntil(lambda: page.is_open, timeout=10_000)
    lock_and_unlock(qtbot, window)
    assert window.stack.currentWidget() is window.reflections and not page.is_open
    assert focused() is named(window, "My private passphrase")
    type_text(qtbot, MINE + "\n")  # my reflections open again, nothing typed into the session
    qtbot.waitUntil(lambda: page.is_open, timeout=10_000)
    assert page.title.text() == "" or page.is_open


# 13.10: what stands in the way is told before the passphrase ------------------------------------------
def choose_recent(qtbot: QtBot, window: MainWindow, path: Path) -> None:
    """On the welcome screen: the journal from the recent list, with Enter."""
    window.settings.add_recent(path)
    window.show_welcome()
    view = named(window, "Recently opened journals")
    click_into(qtbot, view)
    press(qtbot, Qt.Key.Key_Home, CTRL)
    press(qtbot, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.unlock_page


def test_a_journal_that_is_gone_is_told_before_the_passphrase(qtbot: QtBot, window: MainWindow,
                                                              journal_path: Path) -> None:
    gone = journal_path.with_name("umbenannt.tandem")
    choose_recent(qtbot, window, gone)
    page = window.unlock_page
    assert "It was looked for at " + str(gone.resolve()) in page.message.text()
    assert not page.passphrase.isEnabled(), "no passphrase is asked for a file that is not there"
    assert focused() is page.retry_button and page.retry_button.text() == "Try again"
    assert window.settings.recent == [str(gone.resolve())]  # kept: its stick may just not be plugged in
    press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is page.cancel_button and page.cancel_button.text() == "Choose another journal"
    press(qtbot, Qt.Key.Key_Space)  # choose another
    assert window.stack.currentWidget() is window.welcome


@pytest.mark.parametrize(("name", "content", "told"), [
    ("notizen.tandem", "Agenda für Montag\n".encode() * 300, "is not a tandem journal"),
    ("leer.tandem", b"", "is not a tandem journal"),
    ("meine.reflections", b"\x8f" * 4096, "is a private journal of reflections"),
])
def test_a_file_that_is_no_tandem_journal_is_told_before_the_passphrase(
        qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        name: str, content: bytes, told: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    monkeypatch.setattr(window, "ask_open_path", lambda: path)  # the file dialog's answer
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    press(qtbot, Qt.Key.Key_O, CTRL)
    page = window.unlock_page
    assert window.stack.currentWidget() is page and told in page.message.text()
    assert not page.passphrase.isEnabled() and focused() is page.cancel_button
    assert path.read_bytes() == content


def test_a_journal_open_in_another_window_is_told_before_the_passphrase(qtbot: QtBot, make_window,
                                                                        journal_path: Path) -> None:
    first = make_window()
    open_journal(qtbot, first, journal_path)
    second = make_window()
    choose_recent(qtbot, second, journal_path)
    page = second.unlock_page
    assert "already open in another window" in page.message.text()
    assert page.passphrase.isEnabled() and focused() is page.passphrase  # it can be closed there meanwhile
    first.activateWindow()
    qtbot.waitUntil(first.isActiveWindow)
    press(qtbot, Qt.Key.Key_L, CTRL)  # closed there (locked) …
    assert not first.service.is_open
    click_into(qtbot, page.passphrase)  # back in this window
    unlock_typed(qtbot, second)  # … and unlocked here
    assert second.stack.currentWidget() is second.overview


# 13.14: tandem-journal FILE.tandem (the desktop entry's %f) -----------------------------------------
def test_a_journal_named_on_the_command_line_opens_its_unlock_screen(qtbot: QtBot, journal_path: Path,
                                                                     isolated_home: dict[str, Path]) -> None:
    window = entry.open_window([str(journal_path)])
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    page = window.unlock_page
    assert window.stack.currentWidget() is page and page.file_label.text() == str(journal_path)
    assert page.message.text() == "" and page.passphrase.isEnabled()
    unlock_typed(qtbot, window)  # the keyboard is in the passphrase field
    assert window.stack.currentWidget() is window.overview
    window.close()


def test_a_missing_file_named_on_the_command_line_is_told(qtbot: QtBot, tmp_path: Path,
                                                          isolated_home: dict[str, Path]) -> None:
    window = entry.open_window([str(tmp_path / "tippfehler.tandem")])
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    page = window.unlock_page
    assert window.stack.currentWidget() is page and "It was looked for at" in page.message.text()
    assert not page.passphrase.isEnabled()
    window.close()


def test_the_usage_names_the_file_and_refuses_two(capsys: pytest.CaptureFixture[str]) -> None:
    assert entry.main(["tandem-journal", "--help"]) == 0
    assert "FILE" in capsys.readouterr().out
    assert entry.main(["tandem-journal", "a.tandem", "b.tandem"]) == 2
    assert "one journal at a time" in capsys.readouterr().err
    assert entry.main(["tandem-journal", "--demo", "a.tandem"]) == 2
    assert "--demo" in capsys.readouterr().err


def test_the_file_named_is_found_as_a_shell_or_a_file_manager_passes_it(
        tmp_path: Path, isolated_home: dict[str, Path], monkeypatch: pytest.MonkeyPatch) -> None:
    from app import paths

    monkeypatch.chdir(tmp_path)
    assert paths.named_file("unser.tandem") == tmp_path / "unser.tandem"
    assert paths.named_file("~/Tandem/unser.tandem") == isolated_home["home"] / "Tandem" / "unser.tandem"
    assert paths.named_file("file:///home/petra/Mein%20Tandem/unser.tandem") == Path(
        "/home/petra/Mein Tandem/unser.tandem")


PROBE = (
    "import sys\n"
    "from PySide6.QtCore import QTimer\n"
    "from PySide6.QtWidgets import QApplication\n"
    "app = QApplication(sys.argv)\n"
    "def probe():\n"
    "    try:\n"
    "        [w] = [w for w in app.topLevelWidgets() if type(w).__name__ == 'MainWindow' and w.isVisible()]\n"
    "        page = w.unlock_page\n"
    "        print('SCREEN', w.stack.currentWidget() is page, page.passphrase.isEnabled())\n"
    "        print('FILE', page.file_label.text())\n"
    "        print('MESSAGE', page.message.text())\n"
    "    finally:\n"
    "        app.quit()\n"
    "QTimer.singleShot(1000, probe)\n"
    "from app.ui.main import main\n"
    "sys.exit(main(['tandem-journal'] + sys.argv[1:]))\n"
)


@pytest.mark.parametrize(("name", "content", "enabled", "message"), [
    ("unser.tandem", None, True, ""),
    ("fehlt.tandem", b"-", False, "It was looked for at"),
    ("notizen.tandem", b"Notizen\n", False, "is not a tandem journal"),
])
def test_the_real_process_opens_the_file_it_is_given(journal_path: Path, tmp_path: Path,
                                                     isolated_home: dict[str, Path], name: str,
                                                     content: bytes | None, enabled: bool, message: str) -> None:
    folder = tmp_path / "Mein Tandem"  # a space, as file managers pass it
    folder.mkdir()
    path = folder / name
    if content is None:
        journal_path.rename(path)
    elif content != b"-":
        path.write_bytes(content)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    result = subprocess.run([sys.executable, "-c", PROBE, name], cwd=folder, capture_output=True, text=True,
                            timeout=30, env=env)  # a relative path, as a shell passes it
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    lines = dict(line.split(" ", 1) for line in result.stdout.splitlines() if " " in line)
    assert lines["SCREEN"] == f"True {enabled}"
    assert lines["FILE"] == str(path)
    assert lines.get("MESSAGE", "").startswith(message) or message in lines.get("MESSAGE", "")


# 13.17: the demo opens unlocked --------------------------------------------------------------------------
def test_the_demo_opens_unlocked_and_shows_its_passphrase_after_the_first_lock(
        qtbot: QtBot, tmp_path: Path, isolated_home: dict[str, Path]) -> None:
    from app.demo import DEMO_PASSPHRASE, DEMO_SESSIONS
    from app.ui.demo import start_demo

    window = start_demo(tmp_path)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.overview, timeout=10_000)  # nothing typed
    sessions = named(window, "Past sessions")
    assert isinstance(sessions, QAbstractItemView)
    assert sessions.model().rowCount() == DEMO_SESSIONS and focused() is sessions
    assert "demo" in window.windowTitle()
    press(qtbot, Qt.Key.Key_L, CTRL)
    hint = window.unlock_page.hint
    assert window.stack.currentWidget() is window.unlock_page and hint.isVisible()
    shown = hint.text().split("Its passphrase is: ", 1)[1]
    assert shown == DEMO_PASSPHRASE
    unlock_typed(qtbot, window, shown)  # what a newcomer reads is what works
    assert window.stack.currentWidget() is window.overview and focused() is sessions
    window.close()


# 13.6: every shortcut works while a text field has the keyboard ----------------------------------------
PORTABLE = QKeySequence.SequenceFormat.PortableText


def portable(sequence: str) -> str:
    return QKeySequence.fromString(sequence, PORTABLE).toString(PORTABLE)


def keys_on(spec: ActionSpec, scheme: str) -> set[str]:
    """What a command's shortcuts are on a keyboard scheme (a standard key differs by platform)."""
    found: set[str] = set()
    for key in spec.keys:
        if isinstance(key, QKeySequence.StandardKey):
            assert any(name == key.name for name, _s, _w in text_keys.COMMAND_KEYS), f"{key.name}: add its rows"
            found |= text_keys.on(scheme, text_keys.COMMAND_KEYS, key.name)
        else:
            found.add(portable(key))
    return found


@pytest.mark.parametrize("scheme", text_keys.SCHEMES)
def test_no_shortcut_is_a_key_that_text_fields_claim(scheme: str) -> None:
    claimed = {portable(k) for k in text_keys.claimed_by_text_fields(scheme)}
    clashes = {spec.id: sorted(keys_on(spec, scheme) & claimed) for spec in ACTIONS}
    assert not {command: keys for command, keys in clashes.items() if keys}, f"on {scheme}"


def test_the_table_of_text_keys_holds_what_qt_binds_here() -> None:
    rows = text_keys.TEXT_EDITING + text_keys.COMMAND_KEYS
    for name in {name for name, _s, _w in rows}:
        here = {k.toString(PORTABLE) for k in QKeySequence.keyBindings(getattr(QKeySequence.StandardKey, name))}
        assert here <= {sequence for n, sequence, _w in rows if n == name}, name


class _CloseRefused(QObject):
    """Quitting is one of the shortcuts: the window stays, and the test sees that it was asked."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Close:
            event.ignore()
            return True
        return False


def _dismiss_dialogs(window: MainWindow) -> QTimer:
    """Every dialog a command opens is cancelled at once, as Esc would (run inside its own loop)."""
    timer = QTimer(window)
    timer.timeout.connect(lambda: [QDialog.reject(d) for d in window.findChildren(QDialog) if d.isVisible()])
    timer.start(20)
    return timer


def _back_to(qtbot: QtBot, window: MainWindow, field: str) -> QWidget:
    """Back on a session with the keyboard in ``field``, the way a person gets there."""
    if window.actions.focus_mode.isChecked():
        press(qtbot, Qt.Key.Key_Escape)
    if window.stack.currentWidget() is window.unlock_page:
        click_into(qtbot, window.unlock_page.passphrase)
        unlock_typed(qtbot, window)
    if window.stack.currentWidget() not in (window.session, window.overview):
        click(qtbot, window.stack.currentWidget())
        press(qtbot, Qt.Key.Key_Home, Qt.KeyboardModifier.AltModifier)  # back (from my reflections: to the session)
    if window.stack.currentWidget() is window.overview:
        open_session(qtbot, window, 0)
    target = named(window, field)
    click_into(qtbot, target)
    return target


FIELDS = ["Session goal", "Shared notes (Markdown)"]


@pytest.mark.parametrize("field", FIELDS)
def test_every_shortcut_works_while_typing(qtbot: QtBot, window: MainWindow, filled_journal: Path,
                                           field: str) -> None:
    """Each key of each command, pressed with the keyboard in a one-line field and in the notes."""
    open_journal(qtbot, window, filled_journal)
    open_session(qtbot, window, 0)
    fired: list[str] = []
    for spec in ACTIONS:
        getattr(window.actions, spec.id).triggered.connect(lambda _=False, i=spec.id: fired.append(i))
    refuse_close = _CloseRefused(window)
    window.installEventFilter(refuse_close)
    dialogs = _dismiss_dialogs(window)
    missed = []
    try:
        for spec in ACTIONS:
            if spec.when is When.COMPLETED:
                continue  # test_reopening_works_while_typing
            for sequence in getattr(window.actions, spec.id).shortcuts():
                if sequence[0].key().value >= Qt.Key.Key_Back.value:
                    continue  # a dedicated key (Open, Zoom In…): no text field claims it, QTest cannot type it
                target = _back_to(qtbot, window, field)
                fired.clear()
                combination = sequence[0]
                qtbot.keyClick(target, combination.key(), combination.keyboardModifiers())
                if spec.id not in fired:
                    missed.append(f"{spec.id} {sequence.toString(PORTABLE)}")
                if spec.id in ("zoom_in", "zoom_out"):
                    press(qtbot, Qt.Key.Key_0, CTRL)  # normal text size again
    finally:
        dialogs.stop()
        window.removeEventFilter(refuse_close)
    assert not missed, f"with the keyboard in {field!r} these did nothing: {missed}"


def test_every_shortcut_works_while_typing_on_a_linux_desktop(tmp_path: Path) -> None:
    """The same walk on a real X server, where Qt uses the X11 keyboard scheme (Ctrl+E is "end of line"
    in a one-line field there; the offscreen platform uses the Windows scheme)."""
    from tests.ui.test_lock_on_minimise import _start_xvfb

    server, display = _start_xvfb(tmp_path / "xvfb.log")
    try:
        env = dict(os.environ, QT_QPA_PLATFORM="xcb", DISPLAY=display, XDG_CURRENT_DESKTOP="")
        env.pop("WAYLAND_DISPLAY", None)
        child = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", __file__,
                                "-k", "every_shortcut_works_while_typing and not linux"],
                               cwd=ROOT, env=env, capture_output=True, text=True, timeout=100)
    finally:
        server.terminate()
        server.wait(timeout=10)
    report = f"{child.stdout[-4000:]}\n{child.stderr[-2000:]}"
    assert child.returncode == 0, report
    assert "2 passed" in child.stdout, report


@pytest.mark.parametrize("field", FIELDS)
def test_reopening_works_while_typing(qtbot: QtBot, window: MainWindow, filled_journal: Path, field: str) -> None:
    with Journal.open(filled_journal, PASSPHRASE) as journal:
        journal.complete("2026-06-30")
    open_journal(qtbot, window, filled_journal)
    open_session(qtbot, window, 0)
    assert window.service.read_only
    target = _back_to(qtbot, window, field)
    for sequence in window.actions.reopen.shortcuts():
        combination = sequence[0]
        qtbot.keyClick(target, combination.key(), combination.keyboardModifiers())
    assert not window.service.read_only, "the tandem was reopened"


def test_the_readme_lists_every_shortcut() -> None:
    table = [line for line in (ROOT / "README.md").read_text(encoding="utf-8").splitlines()
             if line.startswith("| ") and "Ctrl" in line or line.startswith("| F11") or line.startswith("| Alt+")]
    listed = " ".join(row.split("|")[1] for row in table)
    listed = listed.replace("Ctrl+1 … Ctrl+5", "Ctrl+1 Ctrl+2 Ctrl+3 Ctrl+4 Ctrl+5")
    words = {word[:-1] if word.endswith(",") and not word.endswith("+,") else word for word in listed.split()}
    for spec in ACTIONS:
        keys = {portable(k) for k in spec.keys if isinstance(k, str)} | {
            k.toString(PORTABLE) for key in spec.keys if isinstance(key, QKeySequence.StandardKey)
            for k in QKeySequence.keyBindings(key)}
        assert keys & words, f"{spec.id}: none of {sorted(keys)} in the README's table"
