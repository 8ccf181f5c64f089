"""Where every file of the app lives: this module decides, for the desktop app and the CLI alike.

No Qt here; the UI asks this module and nothing else (``tests/ui/test_structure.py`` checks it).

* Shipped files: ``resources/`` beside the ``app`` package, in a checkout and in a PyInstaller
  bundle alike (the bundle recipe copies it there).
* The user's folders for the app's own files (settings now; data and state when the app has
  some), in the places Qt's QStandardPaths gives "Tandem Journal" by "TandemJournal": on Linux
  as the XDG Base Directory spec says (``$XDG_CONFIG_HOME`` …, else below ``$HOME``). Tests
  redirect all of them by setting ``HOME`` and ``XDG_*``.
* The documents folder, where save and open dialogs start: ``XDG_DOCUMENTS_DIR`` from
  ``user-dirs.dirs`` on Linux, else ``~/Documents``.
* Temporary folders (the demo, the self-test): in the system's temp folder (``TMPDIR``),
  deleted when closed.

Journals themselves live wherever their users save them; nothing here stores their names.
Only Linux is built and tested here; the macOS and Windows folders follow Qt's documented
table, and a Documents folder redirected by Windows (e.g. to OneDrive) is not followed.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

# Shipped with the app -----------------------------------------------------------------------
RESOURCES = Path(__file__).resolve().parents[1] / "resources"
FONTS = RESOURCES / "fonts"
ICON = RESOURCES / "icons" / "de.tandemjournal.TandemJournal.svg"
TRANSLATIONS = RESOURCES / "i18n"  # the built .qm catalogues
WORDLISTS = RESOURCES / "wordlists"  # German words and passwords for the passphrase meter

# The user's folders ---------------------------------------------------------------------------
ORGANIZATION = "TandemJournal"  # the folder names Qt has used for the settings: changing them
APPLICATION = "Tandem Journal"  # would lose every user's preferences
SETTINGS_NAME = "settings.ini"


def _xdg(variable: str, default: str) -> Path:
    """``$variable`` if it is an absolute path (the spec ignores relative ones), else ``~/default``."""
    value = os.environ.get(variable, "")
    return Path(value) if value and os.path.isabs(value) else Path.home() / default


def _app_folder(kind: str) -> Path:
    """The app's own folder of ``kind`` ("config", "data", "state" or "cache") on this platform."""
    if sys.platform == "win32":
        local = Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local")
        roaming = Path(os.environ.get("APPDATA") or Path.home() / "AppData" / "Roaming")
        base, tail = {"config": (local, ""), "data": (roaming, ""), "state": (local, "State"),
                      "cache": (local, "cache")}[kind]
    elif sys.platform == "darwin":
        library = Path.home() / "Library"
        base, tail = {"config": (library / "Preferences", ""), "data": (library / "Application Support", ""),
                      "state": (library / "Preferences", "State"), "cache": (library / "Caches", "")}[kind]
    else:
        base, tail = {"config": (_xdg("XDG_CONFIG_HOME", ".config"), ""),
                      "data": (_xdg("XDG_DATA_HOME", ".local/share"), ""),
                      "state": (_xdg("XDG_STATE_HOME", ".local/state"), ""),
                      "cache": (_xdg("XDG_CACHE_HOME", ".cache"), "")}[kind]
    folder = base / ORGANIZATION / APPLICATION
    return folder / tail if tail else folder


def config_dir() -> Path:
    """The app's settings folder (``~/.config/TandemJournal/Tandem Journal`` on Linux)."""
    return _app_folder("config")


def data_dir() -> Path:
    """The app's data folder (``~/.local/share/TandemJournal/Tandem Journal`` on Linux)."""
    return _app_folder("data")


def state_dir() -> Path:
    """The app's state folder (``~/.local/state/TandemJournal/Tandem Journal`` on Linux)."""
    return _app_folder("state")


def cache_dir() -> Path:
    """The app's cache folder (``~/.cache/TandemJournal/Tandem Journal`` on Linux; nothing is cached yet)."""
    return _app_folder("cache")


def app_folders() -> tuple[Path, ...]:
    """Every folder of the app's own files: each is owner-only (``secure_app_folders``)."""
    return config_dir(), data_dir(), state_dir(), cache_dir()


# Owner-only (issue 15.4): other accounts on the machine must not read even the settings, which
# hold the recent journals' paths (a file's name often carries a person's name).
OWNER_FOLDER = 0o700
OWNER_FILE = 0o600


