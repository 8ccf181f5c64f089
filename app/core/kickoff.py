"""The kick-off agreement as one piece: read it for the guide, save it in one transaction.

The guide can be opened again at any time; saving compares with what is in
the journal, so goals keep their ids (and their ratings), and a goal taken
out of the agreement after it has been rated is marked "dropped" rather than
deleted with its history.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from app import programme
from app.languages import CODES
from app.store import Journal

TABLES = ("tandem", "person", "goal", "rule", "topic")  # what saving an agreement may change


@dataclass
class GoalDraft:
    title: str
    id: int | None = None  # None: a new goal


@dataclass
class RuleDraft:
    key: str  # one of tables.RULE_KEYS
    text: str


@dataclass
class Kickoff:
    mentee: str = ""
    mentor: str = ""
    mentee_expects: str = ""
    mentor_expects: str = ""
    concern: str = ""
    support_form: str = ""
    goals: list[GoalDraft] = field(default_factory=list)
    rules: list[RuleDraft] = field(default_factory=list)
    rules_agreed_on: str | None = None
    dependency_exists: bool | None = None
    dependency_note: str = ""
    rhythm: str | None = None
    planned_months: int | None = None
    place: str = ""
    started_on: str | None = None
    next_session_at: str | None = None
    new_topics: list[tuple[str, str, str]] = field(default_factory=list)  # (title, description, origin)


def first_suggestion_language(agreement: Kickoff, remembered: str, interface: str) -> str:
    """The language the guide's suggestions (rules, topic pool) start in.

    A tandem that has not saved its agreement yet (a new journal: no start date) starts in the interface
    language: the one remembered came from another journal's kick-off (German suggestions under an
    English interface, walk of 2026-12-05). Once agreed, the language the tandem chose is kept.
    Either way the guide's first step can switch it."""
    if agreement.started_on is None or remembered not in CODES:
        return interface
    return remembered


def rule_wording(key: str, own: str, language: str) -> str:
    """What a ticked rule says: the person's own words, else the suggested wording (in ``language``).

    The suggestion is offered beside the field and never written into it, so the two are never glued."""
    return own.strip() or programme.RULES[key](language)


def own_wording(key: str, stored: str) -> str:
    """The person's own words in a rule as the journal holds it: none when it is the suggestion
    (in any language), so the guide shows the suggestion beside an empty field again."""
    suggested = {programme.RULES[key](code) for code in CODES}
    return "" if stored.strip() in suggested else stored


def accept_suggestion(typed: str, suggestion: str) -> str:
    """A field's text after the person accepts ``suggestion`` ("Use the suggestion").

    The suggestion stands on its own line, before whatever was typed (kept as typed); an empty
    field gets a fresh line after it, so words typed next start there instead of being glued
    on. A field that already holds the suggestion as a line stays as it is."""
    if suggestion in typed.splitlines():
        return typed
    if not typed.strip():
        return suggestion + "\n"
    return suggestion + "\n" + typed


def read(journal: Journal) -> Kickoff:
    """The agreement as it stands (goals that were dropped are not part of it)."""
    tandem, people = journal.tandem(), journal.people()
    mentee, mentor = people.get("mentee", {}), people.get("mentor", {})
    return Kickoff(
        mentee=mentee.get("display_name", ""), mentor=mentor.get("display_name", ""),
        mentee_expects=mentee.get("expectations", ""), mentor_expects=mentor.get("expectations", ""),
        concern=tandem["concern"], support_form=tandem["support_form"],
        goals=[GoalDraft(g["title"], g["id"]) for g in journal.rows("goal") if g["state"] != "dropped"],
        rules=[RuleDraft(r["key"], r["text"]) for r in journal.rows("rule")],
        rules_agreed_on=tandem["rules_agreed_on"], dependency_exists=tandem["dependency_exists"],
        dependency_note=tandem["dependency_note"], rhythm=tandem["rhythm"],
        planned_months=tandem["planned_months"], place=tandem["place"], started_on=tandem["started_on"],
        next_session_at=tandem["next_session_at"],
    )


def save(journal: Journal, kickoff: Kickoff) -> None:
    """Write the whole agreement at once: all of it or, on an error, nothing."""
    with journal.transaction():
        journal.update_tandem(
            concern=kickoff.concern, support_form=kickoff.support_form, rules_agreed_on=kickoff.rules_agreed_on,
            dependency_exists=kickoff.dependency_exists,
            dependency_note=kickoff.dependency_note if kickoff.dependency_exists else "",
            rhythm=kickoff.rhythm, planned_months=kickoff.planned_months, place=kickoff.place,
            started_on=kickoff.started_on, next_session_at=kickoff.next_session_at)
        journal.set_person("mentee", display_name=kickoff.mentee, expectations=kickoff.mentee_expects)
        journal.set_person("mentor", display_name=kickoff.mentor, expectations=kickoff.mentor_expects)
        _save_goals(journal, kickoff.goals)
        for rule in journal.rows("rule"):
            journal.delete("rule", rule["id"])
        for draft in kickoff.rules:
            journal.add("rule", key=draft.key, text=draft.text)
        known = {t["title"].casefold() for t in journal.rows("topic")}
        for title, description, origin in kickoff.new_topics:
            if title.casefold() not in known:
                known.add(title.casefold())
                journal.add("topic", title=title, description=description, origin=origin, state="idea")


def _save_goals(journal: Journal, goals: list[GoalDraft]) -> None:
    kept = {g.id for g in goals if g.id is not None}
    rated = journal.rated_goal_ids()
    for row in journal.rows("goal"):
        if row["id"] in kept or row["state"] == "dropped":
            continue
        if row["id"] in rated:
            journal.update("goal", row["id"], state="dropped")
        else:
            journal.delete("goal", row["id"])
    for index, goal in enumerate(goals):
        if goal.id is None:
            goal.id = journal.add("goal", title=goal.title)
        else:
            journal.update("goal", goal.id, title=goal.title)
        journal.move("goal", goal.id, index)
