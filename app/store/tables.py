"""What the journal holds: every table, its columns and their allowed values.

This is the single description of the data model in code. The store uses it
to validate writes, the portable JSON format uses it to export, import and
validate, and ``docs/portable-format.md`` documents it. The SQL in
``migrations.py`` is history and must agree with it; a test checks that it
does (``tests/store/test_schema.py``).
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field
from typing import Any

ROLES = ("mentor", "mentee")
LEARNERS = ("mentee", "mentor", "both")
TANDEM_STATES = ("active", "completed")
TOPIC_STATES = ("idea", "planned", "done")
TOPIC_ORIGINS = ("pool", "own")
GOAL_STATES = ("open", "reached", "dropped")
SESSION_KINDS = ("kickoff", "regular", "closing")
RHYTHMS = ("weekly", "biweekly", "monthly", "other")
RULE_KEYS = ("openness", "trust", "respect", "commitment", "confidentiality", "custom")

# The longest text (in characters) each kind of field accepts; docs/portable-format.md lists them
# (issue 15.7). Titles and names fit a line; a learning is a few sentences; the longer texts (a
# concern, a description, feedback) are a page or several; notes and reflections are documents.
LIMITS = {"title": 300, "learning": 5_000, "text": 50_000, "notes": 5_000_000}


class TooLong(ValueError):
    """A text longer than its field accepts (``Column.check``)."""

    def __init__(self, length: int, limit: int) -> None:
        super().__init__(f"too long: {length:,} characters, at most {limit:,} characters fit here")
        self.length = length
        self.limit = limit


@dataclass(frozen=True)
class Column:
    """One column. ``kind`` is one of: text, int, bool, date, datetime, enum, rating, ref."""

    name: str
    kind: str
    nullable: bool = False
    choices: tuple[str, ...] = ()
    ref: str | None = None  # table a ``ref`` column points to
    default: Any = None
    doc: str = ""
    max_chars: int = LIMITS["text"]  # text only: the longest text it accepts

    def check(self, value: Any, max_chars: int | None = None) -> Any:
        """Return ``value`` if it is valid for this column, else raise ValueError with the reason.
        ``max_chars`` replaces the column's limit (an import accepts text written before the limits)."""
        limit = self.max_chars if max_chars is None else max_chars
        if value is None:
            if self.nullable:
                return None
            raise ValueError("must not be empty (null)")
        kind = self.kind
        if kind == "text":
            if not isinstance(value, str):
                raise ValueError(f"expected text, got {_describe(value)}")
            if len(value) > limit:
                raise TooLong(len(value), limit)
            if "\x00" in value:
                raise ValueError("text must not contain NUL characters")
            try:
                value.encode("utf-8")
            except UnicodeEncodeError:
                raise ValueError("text contains an invalid character (a lone surrogate)") from None
            return value
        if kind == "bool":
            if not isinstance(value, bool):
                raise ValueError(f"expected true or false, got {_describe(value)}")
            return value
        if kind in ("int", "ref", "rating"):
            if isinstance(value, bool) or not isinstance(value, int):
                raise ValueError(f"expected a whole number, got {_describe(value)}")
            if kind == "rating" and not 1 <= value <= 5:
                raise ValueError(f"expected a rating from 1 to 5, got {value}")
            if kind == "int" and value < 0:
                raise ValueError(f"expected zero or more, got {value}")
            return value
        if kind == "enum":
            if value not in self.choices:
                raise ValueError(f"expected one of {', '.join(self.choices)}, got {_describe(value)}")
            return value
        if kind == "date":
            if not isinstance(value, str):
                raise ValueError(f"expected a date YYYY-MM-DD, got {_describe(value)}")
            try:
                _dt.date.fromisoformat(value)
            except ValueError:
                raise ValueError(f"expected a date YYYY-MM-DD, got {value!r}") from None
            if len(value) != 10:
                raise ValueError(f"expected a date YYYY-MM-DD, got {value!r}")
            return value
        if kind == "datetime":
            if not isinstance(value, str):
                raise ValueError(f"expected a date and time (ISO 8601), got {_describe(value)}")
            try:
                _dt.datetime.fromisoformat(value)
            except ValueError:
                raise ValueError(f"expected a date and time (ISO 8601), got {value!r}") from None
            return value
        raise AssertionError(f"unknown column kind {kind}")