def private_file(path: Path) -> Path:
    """Make ``path``'s folder owner-only and the file itself owner-only, creating it empty if missing,
    so that whatever writes it later (QSettings keeps a file's mode when it rewrites it) writes 0600."""
    private_folder(path.parent)
    if os.name == "posix":
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT, OWNER_FILE))
        os.chmod(path, OWNER_FILE)
    else:
        path.touch()
    return path


def private_folder(folder: Path) -> Path:
    """Create ``folder`` with every missing folder above it owner-only (0700), and make the app's own
    levels (from the ``TandemJournal`` folder down) owner-only if they already exist.

    A folder that is not the app's and that it did not create (``/tmp``, a Documents folder, a
    settings file's folder given on the command line) keeps its mode: tightening ``/tmp`` once locked
    every other account and service out of it."""
    missing = [f for f in (folder, *folder.parents) if not f.exists()]
    for f in reversed(missing):
        f.mkdir(mode=OWNER_FOLDER, exist_ok=True)
        if os.name == "posix":
            os.chmod(f, OWNER_FOLDER)  # mkdir's mode passes through the umask
    if os.name == "posix":
        chain = [folder, *folder.parents]
        own = next((i for i, f in enumerate(chain) if f.name == ORGANIZATION), None)
        for f in chain[:own + 1] if own is not None else ():
            os.chmod(f, OWNER_FOLDER)
    return folder


def secure_app_folders() -> None:
    """At start: every app folder that exists, its ``TandemJournal`` folder and everything inside them
    owner-only again (folders 0700, files 0600), whoever loosened them. Base folders such as
    ``~/.config`` are not the app's and stay as they are."""
    if os.name != "posix":
        return
    for folder in app_folders():
        root = next((f for f in (folder, *folder.parents) if f.name == ORGANIZATION), folder)
        if not root.is_dir():
            continue
        os.chmod(root, OWNER_FOLDER)
        for current, folders, files in os.walk(root):
            for name in folders:
                os.chmod(os.path.join(current, name), OWNER_FOLDER)
            for name in files:
                file = os.path.join(current, name)
                if not os.path.islink(file):
                    os.chmod(file, OWNER_FILE)


def settings_file(folder: Path | None = None) -> Path:
    """The settings file: in the config folder, or in ``folder`` (the demo keeps its own)."""
    return (folder or config_dir()) / SETTINGS_NAME


def named_file(argument: str) -> Path:
    """The file a command line names (``tandem-journal FILE``): a path relative to the working folder,
    with ``~`` expanded, or a ``file://`` address as some file managers pass it."""
    if argument.startswith("file://"):
        from urllib.parse import unquote, urlparse

        return Path(unquote(urlparse(argument).path))
    return Path(argument).expanduser().absolute()


def documents_dir() -> Path:
    """Where save and open dialogs start: the user's documents folder."""
    if sys.platform not in ("win32", "darwin"):
        chosen = _xdg_user_dir("DOCUMENTS")
        if chosen is not None:
            return chosen
    return Path.home() / "Documents"


def start_folder(*candidates: Path | None) -> Path:
    """Where a save or open dialog starts: the first of ``candidates`` (e.g. the folder of the last
    one-pager) that is an existing folder, else the documents folder, else the home folder. Never
    the working directory: a file dialog shown a folder that does not exist falls back to it."""
    for folder in (*candidates, documents_dir(), Path.home()):
        if folder is not None and folder.is_dir():
            return folder
    return Path.home()


def _xdg_user_dir(name: str) -> Path | None:
    """``XDG_<name>_DIR`` from ``user-dirs.dirs`` (written by xdg-user-dirs), as Qt reads it."""
    try:
        text = (_xdg("XDG_CONFIG_HOME", ".config") / "user-dirs.dirs").read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None
    for line in text.splitlines():
        key, _, value = line.strip().partition("=")
        if key != f"XDG_{name}_DIR":
            continue
        value = value.strip()
        if len(value) >= 2 and value[0] == value[-1] == '"':
            value = value[1:-1]
        if value.startswith("$HOME"):
            value = str(Path.home()) + value[len("$HOME"):]
        return Path(value) if value else None
    return None


# Temporary folders ----------------------------------------------------------------------------
def temporary_folder(purpose: str) -> tempfile.TemporaryDirectory[str]:
    """A new folder for ``purpose`` ("demo", "selftest") in the system's temp folder, deleted when
    the ``with`` block ends: ``tandem-journal-<purpose>-…``."""
    return tempfile.TemporaryDirectory(prefix=f"tandem-journal-{purpose}-")
