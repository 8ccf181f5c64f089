"""What the one-pager offers and preselects, and what it prints; the dialog and the CLI only show or use it.

The period runs from the first to the last session *held* (a planned session has not
happened yet, so it never widens the period). Learnings flagged for the one-pager are
preselected, the others offered unticked; quick wins, goals with their ratings over
time, the topics covered and the tandem's recommendations come preselected.

Nothing is printed twice (``compose``): a learning written in several sessions is offered and
printed once (ticked if any of them was flagged; its direction "both" when the sessions
disagree); a quick win that is also a chosen learning is printed once, among the learnings,
marked as a quick win. Texts count as the same when they differ only in case, spacing or a
final full stop.

The language and the title the one-pager was last exported with are remembered in the
journal (``remember``); before that, the language is the interface's and the title the
default in that language.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from typing import Any

from app import languages
from app.export import labels
from app.export.content import Content, Goal
from app.store import Journal

from .clock import Clock, stamp

Learning = dict[str, Any]  # {"text", "learner" ("" when nobody said who), "quick_win" (set by compose)}


@dataclass
class Choices:
    """Everything the one-pager can hold, each with whether it starts ticked, and its context."""

    tandem_title: str = ""
    concern: str = ""
    rhythm: str = ""
    sessions_held: int = 0
    first_held: str = ""  # ISO dates of the first and last session held
    last_held: str = ""
    people: list[tuple[str, str]] = field(default_factory=list)  # (role, display name)
    learnings: list[tuple[Learning, bool]] = field(default_factory=list)  # each text once
    quick_wins: list[str] = field(default_factory=list)  # each text once
    goals: list[Goal] = field(default_factory=list)
    checkins: list[str] = field(default_factory=list)  # ISO dates, oldest first
    topics: list[str] = field(default_factory=list)
    recommendations: str = ""
    lang: str = ""  # the language last exported in ("" = not yet)
    title: str = ""  # the title last exported with ("" = the default in the chosen language)

    def preselected_learnings(self) -> list[Learning]:
        return [learning for learning, chosen in self.learnings if chosen]


def same_text(text: str) -> str:
    """What two texts share when they say the same: case, spacing and a final full stop do not count."""
    return " ".join(unicodedata.normalize("NFC", text).casefold().split()).rstrip(" .")


def _merged_learner(first: str, second: str) -> str:
    if not first or first == second:
        return second or first
    return first if not second else "both"


def distinct_learnings(rows: list[Learning], chosen: list[bool] | None = None) -> list[tuple[Learning, bool]]:
    """Each learning once, in the order first written: ticked if any copy is, "both" when directions differ."""
    merged: dict[str, tuple[Learning, bool]] = {}
    for index, row in enumerate(rows):
        key, ticked = same_text(row["text"]), bool(chosen[index]) if chosen is not None else False
        if not key:
            continue
        if key in merged:
            kept, was = merged[key]
            merged[key] = ({**kept, "learner": _merged_learner(kept["learner"], row["learner"] or "")}, was or ticked)
        else:
            merged[key] = ({"text": row["text"].strip(), "learner": row["learner"] or ""}, ticked)
    return list(merged.values())


def choices(journal: Journal, clock: Clock) -> Choices:
    tandem, people = journal.tandem(), journal.people()
    rows = journal.rows("learning")
    count, first, last = journal.held_sessions(stamp(clock.now()))
    evaluations = journal.evaluations()  # oldest first
    covered = {s.topic for s in journal.session_summaries() if s.topic}
    wins = dict.fromkeys(same_text(r["text"]) for r in rows if r["quick_win"] and same_text(r["text"]))
    win_texts = {same_text(r["text"]): r["text"].strip() for r in reversed(rows) if r["quick_win"]}
    return Choices(
        tandem_title=tandem["title"],
        concern=tandem["concern"],
        rhythm=tandem["rhythm"] or "",
        sessions_held=count,
        first_held=first[:10] if first else "",
        last_held=last[:10] if last else "",
        people=[(role, people[role]["display_name"]) for role in ("mentee", "mentor") if role in people],
        learnings=distinct_learnings([{"text": r["text"], "learner": r["learner"] or ""} for r in rows],
                                     [bool(r["share"]) for r in rows]),
        quick_wins=[win_texts[key] for key in wins],
        goals=[Goal(g["title"], tuple((i, e.ratings[g["id"]]) for i, e in enumerate(evaluations)
                                      if g["id"] in e.ratings)) for g in journal.rows("goal")],
        checkins=[e.held_on for e in evaluations],
        topics=[t["title"] for t in journal.rows("topic") if t["title"] in covered or t["state"] == "done"],
        recommendations=tandem["recommendations"],
        lang=tandem.get("onepager_lang") or "",
        title=tandem.get("onepager_title") or "",
    )


def compose(offer: Choices, *, learnings: list[Learning], quick_wins: list[str], goals: list[Goal],
            topics: list[str], recommendations: str, title: str = "") -> Content:
    """The page for what was chosen, each thing once: a quick win that is also a chosen learning
    is printed among the learnings, marked as a quick win, and not again under the quick wins."""
    chosen_wins = {same_text(text) for text in quick_wins}
    printed = [{**learning, "quick_win": same_text(learning["text"]) in chosen_wins}
               for learning, _ in distinct_learnings(learnings)]
    learned = {same_text(learning["text"]) for learning in printed}
    wins: dict[str, str] = {}
    for text in quick_wins:
        key = same_text(text)
        if key and key not in learned and key not in wins:
            wins[key] = text
    return Content(
        title=title.strip(), tandem_title=offer.tandem_title, concern=offer.concern, rhythm=offer.rhythm,
        sessions_held=offer.sessions_held, first_held=offer.first_held, last_held=offer.last_held,
        people=offer.people, learnings=printed, quick_wins=list(wins.values()), goals=goals, checkins=offer.checkins,
        topics=topics, recommendations=recommendations)


def preselected(journal: Journal, clock: Clock) -> Content:
    """The one-pager as it starts: what ``choices`` ticks (the CLI prints exactly this)."""
    offer = choices(journal, clock)
    return compose(offer, learnings=offer.preselected_learnings(), quick_wins=offer.quick_wins, goals=offer.goals,
                   topics=offer.topics, recommendations=offer.recommendations, title=offer.title)


def default_title(lang: str) -> str:
    """The page's title until the tandem writes its own, in ``lang``."""
    return labels.labels_for(lang)["title"]


def shown_title(offer: Choices, lang: str) -> str:
    """The title the dialog starts with: the one last exported, else the default in ``lang``."""
    return offer.title or default_title(lang)


def remember(journal: Journal, lang: str, title: str, recommendations: str) -> None:
    """After an export: its language and title (a default title is not stored, so it follows the
    language next time), and the recommendations typed for it. One transaction."""
    title = title.strip()
    kept = "" if title in {default_title(code) for code in languages.CODES} else title
    journal.update_tandem(onepager_lang=lang, onepager_title=kept, recommendations=recommendations)
