"""What happens to an entry of the welcome screen's recent list (app/core/recent.py), by table."""

from __future__ import annotations

import pytest

from app.core.recent import LIMIT, Happened, after, listed_as, next_choice

A, B, C = "/home/anna/Tandem.tandem", "/media/anna/STICK/Tandem.tandem", "/mnt/share/Programm.tandem"
MANY = [f"/home/anna/j{n}.tandem" for n in range(LIMIT)]


@pytest.mark.parametrize(("happened", "recent", "path", "expected"), [
    # opened: first, once
    (Happened.OPENED, [], A, [A]),
    (Happened.OPENED, [A, B], B, [B, A]),
    (Happened.OPENED, [A, B, C], A, [A, B, C]),
    (Happened.OPENED, [A, B, C], C, [C, A, B]),
    # opened: the limit; the oldest drops off
    (Happened.OPENED, MANY, A, [A] + MANY[:-1]),
    (Happened.OPENED, MANY, MANY[-1], [MANY[-1]] + MANY[:-1]),
    (Happened.OPENED, MANY + [B, C], A, [A] + MANY[:-1]),  # a longer list (another version) is cut
    # missing when chosen: kept, where it was (the stick is not plugged in)
    (Happened.MISSING, [A, B, C], B, [A, B, C]),
    (Happened.MISSING, [B], B, [B]),
    (Happened.MISSING, [A], B, [A]),  # opened with Open, not on the list: not added
    # removed by the person: gone, the rest in order
    (Happened.REMOVED, [A, B, C], B, [A, C]),
    (Happened.REMOVED, [A], A, []),
    (Happened.REMOVED, [A, C], B, [A, C]),  # not on the list: nothing changes
])
def test_after(happened: Happened, recent: list[str], path: str, expected: list[str]) -> None:
    before = list(recent)
    assert after(happened, recent, path) == expected
    assert recent == before  # a new list; the stored one is not changed in place


@pytest.mark.parametrize(("recent", "removed", "row"), [
    ([A, B, C], A, 0),  # the first: the one below moves up into its row
    ([A, B, C], B, 1),
    ([A, B, C], C, 1),  # the last: the one above
    ([A], A, None),  # none left
    ([A, B], C, 0),  # not on the list
])
def test_next_choice(recent: list[str], removed: str, row: int | None) -> None:
    assert next_choice(recent, removed) == row


@pytest.mark.parametrize(("recent", "path", "resolved", "expected", "asked"), [
    (["/m/a.tandem", "/m/b.tandem"], "/m/b.tandem", "/m/b.tandem", "/m/b.tandem", False),  # as written
    (["/m/a.tandem"], "../m/a.tandem", "/m/a.tandem", "/m/a.tandem", True),  # the same file, written otherwise
    (["/m/a.tandem"], "/m/c.tandem", "/m/c.tandem", None, True),  # not on the list
    ([], "/m/a.tandem", "/m/a.tandem", None, True),
])
def test_listed_as(recent: list[str], path: str, resolved: str, expected: str | None, asked: bool) -> None:
    """The file system is asked (resolving: slow for a drive not connected) only when needed."""
    calls: list[str] = []

    def resolve() -> str:
        calls.append(path)
        return resolved

    assert listed_as(recent, path, resolve) == expected
    assert bool(calls) is asked