def _describe(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


@dataclass(frozen=True)
class Table:
    """One table; ``key`` is its list name in the portable JSON format."""

    name: str
    key: str
    columns: tuple[Column, ...]
    doc: str = ""
    singleton: bool = False  # exactly one row with id 1 (the tandem itself)
    ordered: bool = False  # has a ``position`` column the user controls
    parent: str | None = None  # column whose value groups positions (e.g. session_id)
    by_name: dict[str, Column] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "by_name", {c.name: c for c in self.columns})

    @property
    def column_names(self) -> tuple[str, ...]:
        return tuple(c.name for c in self.columns)


def _text(name: str, doc: str = "", limit: str = "text") -> Column:
    return Column(name, "text", default="", doc=doc, max_chars=LIMITS[limit])


def _flag(name: str, doc: str = "") -> Column:
    return Column(name, "bool", default=False, doc=doc)


def _created() -> Column:
    return Column("created_at", "datetime", doc="when the row was created (UTC, ISO 8601)")


ID = Column("id", "int", doc="stable identifier, referenced by other rows")
POSITION = Column("position", "int", default=0, doc="order within its list, from 0")

TABLES: tuple[Table, ...] = (
    Table(
        "tandem", "tandem", singleton=True,
        doc="The tandem itself and its kick-off agreement and closing round (exactly one row).",
        columns=(
            ID,
            _text("title", "a working title for the tandem", "title"),
            Column("state", "enum", choices=TANDEM_STATES, default="active"),
            _created(),
            Column("started_on", "date", nullable=True),
            Column("completed_at", "datetime", nullable=True),
            _text("concern", "the mentee's concern (Anliegen)"),
            _text("support_form", "the form of support agreed"),
            Column("rhythm", "enum", nullable=True, choices=RHYTHMS),
            Column("planned_months", "int", nullable=True, doc="planned duration in months"),
            _text("place", "where the tandem usually meets", "title"),
            Column("next_session_at", "datetime", nullable=True),
            Column("dependency_exists", "bool", nullable=True,
                   doc="is one in the other's reporting line? null = not yet answered"),
            _text("dependency_note", "the confidentiality rule agreed for that dependency"),
            Column("rules_agreed_on", "date", nullable=True),
            Column("closing_held_on", "date", nullable=True),
            _text("pass_on", "what to pass on to the next round"),
            _text("recommendations", "next steps and recommendations for the team"),
            _text("onepager_lang", "the language the one-pager was last exported in ('' = not yet: the interface's)",
                  "title"),
            _text("onepager_title", "the one-pager's title as last exported ('' = the default in its language)",
                  "title"),
            _text("report_key", "a random key that tells this tandem's programme reports apart from other "
                                "tandems' ('' until the first report; says nothing about the tandem)", "title"),
        ),
    ),
    Table(
        "person", "people", doc="The two people of the tandem, one per role.",
        columns=(
            ID,
            Column("role", "enum", choices=ROLES),
            _text("display_name", limit="title"),
            _text("expectations", "what this person expects of the other"),
        ),
    ),
    Table(
        "rule", "rules", ordered=True, doc="The conversation rules agreed at kick-off.",
        columns=(ID, POSITION, Column("key", "enum", choices=RULE_KEYS, default="custom"),
                 _text("text", limit="learning")),
    ),
    Table(
        "goal", "goals", ordered=True, doc="The tandem's goals.",
        columns=(
            ID, POSITION, _text("title", limit="title"), _text("description"),
            Column("state", "enum", choices=GOAL_STATES, default="open"), _created(),
        ),
    ),
    Table(
        "topic", "topics", ordered=True, doc="The topic pool.",
        columns=(
            ID, POSITION, _text("title", limit="title"), _text("description"),
            Column("state", "enum", choices=TOPIC_STATES, default="idea"),
            Column("origin", "enum", choices=TOPIC_ORIGINS, default="own"), _created(),
        ),
    ),
    Table(
        "session", "sessions", doc="The sessions (meetings) of the tandem.",
        columns=(
            ID,
            Column("kind", "enum", choices=SESSION_KINDS, default="regular"),
            Column("starts_at", "datetime", doc="local date and time, ISO 8601, offset optional"),
            Column("duration_minutes", "int", nullable=True),
            _text("place", limit="title"),
            Column("topic_id", "ref", nullable=True, ref="topic", doc="the focus topic"),
            _text("goal", "the session goal", "title"),
            _text("notes", "shared notes, Markdown", "notes"),
            _created(),
            Column("updated_at", "datetime"),
        ),
    ),
    Table(
        "agenda_item", "agenda", ordered=True, parent="session_id", doc="Agenda items of a session.",
        columns=(
            ID, Column("session_id", "ref", ref="session"), POSITION, _text("text", limit="learning"), _flag("done"),
            Column("carried_from", "ref", nullable=True, ref="agenda_item",
                   doc="the unfinished item of an earlier session this one continues"),
            _flag("carried_forward", "taken over to a later session's agenda (once: deleting it there does "
                                     "not offer it again)"),
        ),
    ),
    Table(
        "learning", "learnings", ordered=True, parent="session_id", doc="What one side or both learned.",
        columns=(
            ID, Column("session_id", "ref", nullable=True, ref="session"), POSITION, _text("text", limit="learning"),
            Column("learner", "enum", nullable=True, choices=LEARNERS,
                   doc="who learned it; null = not yet said (the session asks, the one-pager leaves it out)"),
            Column("topic_id", "ref", nullable=True, ref="topic"),
            _flag("share", "share in the one-pager"), _flag("quick_win"), _created(),
        ),
    ),
    Table(
        "action_item", "actions", ordered=True, parent="session_id", doc="Action items.",
        columns=(
            ID, Column("session_id", "ref", nullable=True, ref="session"), POSITION, _text("text", limit="learning"),
            Column("owner", "enum", nullable=True, choices=LEARNERS,
                   doc="who does it; null = not yet said (the session asks and marks it)"),
            Column("due_on", "date", nullable=True), _flag("done"), _created(),
        ),
    ),
    Table(
        "feedback", "feedback",
        doc="One direction of a feedback round; session_id null means the closing round.",
        columns=(
            ID, Column("session_id", "ref", nullable=True, ref="session"),
            Column("giver", "enum", choices=ROLES), _text("helped", "what helped"),
            _text("to_change", "what to change"), Column("rating", "rating", nullable=True), _created(),
        ),
    ),
    Table(
        "evaluation", "evaluations", doc="A check-in: are we reaching our goals?",
        columns=(
            ID, Column("held_on", "date"), Column("session_id", "ref", nullable=True, ref="session"),
            _text("note"), _created(),
        ),
    ),
    Table(
        "next_time", "next_time", ordered=True,
        doc=("Lines raised for next time while no session is planned; the next session started takes "
             "them over onto its agenda."),
        columns=(ID, POSITION, _text("text", limit="learning"), _created()),
    ),
    Table(
        "closing_answer", "closing_answers",
        doc="The closing question, one row per partner: what each tells the programme about the tandem.",
        columns=(
            ID, Column("giver", "enum", choices=ROLES),
            Column("value", "rating", nullable=True, doc="how valuable the tandem was, 1-5"),
            Column("again", "bool", nullable=True, doc="would do a tandem again"),
            Column("recommend", "bool", nullable=True, doc="would recommend it to a colleague"),
            _text("line", "one optional line for the programme", "title"), _created(),
        ),
    ),
    Table(
        "evaluation_rating", "evaluation_ratings", doc="The rating of one goal in one evaluation.",
        columns=(
            ID, Column("evaluation_id", "ref", ref="evaluation"), Column("goal_id", "ref", ref="goal"),
            Column("rating", "rating"), _text("comment"),
        ),
    ),
)
