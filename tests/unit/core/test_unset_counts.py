"""How many of a session's action items do not say who does it, and how many learnings do not say
who learned it (the hints under the session's lists show the counts): a rule by table."""

from __future__ import annotations

from typing import Any

import pytest

from app.core import sessions


def _rows(key: str, values: list[Any]) -> list[dict[str, Any]]:
    return [{"id": n, "text": f"item {n}", key: value, "done": False} for n, value in enumerate(values, start=1)]


@pytest.mark.parametrize(("owners", "count"), [
    ([], 0),                                  # no items: nothing to say
    (["mentee"], 0),
    ([None], 1),                              # not yet said
    ([None, None, "mentor"], 2),
    (["mentee", "mentor", "both"], 0),        # "both" says who: the two of them
    ([""], 1),                                # an empty value says nothing either
    (["   "], 1),
])
def test_an_action_item_without_an_owner_counts(owners: list[Any], count: int) -> None:
    assert sessions.without_owner(_rows("owner", owners)) == count


def test_a_done_item_without_an_owner_still_counts() -> None:
    """Ticking an item off does not say who did it; the tandem may still want to record it."""
    items = _rows("owner", [None, "mentor"])
    items[0]["done"] = True
    assert sessions.without_owner(items) == 1


def test_a_row_without_the_owner_field_counts_as_unset() -> None:
    assert sessions.without_owner([{"id": 1, "text": "call Petra"}]) == 1


@pytest.mark.parametrize(("learners", "count"), [
    ([], 0),
    ([None, "mentee", None], 2),
    (["mentor", "both"], 0),
    ([""], 1),
])
def test_a_learning_without_a_learner_counts(learners: list[Any], count: int) -> None:
    assert sessions.without_learner(_rows("learner", learners)) == count
