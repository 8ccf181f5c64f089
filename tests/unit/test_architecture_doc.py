"""docs/architecture.md cannot drift from the code: every path it names in backticks exists,
and in its table "To change …, go to …" every `symbol` that follows a `path` occurs in that
file (as a whole word)."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DOC = ROOT / "docs" / "architecture.md"
TABLE_HEADING = "## To change …, go to …"
PATH = re.compile(r"^[\w.*-]+(/[\w.*-]*)+$")  # has a slash, no spaces: app/core/x.py, tests/unit/
SYMBOL = re.compile(r"^[A-Za-z_]\w*$")


def _prose(text: str) -> str:
    """The page without its fenced code blocks (the diagram)."""
    return re.sub(r"^```.*?^```", "", text, flags=re.S | re.M)


def _files(path: str) -> list[Path]:
    return sorted(ROOT.glob(path.rstrip("/"))) if "*" in path else [ROOT / path] if (ROOT / path).exists() else []


def _table_rows(text: str) -> list[tuple[str, str]]:
    """(what to change, where to go) for each row of the table under TABLE_HEADING."""
    section = text.split(TABLE_HEADING, 1)[1].split("\n## ", 1)[0]
    rows = []
    for line in section.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if line.startswith("|") and len(cells) == 2 and not set(cells[1]) <= {"-"} and cells[1] != "go to":
            rows.append((cells[0], cells[1]))
    return rows


def test_every_path_named_on_the_page_exists() -> None:
    tokens = re.findall(r"`([^`]+)`", _prose(DOC.read_text(encoding="utf-8")))
    missing = sorted({t for t in tokens if PATH.match(t) and not _files(t)})
    assert not missing, f"docs/architecture.md names paths that do not exist: {missing}"


def _problems(text: str) -> list[str]:
    """What in the table does not match the code: missing files, symbols not in their file."""
    problems = []
    for what, where in _table_rows(text):
        tokens = re.findall(r"`([^`]+)`", where)
        if not tokens or not PATH.match(tokens[0]):
            problems.append(f"{what!r}: the row must start with a `path`")
        files: list[Path] = []
        for token in tokens:
            if PATH.match(token):
                files = _files(token)
                if not files:
                    problems.append(f"{what!r}: no file {token}")
            elif SYMBOL.match(token):
                word = re.compile(rf"\b{re.escape(token)}\b")
                if files and not any(word.search(f.read_text(encoding="utf-8")) for f in files if f.is_file()):
                    problems.append(f"{what!r}: {token} not in {', '.join(str(f.relative_to(ROOT)) for f in files)}")
            else:
                problems.append(f"{what!r}: {token!r} is neither a `path` nor a `symbol`")
    return problems


def test_every_symbol_in_the_table_is_in_its_file() -> None:
    text = DOC.read_text(encoding="utf-8")
    rows = _table_rows(text)
    assert len(rows) >= 20, f"the table has only {len(rows)} rows"
    problems = _problems(text)
    assert not problems, "docs/architecture.md is out of step with the code:\n" + "\n".join(problems)


def test_the_check_fails_on_a_wrong_row() -> None:
    """The guard can fail: a renamed symbol, a moved file and a stray token are all reported."""
    page = (f"{TABLE_HEADING}\n\n| To change … | go to |\n|---|---|\n"
            "| a | `app/core/schedule.py` `due` `no_such_function` |\n"
            "| b | `app/core/gone.py` `due` |\n"
            "| c | `app/core/schedule.py` `python -m x` |\n")
    assert _problems(page) == ["'a': no_such_function not in app/core/schedule.py", "'b': no file app/core/gone.py",
                               "'c': 'python -m x' is neither a `path` nor a `symbol`"]
