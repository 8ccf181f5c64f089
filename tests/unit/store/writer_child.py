"""A child process for the durability tests: writes to a journal and acknowledges each write.

Usage: python -m tests.unit.store.writer_child MODE JOURNAL  (passphrase on stdin)

MODE "writes": forever, add a learning (one transaction) and then a session with
five agenda items (one transaction), printing "ack learning N" / "ack session ID"
only after the store returned. MODE "hold": open a write transaction, change
rows, print "holding", and wait to be killed. MODE "fill": write until the store
reports the disk full, then prove nothing acknowledged was lost; prints JSON. MODE "passwd":
read a second line (the new passphrase), print "rekeying", change the passphrase, print
"changed", and wait to be killed (the passphrase-change kill test).
"""

from __future__ import annotations

import json
import os
import sys
import time

from app.store import Journal, StorageError, connection


def writes(journal: Journal) -> None:
    n = 0
    print("ready", flush=True)
    while True:
        n += 1
        tag = f"{os.getpid()}-{n}"  # unique across rounds
        journal.add("learning", text=f"learning {tag} " + "ä" * (n % 50))
        print(f"ack learning {tag}", flush=True)
        with journal.transaction():
            sid = journal.add("session", starts_at="2026-01-01T10:00", notes="x" * (n % 3000))
            for i in range(5):
                journal.add("agenda_item", session_id=sid, text=f"item {i}")
        print(f"ack session {sid}", flush=True)


def hold(journal: Journal) -> None:
    for i in range(50):
        journal.add("goal", title=f"Ziel {i}")
    with journal.transaction() as conn:
        conn.execute("UPDATE goal SET title = 'changed'")
        conn.execute("DELETE FROM goal WHERE id > 10")
        print("holding", flush=True)
        time.sleep(60)


def fill(journal: Journal) -> None:
    acked, error = [], None
    try:
        for n in range(10_000):
            journal.add("learning", text=f"{n} " + "Lernerfahrung " * 350)  # near the longest learning
            acked.append(n)
    except StorageError as exc:
        error = str(exc)
    journal.close()
    path = journal.path
    with Journal.open(path, PASSPHRASE) as again:
        texts = {int(r["text"].split(" ", 1)[0]) for r in again.rows("learning")}
        result = {"error": error, "acked": len(acked), "all_there": set(acked) <= texts,
                  "problems": again.integrity_problems()}
    print(json.dumps(result), flush=True)


def passwd(journal: Journal) -> None:
    new = sys.stdin.readline().rstrip("\n")
    print("rekeying", flush=True)
    journal.change_passphrase(new)
    print("changed", flush=True)
    time.sleep(60)


if __name__ == "__main__":
    mode, journal_path = sys.argv[1], sys.argv[2]
    if os.environ.get("TANDEM_TEST_KDF_ROUNDS"):  # the parent test's key setting (tests/unit/conftest.py)
        connection.KDF_ROUNDS_FOR_TESTS = int(os.environ["TANDEM_TEST_KDF_ROUNDS"])
    PASSPHRASE = sys.stdin.readline().rstrip("\n")
    journal = Journal.create(journal_path, PASSPHRASE) if mode == "fill" else Journal.open(journal_path, PASSPHRASE)
    {"writes": writes, "hold": hold, "fill": fill, "passwd": passwd}[mode](journal)
