"""A screen reader's view of the running app, for tests/e2e/test_screen_reader.py: a private D-Bus
session bus, the AT-SPI bus and registry on it, Xvfb, the app (this Python) and a reader
(tests/e2e/atspi_reader.py, run with the system Python that has Debian's python3-pyatspi).

Nothing here touches the developer's desktop: the bus, the X server and the home folder are the
test's own, and everything started is stopped by its process id."""

from __future__ import annotations

import json
import os
import select
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path
from typing import Any

import pytest

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
SYSTEM_PYTHON = "/usr/bin/python3"
LAUNCHER = "/usr/libexec/at-spi-bus-launcher"
REGISTRY = "/usr/libexec/at-spi2-registryd"
PACKAGES = "at-spi2-core python3-pyatspi dbus-daemon xvfb"


def missing_tools() -> list[str]:
    missing = [tool for tool in ("dbus-daemon", "Xvfb") if shutil.which(tool) is None]
    missing += [path for path in (LAUNCHER, REGISTRY, SYSTEM_PYTHON) if not Path(path).exists()]
    if not missing and subprocess.run([SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True).returncode:
        missing.append("python3-pyatspi")
    return missing


def require_tools() -> None:
    missing = missing_tools()
    if missing:
        message = f"no screen-reader stack here ({', '.join(missing)}; Debian: apt-get install {PACKAGES})"
        if os.environ.get("TANDEM_REQUIRE_XVFB") == "1":
            pytest.fail(message + ", but TANDEM_REQUIRE_XVFB=1")
        pytest.skip(message)


def _read_line_from(fd: int, timeout: float, what: str) -> str:
    data = b""
    while not data.endswith(b"\n"):
        ready, _, _ = select.select([fd], [], [], timeout)
        chunk = os.read(fd, 256) if ready else b""
        if not chunk:
            raise RuntimeError(f"{what} did not start")
        data += chunk
    return data.decode().strip()


def _stop(process: subprocess.Popen[Any]) -> None:
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
    for stream in (process.stdin, process.stdout, process.stderr):
        if stream is not None:
            stream.close()


class Reader:
    """Talks to tests/e2e/atspi_reader.py: keys in, what a screen reader hears out."""

    def __init__(self, process: subprocess.Popen[str]) -> None:
        self.process = process

    def ask(self, command: dict[str, Any], timeout: float = 15) -> Any:
        assert self.process.stdin is not None and self.process.stdout is not None
        self.process.stdin.write(json.dumps(command) + "\n")
        self.process.stdin.flush()
        ready, _, _ = select.select([self.process.stdout], [], [], timeout)
        if not ready:
            raise TimeoutError(f"the reader did not answer {command}")
        line = self.process.stdout.readline()
        if not line:
            raise RuntimeError(f"the reader ended: {self.process.stderr.read() if self.process.stderr else ''}")
        return json.loads(line)

    def key(self, key: str, *mods: str, expect: bool = True) -> list[dict[str, str]]:
        """Press a key; the focus events and announcements that followed (waiting for one if ``expect``)."""
        events: list[dict[str, str]] = self.ask({"key": key, "mods": list(mods), "expect": expect})
        return events

    def type(self, text: str) -> list[dict[str, str]]:
        events: list[dict[str, str]] = self.ask({"type": text})
        return events

    def until(self, words: str, timeout: float = 15) -> list[dict[str, str]]:
        """The events until one says ``words`` (a focused object's name or an announcement)."""
        events: list[dict[str, str]] = self.ask({"until": words, "timeout": timeout}, timeout=timeout + 10)
        return events

    def wait(self) -> list[dict[str, str]]:
        events: list[dict[str, str]] = self.ask({"wait": True})
        return events

    def tree(self) -> list[str]:
        lines: list[str] = self.ask({"tree": True})["tree"]
        return lines


@contextmanager
def running_app(tmp_path: Path, language: str = "en") -> Iterator[Reader]:
    """The app on its welcome screen under Xvfb, read by a screen reader over AT-SPI."""
    home = tmp_path / "home"
    for sub in ("config", "data", "cache", "state", "tmp", "runtime"):
        (home / sub).mkdir(parents=True, exist_ok=True)
    (home / "runtime").chmod(0o700)
    env = {key: value for key, value in os.environ.items() if not key.startswith(("DBUS_", "AT_SPI", "WAYLAND"))}
    env.update(HOME=str(home), XDG_CONFIG_HOME=str(home / "config"), XDG_DATA_HOME=str(home / "data"),
               XDG_CACHE_HOME=str(home / "cache"), XDG_STATE_HOME=str(home / "state"), TMPDIR=str(home / "tmp"),
               XDG_RUNTIME_DIR=str(home / "runtime"), NO_AT_BRIDGE="0", GTK_A11Y="atspi")
    with ExitStack() as stack:
        read, write = os.pipe()
        xvfb = subprocess.Popen(["Xvfb", "-displayfd", str(write), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
                                pass_fds=(write,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        stack.callback(_stop, xvfb)
        os.close(write)
        env["DISPLAY"] = ":" + _read_line_from(read, 20, "Xvfb")
        os.close(read)
        read, write = os.pipe()
        bus = subprocess.Popen(["dbus-daemon", "--session", "--nofork", "--print-address", str(write)],
                               pass_fds=(write,), stdout=subprocess.DEVNULL, env=env)
        stack.callback(_stop, bus)
        os.close(write)
        env["DBUS_SESSION_BUS_ADDRESS"] = _read_line_from(read, 20, "dbus-daemon")
        os.close(read)
        launcher = subprocess.Popen([LAUNCHER, "--launch-immediately"], env=env,
                                    stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        stack.callback(_stop, launcher)
        address = subprocess.run(["dbus-send", "--session", "--print-reply=literal", "--dest=org.a11y.Bus",
                                  "/org/a11y/bus", "org.a11y.Bus.GetAddress"], env=env, capture_output=True,
                                 text=True, timeout=20).stdout.strip()
        registry = subprocess.Popen([REGISTRY], env=dict(env, AT_SPI_BUS_ADDRESS=address),
                                    stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        stack.callback(_stop, registry)
        app_env = dict(env, QT_QPA_PLATFORM="xcb", QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1",
                       QT_ACCESSIBILITY="1", PYTHONPATH=str(ROOT))
        app_log = stack.enter_context((tmp_path / "app.log").open("w"))
        app = subprocess.Popen([sys.executable, str(HERE / "atspi_app.py"), str(home / "data"), language],
                               cwd=ROOT, env=app_env, stdout=app_log, stderr=subprocess.STDOUT)
        stack.callback(_stop, app)
        reader_log = stack.enter_context((tmp_path / "reader.log").open("w"))
        reader_process = subprocess.Popen([SYSTEM_PYTHON, str(HERE / "atspi_reader.py"), "Tandem Journal"],
                                          env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                          stderr=reader_log, text=True)
        stack.callback(_stop, reader_process)
        reader = Reader(reader_process)
        assert reader.process.stdout is not None
        ready, _, _ = select.select([reader.process.stdout], [], [], 20)
        assert ready and json.loads(reader.process.stdout.readline()) == {"started": True}
        deadline = time.monotonic() + 30
        while not reader.ask({"ready": True})["ready"]:
            if time.monotonic() > deadline or app.poll() is not None:
                raise RuntimeError(f"the app did not show a window: {(tmp_path / 'app.log').read_text()[-3000:]}")
            time.sleep(0.2)
        yield reader
