"""Benchmark the store on a large journal: unlock, overview data, search, export, import.

    .venv/bin/python benchmarks/bench_store.py [--sessions 1000] [--repeat 7]

Builds a journal of about 1,000 sessions and 50,000 notes, learnings and items
(German and English text from app.sample) in a temporary folder, then reports
the median of several runs of each operation. Floors from issue 2 (2-core
machine): unlock < 0.5 s, any search < 50 ms, overview data < 100 ms.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app import sample  # noqa: E402
from benchmarks.report import report  # noqa: E402
from app.store import SCHEMAS, Journal, portable  # noqa: E402

PASSPHRASE = "benchmark passphrase"
QUERIES = ["Führung", "fuehrung", "LinkedIn Profil", "Datenschutz", "kanban board", "s", "di", "die", "zzzz-nichts"]


def median_ms(action: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sessions", type=int, default=1000)
    parser.add_argument("--items", type=int, default=16, help="agenda items, learnings and actions per session")
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.tandem"
        start = time.perf_counter()
        with Journal.create(path, PASSPHRASE) as journal:
            sample.fill(journal, sessions=args.sessions, items_per_session=args.items)
            counts = journal.counts()
        build_s = time.perf_counter() - start
        rows = sum(counts.values())
        size_mb = path.stat().st_size / 1e6
        print(f"journal: {counts['sessions']} sessions, {rows} rows in all, {size_mb:.1f} MB "
              f"(built in {build_s:.1f} s)")

        def unlock() -> None:
            Journal.open(path, PASSPHRASE).close()

        results: list[tuple[str, float, float | None]] = []
        results.append(("unlock (key derivation + checks)", median_ms(unlock, args.repeat), 500))
        with Journal.open(path, PASSPHRASE) as journal:
            results.append(("overview data", median_ms(journal.overview, args.repeat), 100))
            for query in QUERIES:
                hits = len(journal.search(query))
                results.append((f"search {query!r} ({hits} hits)",
                                median_ms(lambda q=query: journal.search(q), args.repeat), 50))
            text = ""

            def export() -> None:
                nonlocal text
                text = portable.dumps(portable.export_data(journal))

            export_ms = median_ms(export, 3)
            results.append((f"JSON export ({len(text.encode()) / 1e6:.1f} MB)", export_ms, None))
        _schema, data = portable.loads(text, SCHEMAS)
        target_dir = Path(tmp) / "imports"
        target_dir.mkdir()
        n = 0

        def import_() -> None:
            nonlocal n
            n += 1
            with Journal.create(target_dir / f"i{n}.tandem", PASSPHRASE) as target:
                portable.import_data(target, data)

        results.append(("JSON import into a new journal (incl. create)", median_ms(import_, 3), None))

    return report(results)


if __name__ == "__main__":
    sys.exit(main())
