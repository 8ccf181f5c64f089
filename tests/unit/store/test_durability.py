"""Acknowledged writes survive SIGKILL, a full disk loses nothing, and a read-only
location gets a clear message (GUIDE §3)."""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest

from app.store import Journal, WrongPassphrase, connection
from tests.conftest import OTHER, PASSPHRASE

ROOT = Path(__file__).resolve().parents[3]
KILL_ROUNDS = 25
PASSWD_KILL_ROUNDS = 100
PASSWD_LEARNINGS = 1500


def _child_env() -> dict[str, str]:
    """The child keys journals as this test does (few KDF rounds in tests/unit)."""
    rounds = connection.KDF_ROUNDS_FOR_TESTS
    return {**os.environ, **({"TANDEM_TEST_KDF_ROUNDS": str(rounds)} if rounds is not None else {})}


def _child(mode: str, path: Path, *more_lines: str) -> subprocess.Popen[str]:
    proc = subprocess.Popen(
        [sys.executable, "-m", "tests.unit.store.writer_child", mode, str(path)],
        cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=_child_env(),
    )
    assert proc.stdin is not None
    proc.stdin.write("".join(line + "\n" for line in (PASSPHRASE, *more_lines)))
    proc.stdin.close()
    return proc


def _read_until_killed(proc: subprocess.Popen[str], acks_before_kill: int) -> list[str]:
    """Collect acknowledgements; SIGKILL the child after a random number of them."""
    assert proc.stdout is not None
    lines: list[str] = []
    assert proc.stdout.readline().strip() == "ready"
    for line in proc.stdout:
        lines.append(line.strip())
        if len(lines) >= acks_before_kill:
            break
    proc.send_signal(signal.SIGKILL)  # lands wherever the child is: mid-transaction, mid-fsync, ...
    rest = proc.stdout.read()  # acknowledgements already in the pipe count too
    proc.stdout.close()
    proc.wait(timeout=30)
    return lines + [line.strip() for line in rest.splitlines() if line.strip()]


@pytest.mark.slow
def test_acknowledged_writes_survive_sigkill_at_random_moments(journal_path: Path) -> None:
    rng = random.Random(20261122)
    acked_learnings: set[str] = set()
    acked_sessions: set[int] = set()
    for _ in range(KILL_ROUNDS):
        proc = _child("writes", journal_path)
        for line in _read_until_killed(proc, rng.randint(1, 40)):
            _, kind, value = line.split(" ", 2)
            if kind == "learning":
                acked_learnings.add(f"learning {value} ")
            else:
                acked_sessions.add(int(value))
        with Journal.open(journal_path, PASSPHRASE) as j:
            assert j.integrity_problems() == []
            texts = {r["text"].rstrip("ä") for r in j.rows("learning")}
            assert acked_learnings <= texts
            sessions = {r["id"] for r in j.rows("session")}
            assert acked_sessions <= sessions
            for sid in sessions:  # a transaction is all or nothing
                assert len(j.rows("agenda_item", session_id=sid)) == 5
    assert len(acked_learnings) >= KILL_ROUNDS


def _opens_with(path: Path, secrets: tuple[str, ...]) -> tuple[str | None, dict[str, int], list[str]]:
    """Try each passphrase in turn, as a person would; the first that opens, what it holds, its problems."""
    for secret in secrets:
        try:
            with Journal.open(path, secret) as j:
                return secret, j.counts(), j.integrity_problems()
        except WrongPassphrase:
            continue
    return None, {}, []


