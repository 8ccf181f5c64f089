"""A sample tandem of any size, for the tests and the benchmarks.

Deterministic for a given seed, and deliberately mixed (German and English, repeated
lines) so that tests meet what real journals hold. The demo a person sees is written
by hand in one language instead (``app/demo_tandem.py``).
"""

from __future__ import annotations

import datetime as _dt
import random

from app.programme import RULES
from app.store import Journal

TOPICS = [
    ("Social Media und LinkedIn", "Ein Profil, das zur Führungsrolle passt"),
    ("Künstliche Intelligenz im Alltag", "Was ChatGPT & Co. für unser Team bedeuten"),
    ("Agile Methoden", "Scrum, Kanban und was davon zu uns passt"),
    ("New Work", "Hybrides Arbeiten, Vertrauensarbeitszeit"),
    ("Wie die junge Generation geführt werden will", "Feedback, Sinn, Flexibilität"),
    ("Employer Branding", "Wie wir als Arbeitgeber wahrgenommen werden"),
    ("Diversity", "Vielfalt im Team sichtbar machen"),
    ("Datenschutz", "Wo die Generationen verschieden denken"),
    ("Communication in remote teams", "Chat etiquette, async updates"),
    ("Digital tools", "Shared documents, video calls, task boards"),
]
LEARNINGS = [
    "Kurze Sprachnachrichten sind für viele im Team angenehmer als lange E-Mails.",
    "Auf LinkedIn zählt ein persönlicher Ton mehr als perfekte Formulierungen.",
    "Die junge Generation wünscht sich Führung, die Sinn erklärt, nicht nur Ziele setzt.",
    "Feedback works better in small doses every week than once a year.",
    "Ein Kanban-Board macht sichtbar, wer gerade überlastet ist.",
    "Datenschutz ist für Jüngere kein Hindernis, sondern eine Frage des Vertrauens.",
    "Reverse mentoring gives the mentor a view of how decisions are really made.",
    "Künstliche Intelligenz spart Zeit beim Entwurf, aber nicht beim Nachdenken.",
    "Transparente Kalender senken die Hürde für spontane Fragen.",
    "Quick wins matter: one visible change convinces more than a strategy paper.",
    "Emojis in Chats sind kein Zeichen fehlender Ernsthaftigkeit 🙂",
    "Hybrid meetings need one person who watches the chat.",
]
AGENDA = [
    "Rückblick auf die Aufgaben seit dem letzten Treffen",
    "LinkedIn-Profil gemeinsam überarbeiten",
    "Demo: ein KI-Assistent für Protokolle",
    "Frage: Wie gebe ich Feedback im Chat?",
    "Try a Kanban board for the team's weekly planning",
    "Nächste Schritte und Termin vereinbaren",
    "Discuss the article on New Work",
    "Übung: einen Post schreiben und veröffentlichen",
]
ACTIONS = [
    "Profilfoto und Überschrift auf LinkedIn ändern",
    "Einen Beitrag über das Teamprojekt posten",
    "Share the Kanban template with the team",
    "Zwei Kolleg:innen nach ihrem Feedback-Wunsch fragen",
    "Read the guide on prompt writing",
    "Datenschutz-Checkliste für Messenger durchgehen",
]
NOTES = [
    "## Was wir ausprobiert haben\n\n- Profil auf **LinkedIn** überarbeitet\n- Einen ersten Post entworfen\n",
    "Wir haben über *Führung auf Distanz* gesprochen. Wichtig: klare Erwartungen, kurze Wege.\n",
    "### Notes\n\nThe mentor showed how the team uses shared boards. The mentee tried it live.\n",
    "Frage der Woche: Warum nutzen Jüngere lieber Messenger als Telefon? Antwort: asynchron, ohne Unterbrechung.\n",
    "We compared three AI tools for meeting notes; data protection ruled one out (Datenschutz!).\n",
]
GOALS = [
    ("Sicher auf LinkedIn auftreten", "Eigenes Profil, ein Beitrag pro Monat"),
    ("KI-Werkzeuge verstehen", "Chancen und Risiken für das Team einschätzen"),
    ("Understand how the young generation wants to be led", "Concrete changes for our team meetings"),
]


def fill(journal: Journal, *, sessions: int = 8, items_per_session: int = 6, seed: int = 7,
         first_session: _dt.datetime | None = None) -> None:
    """Write a sample tandem into an empty journal, in a few large transactions."""
    rng = random.Random(seed)
    start = first_session or _dt.datetime(2026, 1, 12, 10, 0)
    with journal.transaction():
        journal.update_tandem(title="Tandem Vertrieb × Digital", concern="Digitale Sichtbarkeit als Führungskraft",
                              rhythm="biweekly", planned_months=6, place="Besprechungsraum 3 oder Café am Markt",
                              started_on=start.date().isoformat(), rules_agreed_on=start.date().isoformat(),
                              dependency_exists=False)
        journal.set_person("mentee", display_name="Dr. Jürgen Maaß", expectations="Ehrliche Rückmeldungen")
        journal.set_person("mentor", display_name="Şükrü Øyvind Nguyễn", expectations="Einblick in Entscheidungen")
        for key, text in RULES.items():
            journal.add("rule", key=key, text=text("de"))
        goals = [journal.add("goal", title=t, description=d) for t, d in GOALS]
        topics = [journal.add("topic", title=t, description=d, origin="pool", state="planned") for t, d in TOPICS]
    for n in range(sessions):
        with journal.transaction():
            when = start + _dt.timedelta(days=14 * n)
            sid = journal.add("session", starts_at=when.isoformat(timespec="minutes"), duration_minutes=60,
                              place="Café am Markt" if n % 3 == 0 else "Besprechungsraum 3",
                              topic_id=rng.choice(topics), goal=f"Ziel {n + 1}: {rng.choice(AGENDA)}",
                              notes="\n".join(rng.sample(NOTES, 3)), kind="kickoff" if n == 0 else "regular")
            for i in range(items_per_session):
                journal.add("agenda_item", session_id=sid, text=rng.choice(AGENDA), done=rng.random() < 0.7)
                journal.add("learning", session_id=sid, text=rng.choice(LEARNINGS),
                            learner=rng.choice(("mentee", "mentor", "both")), topic_id=rng.choice(topics),
                            share=rng.random() < 0.3, quick_win=rng.random() < 0.1)
                due = (when + _dt.timedelta(days=rng.randint(3, 20))).date().isoformat()
                journal.add("action_item", session_id=sid, text=rng.choice(ACTIONS),
                            owner=rng.choice(("mentee", "mentor")), due_on=due, done=rng.random() < 0.6)
            for giver in ("mentee", "mentor"):
                journal.add("feedback", session_id=sid, giver=giver, helped="Die Demo am Laptop",
                            to_change="Mehr Zeit für Fragen", rating=rng.randint(3, 5))
            if n % 3 == 2:
                eid = journal.add("evaluation", held_on=when.date().isoformat(), session_id=sid)
                for goal in goals:
                    journal.add("evaluation_rating", evaluation_id=eid, goal_id=goal,
                                rating=min(5, 1 + n // 3 + rng.randint(0, 1)), comment="Fortschritt sichtbar")
    journal.add("next_time", text="Wie machen wir unsere Quick Wins im Team sichtbar?")  # raised between sessions
    journal.set_closing_answer("mentee", value=5, again=True, recommend=True, line="Gern wieder im Herbst")
    journal.set_closing_answer("mentor", value=4, again=True, recommend=False)
