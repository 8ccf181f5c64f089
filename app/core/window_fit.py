"""How large the main window opens and where, so that all of it is on the screen.

The window opens at 1280×800, the size its pages are laid out for. A smaller screen cannot hold that
plus the title bar: on a 1366×768 laptop, or a 1920×1080 one at 150 % scaling (1280×720 for
windows), the bottom of the window with the notes' last lines and the action items was off the
screen, where no scrolling reaches it. So the window takes at most the screen's free area (the
screen less the desktop's panels), its title bar and borders included, and moves into it, once it is
shown and framed by the window manager. A window that fits is left where and as large as it is.
"""

from __future__ import annotations

from typing import NamedTuple


class Rect(NamedTuple):
    x: int
    y: int
    width: int
    height: int


def fitted(frame: Rect, inner: Rect, free: Rect) -> Rect | None:
    """Where the window's frame goes and how large its inside becomes so that the frame (title bar and
    borders: ``frame`` less ``inner``) lies within ``free``; None when it does already.

    The result's x and y are the frame's top-left corner (what Qt's ``move`` takes for a window), its
    width and height the inside's (what ``resize`` takes)."""
    border_width, border_height = frame.width - inner.width, frame.height - inner.height
    width = max(1, min(inner.width, free.width - border_width))
    height = max(1, min(inner.height, free.height - border_height))
    x = _within(frame.x, free.x, free.x + free.width - (width + border_width))
    y = _within(frame.y, free.y, free.y + free.height - (height + border_height))
    if (x, y, width, height) == (frame.x, frame.y, inner.width, inner.height):
        return None
    return Rect(x, y, width, height)


def _within(value: int, low: int, high: int) -> int:
    """``value`` moved into low…high; ``low`` when the range is empty (the top-left stays on screen)."""
    return max(low, min(value, high))
