"""The text size steps behind Ctrl+Plus, Ctrl+Minus and Ctrl+0 (README: 100, 110, 125, 150, 175,
200 %…): a person reaching for 150 % gets there in three presses. A rule by table."""

from __future__ import annotations

import pytest

from app.core import text_size


def test_the_steps_are_the_ones_the_readme_names() -> None:
    assert text_size.STEPS == (75, 90, 100, 110, 125, 150, 175, 200, 250, 300)
    assert text_size.NORMAL_POINTS == 12


@pytest.mark.parametrize(("presses", "points", "percent"), [
    (0, 12, 100), (1, 13, 110), (2, 15, 125), (3, 18, 150), (4, 21, 175), (5, 24, 200), (6, 30, 250),
    (7, 36, 300), (8, 36, 300),  # the largest step stays
])
def test_ctrl_plus_from_normal(presses: int, points: int, percent: int) -> None:
    size = text_size.NORMAL_POINTS
    for _ in range(presses):
        size = text_size.larger(size)
    assert (size, text_size.percent(size)) == (points, percent)


@pytest.mark.parametrize(("presses", "points", "percent"), [
    (1, 11, 90), (2, 9, 75), (3, 9, 75),  # the smallest step stays
])
def test_ctrl_minus_from_normal(presses: int, points: int, percent: int) -> None:
    size = text_size.NORMAL_POINTS
    for _ in range(presses):
        size = text_size.smaller(size)
    assert (size, text_size.percent(size)) == (points, percent)


@pytest.mark.parametrize(("before", "larger", "smaller"), [
    (14, 15, 13),   # a size kept from before the steps goes to the next step either way
    (16, 18, 15),
    (17, 18, 15),
    (8, 9, 8),      # below the smallest step: up to it; smaller stays
    (40, 40, 36),   # above the largest: larger stays; down to it
    (36, 36, 30),
    (12, 13, 11),
    (18, 21, 15),
])
def test_a_size_between_steps_goes_to_the_next_step(before: int, larger: int, smaller: int) -> None:
    assert text_size.larger(before) == larger
    assert text_size.smaller(before) == smaller


def test_every_step_is_a_size_the_settings_keep() -> None:
    """The settings keep 8 to 40 pt; each step is a different size there."""
    sizes = [text_size.points(p) for p in text_size.STEPS]
    assert all(8 <= s <= 40 for s in sizes) and sizes == sorted(set(sizes))


@pytest.mark.parametrize(("points", "percent"), [(12, 100), (18, 150), (13, 110), (11, 90), (14, 117)])
def test_percent_shown(points: int, percent: int) -> None:
    assert text_size.percent(points) == percent


@pytest.mark.parametrize(("size", "direction", "after"), [
    (12, +1, 13), (15, +1, 18), (18, -1, 15), (12, -1, 11), (24, 0, 12), (9, 0, 12), (12, 0, 12),
    (14, +2, 15),  # any press up is one step
])
def test_one_press(size: int, direction: int, after: int) -> None:
    """Ctrl+Plus, Ctrl+Minus, Ctrl+0 (the window's View menu)."""
    assert text_size.step(size, direction) == after
