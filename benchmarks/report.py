"""The table every benchmark prints, and its verdict against the issues' floors."""

from __future__ import annotations

Result = tuple[str, float, "float | None"]  # what, milliseconds, floor in ms (None: no floor)


def report(results: list[Result], heading: str = "median ms") -> int:
    """Print the results; return 1 when any floor is missed, else 0 (the script's exit code)."""
    width = max(len(name) for name, _, _ in results)
    print(f"{'measure':<{width}}  {heading:>9}   floor ms")
    failed = False
    for name, ms, floor in results:
        verdict = "" if floor is None else ("ok" if ms < floor else "OVER")
        failed |= verdict == "OVER"
        print(f"{name:<{width}}  {ms:9.1f}  {floor if floor else '':>9}  {verdict}")
    return 1 if failed else 0
