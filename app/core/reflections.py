"""A person's private reflections: what starting one means.

A reflection is dated today (by the clock) and may start from a prompt; typing into
the empty page starts one too, so nothing typed is ever lost.
"""

from __future__ import annotations

from app.store import PrivateJournal

from .clock import Clock

PROMPTS = ("surprised", "try", "raise", "collaboration")
SESSION_LABEL_CHARS = PrivateJournal.schema.table("reflection").by_name["session_label"].max_chars


def start(journal: PrivateJournal, clock: Clock, prompt: str = "none", title: str = "") -> int:
    """A new reflection written today; ``prompt`` is one of PROMPTS or "none". Returns its id."""
    if prompt != "none" and prompt not in PROMPTS:
        raise ValueError(f"unknown prompt {prompt!r}")
    return journal.add("reflection", written_on=clock.now().date().isoformat(), prompt=prompt, title=title)


def session_label(when: str, subject: str) -> str:
    """How a reflection names the tandem session it refers to, "date · topic" (or the session goal), shortened
    with "…" so that it always fits its field: the person never typed it and could not shorten it."""
    label = f"{when} · {subject}"
    if len(label) <= SESSION_LABEL_CHARS:
        return label
    return label[:SESSION_LABEL_CHARS - 1].rstrip() + "…"


def offered_for_sharing(selection: str) -> str:
    """What "Raise next time…" offers to share from a reflection: only the text the person selected
    (Qt's paragraph separators and runs of white space become single spaces), never the rest of the
    reflection. With nothing selected nothing is offered: the person writes the shared text."""
    return " ".join(selection.replace("\u2029", "\n").split())
