"""Benchmark the one-pager: from an open journal to the PDF bytes.

    .venv/bin/python benchmarks/bench_onepager.py

Floor from issue 5: a full one-pager under 1 s on this machine. "Full" here:
a sample tandem of 12 sessions, 12 shared learnings, quick wins, three goals
with evaluations, topics and recommendations, de and en.

Floor from issue 16: the full tandem of the golden pages (60 learnings, 12 quick wins,
6 goals over 4 check-ins; tests/unit/export/onepager_pages.py) laid out and written as
PDF with its font subsets in at most 200 ms warm (the median after one run that loads
the fonts), A4 and Letter, de and en.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app import sample  # noqa: E402
from app.core.clock import SystemClock  # noqa: E402
from app.core.onepager import preselected  # noqa: E402
from app.export.onepager import Options, render  # noqa: E402
from app.store import Journal  # noqa: E402
from benchmarks.report import report  # noqa: E402
from tests.unit.export.onepager_pages import full  # noqa: E402

FULL_FLOOR_MS = 200


def full_tandem() -> list[tuple[str, float, float | None]]:
    """The full tandem, content given: layout (trying sizes, then '… and N more') + font subsets + PDF."""
    results: list[tuple[str, float, float | None]] = []
    for lang in ("de", "en"):
        content = full(lang)
        for paper in ("a4", "letter"):
            render(content, Options(lang=lang, paper=paper))  # warm: fonts loaded, caches filled
            times, cpu = [], []
            for _ in range(9):
                start, start_cpu = time.perf_counter(), time.process_time()
                render(content, Options(lang=lang, paper=paper))
                times.append((time.perf_counter() - start) * 1000)
                cpu.append((time.process_time() - start_cpu) * 1000)
            results.append((f"full tandem one-pager ({lang}, {paper}), warm, incl. font subsets",
                            statistics.median(times), FULL_FLOOR_MS))
            # CPU time of this process: what the machine's other work does not add to
            results.append(("  the same, CPU time", statistics.median(cpu), None))
    return results


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        with Journal.create(Path(tmp) / "s.tandem", "bench") as journal:
            sample.fill(journal, sessions=12, items_per_session=5, seed=3)
            journal.update_tandem(recommendations="- Kurze Feedback-Runden\n- Themenpool vor dem Start sammeln")
            results = []
            for lang in ("de", "en"):
                times = []
                for _ in range(7):
                    start = time.perf_counter()
                    content = preselected(journal, SystemClock())
                    content.learnings = content.learnings[:12]
                    render(content, Options(lang=lang))
                    times.append((time.perf_counter() - start) * 1000)
                results.append((f"one-pager ({lang}): read selection + lay out + PDF", statistics.median(times), 1000))
                results.append((f"one-pager ({lang}): first run in the process", times[0], None))
    return report(results + full_tandem())


if __name__ == "__main__":
    sys.exit(main())
