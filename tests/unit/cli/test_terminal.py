"""On a terminal the CLI asks for passphrases without echo, twice for a new one."""

from __future__ import annotations

import os
import pty
import select
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]


def _expect(fd: int, text: bytes, seen: bytearray, timeout: float = 20) -> None:
    while text not in seen:
        ready, _, _ = select.select([fd], [], [], timeout)
        if not ready:
            raise AssertionError(f"timed out waiting for {text!r}; saw {bytes(seen)!r}")
        try:
            chunk = os.read(fd, 1024)
        except OSError:  # the child closed the terminal
            chunk = b""
        if not chunk:
            raise AssertionError(f"terminal closed before {text!r}; saw {bytes(seen)!r}")
        seen += chunk


def _run_on_terminal(args: list[str], answers: list[tuple[bytes, bytes]]) -> tuple[int, bytes]:
    pid, fd = pty.fork()
    if pid == 0:  # pragma: no cover - the child
        os.chdir(ROOT)
        os.execv(sys.executable, [sys.executable, "-m", "app.cli", *args])
    seen = bytearray()
    try:
        for prompt, answer in answers:
            _expect(fd, prompt, seen)
            os.write(fd, answer + b"\n")
        while True:
            ready, _, _ = select.select([fd], [], [], 20)
            try:
                chunk = os.read(fd, 1024) if ready else b""
            except OSError:
                chunk = b""
            if not chunk:
                break
            seen += chunk
    finally:
        _, status = os.waitpid(pid, 0)
        os.close(fd)
    return os.waitstatus_to_exitcode(status), bytes(seen)


@pytest.mark.skipif(not hasattr(pty, "fork"), reason="needs a POSIX pseudo-terminal")
def test_new_asks_twice_without_echo(tmp_path: Path) -> None:
    path = tmp_path / "tty.tandem"
    secret = b"Geheimes-Passwort-42"
    code, screen = _run_on_terminal(
        ["new", str(path)], [(b"New passphrase: ", secret), (b"New passphrase (again): ", secret)]
    )
    assert code == 0, screen
    assert secret not in screen, "the passphrase must not be echoed"
    assert path.exists()


@pytest.mark.skipif(not hasattr(pty, "fork"), reason="needs a POSIX pseudo-terminal")
def test_mismatched_new_passphrases_change_nothing(tmp_path: Path) -> None:
    path = tmp_path / "tty.tandem"
    code, screen = _run_on_terminal(
        ["new", str(path)], [(b"New passphrase: ", b"eins"), (b"(again): ", b"zwei")]
    )
    assert code == 1 and b"differ" in screen
    assert not path.exists()
