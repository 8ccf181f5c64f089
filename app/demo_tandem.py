"""The demo's tandem, hand-written in German and English: a CEO and a young mentor, eight sessions.

Qt-free. Unlike ``app.sample`` (random, bilingual, for tests and benchmarks) every text here is
written once per language, so that a newcomer sees a real tandem entirely in the interface
language: one topic and one goal per session, each learning once, two different feedback directions.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass

from app.programme import POOL, RULES, Text
from app.store import Journal

T = Text  # Text(english, german)


@dataclass(frozen=True)
class Session:
    topic: int  # index into app.programme.POOL
    goal: Text
    place: Text
    agenda: tuple[tuple[Text, bool], ...]  # (item, done)
    notes: Text
    learnings: tuple[tuple[Text, str, bool, bool], ...]  # (text, learner, share, quick_win)
    actions: tuple[tuple[Text, str, int, bool], ...]  # (text, owner, due in days, done)
    feedback: tuple[tuple[Text, Text, int], tuple[Text, Text, int]]  # mentee's, mentor's: helped, to change, rating


OFFICE = T("Meeting room 4, head office", "Besprechungsraum 4, Zentrale")
CAFE = T("Café at the market square", "Café am Marktplatz")

TANDEM = {
    "title": T("Executive board × digital team", "Vorstand × Digitalteam"),
    "concern": T("Lead a company that is going digital with confidence, and understand what young colleagues expect",
                 "Das Unternehmen souverän durch die Digitalisierung führen und verstehen, was junge "
                 "Kolleg:innen erwarten"),
    "support_form": T("Sessions every two weeks, trying things out live on the laptop",
                      "Treffen alle zwei Wochen, Dinge direkt am Laptop ausprobieren"),
    "place": T("Meeting room 4, now and then the café at the market square",
               "Besprechungsraum 4, ab und zu das Café am Marktplatz"),
}
PEOPLE = {
    "mentee": (T("Dr. Cornelia Hartmann", "Dr. Cornelia Hartmann"),
               T("Honest answers, even when they are uncomfortable", "Ehrliche Antworten, auch unbequeme")),
    "mentor": (T("Jonas Yılmaz", "Jonas Yılmaz"),
               T("A look at how decisions are made at the top", "Einblick, wie an der Spitze entschieden wird")),
}
GOALS = (
    T("Use AI assistants in my daily work", "KI-Assistenten im Arbeitsalltag nutzen"),
    T("Be visible on LinkedIn as CEO", "Als CEO auf LinkedIn sichtbar sein"),
    T("Lead meetings the way young colleagues find useful", "Meetings so führen, wie junge Kolleg:innen es schätzen"),
)
GOAL_DESCRIPTIONS = (
    T("Draft texts and summaries with an assistant, and know where its limits are",
      "Texte und Zusammenfassungen mit einem Assistenten entwerfen und seine Grenzen kennen"),
    T("A profile that fits the role, one post a month", "Ein Profil, das zur Rolle passt, ein Beitrag pro Monat"),
    T("Shorter meetings, clear decisions, room for questions", "Kürzere Meetings, klare Entscheidungen, Raum für Fragen"),
)
# Check-ins after sessions 3, 6 and 8: a rating and a comment per goal, rising.
CHECKIN_RATINGS = ((2, 1, 2), (3, 3, 3), (4, 4, 5))
CHECKIN_COMMENTS = (
    (T("First drafts work, I still check every line", "Erste Entwürfe klappen, ich prüfe noch jede Zeile"),
     T("Profile is up, no post yet", "Profil steht, noch kein Beitrag"),
     T("Stand-up tried once", "Stand-up einmal ausprobiert")),
    (T("I use it for every board summary", "Ich nutze ihn für jede Vorstandsvorlage"),
     T("Two posts, good response", "Zwei Beiträge, gute Resonanz"),
     T("Meetings are 15 minutes shorter", "Meetings sind 15 Minuten kürzer")),
    (T("Part of my routine now", "Gehört jetzt zu meiner Routine"),
     T("Monthly post is a habit", "Der Monatsbeitrag ist Gewohnheit"),
     T("The team asks for the new format", "Das Team fragt nach dem neuen Format")),
)
NEXT_TIME = T("How do we show the team our quick wins?", "Wie zeigen wir dem Team unsere Quick Wins?")

SESSIONS: tuple[Session, ...] = (
    Session(
        topic=4, place=OFFICE,
        goal=T("Get to know each other and agree on how we work", "Kennenlernen und vereinbaren, wie wir arbeiten"),
        agenda=((T("Background, role, why we joined", "Werdegang, Aufgabe, warum wir mitmachen"), True),
                (T("Concern and three goals", "Anliegen und drei Ziele"), True),
                (T("Conversation rules and confidentiality", "Gesprächsregeln und Vertraulichkeit"), True),
                (T("Pick the first topics from the pool", "Erste Themen aus dem Pool wählen"), True)),
        notes=T("We agreed to meet every two weeks for an hour. Topics for the first months:\n\n"
                "- AI assistants in daily work\n- LinkedIn\n- How young colleagues want to be led\n",
                "Wir treffen uns alle zwei Wochen für eine Stunde. Themen für die ersten Monate:\n\n"
                "- KI-Assistenten im Alltag\n- LinkedIn\n- Wie junge Kolleg:innen geführt werden wollen\n"),
        learnings=((T("Young colleagues want to know why a decision was made, not only what was decided.",
                      "Junge Kolleg:innen wollen wissen, warum entschieden wurde, nicht nur was."), "mentee", True,
                    False),
                   (T("A CEO's calendar is planned months ahead; short notice rarely works.",
                      "Der Kalender einer CEO ist Monate im Voraus verplant; kurzfristig geht selten etwas."),
                    "mentor", False, False)),
        actions=((T("Send Jonas three examples of my typical e-mails",
                    "Jonas drei typische E-Mails von mir schicken"), "mentee", 7, True),
                 (T("Put the next seven dates in both calendars", "Die nächsten sieben Termine in beide Kalender "
                                                                   "eintragen"), "mentor", 3, True)),
        feedback=((T("The open questions about my role", "Die offenen Fragen zu meiner Rolle"),
                   T("Less time on organisation next time", "Beim nächsten Mal weniger Zeit für Organisatorisches"),
                   4),
                  (T("That Cornelia talked openly about her doubts", "Dass Cornelia offen über Zweifel gesprochen hat"),
                   T("A clearer agenda beforehand", "Vorher eine klarere Agenda"), 4))),
    Session(
        topic=1, place=OFFICE,
        goal=T("Write a first board summary with an AI assistant",
               "Eine erste Vorstandsvorlage mit einem KI-Assistenten entwerfen"),
        agenda=((T("Demo: an AI assistant on the laptop", "Demo: ein KI-Assistent am Laptop"), True),
                (T("Try it with a real (non-confidential) text", "Mit einem echten, nicht vertraulichen Text "
                                                                 "ausprobieren"), True),
                (T("What must never go into the assistant", "Was nie in den Assistenten gehört"), True)),
        notes=T("Jonas showed how a good prompt is built. **Rule of thumb:** role, task, example, format.\n",
                "Jonas hat gezeigt, wie ein guter Prompt aufgebaut ist. **Faustregel:** Rolle, Aufgabe, Beispiel, "
                "Format.\n"),
        learnings=((T("A prompt with an example gives far better drafts than a one-line question.",
                      "Ein Prompt mit Beispiel liefert viel bessere Entwürfe als eine Frage in einer Zeile."),
                    "mentee", True, True),
                   (T("At board level, one wrong number in a summary costs more trust than the time saved.",
                      "Auf Vorstandsebene kostet eine falsche Zahl in einer Vorlage mehr Vertrauen, als die "
                      "gesparte Zeit bringt."), "mentor", True, False)),
        actions=((T("Draft the next board summary with the assistant", "Die nächste Vorstandsvorlage mit dem "
                                                                        "Assistenten entwerfen"), "mentee", 10, True),
                 (T("Write a one-page prompt cheat sheet", "Einen Spickzettel für Prompts auf einer Seite "
                                                            "schreiben"), "mentor", 7, True)),
        feedback=((T("Trying it live instead of slides", "Live ausprobieren statt Folien"),
                   T("Go a little slower with the shortcuts", "Bei den Tastenkürzeln etwas langsamer"), 5),
                  (T("The real example from the board", "Das echte Beispiel aus dem Vorstand"),
                   T("Fifteen minutes more would have helped", "Eine Viertelstunde mehr hätte geholfen"), 4))),
    Session(
        topic=0, place=CAFE,
        goal=T("Rework the LinkedIn profile together", "Das LinkedIn-Profil gemeinsam überarbeiten"),
        agenda=((T("Look at three CEO profiles we like", "Drei CEO-Profile anschauen, die uns gefallen"), True),
                (T("New headline and photo", "Neue Überschrift und neues Foto"), True),
                (T("Plan the first post", "Den ersten Beitrag planen"), False)),
        notes=T("Good profiles have a personal headline instead of a job title. Ideas for the first post:\n\n"
                "- The apprentices' project\n- Why I take part in reverse mentoring\n",
                "Gute Profile haben eine persönliche Überschrift statt einer Stellenbezeichnung. Ideen für den ersten "
                "Beitrag:\n\n- Das Projekt der Auszubildenden\n- Warum ich beim Reverse Mentoring mitmache\n"),
        learnings=((T("On LinkedIn a personal tone counts more than perfect wording.",
                      "Auf LinkedIn zählt ein persönlicher Ton mehr als perfekte Formulierungen."), "mentee", True,
                    False),
                   (T("Every public word of a CEO is read by the press and by investors.",
                      "Jedes öffentliche Wort einer CEO lesen Presse und Investor:innen mit."), "mentor", False, False)),
        actions=((T("Change the headline and the photo", "Überschrift und Foto ändern"), "mentee", 5, True),
                 (T("Ask Communications which topics are off limits", "Bei der Kommunikation nachfragen, welche "
                                                                      "Themen tabu sind"), "mentor", 7, True)),
        feedback=((T("Seeing good examples first", "Erst gute Beispiele sehen"),
                   T("The café was too loud for the laptop", "Im Café war es für den Laptop zu laut"), 4),
                  (T("Cornelia decided on the spot", "Cornelia hat direkt entschieden"),
                   T("Next time the office again", "Nächstes Mal wieder im Büro"), 4))),
    Session(
        topic=4, place=OFFICE,
        goal=T("Try a 15-minute stand-up for the leadership team",
               "Ein 15-Minuten-Stand-up für die Führungsrunde ausprobieren"),
        agenda=((T("What young colleagues dislike about meetings", "Was junge Kolleg:innen an Meetings stört"),
                 True),
                (T("Stand-up: three questions, fifteen minutes", "Stand-up: drei Fragen, fünfzehn Minuten"), True),
                (T("Plan the first post (from last time)", "Den ersten Beitrag planen (vom letzten Mal)"), True)),
        notes=T("Jonas asked five colleagues from his team. *Most frequent wish:* decisions at the end of every "
                "meeting, written down.\n",
                "Jonas hat fünf Kolleg:innen aus seinem Team gefragt. *Häufigster Wunsch:* am Ende jedes Meetings "
                "schriftlich festhalten, was entschieden wurde.\n"),
        learnings=((T("A meeting without a written decision feels like lost time to young colleagues.",
                      "Ein Meeting ohne schriftliche Entscheidung empfinden Jüngere als verlorene Zeit."), "mentee",
                    True, False),
                   (T("Some meetings at the top exist for the relationship, not for a decision.",
                      "Manche Meetings an der Spitze dienen der Beziehung, nicht einer Entscheidung."), "mentor", True,
                    False),
                   (T("End every meeting with two minutes for the decisions.",
                      "Jedes Meeting mit zwei Minuten für die Entscheidungen beenden."), "both", True, True)),
        actions=((T("Try the stand-up in Monday's leadership meeting", "Das Stand-up in der Führungsrunde am "
                                                                       "Montag ausprobieren"), "mentee", 6, True),
                 (T("Draft the first post with Cornelia's notes", "Den ersten Beitrag aus Cornelias Notizen "
                                                                  "entwerfen"), "mentor", 8, True)),
        feedback=((T("The honest voices from the team", "Die ehrlichen Stimmen aus dem Team"),
                   T("Nothing, keep going like this", "Nichts, weiter so"), 5),
                  (T("That my survey was taken seriously", "Dass meine Umfrage ernst genommen wurde"),
                   T("I would like to hear how the stand-up went", "Ich möchte hören, wie das Stand-up lief"), 5))),
    Session(
        topic=7, place=OFFICE,
        goal=T("Agree on when to use chat, e-mail and phone", "Klären, wann Chat, E-Mail oder Telefon passt"),
        agenda=((T("How the stand-up went", "Wie das Stand-up lief"), True),
                (T("Chat etiquette: reply times, emojis, channels", "Chat-Regeln: Antwortzeiten, Emojis, Kanäle"),
                 True),
                (T("Voice messages: yes or no?", "Sprachnachrichten: ja oder nein?"), True)),
        notes=T("The stand-up worked; two heads of department were sceptical.\n\nOur chat rules for the team:\n\n"
                "1. No reply expected after 6 p.m.\n2. Urgent means phone\n3. Decisions go into the channel, not into "
                "private messages\n",
                "Das Stand-up hat funktioniert; zwei Bereichsleiter:innen waren skeptisch.\n\nUnsere Chat-Regeln für "
                "das Team:\n\n1. Nach 18 Uhr erwartet niemand eine Antwort\n2. Dringend heißt Telefon\n"
                "3. Entscheidungen gehören in den Kanal, nicht in private Nachrichten\n"),
        learnings=((T("For young colleagues a phone call without warning feels like an interruption.",
                      "Für Jüngere fühlt sich ein unangekündigter Anruf wie eine Unterbrechung an."), "mentee", True,
                    False),
                   (T("A short call often settles in five minutes what a chat drags over a day.",
                      "Ein kurzer Anruf klärt oft in fünf Minuten, was im Chat einen Tag dauert."), "mentor", True,
                    False)),
        actions=((T("Post the three chat rules in the leadership channel", "Die drei Chat-Regeln im Kanal der "
                                                                           "Führungsrunde posten"), "mentee", 4, True),
                 (T("Turn on 'do not disturb' after 6 p.m. and say so", "Nach 18 Uhr „Nicht stören“ einschalten und "
                                                                        "es sagen"), "mentor", 4, True)),
        feedback=((T("Clear rules we can use at once", "Klare Regeln, die wir sofort nutzen können"),
                   T("More time for my own questions", "Mehr Zeit für meine eigenen Fragen"), 4),
                  (T("Hearing why phone calls matter to Cornelia", "Zu hören, warum Cornelia Anrufe wichtig sind"),
                   T("We ran over by ten minutes", "Wir haben zehn Minuten überzogen"), 4))),
    Session(
        topic=5, place=CAFE,
        goal=T("Understand how students see us as an employer",
               "Verstehen, wie Studierende uns als Arbeitgeber sehen"),
        agenda=((T("Our careers page through a student's eyes", "Unsere Karriereseite mit den Augen einer "
                                                                "Studentin"), True),
                (T("What the apprentices post about us", "Was die Auszubildenden über uns posten"), True),
                (T("First post: feedback and go-ahead", "Erster Beitrag: Rückmeldung und Freigabe"), True)),
        notes=T("The careers page talks about *tradition*; students look for **flexibility and meaning**. "
                "The first post went out: 40 comments, mostly from our own staff.\n",
                "Die Karriereseite spricht von *Tradition*; Studierende suchen **Flexibilität und Sinn**. "
                "Der erste Beitrag ist online: 40 Kommentare, die meisten aus der eigenen Belegschaft.\n"),
        learnings=((T("Our own staff are our most credible advertisement.",
                      "Die eigene Belegschaft ist unsere glaubwürdigste Werbung."), "both", True, False),
                   (T("Students read job ads on the phone; long PDFs go unread.",
                      "Studierende lesen Stellenanzeigen auf dem Handy; lange PDFs liest niemand."), "mentee", False,
                    True)),
        actions=((T("Ask HR for a mobile version of the job ads", "Bei HR eine mobile Version der Stellenanzeigen "
                                                                  "anstoßen"), "mentee", 14, False),
                 (T("Collect three posts by apprentices as examples", "Drei Beiträge von Auszubildenden als "
                                                                      "Beispiele sammeln"), "mentor", 10, True)),
        feedback=((T("Seeing the careers page on a phone", "Die Karriereseite auf dem Handy zu sehen"),
                   T("Bring the numbers from HR next time", "Nächstes Mal die Zahlen von HR mitbringen"), 5),
                  (T("Cornelia's laugh at our old slogan", "Cornelias Lachen über unseren alten Slogan"),
                   T("A quieter corner in the café", "Eine ruhigere Ecke im Café"), 5))),
    Session(
        topic=8, place=OFFICE,
        goal=T("Decide which AI tools the team may use", "Entscheiden, welche KI-Werkzeuge das Team nutzen darf"),
        agenda=((T("Three tools compared", "Drei Werkzeuge im Vergleich"), True),
                (T("Question for the data protection officer", "Frage an die Datenschutzbeauftragte"), True),
                (T("Draft of a one-page guideline", "Entwurf einer Richtlinie auf einer Seite"), False)),
        notes=T("One tool stores inputs outside the EU and is out. Open question: may customer names go into "
                "prompts? Answer from data protection: **no**.\n",
                "Ein Werkzeug speichert Eingaben außerhalb der EU und fällt weg. Offene Frage: Dürfen Kundennamen in "
                "Prompts? Antwort des Datenschutzes: **nein**.\n"),
        learnings=((T("A clear guideline encourages use more than a ban discourages it.",
                      "Eine klare Richtlinie fördert die Nutzung mehr, als ein Verbot sie bremst."), "mentee", True,
                    False),
                   (T("For young colleagues data protection is a question of trust, not a hurdle.",
                      "Für Jüngere ist Datenschutz eine Frage des Vertrauens, kein Hindernis."), "mentor", False,
                    False)),
        actions=((T("Finish the one-page AI guideline", "Die KI-Richtlinie auf einer Seite fertigstellen"), "mentor",
                  12, False),
                 (T("Put the guideline on the board agenda", "Die Richtlinie auf die Agenda des Vorstands setzen"),
                  "mentee", 20, False)),
        feedback=((T("Jonas had prepared the comparison", "Jonas hatte den Vergleich vorbereitet"),
                   T("Less jargon in the tool names", "Weniger Fachjargon bei den Werkzeugnamen"), 4),
                  (T("A real decision in one hour", "Eine echte Entscheidung in einer Stunde"),
                   T("Invite the data protection officer directly", "Die Datenschutzbeauftragte direkt einladen"),
                   5))),
    Session(
        topic=3, place=OFFICE,
        goal=T("Take stock after four months and plan the rest", "Nach vier Monaten Zwischenbilanz ziehen und den "
                                                                   "Rest planen"),
        agenda=((T("Check-in: where do our goals stand?", "Zwischenbilanz: Wo stehen unsere Ziele?"), True),
                (T("Hybrid work in the leadership team", "Hybrides Arbeiten in der Führungsrunde"), True),
                (T("Topics for the last two months", "Themen für die letzten zwei Monate"), True)),
        notes=T("All three goals have moved. Next topics:\n\n- Trust-based working hours\n- Diversity in "
                "recruiting\n",
                "Alle drei Ziele sind vorangekommen. Nächste Themen:\n\n- Vertrauensarbeitszeit\n- Vielfalt bei der "
                "Einstellung\n"),
        learnings=((T("Hybrid work needs fixed days together, not only freedom.",
                      "Hybrides Arbeiten braucht feste gemeinsame Tage, nicht nur Freiheit."), "both", True, False),
                   (T("Small visible changes convince more than a strategy paper.",
                      "Kleine sichtbare Änderungen überzeugen mehr als ein Strategiepapier."), "mentor", True, False)),
        actions=((T("Suggest two fixed office days to the leadership team", "Der Führungsrunde zwei feste "
                                                                            "Bürotage vorschlagen"), "mentee", 14,
                  False),),
        feedback=((T("Seeing how far we have come", "Zu sehen, wie weit wir gekommen sind"),
                   T("More of my own topics in the last months", "In den letzten Monaten mehr eigene Themen"), 5),
                  (T("Cornelia's thanks in front of my manager", "Cornelias Dank vor meiner Führungskraft"),
                   T("Write down the quick wins for the team", "Die Quick Wins für das Team aufschreiben"), 5))),
)
CHECKIN_AFTER = (2, 5, 7)  # the sessions (0-based) that held a check-in


def language_of(code: str) -> str:
    """The demo speaks German and English; other interface languages get the English tandem."""
    return "de" if code == "de" else "en"


def write_demo(journal: Journal, language: str, first: _dt.datetime) -> None:
    """Write the demo tandem into an empty journal: eight sessions every two weeks from ``first``."""
    lang = language_of(language)
    with journal.transaction():
        journal.update_tandem(**{key: text(lang) for key, text in TANDEM.items()}, rhythm="biweekly",
                              planned_months=6, started_on=first.date().isoformat(),
                              rules_agreed_on=first.date().isoformat(), dependency_exists=False)
        for role, (name, expectations) in PEOPLE.items():
            journal.set_person(role, display_name=name(lang), expectations=expectations(lang))
        for key, rule in RULES.items():
            journal.add("rule", key=key, text=rule(lang))
        goals = [journal.add("goal", title=title(lang), description=description(lang))
                 for title, description in zip(GOALS, GOAL_DESCRIPTIONS, strict=True)]
        used = {session.topic for session in SESSIONS}
        topics = [journal.add("topic", title=topic.title(lang), description=topic.description(lang), origin="pool",
                              state="done" if index in used else "idea") for index, topic in enumerate(POOL)]
    for n, session in enumerate(SESSIONS):
        when = first + _dt.timedelta(days=14 * n)
        with journal.transaction():
            sid = journal.add("session", starts_at=when.isoformat(timespec="minutes"), duration_minutes=60,
                              place=session.place(lang), topic_id=topics[session.topic], goal=session.goal(lang),
                              notes=session.notes(lang), kind="kickoff" if n == 0 else "regular")
            for text, done in session.agenda:
                journal.add("agenda_item", session_id=sid, text=text(lang), done=done)
            for text, learner, share, quick_win in session.learnings:
                journal.add("learning", session_id=sid, text=text(lang), learner=learner,
                            topic_id=topics[session.topic], share=share, quick_win=quick_win)
            for text, owner, days, done in session.actions:
                journal.add("action_item", session_id=sid, text=text(lang), owner=owner,
                            due_on=(when + _dt.timedelta(days=days)).date().isoformat(), done=done)
            for giver, (helped, to_change, rating) in zip(("mentee", "mentor"), session.feedback, strict=True):
                journal.add("feedback", session_id=sid, giver=giver, helped=helped(lang), to_change=to_change(lang),
                            rating=rating)
            if n in CHECKIN_AFTER:
                round_ = CHECKIN_AFTER.index(n)
                eid = journal.add("evaluation", held_on=when.date().isoformat(), session_id=sid)
                for goal, rating, comment in zip(goals, CHECKIN_RATINGS[round_], CHECKIN_COMMENTS[round_],
                                                 strict=True):
                    journal.add("evaluation_rating", evaluation_id=eid, goal_id=goal, rating=rating,
                                comment=comment(lang))
    journal.add("next_time", text=NEXT_TIME(lang))
