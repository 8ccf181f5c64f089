"""How journal-0.1.0.tandem was made. Kept as a record, not run by the tests.

It was run once with the code of the first release (0.1.0, commit a0fbcb1, the first commit
of the repository: schema version 2), not with today's code, so the file is what a user of
0.1.0 has on disk:

    git worktree add --detach /tmp/v010 a0fbcb1
    cd /tmp && PYTHONPATH=/tmp/v010 /work/main/.venv/bin/python -P \
        /work/main/tests/unit/store/data/make_journal_0_1_0.py /tmp/journal-0.1.0.tandem
    cp /tmp/journal-0.1.0.tandem /work/main/tests/unit/store/data/
    git worktree remove /tmp/v010

Run it outside the checkout (and with -P): the venv holds today's ``app`` as an editable
install, and a current directory of /work/main would put today's code first. The asserts
below (version 0.1.0, schema 2) catch that. Never open the checked-in file with today's
code: opening migrates it in place.

Today's store may no longer have every call used here (it need not run against it).
The passphrase is test data, also in README and in test_journal_0_1_0.py.
"""

from __future__ import annotations

import sys
from pathlib import Path

import app
from app.store import Journal

PASSPHRASE = "Tandem 0.1.0 – Grüße aus Köln"


def make(path: Path) -> None:
    assert app.__version__ == "0.1.0", app.__version__
    with Journal.create(path, PASSPHRASE) as j:
        assert j.schema_version == 2
        j.update_tandem(title="KI im Arbeitsalltag", started_on="2026-09-01", concern="Wie nutze ich Copilot & Co.?",
                        support_form="Gespräche und gemeinsames Ausprobieren", rhythm="biweekly",
                        planned_months=6, place="Café Bürgerstraße", dependency_exists=False,
                        rules_agreed_on="2026-09-01")
        j.set_person("mentor", display_name="Zoë Ünal", expectations="Geduld mit Fachbegriffen")
        j.set_person("mentee", display_name="Jürgen Weiß-Äbi", expectations="Ehrliche Rückmeldung")
        j.add("rule", key="confidentiality", text="Was im Tandem besprochen wird, bleibt im Tandem.")
        j.add("rule", key="custom", text="Handys bleiben in der Tasche.")
        goal = j.add("goal", title="Prompts sicher schreiben", description="Bis Jahresende ohne Hilfe.")
        topic = j.add("topic", title="Datenschutz bei KI-Werkzeugen", state="planned", origin="pool")

        first = j.add("session", kind="kickoff", starts_at="2026-09-01T17:00", duration_minutes=60,
                      place="Café Bürgerstraße", topic_id=topic, goal="Kennenlernen und Regeln",
                      notes="## Kick-off\n\nWir haben über **Führung** und Vertrauen gesprochen.")
        j.add("agenda_item", session_id=first, text="Erwartungen klären", done=True)
        j.add("agenda_item", session_id=first, text="Werkzeugliste durchgehen")
        j.add("learning", session_id=first, text="Zoë nutzt Kanban für alles", learner="mentee",
                  topic_id=topic, share=True, quick_win=True)
        j.add("action_item", session_id=first, text="Testzugang für Jürgen beantragen", owner="mentor",
              due_on="2026-09-10")
        j.add("feedback", session_id=first, giver="mentee", helped="Die Beispiele aus dem Alltag",
              to_change="Mehr Pausen", rating=4)

        second = j.add("session", kind="regular", starts_at="2026-09-15T17:00", duration_minutes=45,
                       goal="Erste Prompts", notes="Prompt-Übungen mit Straßennamen: *Ölmühlenweg*.")
        j.carry_over_agenda(first, second)  # "Werkzeugliste durchgehen", carried_from the first item
        j.add("agenda_item", session_id=second, text="Eigene Prompts vergleichen")
        j.add("learning", session_id=second, text="Jürgen erklärt Gremienwege verständlich", learner="mentor")
        j.add("learning", session_id=None, text="Beide: kurze Sätze wirken besser", learner="both")
        j.add("action_item", session_id=second, text="Drei Prompts ausprobieren", owner="mentee", done=True)
        j.add("feedback", session_id=second, giver="mentor", helped="Offene Fragen", to_change="", rating=5)

        evaluation = j.add("evaluation", held_on="2026-09-15", session_id=second, note="Auf gutem Weg.")
        j.add("evaluation_rating", evaluation_id=evaluation, goal_id=goal, rating=3, comment="halb geschafft")
        assert j.integrity_problems() == []


if __name__ == "__main__":
    make(Path(sys.argv[1]))
