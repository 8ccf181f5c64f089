"""Shared fixtures. Every test runs with HOME, XDG folders and TMPDIR inside tmp_path, and D-Bus
addresses that lead nowhere, so nothing can touch the real home directory or desktop session, and
the plaintext scans know exactly which folders the app could have written to."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

# Offscreen, on a 1280×800 laptop's screen (and the 2 px frame the offscreen platform draws round a window): the
# window fits itself to its screen once shown (app/core/window_fit.py), and Qt's default screen is 800×800.
if os.environ.get("QT_QPA_PLATFORM", "offscreen") == "offscreen":
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={Path(__file__).with_name('offscreen_screen.json')}"

from app.store import Journal, connection  # noqa: E402

PASSPHRASE = "Kaffee am Markt, 2026!"
OTHER = "ein ganz anderer Satz"


@pytest.fixture(autouse=True)
def isolated_home(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Iterator[dict[str, Path]]:
    base = tmp_path_factory.mktemp("env")
    dirs = {name: base / name for name in ("home", "config", "data", "cache", "state", "tmp")}
    for d in dirs.values():
        d.mkdir(parents=True)
    monkeypatch.setenv("HOME", str(dirs["home"]))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(dirs["config"]))
    monkeypatch.setenv("XDG_DATA_HOME", str(dirs["data"]))
    monkeypatch.setenv("XDG_CACHE_HOME", str(dirs["cache"]))
    monkeypatch.setenv("XDG_STATE_HOME", str(dirs["state"]))
    monkeypatch.setenv("TMPDIR", str(dirs["tmp"]))
    monkeypatch.setattr(tempfile, "tempdir", str(dirs["tmp"]))
    # Nor the real desktop's D-Bus: no window under test locks when the developer's screen locks
    # (tests/ui/test_screen_lock.py starts buses of its own).
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", f"unix:path={base}/no-session-bus")
    monkeypatch.setenv("DBUS_SYSTEM_BUS_ADDRESS", f"unix:path={base}/no-system-bus")
    yield dirs


@pytest.fixture(scope="session")
def _templates(tmp_path_factory: pytest.TempPathFactory) -> Callable[[], Path]:
    """One freshly created journal per test run and key setting (tests/unit uses few KDF rounds);
    tests get byte copies (same passphrase)."""
    made: dict[int | None, Path] = {}

    def template() -> Path:
        rounds = connection.KDF_ROUNDS_FOR_TESTS
        if rounds not in made:
            path = tmp_path_factory.mktemp("template") / "template.tandem"
            Journal.create(path, PASSPHRASE).close()
            made[rounds] = path
        return made[rounds]

    return template


@pytest.fixture
def new_journal_path(tmp_path: Path, _templates: Callable[[], Path]) -> Callable[[str], Path]:
    """Make an empty journal (passphrase PASSPHRASE) under a name, without paying key derivation twice."""

    def make(name: str) -> Path:
        path = tmp_path / name
        shutil.copyfile(_templates(), path)
        os.chmod(path, 0o600)
        return path

    return make


@pytest.fixture
def journal_path(new_journal_path: Callable[[str], Path]) -> Path:
    return new_journal_path("tandem.tandem")


@pytest.fixture
def journal(journal_path: Path) -> Iterator[Journal]:
    j = Journal.open(journal_path, PASSPHRASE)
    yield j
    j.close()


def in_private_mount(script: str) -> subprocess.CompletedProcess[str]:
    """Run ``script`` (sh) as root of a private mount namespace, where a test mounts a small file system
    of its own (a full disk, a read-only one) without touching the machine's; skipped where that is
    not allowed."""
    if shutil.which("unshare") is None or subprocess.run(["unshare", "-Urm", "true"]).returncode != 0:
        pytest.skip("needs a private mount namespace for a small file system")
    return subprocess.run(["unshare", "-Urm", "sh", "-ec", script], cwd=Path(__file__).resolve().parents[1],
                          capture_output=True, text=True, timeout=120,
                          env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1])})


def cli_on_small_file_system(mount_options: str, folder: Path, arguments: str) -> tuple[int, list[str], str]:
    """``tandem-journal-cli ARGUMENTS`` (the passphrase on stdin) with ``folder`` a tmpfs mounted with
    ``mount_options`` and filled to the brim (a full disk, a locked stick): its exit code, what the folder
    holds afterwards besides the filler, and its stderr."""
    folder.mkdir(exist_ok=True)
    result = in_private_mount(
        f"mount -t tmpfs -o {mount_options} tmpfs {folder}\n"
        f"(head -c 300000 /dev/zero > {folder}/filler) 2>/dev/null || true\n"
        f"set +e\n"
        f"printf '%s\\n' '{PASSPHRASE}' | {sys.executable} -m app.cli {arguments}\n"
        f"echo \"exit=$?\"\n"
        f"ls -A {folder}\n"
    )
    assert result.returncode == 0, result.stderr
    lines = result.stdout.split()
    code = next(int(line.removeprefix("exit=")) for line in lines if line.startswith("exit="))
    left = [name for name in lines[lines.index(f"exit={code}") + 1:] if name != "filler"]
    return code, left, result.stderr


@pytest.fixture
def damaged(journal_path: Path) -> Path:
    """A journal with one byte flipped in its last page (a page of the last rows written): a damaged
    disk, as `check`, backups, exports and rescues meet it."""
    from app import sample

    with Journal.open(journal_path, PASSPHRASE) as j:
        sample.fill(j, sessions=3, items_per_session=2)
        for i in range(120):
            j.add("goal", title=f"Ziel {i} " + "x" * 200)
    size = journal_path.stat().st_size
    with open(journal_path, "r+b") as f:
        f.seek(size - 4096 + 300)
        byte = f.read(1)
        f.seek(size - 4096 + 300)
        f.write(bytes([byte[0] ^ 0xFF]))
    return journal_path
