"""No Qt below the UI, proved by importing: a fresh Python in which PySide6 and
shiboken6 cannot be imported loads every module of the app outside ``app.ui``
(store, export, the application layer, the CLI, the domain modules). Modules are
found with pkgutil, so a new one (``app/core/…``) is covered the day it lands.

test_architecture.py reads the source for import statements; this one also catches
Qt pulled in indirectly, by a third-party module, or behind a ``try: import``."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# Present whatever else moves: the layers below the UI that the guard exists for.
MUST_COVER = ["app.store", "app.store.journal", "app.store.private", "app.export", "app.core", "app.cli"]


def _modules_on_disk(root: Path) -> set[str]:
    """Every module file of the app outside app/ui, as a dotted name."""
    names = set()
    for path in (root / "app").rglob("*.py"):
        parts = path.relative_to(root).with_suffix("").parts
        if parts[:2] != ("app", "ui"):
            names.add(".".join(parts[:-1] if parts[-1] == "__init__" else parts))
    return names


PROBE = r'''
import importlib, json, pkgutil, sys
sys.path.insert(0, sys.argv[1])
QT = {"PySide6", "shiboken6"}
attempts = []   # (module that asked, what it asked for); kept even if the ImportError is swallowed


class BlockQt:
    def find_spec(self, name, path=None, target=None):
        if name.partition(".")[0] in QT:
            frame, asker = sys._getframe(1), "?"
            while frame is not None:
                mod = frame.f_globals.get("__name__", "")
                if mod == "app" or mod.startswith("app."):
                    asker = mod
                    break
                frame = frame.f_back
            attempts.append([asker, name])
            raise ImportError(f"{name} is blocked in this test")
        return None


sys.meta_path.insert(0, BlockQt())
for name in list(sys.modules):
    if name.partition(".")[0] in QT:
        del sys.modules[name]

imported, failed = [], {}


def load(name):
    before = len(attempts)
    try:
        module = importlib.import_module(name)
    except Exception as exc:  # report every module, not just the first
        failed[name] = f"{type(exc).__name__}: {exc}"
        return
    imported.append(name)
    for asker, wanted in attempts[before:]:
        failed.setdefault(name, f"{asker} tried to import {wanted} (error swallowed)")
    if hasattr(module, "__path__"):
        for info in pkgutil.iter_modules(module.__path__, name + "."):
            if info.name != "app.ui":
                load(info.name)


load("app")
print(json.dumps({"imported": imported, "failed": failed, "attempts": attempts,
                  "qt_loaded": sorted(n for n in sys.modules if n.partition(".")[0] in QT)}))
'''


def _probe(root: Path = ROOT) -> dict[str, object]:
    result = subprocess.run([sys.executable, "-c", PROBE, str(root)], cwd=root,
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stdout + result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_app_outside_ui_imports_with_qt_unimportable() -> None:
    outcome = _probe()
    problems = [f"{module}: {why}" for module, why in outcome["failed"].items()]  # type: ignore[union-attr]
    problems += [f"{asker} imports {wanted}" for asker, wanted in outcome["attempts"]]  # type: ignore[union-attr]
    assert not problems, "Qt below the UI:\n" + "\n".join(dict.fromkeys(problems))
    assert outcome["qt_loaded"] == []
    imported = set(outcome["imported"])  # type: ignore[arg-type]
    assert set(MUST_COVER) <= imported, sorted(set(MUST_COVER) - imported)
    assert imported == _modules_on_disk(ROOT), "pkgutil missed a module, or found one with no file"
    assert not any(name == "app.ui" or name.startswith("app.ui.") for name in imported)


def test_the_probe_names_the_module_that_pulls_qt_in(tmp_path: Path) -> None:
    """The guard can fail: a small app tree with a direct, an indirect and a swallowed Qt import."""
    files = {
        "app/__init__.py": "",
        "app/ui/__init__.py": "import PySide6.QtWidgets\n",
        "app/core/__init__.py": "from app.core import rules\n",
        "app/core/rules.py": "from PySide6.QtCore import QDate\n",
        "app/export/__init__.py": "",
        "app/export/via_ui.py": "import app.ui\n",
        "app/store/__init__.py": "",
        "app/store/fine.py": "import json\n",
        "app/store/sneaky.py": "try:\n    import shiboken6\nexcept ImportError:\n    shiboken6 = None\n",
    }
    for name, text in files.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text, encoding="utf-8")
    outcome = _probe(tmp_path)
    assert set(outcome["failed"]) == {"app.core", "app.export.via_ui", "app.store.sneaky"}  # type: ignore[arg-type]
    assert ["app.core.rules", "PySide6"] in outcome["attempts"]  # type: ignore[operator]
    assert ["app.ui", "PySide6"] in outcome["attempts"]  # type: ignore[operator]
    assert "app.store.fine" in outcome["imported"]  # type: ignore[operator]
