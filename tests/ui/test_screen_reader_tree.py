"""What a screen reader gets from the window, read in-process through QAccessible (issue 19; the
same over AT-SPI with a real reader: tests/e2e/test_screen_reader.py): messages are announced,
labels are read as their text, every control has a role and a name, one object has the focus,
Tab leaves the plain-text editors and reaches the progress chart, and the one-pager's preview has
its page's text as a text alternative."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from app.ui.dialogs.onepager import OnePagerDialog
from app.ui.main_window import MainWindow
from tests.ui.conftest import press, type_text, unlock

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def active(qtbot: QtBot, window: QWidget) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def test_wrong_passphrase_next_session_and_lock_are_announced(qtbot: QtBot, window: MainWindow,
                                                              filled_journal: Path, heard: list[str]) -> None:
    active(qtbot, window)
    window.begin_unlock(filled_journal)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.unlock_page.passphrase)
    type_text(qtbot, "not the passphrase")
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: any("does not open this journal" in text for text in heard), timeout=10_000)
    assert QApplication.focusWidget() is window.unlock_page.passphrase  # back where it is typed again
    assert "Unlocking…" not in heard  # the focused busy indicator says so; not said twice
    press(qtbot, Qt.Key.Key_A, CTRL)
    type_text(qtbot, "Kaffee am Markt, 2026!")
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.overview, timeout=10_000)
    assert any(text.startswith("Next session") for text in heard), heard
    assert QApplication.focusWidget() is window.overview.sessions
    press(qtbot, Qt.Key.Key_L, CTRL)
    qtbot.waitUntil(lambda: "Locked" in heard)


def test_search_count_and_messages_are_announced(qtbot: QtBot, window: MainWindow, filled_journal: Path,
                                                 heard: list[str]) -> None:
    unlock(qtbot, window, filled_journal)
    active(qtbot, window)
    press(qtbot, Qt.Key.Key_F, CTRL)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.search.query)
    type_text(qtbot, "LinkedIn")
    qtbot.waitUntil(lambda: any(text.endswith(("result", "results")) for text in heard), timeout=10_000)
    assert window.search.status.text() in heard
    window.search.hide()
    window.message.show_message("Could not save.")
    assert heard[-1] == "Could not save."


def _labels_that_hide_their_text(root: QWidget) -> list[str]:
    return [f"{label.accessibleName()!r} over {label.text()!r}" for label in root.findChildren(QLabel)
            if label.text() and label.accessibleName() and label.accessibleName() != label.text()
            and label.pixmap().isNull()]


def test_labels_are_read_as_their_text(qtbot: QtBot, window: MainWindow, filled_journal: Path) -> None:
    window.begin_unlock(filled_journal)
    window.unlock_page.set_hint("The demo's passphrase is: x")
    window.unlock_page.show_error("That passphrase does not open this journal.")
    assert _labels_that_hide_their_text(window.unlock_page) == []
    unlock(qtbot, window, filled_journal)
    window.message.show_message("Could not save.")
    assert _labels_that_hide_their_text(window) == []


def _tree(interface: QAccessibleInterface, depth: int = 0) -> Iterator[QAccessibleInterface]:
    yield interface
    if depth < 60:
        for index in range(interface.childCount()):
            child = interface.child(index)
            if child is not None and child.isValid():
                yield from _tree(child, depth + 1)


def _read(root: QWidget) -> tuple[list[str], list[str]]:
    """The focusable objects without a name (nor a label naming them), and the objects that say they
    have the focus (Qt's page tabs say so of the current tab, always: left out; a list's current cell
    is its active descendant)."""
    unnamed, focused = [], []
    top = QAccessible.queryAccessibleInterface(root)
    assert top is not None
    inside_a_list = (QAccessible.Role.Cell, QAccessible.Role.ListItem, QAccessible.Role.Row,
                     QAccessible.Role.ColumnHeader, QAccessible.Role.RowHeader)  # the list is the stop
    for node in _tree(top):
        state, role = node.state(), node.role()
        if state.invisible or not state.focusable or role in inside_a_list:
            continue
        labelled = any(relation & QAccessible.RelationFlag.Label for _, relation in node.relations())
        if not node.text(QAccessible.Text.Name).strip() and not labelled and role != QAccessible.Role.PageTabList:
            unnamed.append(f"{role.name} {type(node.object()).__name__}")
        if state.focused and role != QAccessible.Role.PageTab:
            focused.append(f"{role.name} {node.text(QAccessible.Text.Name)!r}")
    return unnamed, focused


def test_every_control_has_a_role_and_a_name_and_one_has_the_focus(qtbot: QtBot, window: MainWindow,
                                                                   filled_journal: Path) -> None:
    unlock(qtbot, window, filled_journal)
    active(qtbot, window)
    unnamed, focused = _read(window)
    assert unnamed == [] and focused == ["Table 'Past sessions'"], (unnamed, focused)
    press(qtbot, Qt.Key.Key_Return)  # the past session the focus is on
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.session)
    for tab in range(window.session.tabs.count()):
        window.session.tabs.setCurrentIndex(tab)
        unnamed, focused = _read(window)
        assert unnamed == [] and focused == ["EditableText 'Session goal'"], (tab, unnamed, focused)
    press(qtbot, Qt.Key.Key_Home, Qt.KeyboardModifier.AltModifier)
    press(qtbot, Qt.Key.Key_F, CTRL)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.search.query)
    unnamed, focused = _read(window.search)
    assert unnamed == [] and focused == ["EditableText 'Search words'"], (unnamed, focused)
    clear = [node for node in _tree(QAccessible.queryAccessibleInterface(window.search))
             if node.role() == QAccessible.Role.Button]
    assert [node.text(QAccessible.Text.Name) for node in clear] == ["Clear the search words"]


def test_tab_leaves_the_shared_notes_and_ctrl_tab_types_a_tab(qtbot: QtBot, window: MainWindow,
                                                              filled_journal: Path) -> None:
    unlock(qtbot, window, filled_journal)
    active(qtbot, window)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.session)
    press(qtbot, Qt.Key.Key_2, CTRL)
    notes = window.session.notes
    assert QApplication.focusWidget() is notes
    before = notes.toPlainText()
    press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not notes and notes.toPlainText() == before
    press(qtbot, Qt.Key.Key_Backtab, SHIFT)
    assert QApplication.focusWidget() is notes
    press(qtbot, Qt.Key.Key_Tab, CTRL)
    assert QApplication.focusWidget() is notes and notes.toPlainText().count("\t") == before.count("\t") + 1


def test_the_progress_chart_is_a_stop_that_reads_its_summary(qtbot: QtBot, window: MainWindow,
                                                             filled_journal: Path) -> None:
    unlock(qtbot, window, filled_journal)
    active(qtbot, window)
    chart = window.overview.chart
    for _ in range(12):
        if QApplication.focusWidget() is chart:
            break
        press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is chart
    interface = QAccessible.queryAccessibleInterface(chart)
    assert interface.text(QAccessible.Text.Description) == chart.summary() and "1 of 5" in chart.summary()
    press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not chart


def test_the_one_pager_preview_reads_the_page_and_tab_leaves_next_steps(qtbot: QtBot, window: MainWindow,
                                                                        filled_journal: Path) -> None:
    unlock(qtbot, window, filled_journal)
    dialog = OnePagerDialog(window.service, window)
    qtbot.addWidget(dialog)
    dialog.show()
    active(qtbot, dialog)
    qtbot.waitUntil(dialog.save_button.isEnabled, timeout=15_000)
    text = dialog.preview.accessibleDescription()
    assert text.startswith("Reverse mentoring: what we learned") and "Tandem Vertrieb × Digital" in text
    for _ in range(12):
        if QApplication.focusWidget() is dialog.recommendations:
            break
        press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.recommendations
    press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.names and "\t" not in dialog.recommendations.toPlainText()
