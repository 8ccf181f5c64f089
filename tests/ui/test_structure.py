"""The shape of the code: no import cycles anywhere in app/, no module of app/ui longer than a
reader can hold (MAX_LINES), and the rooms of app/ui keep their order: widgets and models know
no page, dialog or window; dialogs know no page; a page knows no other page, only its own parts
(``session`` and ``session_layout``); list columns are defined once, in ``models/columns.py``; file locations are decided once, in
``app/paths.py``.

Imports are read with Python's own parser, function-level ones included; imports under
``if TYPE_CHECKING:`` are left out, because they never run.
"""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
APP = ROOT / "app"
MAX_LINES = 400


def _modules() -> dict[str, Path]:
    """Dotted module name -> file, for every module of the app (a package is its __init__)."""
    found = {}
    for path in sorted(APP.rglob("*.py")):
        parts = list(path.relative_to(ROOT).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        found[".".join(parts)] = path
    return found


def _runs(node: ast.AST) -> list[ast.AST]:
    """The statements below ``node`` that run, skipping the body of ``if TYPE_CHECKING:``."""
    if isinstance(node, ast.If):
        test = node.test
        name = test.id if isinstance(test, ast.Name) else test.attr if isinstance(test, ast.Attribute) else ""
        if name == "TYPE_CHECKING":
            return [n for child in node.orelse for n in [child, *_runs(child)]]
    return [n for child in ast.iter_child_nodes(node) for n in [child, *_runs(child)]]


def _imports(name: str, path: Path, modules: dict[str, Path]) -> set[str]:
    """The app's modules that module ``name`` imports."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    targets: set[str] = set()
    for node in _runs(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            for alias in node.names:
                parts = alias.name.split(".")
                prefixes = (".".join(parts[:n]) for n in range(len(parts), 0, -1))
                targets.add(next((p for p in prefixes if p in modules), ""))
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - (node.level - 1)]
                source = ".".join(base + ([node.module] if node.module else []))
            else:
                source = node.module or ""
            for alias in node.names:
                submodule = f"{source}.{alias.name}"
                targets.add(submodule if submodule in modules else source if source in modules else "")
    return targets - {"", name}


def _graph() -> dict[str, set[str]]:
    modules = _modules()
    return {name: _imports(name, path, modules) for name, path in modules.items()}


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected groups of more than one module (Tarjan), each as a sorted list."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in sorted(graph.get(node, ())):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.append(member)
                if member == node:
                    break
            if len(group) > 1:
                groups.append(sorted(group))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return groups


def test_the_import_graph_sees_function_level_imports() -> None:
    graph = _graph()
    assert "app.ui.main_window" in graph["app.ui.main"]  # imported inside main()
    assert "app.export.onepager" in graph["app.ui.self_test"]  # imported inside run()


def test_the_cycle_finder_finds_a_cycle() -> None:
    assert _cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    assert _cycles({"a": {"b"}, "b": set()}) == []


def test_no_import_cycles_in_app() -> None:
    cycles = _cycles(_graph())
    assert not cycles, "import cycles: " + "; ".join(" ⇄ ".join(group) for group in cycles)


def test_no_module_of_the_ui_is_too_long() -> None:
    long = {str(path.relative_to(ROOT)): n for path in sorted((APP / "ui").rglob("*.py"))
            if (n := len(path.read_text(encoding="utf-8").splitlines())) > MAX_LINES}
    assert not long, f"over {MAX_LINES} lines, split along a seam: {long}"


def _room(module: str) -> str:
    parts = module.split(".")
    return parts[2] if len(parts) > 3 and parts[:2] == ["app", "ui"] else ""


def test_the_rooms_of_the_ui_keep_their_order() -> None:
    forbidden = {"widgets": {"pages", "dialogs", "window"}, "models": {"pages", "dialogs", "window"},
                 "dialogs": {"pages", "window"}}
    wrong = []
    for module, targets in _graph().items():
        room = _room(module)
        for target in targets:
            if _room(target) in forbidden.get(room, set()) or (room in forbidden and target == "app.ui.main_window"):
                wrong.append(f"{module} → {target}")
            elif room == "pages" and _room(target) == "pages":
                page, other = module.rpartition(".")[2], target.rpartition(".")[2]
                if not other.startswith(page + "_"):  # its own parts only, e.g. session → session_layout
                    wrong.append(f"{module} → {target} (another page)")
    assert not wrong, "imports across rooms: " + "; ".join(wrong)


def test_list_columns_are_defined_only_in_the_registry() -> None:
    """Every list's columns come from app/ui/models/columns.py, so a list looks the same wherever it is."""
    registry = APP / "ui" / "models" / "columns.py"
    elsewhere = [f"{path.relative_to(ROOT)}:{node.lineno}" for path in sorted((APP / "ui").rglob("*.py"))
                 if path != registry
                 for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
                 if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "Field"]
    assert not elsewhere, f"columns defined outside the registry: {elsewhere}"


# What decides a file location: Qt's standard paths, the home folder, the temp folder, XDG variables that
# name a place (XDG_CONFIG_HOME, XDG_RUNTIME_DIR, XDG_DATA_DIRS…; not XDG_SESSION_ID, which names a login session).
LOCATION_CALLS = ("QStandardPaths", "home", "expanduser", "gettempdir", "mkdtemp", "TemporaryDirectory", "XDG_")
XDG_PLACES = ("_HOME", "_DIR", "_DIRS")


def test_file_locations_are_decided_only_in_app_paths() -> None:
    found = []
    for path in sorted(APP.rglob("*.py")):
        if path == APP / "paths.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            name = (node.id if isinstance(node, ast.Name) else node.attr if isinstance(node, ast.Attribute)
                    else node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else "")
            if name in LOCATION_CALLS[:-1] or (name.startswith(LOCATION_CALLS[-1]) and name.endswith(XDG_PLACES)):
                found.append(f"{path.relative_to(ROOT)}:{getattr(node, 'lineno', '?')} {name}")
    assert not found, f"ask app/paths.py instead: {found}"
