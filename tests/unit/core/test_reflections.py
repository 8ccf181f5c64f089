"""What "Raise next time…" offers from a private reflection: only what was selected."""

from __future__ import annotations

import pytest

from app.core.reflections import offered_for_sharing


@pytest.mark.parametrize(("selection", "offered"), [
    ("", ""),  # nothing selected: nothing of the reflection is offered
    ("   \n\t", ""),
    ("Frage: Wie geben wir uns öfter Feedback?", "Frage: Wie geben wir uns öfter Feedback?"),
    ("  zwei\u2029Zeilen  ", "zwei Zeilen"),  # Qt's paragraph separator in a selection
    ("viel   Platz\nhier", "viel Platz hier"),
])
def test_only_the_selection_is_offered(selection: str, offered: str) -> None:
    assert offered_for_sharing(selection) == offered
