"""The action registry: one row per command, and when each can be used, by table."""

from __future__ import annotations

from dataclasses import fields

import pytest
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from app.ui.actions import ACTIONS, Actions, When, WindowState, create_actions

CLOSED = WindowState(journal_open=False, read_only=False, in_session=False, private_open=False)
OPEN = WindowState(journal_open=True, read_only=False, in_session=False, private_open=False)
IN_SESSION = WindowState(journal_open=True, read_only=False, in_session=True, private_open=False)
COMPLETED = WindowState(journal_open=True, read_only=True, in_session=False, private_open=False)
COMPLETED_IN_SESSION = WindowState(journal_open=True, read_only=True, in_session=True, private_open=False)
ONLY_PRIVATE = WindowState(journal_open=False, read_only=False, in_session=False, private_open=True)


@pytest.mark.parametrize(("when", "allowed_in"), [
    (When.ALWAYS, {CLOSED, OPEN, IN_SESSION, COMPLETED, COMPLETED_IN_SESSION, ONLY_PRIVATE}),
    (When.JOURNAL, {OPEN, IN_SESSION, COMPLETED, COMPLETED_IN_SESSION}),
    (When.WRITABLE, {OPEN, IN_SESSION}),
    (When.SESSION, {IN_SESSION, COMPLETED_IN_SESSION}),
    (When.WRITABLE_SESSION, {IN_SESSION}),
    (When.COMPLETED, {COMPLETED, COMPLETED_IN_SESSION}),
    (When.LOCKABLE, {OPEN, IN_SESSION, COMPLETED, COMPLETED_IN_SESSION, ONLY_PRIVATE}),
])
def test_when_a_command_can_be_used(when: When, allowed_in: set[WindowState]) -> None:
    for state in (CLOSED, OPEN, IN_SESSION, COMPLETED, COMPLETED_IN_SESSION, ONLY_PRIVATE):
        assert state.allows(when) == (state in allowed_in), (when, state)


def test_the_registry_has_one_row_per_action() -> None:
    ids = [spec.id for spec in ACTIONS]
    assert len(ids) == len(set(ids))
    assert ids == [f.name for f in fields(Actions)]


def test_actions_follow_the_registry(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    actions = create_actions(parent)
    for spec in ACTIONS:
        action = getattr(actions, spec.id)
        assert action in parent.actions()  # shortcuts work with the menu bar hidden
        assert action.isCheckable() == spec.checkable
        for key in spec.keys:
            standard = isinstance(key, QKeySequence.StandardKey)
            expected = QKeySequence.keyBindings(key) if standard else [QKeySequence(key)]
            assert all(k in action.shortcuts() for k in expected if not k.isEmpty()), spec.id
    actions.enable_for(COMPLETED)
    assert actions.reopen.isEnabled() and actions.find.isEnabled() and actions.lock.isEnabled()
    assert not actions.new_session.isEnabled() and not actions.carry_over.isEnabled()
    actions.enable_for(CLOSED)
    assert [spec.id for spec in ACTIONS if getattr(actions, spec.id).isEnabled()] == [
        spec.id for spec in ACTIONS if spec.when is When.ALWAYS]
