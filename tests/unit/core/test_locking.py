"""When the app locks by itself, by table: each event locks only when its preference is on."""

from __future__ import annotations

import pytest

from app.core.locking import IDLE_LOCK_SECONDS, PRIVATE_IDLE_SECONDS, WalkedAway, WhenAway, locks

SCREEN, SLEEP = WalkedAway.SCREEN_LOCKED, WalkedAway.SLEEP


@pytest.mark.parametrize(("event", "on_screen_lock", "before_sleep", "expected"), [
    (SCREEN, True, True, True),
    (SCREEN, True, False, True),
    (SCREEN, False, True, False),
    (SCREEN, False, False, False),
    (SLEEP, True, True, True),
    (SLEEP, False, True, True),
    (SLEEP, True, False, False),
    (SLEEP, False, False, False),
])
def test_each_event_follows_its_own_preference(event: WalkedAway, on_screen_lock: bool, before_sleep: bool,
                                               expected: bool) -> None:
    assert locks(event, WhenAway(on_screen_lock=on_screen_lock, before_sleep=before_sleep)) is expected


def test_defaults_lock_on_both_and_after_five_minutes() -> None:
    assert all(locks(event, WhenAway()) for event in WalkedAway)
    assert IDLE_LOCK_SECONDS == 300
    assert 0 < PRIVATE_IDLE_SECONDS <= IDLE_LOCK_SECONDS