@pytest.mark.slow
@pytest.mark.timeout(900)
def test_a_passphrase_change_killed_at_random_moments_leaves_a_journal_one_of_the_two_passphrases_opens(
    tmp_path: Path, journal_path: Path,
) -> None:
    """All or nothing (issue 14): SIGKILL lands anywhere in ``PRAGMA rekey`` (re-encrypting every page, the
    rollback journal, the fsyncs, the commit); afterwards the old or the new passphrase opens the journal,
    whole and sound, whichever of the two is tried first, never neither."""
    with Journal.open(journal_path, PASSPHRASE) as j, j.transaction():  # a few megabytes: the change takes a while
        for n in range(PASSWD_LEARNINGS):
            j.add("learning", text=f"Lernerfahrung {n}: " + "Öffentlich sichtbar werden, ohne sich zu verbiegen. " * 40)
    template = tmp_path / "template.tandem"
    shutil.copyfile(journal_path, template)
    with Journal.open(template, PASSPHRASE) as j:
        whole = j.counts()

    def fresh() -> Path:
        for leftover in (journal_path, Path(f"{journal_path}-journal")):
            leftover.unlink(missing_ok=True)
        shutil.copyfile(template, journal_path)
        return journal_path

    def started(proc: subprocess.Popen[str]) -> float:
        assert proc.stdout is not None and proc.stdout.readline().strip() == "rekeying"
        return time.monotonic()

    timings = []  # how long one change takes here, so that the kills spread over all of it
    for _ in range(3):
        proc = _child("passwd", fresh(), OTHER)
        begun = started(proc)
        assert proc.stdout is not None and proc.stdout.readline().strip() == "changed"
        timings.append(time.monotonic() - begun)
        proc.kill()
        proc.wait(timeout=30)
        proc.stdout.close()
    span = 1.2 * max(timings)
    rng = random.Random(20261204)
    outcomes: Counter[str] = Counter()
    for trial in range(PASSWD_KILL_ROUNDS):
        proc = _child("passwd", fresh(), OTHER)
        begun = started(proc)
        time.sleep(max(0.0, begun + rng.uniform(0, span) - time.monotonic()))
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
        assert proc.stdout is not None
        proc.stdout.close()
        hot = Path(f"{journal_path}-journal").exists()
        order = (OTHER, PASSPHRASE) if rng.random() < 0.5 else (PASSPHRASE, OTHER)  # the new one first, or the old
        opened, counts, problems = _opens_with(journal_path, order)
        assert opened is not None, f"trial {trial}: neither passphrase opens the journal (hot journal: {hot})"
        assert counts == whole and problems == [], f"trial {trial}: opened with {opened!r} but damaged: {problems}"
        outcomes[("new" if opened == OTHER else "old") + (" after a hot journal" if hot else "")] += 1
    print(f"passphrase change killed {PASSWD_KILL_ROUNDS} times (one change takes {max(timings):.3f} s): "
          f"{dict(outcomes)}")
    assert outcomes["old"] + outcomes["old after a hot journal"] and outcomes["new"], outcomes  # kills on both sides


def test_hot_journal_is_untouched_by_a_wrong_passphrase_and_rolled_back_by_the_right_one(
    journal_path: Path,
) -> None:
    proc = _child("hold", journal_path)
    assert proc.stdout is not None and proc.stdout.readline().strip() == "holding"
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    proc.stdout.close()
    hot = Path(f"{journal_path}-journal")
    assert hot.exists(), "the killed transaction left a hot rollback journal"
    before = (journal_path.read_bytes(), hot.read_bytes())
    with pytest.raises(WrongPassphrase):
        Journal.open(journal_path, OTHER)
    assert (journal_path.read_bytes(), hot.read_bytes()) == before
    with Journal.open(journal_path, PASSPHRASE) as j:
        titles = [r["title"] for r in j.rows("goal")]
        assert titles == [f"Ziel {i}" for i in range(50)]
        assert j.integrity_problems() == []


def _in_private_mount(script: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    """Run a shell script as root of a private user+mount namespace (needs no real root)."""
    if shutil.which("unshare") is None:
        pytest.skip("needs unshare(1) to mount a small private file system")
    probe = subprocess.run(["unshare", "-Urm", "true"], capture_output=True)
    if probe.returncode != 0:
        pytest.skip("this kernel does not allow private mount namespaces")
    return subprocess.run(["unshare", "-Urm", "sh", "-ec", script], cwd=ROOT, capture_output=True,
                          text=True, timeout=timeout, env={**os.environ, "PYTHONPATH": str(ROOT)})


def test_full_disk_loses_no_acknowledged_write(tmp_path: Path) -> None:
    mnt = tmp_path / "small"
    mnt.mkdir()
    result = _in_private_mount(
        f"mount -t tmpfs -o size=3m tmpfs {mnt}\n"
        f"echo '{PASSPHRASE}' | {sys.executable} -m tests.unit.store.writer_child fill {mnt}/full.tandem"
    )
    assert result.returncode == 0, result.stderr
    outcome = json.loads(result.stdout.strip().splitlines()[-1])
    assert outcome["error"] and "disk is full" in outcome["error"]
    assert outcome["acked"] > 5 and outcome["all_there"] and outcome["problems"] == []


@pytest.mark.real_kdf  # the journal is opened in another process, with the app's key derivation
def test_read_only_location_gets_a_clear_message(tmp_path: Path, journal_path: Path) -> None:
    """It opens for reading (issue 15.5: it was refused before its passphrase was even tried);
    a change gets the clear message."""
    mnt = tmp_path / "ro"
    mnt.mkdir()
    script = (
        "import sys\n"
        "from app.store import Journal, StorageError\n"
        f"with Journal.open(sys.argv[1], {PASSPHRASE!r}) as j:\n"
        "    print('read_only:', j.read_only)\n"
        "    try:\n"
        "        j.add('goal', title='x')\n"
        "    except StorageError as exc:\n"
        "        print('StorageError:', exc)\n"
    )
    result = _in_private_mount(
        f"mount -t tmpfs tmpfs {mnt}\ncp {journal_path} {mnt}/j.tandem\n"
        f"mount -o remount,ro {mnt}\n"
        f"{sys.executable} -c \"$0\" {mnt}/j.tandem".replace("$0", script.replace('"', '\\"'))
    )
    assert result.returncode == 0, result.stderr
    assert "read_only: True" in result.stdout
    assert "StorageError:" in result.stdout and "read-only" in result.stdout
    assert "Traceback" not in result.stderr
