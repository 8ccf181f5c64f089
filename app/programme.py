"""The programme around the sessions, as the sources describe it: what a kick-off
covers, the topics that get tandems going, the rules, and when to check in,
warn or close. Qt-free, so the screens, the CLI and the tests share one answer.

Suggested texts come in German and English (``"de"``/``"en"``); the tandem
edits them freely once they are in the journal.
"""

from __future__ import annotations

import calendar
import datetime as _dt
from dataclasses import dataclass
from statistics import mean

DEFAULT_PLANNED_MONTHS = 6
DEFAULT_EVALUATION_EVERY = 3


@dataclass(frozen=True)
class Text:
    """One suggested text in both languages."""

    en: str
    de: str

    def __call__(self, language: str) -> str:
        return self.de if language == "de" else self.en


@dataclass(frozen=True)
class PoolTopic:
    title: Text
    description: Text


# The topics the sources name (000–004), for the topic pool ("proved very useful to get going").
POOL: tuple[PoolTopic, ...] = (
    PoolTopic(Text("Digital tools and social media", "Digitale Tools und Social Media"),
              Text("e.g. set up a LinkedIn profile, shared documents, video calls",
                   "z. B. ein LinkedIn-Profil anlegen, geteilte Dokumente, Videocalls")),
    PoolTopic(Text("Artificial intelligence", "Künstliche Intelligenz"),
              Text("What AI assistants can do for us, and where their limits are",
                   "Was KI-Assistenten für uns leisten und wo ihre Grenzen liegen")),
    PoolTopic(Text("Agile methods", "Agile Methoden"),
              Text("Scrum, Kanban, retrospectives: what suits our team",
                   "Scrum, Kanban, Retrospektiven: was zu unserem Team passt")),
    PoolTopic(Text("New Work", "New Work"),
              Text("Hybrid work, trust-based working hours, new ways of working together",
                   "Hybrides Arbeiten, Vertrauensarbeitszeit, neue Formen der Zusammenarbeit")),
    PoolTopic(Text("How the young generation wants to be led", "Wie die junge Generation geführt werden will"),
              Text("Feedback, meaning, flexibility", "Feedback, Sinn, Flexibilität")),
    PoolTopic(Text("Employer branding", "Employer Branding"),
              Text("How young talent sees us as an employer",
                   "Wie junge Talente uns als Arbeitgeber wahrnehmen")),
    PoolTopic(Text("Diversity", "Diversität"),
              Text("Making diversity in the team visible and valued",
                   "Vielfalt im Team sichtbar machen und wertschätzen")),
    PoolTopic(Text("Communication", "Kommunikation"),
              Text("Chat, e-mail, voice messages: who prefers what, and why",
                   "Chat, E-Mail, Sprachnachricht: wer was bevorzugt und warum")),
    PoolTopic(Text("Data protection", "Datenschutz"),
              Text("Where the generations see things differently",
                   "Wo die Generationen verschieden denken")),
)

# The guide for the first conversation (Leitfaden für Erstgespräche) the Munich pilot wished it had had.
FIRST_CONVERSATION: tuple[Text, ...] = (
    Text("Get to know each other: background, role, why we joined",
         "Kennenlernen: Werdegang, Aufgabe, warum wir mitmachen"),
    Text("The concern and the form of support", "Das Anliegen und die Form der Unterstützung"),
    Text("Goals: two or three, each concrete", "Ziele: zwei oder drei, jedes konkret"),
    Text("What each of us expects, and our roles", "Was wir voneinander erwarten und unsere Rollen"),
    Text("Rules: openness, trust, respect, commitment, confidentiality",
         "Gesprächsregeln: Offenheit, Vertrauen, Respekt, Verbindlichkeit, Vertraulichkeit"),
    Text("Is one of us in the other's reporting line? If so, how we keep it confidential",
         "Ist eine Person im Tandem der anderen unterstellt? Wenn ja: wie wir das vertraulich halten"),
    Text("Rhythm, duration and where we meet (a neutral place now and then)",
         "Rhythmus, Dauer und Treffpunkt (ab und zu ein neutraler Ort)"),
    Text("Pick the first topics from the topic pool", "Die ersten Themen aus dem Themenpool wählen"),
    Text("Date of the next session", "Termin für das nächste Treffen"),
)

