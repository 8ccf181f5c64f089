"""The report of an unexpected error (a bug), safe to copy and send: it holds no journal content.

What it holds and why (issue 15.3):

* the app's, Python's and Qt's versions and the platform, to reproduce it;
* the exception's *type* (``KeyError``, ``app.store.errors.NotAJournal``), and those of the
  exceptions it was raised from, because the type says what went wrong;
* the traceback's frames as ``file:line in function``, because they say where; the file is
  shown relative to the app (``app/ui/pages/overview.py``), to its installed library
  (``PySide6/…``), the standard library (``<python>/json/decoder.py``), or by its name only,
  so no folder of the user's (``/home/anna/…``) appears.

What it leaves out, on purpose: the exception's *message* (a ``KeyError`` names the missing
key, an ``InvalidData`` quotes the value, a SQLite error can quote SQL with text in it), the
source lines of the frames (harmless, but they add nothing the line number does not give),
and every local variable (the text being saved is one). A report can therefore be pasted into
an e-mail to whoever looks after the app without showing anyone a word of a journal.

Qt-free, so the CLI could use it as well; the window's dialog is ``app/ui/dialogs/crash.py``.
"""

from __future__ import annotations

import platform
import sysconfig
import traceback
from pathlib import Path
from types import TracebackType

from app import __version__

_APP_ROOT = Path(__file__).resolve().parents[1]  # the folder holding the ``app`` package
_LIBRARIES = tuple(Path(p).resolve() for p in {sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]})
_STDLIB = Path(sysconfig.get_paths()["stdlib"]).resolve()
MAX_FRAMES = 40  # the innermost ones: a deep recursion would fill pages with the same line


def where(filename: str) -> str:
    """A frame's file as the report shows it, never with a user's folder in it."""
    path = Path(filename)
    if not path.is_absolute():  # "<string>", "<frozen importlib._bootstrap>"
        return path.name if path.suffix == ".py" else filename
    resolved = path.resolve()
    for root, label in ((_APP_ROOT, ""), *((lib, "") for lib in _LIBRARIES), (_STDLIB, "<python>/")):
        if resolved.is_relative_to(root):
            return label + resolved.relative_to(root).as_posix()
    return path.name


def _type_name(kind: type[BaseException]) -> str:
    module = kind.__module__
    return kind.__qualname__ if module in ("builtins", "__main__") else f"{module}.{kind.__qualname__}"


def report(kind: type[BaseException], error: BaseException | None, tb: TracebackType | None,
           qt_version: str = "") -> str:
    """The report text for one unexpected error: versions, the error's type and where it happened."""
    lines = [f"Tandem Journal {__version__}, Python {platform.python_version()}"
             + (f", Qt {qt_version}" if qt_version else "") + f", {platform.system()} {platform.machine()}"]
    chain: list[tuple[type[BaseException], TracebackType | None]] = [(kind, tb)]
    seen = {id(error)}
    cause = error.__cause__ or error.__context__ if error is not None else None
    while cause is not None and id(cause) not in seen and len(chain) < 5:
        seen.add(id(cause))
        chain.append((type(cause), cause.__traceback__))
        cause = cause.__cause__ or cause.__context__
    for depth, (each, each_tb) in enumerate(chain):
        lines.append(("Error: " if depth == 0 else "Raised while handling: ") + _type_name(each))
        frames = list(traceback.extract_tb(each_tb))
        if len(frames) > MAX_FRAMES:
            lines.append(f"  … {len(frames) - MAX_FRAMES} outer frames left out")
            frames = frames[-MAX_FRAMES:]
        lines += [f"  {where(f.filename)}:{f.lineno} in {f.name}" for f in frames]
    return "\n".join(lines)

