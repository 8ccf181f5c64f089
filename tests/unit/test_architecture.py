"""Guards on the architecture: the store and export layers stay free of Qt, and no
module of the app opens a network connection."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

APP = Path(__file__).resolve().parents[2] / "app"
NETWORK_MODULES = {"socket", "ssl", "http", "urllib", "ftplib", "smtplib", "requests", "httpx", "asyncio"}
NOT_NETWORK = frozenset({"urllib.parse"})  # splits and unquotes text (a file:// address named on the command line)


def _imports(path: Path, *, allowed: frozenset[str] = frozenset()) -> set[str]:
    """The top-level packages ``path`` imports (a module in ``allowed`` does not count)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    modules: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            modules |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            modules.add(node.module)
    return {name.split(".")[0] for name in modules - allowed}


def _modules(*parts: str) -> list[Path]:
    files = [p for part in parts if (APP / part).exists()
             for p in ((APP / part).rglob("*.py") if (APP / part).is_dir() else [APP / part])]
    assert files or parts == ("export",)
    return files


# The domain rules the screens and the CLI share live outside the UI, free of Qt.
@pytest.mark.parametrize("layer", ["store", "export", "core", "programme.py", "markup.py", "sample.py", "demo.py",
                                   "demo_tandem.py", "cli.py"])
def test_layer_imports_no_qt(layer: str) -> None:
    for path in _modules(layer):
        assert not {"PySide6", "shiboken6"} & _imports(path), f"{path} imports Qt"


def test_app_imports_no_network_module() -> None:
    for path in APP.rglob("*.py"):
        assert not NETWORK_MODULES & _imports(path, allowed=NOT_NETWORK), f"{path} imports a network module"


def test_store_benchmark_runs_on_a_small_journal() -> None:
    """Keeps benchmarks/bench_store.py working; its numbers come from full runs, not from here."""
    import subprocess
    import sys

    root = APP.parent
    result = subprocess.run([sys.executable, "benchmarks/bench_store.py", "--sessions", "5", "--repeat", "1"],
                            cwd=root, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "search 'Führung'" in result.stdout
