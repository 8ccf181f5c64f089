"""The main window fits the screen's free area, title bar included (app/core/window_fit.py)."""

from __future__ import annotations

import pytest

from app.core.window_fit import Rect, fitted

TITLE_BAR = 30  # a window manager's decoration: 30 px on top, 1 px borders
BORDER = 1


def framed(x: int, y: int, width: int, height: int) -> tuple[Rect, Rect]:
    """A window whose frame's top-left is at x, y with an inside of width × height."""
    frame = Rect(x, y, width + 2 * BORDER, height + TITLE_BAR + BORDER)
    inner = Rect(x + BORDER, y + TITLE_BAR, width, height)
    return frame, inner


@pytest.mark.parametrize(("window", "free", "expected"), [
    # fits: left alone, wherever it is
    (framed(100, 50, 1280, 800), Rect(0, 0, 1920, 1080), None),
    (framed(0, 0, 1280, 800), Rect(0, 0, 1282, 831), None),
    # 1280×800 inside a 1280×800 screen: the title bar and borders push it over: smaller, moved to the corner
    (framed(0, 0, 1280, 800), Rect(0, 0, 1280, 800), Rect(0, 0, 1278, 769)),
    # 1366×768 with a 32 px top panel: the height gives way, the width stays, the frame moves below the panel
    (framed(43, 0, 1280, 736), Rect(0, 32, 1366, 736), Rect(43, 32, 1280, 705)),
    # fits in size but hangs off the right and bottom edges: moved back, size kept
    (framed(900, 700, 800, 500), Rect(0, 0, 1920, 1080), Rect(900, 549, 800, 500)),
    (framed(1500, 10, 800, 500), Rect(0, 0, 1920, 1080), Rect(1118, 10, 800, 500)),
    # off the left or top edge (a second screen to the left taken away): back on this one
    (framed(-500, -40, 800, 500), Rect(0, 0, 1920, 1080), Rect(0, 0, 800, 500)),
    # a screen that starts at x=1920 (the right-hand one of two)
    (framed(1800, 0, 1280, 800), Rect(1920, 0, 1280, 1024), Rect(1920, 0, 1278, 800)),
])
def test_fitted(window: tuple[Rect, Rect], free: Rect, expected: Rect | None) -> None:
    frame, inner = window
    assert fitted(frame, inner, free) == expected


def test_what_is_fitted_fits() -> None:
    """For every screen size and position in a grid, the refitted frame lies inside the free area."""
    for free in (Rect(0, 0, 1024, 600), Rect(0, 24, 1366, 744), Rect(1920, 0, 1280, 720)):
        for x in range(-600, 3400, 350):
            for y in range(-100, 1200, 130):
                frame, inner = framed(x, y, 1280, 800)
                new = fitted(frame, inner, free) or Rect(x, y, inner.width, inner.height)
                right = new.x + new.width + 2 * BORDER
                bottom = new.y + new.height + TITLE_BAR + BORDER
                assert free.x <= new.x and right <= free.x + free.width, (free, x, y, new)
                assert free.y <= new.y and bottom <= free.y + free.height, (free, x, y, new)
