"""The session screen at 1280×800, walked like a person (left open by the last walk):

- the hint under the action items counts the items that do not say who does it, as the layer
  counts them (``app/core/sessions.without_owner``), and the journal holds what was typed;
- at 150 % text the tabs (learnings, action items, feedback) lie below the visible part of the
  page: a tab's Alt+letter and the "Go to" menu's Ctrl+1…5 bring what they switch to into view
  (before, the person pressed the key and saw nothing change).
"""

from __future__ import annotations


import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QScrollArea, QWidget
from pytestqt.qtbot import QtBot

from app.ui.i18n import tr
from app.ui.main_window import MainWindow
from tests.e2e.person import Person
from tests.ui.conftest import larger_text, press, type_text

CTRL, ALT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.AltModifier
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support grabbing the keyboard", extend=True)  # menus






def new_session(qtbot: QtBot, window: MainWindow) -> QWidget:
    """Ctrl+N on the overview: a new session, the session screen in front."""
    press(qtbot, Qt.Key.Key_N, CTRL)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.session, timeout=10_000)
    qtbot.wait(50)
    return window.session


def in_view(widget: QWidget, whole: bool = True) -> bool:
    """Whether the person sees ``widget`` (``whole``: all of it; else a part at least): inside the
    viewport of every scroll area it lies in, and inside the window."""
    def seen(box: QRect, room: QRect) -> bool:
        return room.contains(box) if whole else box.intersects(room)

    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea):
            port = parent.viewport()
            if not seen(QRect(widget.mapTo(port, QPoint(0, 0)), widget.size()), port.rect()):
                return False
        parent = parent.parentWidget()
    window = widget.window()
    return seen(QRect(widget.mapTo(window, QPoint(0, 0)), widget.size()), window.rect())


def first_control(page: QWidget) -> QWidget:
    """The control at the top of ``page`` that the keyboard reaches (its first field)."""
    reachable = [w for w in page.findChildren(QWidget) if w.isVisible()
                 and w.focusPolicy() & Qt.FocusPolicy.TabFocus and w.focusProxy() is None]
    return min(reachable, key=lambda w: (w.mapTo(page, QPoint(0, 0)).y(), w.mapTo(page, QPoint(0, 0)).x()))


def _shown(page: QWidget) -> list[str]:
    return [label.text() for label in page.findChildren(QLabel) if label.isVisible()]


# 1. The count of action items without an owner (the rule: app/core/sessions.without_owner) -------
def test_the_hint_counts_the_action_items_that_do_not_say_who_does_them(qtbot: QtBot, demo: MainWindow) -> None:
    person = Person(qtbot, demo)
    page = new_session(qtbot, demo)
    person.tab("&Action items")
    person.field("New action item", "Ask the works council about hybrid work\n", QLineEdit)
    one = tr("1 action item does not say who does it: choose in its Owner column.")
    person.wait(lambda: one in _shown(page))
    person.field("New action item", "Draft the LinkedIn post\n", QLineEdit)
    two = tr("{count} action items do not say who does it: choose in their Owner column.").format(count=2)
    person.wait(lambda: two in _shown(page))
    owner = person.find("Owner")
    person.choose("Owner", owner.itemText(1))  # the second person by name
    person.field("New action item", "Book the room for next time\n", QLineEdit)
    person.wait(lambda: len(demo.service.rows("action_item", session_id=page.session_id)) == 3)
    assert two in _shown(page)  # an item that says who does it does not count
    held = {row["text"]: row["owner"] for row in demo.service.rows("action_item", session_id=page.session_id)}
    assert held == {"Ask the works council about hybrid work": None, "Draft the LinkedIn post": None,
                    "Book the room for next time": owner.itemData(1)}


# 2. Alt+letter and Go to bring the target into view at 150 % -------------------------------------
TABS = (("&Learnings", 0), ("&Action items", 1), ("&Feedback", 2))


def _mnemonic(source: str) -> Qt.Key:
    text = tr(source)
    letter = text[text.index("&") + 1].upper()
    return Qt.Key(ord(letter))


@pytest.mark.parametrize(("tab", "index"), TABS[1:])
def test_a_tabs_alt_letter_brings_it_into_view_at_150_percent(qtbot: QtBot, demo: MainWindow, tab: str,
                                                             index: int) -> None:
    larger_text(qtbot, demo)
    page = new_session(qtbot, demo)
    tabs = page.tabs
    assert not in_view(first_control(tabs.currentWidget())), "the tabs are in view already: nothing to test"
    press(qtbot, _mnemonic(tab), ALT)
    qtbot.waitUntil(lambda: tabs.currentIndex() == index, timeout=2000)
    qtbot.wait(50)
    assert in_view(tabs.tabBar()) and in_view(first_control(tabs.currentWidget()))


@pytest.mark.parametrize(("entry", "target"), [("&Learnings", "New learning"), ("Action &items", "New action item"),
                                               ("&Feedback", None)])
def test_go_to_brings_the_area_into_view_at_150_percent(qtbot: QtBot, demo: MainWindow, entry: str,
                                                       target: str | None) -> None:
    larger_text(qtbot, demo)
    page = new_session(qtbot, demo)
    person = Person(qtbot, demo)
    person.menu("&Go to", entry)
    qtbot.waitUntil(lambda: demo.focusWidget() is not None and page.tabs.isAncestorOf(demo.focusWidget()),
                    timeout=2000)
    qtbot.wait(50)
    person.activate(demo)  # the menu has closed (offscreen, the window does not come back by itself)
    focused = demo.focusWidget()
    assert focused is not None
    if target is not None:
        assert focused.accessibleName() == tr(target)
    assert in_view(focused), f"{focused.accessibleName()} is out of view"
    # and back up: Ctrl+1 (the agenda) from down there
    press(qtbot, Qt.Key.Key_1, CTRL)
    qtbot.wait(50)
    agenda = QApplication.focusWidget()
    assert agenda is not None and agenda.accessibleName() == tr("New agenda item") and in_view(agenda)


def test_a_search_hit_comes_into_view_at_150_percent(qtbot: QtBot, demo: MainWindow) -> None:
    """Ctrl+F, a word of an action item, Enter: the session opens with the item's list in view."""
    larger_text(qtbot, demo)
    item = demo.service.rows("action_item")[0]
    word = max(item["text"].split(), key=len)
    press(qtbot, Qt.Key.Key_F, CTRL)
    qtbot.waitUntil(lambda: demo.search.isVisible() and QApplication.focusWidget() is demo.search.query)
    type_text(qtbot, word)
    with qtbot.waitSignal(demo.search.hit_chosen, timeout=5_000):  # Enter waits for the search to end
        press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: demo.stack.currentWidget() is demo.session, timeout=5_000)
    qtbot.wait(50)
    focused = demo.focusWidget()
    assert focused is not None and focused.accessibleName() == tr("Action items")
    assert in_view(focused, whole=False) and in_view(demo.session.tabs.tabBar())
