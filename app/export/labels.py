"""The one-pager's printed words in each language: headings, labels, long dates, the rhythm.

The page is printed in the language chosen for it, which may differ from the interface's, so
these words are data here rather than the interface's translations; a language without an
entry prints in English (``app/languages.py`` lists the languages). No reportlab here: the
layer asks for the default title without loading the PDF library.
"""

from __future__ import annotations

import datetime as _dt

from app import languages

LABELS: dict[str, dict[str, str]] = {
    "en": {
        "title": "Reverse mentoring: what we learned", "tandem": "Reverse-mentoring tandem",
        "concern": "Concern", "period": "Period", "sessions": "Sessions", "learnings": "What we learned",
        "learned_mentee": "What the mentee learned", "learned_mentor": "What the mentor learned",
        "learned_both": "What we both learned", "learned_unsaid": "More of what we learned",
        "quick_wins": "Quick wins", "quick_win": "quick win", "goals": "Our goals and how far we got",
        "first_checkin": "first check-in", "last_checkin": "last check-in", "not_rated": "not yet rated",
        "progress": "Progress at each check-in (1–5)", "topics": "Topics we covered",
        "next": "Next steps and recommendations for the team", "mentee": "Mentee", "mentor": "Mentor",
        "both": "both", "of5": "of 5", "more": "… and {count} more",
        "footer": "Shared with the consent of both partners. The confidential tandem journal is not part "
                  "of this document.",
        "subject": "Results of a reverse-mentoring tandem",
        "sessions_held": "{count} held", "session_held": "1 held",
        "weekly": "every week", "biweekly": "every two weeks", "monthly": "once a month",
        "date": "{day} {month} {year}",
        "months": "January February March April May June July August September October November December",
    },
    "de": {
        "title": "Reverse Mentoring: Was wir gelernt haben", "tandem": "Reverse-Mentoring-Tandem",
        "concern": "Anliegen", "period": "Zeitraum", "sessions": "Treffen", "learnings": "Was wir gelernt haben",
        "learned_mentee": "Gelernt als Mentee", "learned_mentor": "Gelernt als Mentor:in",
        "learned_both": "Gemeinsam gelernt", "learned_unsaid": "Außerdem gelernt",
        "quick_wins": "Quick Wins", "quick_win": "Quick Win", "goals": "Unsere Ziele und wie weit wir gekommen sind",
        "first_checkin": "erste Zwischenbilanz", "last_checkin": "letzte Zwischenbilanz",
        "not_rated": "noch nicht bewertet", "progress": "Fortschritt bei jeder Zwischenbilanz (1–5)",
        "topics": "Unsere Themen", "next": "Nächste Schritte und Empfehlungen für das Team", "mentee": "Mentee",
        "mentor": "Mentor:in", "both": "beide", "of5": "von 5", "more": "… und {count} weitere",
        "footer": "Mit Zustimmung beider Tandem-Partner:innen geteilt. Das vertrauliche Tandem-Journal ist nicht "
                  "Teil dieses Dokuments.",
        "subject": "Ergebnisse eines Reverse-Mentoring-Tandems",
        "sessions_held": "{count}", "session_held": "1",
        "weekly": "jede Woche", "biweekly": "alle zwei Wochen", "monthly": "einmal im Monat",
        "date": "{day}. {month} {year}",
        "months": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    },
}


def labels_for(lang: str) -> dict[str, str]:
    """The printed labels in ``lang``; English until a language's labels are written here."""
    return LABELS.get(lang, LABELS[languages.SOURCE])


def long_date(iso: str, lang: str) -> str:
    """``2026-01-12`` as a person reads it in ``lang``: "12. Januar 2026", "12 January 2026"."""
    try:
        day = _dt.date.fromisoformat(iso[:10])
    except ValueError:
        return iso
    words = labels_for(lang)
    return words["date"].format(day=day.day, month=words["months"].split()[day.month - 1], year=f"{day.year:04d}")


def period(first: str, last: str, lang: str) -> str:
    """The period of the sessions held, in long dates ("" before the first)."""
    if not first:
        return ""
    if not last or last[:10] == first[:10]:
        return long_date(first, lang)
    return f"{long_date(first, lang)} – {long_date(last, lang)}"


def sessions(count: int, rhythm: str, lang: str) -> str:
    """"8 held, every two weeks" ("" before the first session)."""
    if count <= 0:
        return ""
    words = labels_for(lang)
    held = words["session_held"] if count == 1 else words["sessions_held"].format(count=count)
    return f"{held}, {words[rhythm]}" if rhythm in ("weekly", "biweekly", "monthly") else held