RULES: dict[str, Text] = {
    "openness": Text("We speak openly; every question is welcome.",
                     "Wir sprechen offen; jede Frage ist willkommen."),
    "trust": Text("We trust each other and assume good intent.",
                  "Wir vertrauen einander und gehen von guten Absichten aus."),
    "respect": Text("We respect each other's experience, whatever the age or position.",
                    "Wir respektieren die Erfahrung der anderen Person, unabhängig von Alter und Position."),
    "commitment": Text("We keep our dates and do what we agreed.",
                       "Wir halten Termine ein und tun, was wir vereinbart haben."),
    "confidentiality": Text("What we discuss stays between us, absolutely.",
                            "Was wir besprechen, bleibt absolut unter uns."),
}
RULE_NAMES: dict[str, Text] = {
    "openness": Text("Openness", "Offenheit"),
    "trust": Text("Trust", "Vertrauen"),
    "respect": Text("Respect", "Respekt"),
    "commitment": Text("Commitment", "Verbindlichkeit"),
    "confidentiality": Text("Confidentiality", "Vertraulichkeit"),
}
DEPENDENCY_RULE = Text(
    "Nothing from our sessions is used in appraisals, pay or staffing decisions. Either of us can raise "
    "a conflict at any time.",
    "Nichts aus unseren Treffen fließt in Beurteilungen, Gehalt oder Personalentscheidungen ein. Beide "
    "können einen Konflikt jederzeit ansprechen.",
)
FIT_HINT = Text(
    "Your ratings have been falling for a while. Talk openly about whether the tandem still fits: change the "
    "topics, the rhythm or the format, or agree to end it kindly and find a better match. When the chemistry "
    "does not fit, nobody is at fault.",
    "Eure Bewertungen sinken seit einer Weile. Sprecht offen darüber, ob das Tandem noch passt: Themen, Rhythmus "
    "oder Format ändern oder das Tandem freundlich beenden und neu zusammenfinden. Wenn die Chemie nicht stimmt, "
    "hat niemand Schuld.",
)


def first_agenda(language: str) -> list[str]:
    """The first-conversation guide as the agenda of the first (kick-off) session."""
    return [item(language) for item in FIRST_CONVERSATION]


# ------------------------------------------------------------------ timing
def add_months(day: _dt.date, months: int) -> _dt.date:
    """``day`` plus whole months; the 31st becomes the last day of a shorter month."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return day.replace(year=year, month=month, day=min(day.day, calendar.monthrange(year, month)[1]))


def planned_end(started_on: str | None, planned_months: int | None) -> _dt.date | None:
    """When the planned duration is over (None until the start and the duration are known)."""
    if not started_on or not planned_months:
        return None
    return add_months(_dt.date.fromisoformat(started_on), planned_months)


def closing_due(state: str, started_on: str | None, planned_months: int | None, today: _dt.date) -> bool:
    """True when an active tandem has reached the end of its planned duration."""
    end = planned_end(started_on, planned_months)
    return state == "active" and end is not None and today >= end


def evaluation_due(sessions_since_last: int, goal_count: int, every: int) -> bool:
    """Offer a check-in after every ``every`` sessions, once there are goals to rate."""
    return every > 0 and goal_count > 0 and sessions_since_last >= every


# ------------------------------------------------------------ the fit hint
def falling(values: list[float], steps: int = 2) -> bool:
    """True when each of the last ``steps`` values is lower than the one before."""
    if len(values) < steps + 1:
        return False
    tail = values[-(steps + 1):]
    return all(later < earlier for earlier, later in zip(tail, tail[1:]))


def fit_concern(evaluation_means: list[float], session_ratings: list[float]) -> bool:
    """Should the app suggest talking about the fit? Chronological inputs, 1–5 scale.

    "For a while" means: goal ratings fell at two check-ins in a row, or the
    session feedback fell three sessions in a row, or the last three sessions
    averaged 2 or less.
    """
    low_sessions = len(session_ratings) >= 3 and mean(session_ratings[-3:]) <= 2
    return falling(evaluation_means) or falling(session_ratings, steps=3) or low_sessions
