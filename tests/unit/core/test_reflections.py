"""What "Raise next time…" offers from a private reflection: only what was selected; and how a reflection
names the session it refers to (``session_label``)."""

from __future__ import annotations

import pytest

from app.core.reflections import SESSION_LABEL_CHARS, offered_for_sharing, session_label


@pytest.mark.parametrize(("selection", "offered"), [
    ("", ""),  # nothing selected: nothing of the reflection is offered
    ("   \n\t", ""),
    ("Frage: Wie geben wir uns öfter Feedback?", "Frage: Wie geben wir uns öfter Feedback?"),
    ("  zwei\u2029Zeilen  ", "zwei Zeilen"),  # Qt's paragraph separator in a selection
    ("viel   Platz\nhier", "viel Platz hier"),
])
def test_only_the_selection_is_offered(selection: str, offered: str) -> None:
    assert offered_for_sharing(selection) == offered


WHEN = "Freitag, 4. Dezember 2026, 10:00"


@pytest.mark.parametrize(("subject", "expected"), [
    ("Feedback", f"{WHEN} · Feedback"),
    ("", f"{WHEN} · "),
    ("T" * (SESSION_LABEL_CHARS - len(WHEN) - 3), f"{WHEN} · " + "T" * (SESSION_LABEL_CHARS - len(WHEN) - 3)),
    ("T" * (SESSION_LABEL_CHARS - len(WHEN) - 2), f"{WHEN} · " + "T" * (SESSION_LABEL_CHARS - len(WHEN) - 4) + "…"),
    ("T" * 300, f"{WHEN} · " + "T" * (SESSION_LABEL_CHARS - len(WHEN) - 4) + "…"),
    ("Thema mit Leerzeichen " + "x " * 400, None),  # never ends in a space before the ellipsis
    ("🙂" * 50_000, None),  # an older, longer topic too
])
def test_a_session_label_always_fits(subject: str, expected: str | None) -> None:
    label = session_label(WHEN, subject)
    assert len(label) <= SESSION_LABEL_CHARS and label.startswith(f"{WHEN} · ")
    if expected is not None:
        assert label == expected
    else:
        assert label.endswith("…") and not label[:-1].endswith(" ")
