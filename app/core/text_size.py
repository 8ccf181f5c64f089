"""The text size steps: Ctrl+Plus and Ctrl+Minus go one step up or down, Ctrl+0 back to normal.

Steps in percent of the normal size (12 pt), as the README names them: 75, 90, 100, 110, 125,
150, 175, 200, 250, 300. From normal, 150 % (the size for two people reading one screen) is three
presses of Ctrl+Plus, 200 % five. A size kept from before the steps (one point per press) goes to
the next step in the direction pressed. Sizes are whole points (110 % is 13 pt, 108 %).
"""

from __future__ import annotations

NORMAL_POINTS = 12
STEPS = (75, 90, 100, 110, 125, 150, 175, 200, 250, 300)  # percent of NORMAL_POINTS


def points(percent: int) -> int:
    """The point size of a step."""
    return round(NORMAL_POINTS * percent / 100)


_SIZES = {points(p): p for p in STEPS}  # point size -> step (each step a different size)


def percent(size: int) -> int:
    """A point size in percent of the normal size, as a person reads it: a step's own figure (13 pt:
    110 %), else rounded (18 pt: 150 %, 14 pt: 117 %)."""
    return _SIZES.get(size, round(size * 100 / NORMAL_POINTS))


def larger(size: int) -> int:
    """The next step above ``size``; above the largest step the size stays."""
    return next((s for s in _SIZES if s > size), size)


def smaller(size: int) -> int:
    """The next step below ``size``; below the smallest step the size stays."""
    return next((s for s in reversed(_SIZES) if s < size), size)


def step(size: int, direction: int) -> int:
    """What Ctrl+Plus (``direction`` > 0), Ctrl+Minus (< 0) and Ctrl+0 (0: normal) make of ``size``."""
    if direction == 0:
        return NORMAL_POINTS
    return larger(size) if direction > 0 else smaller(size)
