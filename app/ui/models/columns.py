"""Every list's columns, in one place: which field of a row each column shows, its header, how it
is shown and edited. The session page, the overview and the closing round build their models
from these, so the same list looks and edits the same wherever it appears.

Headers and choice labels are marked with ``N_`` here and translated where they are shown.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from ..i18n import N_

ROLE_LABELS = {"mentee": N_("Mentee"), "mentor": N_("Mentor"), "both": N_("Both")}
GOAL_STATES = {"open": N_("Open"), "reached": N_("Reached"), "dropped": N_("Dropped")}
TOPIC_STATES = {"idea": N_("Idea"), "planned": N_("Planned"), "done": N_("Done")}


@dataclass(frozen=True)
class Field:
    """One column: the row's ``key``, its ``header`` (marked, not yet translated) and its kind."""

    key: str
    header: str
    kind: str = "text"  # text, bool, enum, date
    labels: dict[str, str] = field(default_factory=dict)  # enum value -> label
    editable: bool = True
    check: str | None = None  # a bool field shown as this text column's check box
    missing: str = ""  # an enum that may be not yet said (null): shown marked with this text
    names: bool = False  # a role (mentee, mentor, both) shown by the people's names (models/people.py)


def read_only(columns: tuple[Field, ...], *keys: str) -> tuple[Field, ...]:
    """``columns`` with the columns named by ``keys`` not editable."""
    return tuple(replace(c, editable=False) if c.key in keys else c for c in columns)


# A session's lists (the session page) ---------------------------------------------------
AGENDA = (Field("text", N_("Agenda"), check="done"),)
WHO_LEARNED = Field("learner", N_("Who"), "enum", ROLE_LABELS, missing=N_("not set"), names=True)  # may be unset
LEARNINGS = (Field("text", N_("Learning")), WHO_LEARNED,
             Field("share", N_("One-pager"), "bool"), Field("quick_win", N_("Quick win"), "bool"))
OWNER = Field("owner", N_("Owner"), "enum", ROLE_LABELS, missing=N_("not set"), names=True)  # may be unset
ACTION_ITEMS = (Field("text", N_("Action item")), OWNER,
                Field("due_on", N_("Due"), "date"), Field("done", N_("Done"), "bool"))

# The tandem's lists (the overview) -------------------------------------------------------
SESSIONS = (Field("starts_at", N_("Date"), editable=False), Field("topic", N_("Topic"), editable=False),
            Field("learning_count", N_("Learned"), editable=False),  # the number of learnings
            Field("rating", N_("Rating"), editable=False))
GOALS = (Field("title", N_("Goal")), Field("state", N_("State"), "enum", GOAL_STATES))
OPEN_ACTION_ITEMS = (replace(ACTION_ITEMS[0], header=N_("Open action item")), *ACTION_ITEMS[1:])
# The tandem's open action items from earlier sessions, shown in a session: only ticked off there
EARLIER_ACTION_ITEMS = read_only(OPEN_ACTION_ITEMS, "text", "owner", "due_on")
QUICK_WINS = (Field("text", N_("Quick win")), replace(WHO_LEARNED, editable=False))
TOPICS = (Field("title", N_("Topic")), Field("state", N_("State"), "enum", TOPIC_STATES),
          Field("sessions", N_("Sessions"), editable=False))  # how many sessions had it as their focus

# The closing round: every learning, only the one-pager and quick-win ticks editable --------
ALL_LEARNINGS = read_only(LEARNINGS, "text", "learner")
