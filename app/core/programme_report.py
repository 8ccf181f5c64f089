"""What a tandem shares with its programme, and what a programme view makes of many such reports.

A programme report holds numbers and what the two chose to share, never what was said: no notes,
agenda, reflections or feedback texts, and no names unless ticked. ``fields`` decides which keys
a report has (the share preview lists exactly these); ``build`` reads them from the journal;
``write`` writes atomically and reads the file back. ``load_many`` reads any number of report
files, leaving out (with a reason) what is malformed, newer, duplicated or not a report, and
``summarise`` computes the programme view's figures. The format: docs/programme-report.md.
"""

from __future__ import annotations

import datetime as _dt
import json
import uuid
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.store import Journal

from .clock import Clock, stamp
from .schedule import after_rhythm

FORMAT = "tandem-programme-report"
VERSION = 1
SUFFIX = ".tandem-report.json"
MAX_BYTES = 1_000_000
GRACE_DAYS = 3  # a session counts as in rhythm up to three days after one step of the rhythm
FEW = 3  # figures about fewer tandems than this are shown as counts only
GIVERS = ("mentee", "mentor")


@dataclass(frozen=True)
class Choices:
    """The optional parts the two tick in the preview."""

    goal_texts: bool = False
    own_topics: bool = False
    names: bool = False


BASE_FIELDS = (
    "format", "format_version", "tandem", "written_on", "period_from", "period_to", "last_session_on",
    "completed", "sessions_held", "rhythm", "rhythm_intervals", "rhythm_kept", "learnings_mentee",
    "learnings_mentor", "learnings_both", "learnings_unsaid", "goals", "mean_session_rating",
    "pool_topics_covered", "own_topics_covered", "quick_wins", "closing_answers",
)


def fields(choices: Choices) -> tuple[str, ...]:
    """The report's keys, in order, for these choices ("goal_titles", "own_topics", "names" only if ticked)."""
    extra = (("goal_titles",) if choices.goal_texts else ()) + (("own_topics",) if choices.own_topics else ()) \
        + (("names",) if choices.names else ())
    return BASE_FIELDS + extra


def rhythm_kept(dates: list[_dt.date], rhythm: str | None) -> tuple[int, int]:
    """(intervals, kept): of the gaps between consecutive sessions, how many were at most one step
    of the rhythm plus GRACE_DAYS."""
    ordered = sorted(dates)
    pairs = list(zip(ordered, ordered[1:]))
    kept = sum(1 for a, b in pairs
               if b <= after_rhythm(_dt.datetime.combine(a, _dt.time()), rhythm).date()
               + _dt.timedelta(days=GRACE_DAYS))
    return len(pairs), kept


def report_key(journal: Journal) -> str:
    """The tandem's random report key, made on the first report (allowed in a completed tandem too)."""
    key = str(journal.tandem()["report_key"])
    if not key:
        key = uuid.uuid4().hex
        journal.update_tandem(report_key=key)
    return key


def build(journal: Journal, clock: Clock, choices: Choices) -> dict[str, Any]:
    """The report for this tandem as of the clock's today."""
    now = clock.now()
    tandem = journal.tandem()
    held = sorted(s for s in journal.session_starts().values() if s <= stamp(now))
    dates = [_dt.date.fromisoformat(s[:10]) for s in held]
    completed = tandem["state"] == "completed"
    intervals, kept = rhythm_kept(dates, tandem["rhythm"])
    learners = Counter(row["learner"] for row in journal.rows("learning"))
    ratings = journal.session_ratings()
    first: dict[int, int] = {}
    last: dict[int, int] = {}
    for evaluation in journal.evaluations():  # oldest first
        for goal_id, rating in evaluation.ratings.items():
            first.setdefault(goal_id, rating)
            last[goal_id] = rating
    goals = journal.rows("goal")
    coverage = journal.topic_coverage()
    covered = [t for t in journal.rows("topic") if t["id"] in coverage or t["state"] == "done"]
    answers = journal.closing_answers()
    period_from = tandem["started_on"] or (dates[0].isoformat() if dates else None)
    period_to = (tandem["closing_held_on"] if completed and tandem["closing_held_on"]
                 else (dates[-1].isoformat() if dates else None))
    report: dict[str, Any] = {
        "format": FORMAT,
        "format_version": VERSION,
        "tandem": report_key(journal),
        "written_on": now.date().isoformat(),
        "period_from": period_from,
        "period_to": period_to,
        "last_session_on": dates[-1].isoformat() if dates else None,
        "completed": completed,
        "sessions_held": len(held),
        "rhythm": tandem["rhythm"],
        "rhythm_intervals": intervals,
        "rhythm_kept": kept,
        "learnings_mentee": learners["mentee"],
        "learnings_mentor": learners["mentor"],
        "learnings_both": learners["both"],
        "learnings_unsaid": learners[None],
        "goals": [{"state": g["state"], "first": first.get(g["id"]), "last": last.get(g["id"])} for g in goals],
        "mean_session_rating": round(sum(ratings) / len(ratings), 2) if ratings else None,
        "pool_topics_covered": [t["title"] for t in covered if t["origin"] == "pool"],
        "own_topics_covered": sum(1 for t in covered if t["origin"] == "own"),
        "quick_wins": [row["text"] for row in journal.rows("learning") if row["quick_win"] and row["share"]],
        "closing_answers": {giver: _answer(answers.get(giver)) for giver in GIVERS},
    }
    if choices.goal_texts:
        report["goal_titles"] = [g["title"] for g in goals]
    if choices.own_topics:
        report["own_topics"] = [t["title"] for t in covered if t["origin"] == "own"]
    if choices.names:
        people = journal.people()
        report["names"] = {role: people[role]["display_name"] if role in people else "" for role in GIVERS}
    assert tuple(report) == fields(choices)
    return report


def _answer(row: dict[str, Any] | None) -> dict[str, Any]:
    row = row or {}
    return {"value": row.get("value"), "again": row.get("again"), "recommend": row.get("recommend"),
            "line": row.get("line", "")}


def dumps(report: dict[str, Any]) -> bytes:
    return (json.dumps(report, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def write(path: Path, report: dict[str, Any]) -> None:
    """Write as the window's other files are (``journal_care.write_file``: never over a journal open here, the
    folder checked, atomically and owner-only), then read the file back: raise ReportProblem unless it is what was
    meant."""
    from .journal_care import write_file  # here: journal_care is not needed to read reports

    write_file(path, None, dumps(report), overwrite=True)
    if load(path) != report:
        raise ReportProblem("the file did not read back as written")


# ------------------------------------------------------------------ reading reports

class ReportProblem(ValueError):
    """Why a file is left out of the programme view (a plain reason)."""


NOT_A_REPORT = "not a programme report"
NEWER = "written by a newer version of Tandem Journal"
MALFORMED = "damaged or incomplete"


def _check(cond: bool, what: str) -> None:
    if not cond:
        raise ReportProblem(f"{MALFORMED}: {what}")


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value >= 0


def _is_rating(value: Any) -> bool:
    return value is None or (_is_int(value) and 1 <= value <= 5)


def _is_date(value: Any, nullable: bool = True) -> bool:
    if value is None:
        return nullable
    try:
        _dt.date.fromisoformat(value)
    except (TypeError, ValueError):
        return False
    return len(value) == 10


def _texts(value: Any) -> bool:
    return isinstance(value, list) and all(isinstance(v, str) for v in value)


def validate(data: Any) -> dict[str, Any]:
    """``data`` if it is a report this version reads; else ReportProblem with the reason."""
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ReportProblem(NOT_A_REPORT)
    version = data.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise ReportProblem(f"{MALFORMED}: format_version")
    if version > VERSION:
        raise ReportProblem(NEWER)
    for key in BASE_FIELDS:
        _check(key in data, key)
    _check(isinstance(data["tandem"], str) and 8 <= len(data["tandem"]) <= 64, "tandem")
    _check(_is_date(data["written_on"], nullable=False), "written_on")
    for key in ("period_from", "period_to", "last_session_on"):
        _check(_is_date(data[key]), key)
    _check(isinstance(data["completed"], bool), "completed")
    for key in ("sessions_held", "rhythm_intervals", "rhythm_kept", "learnings_mentee", "learnings_mentor",
                "learnings_both", "learnings_unsaid", "own_topics_covered"):
        _check(_is_int(data[key]), key)
    _check(data["rhythm_kept"] <= data["rhythm_intervals"], "rhythm_kept")
    _check(data["rhythm"] in (None, "weekly", "biweekly", "monthly", "other"), "rhythm")
    goals = data["goals"]
    _check(isinstance(goals, list) and all(
        isinstance(g, dict) and _is_rating(g.get("first")) and _is_rating(g.get("last"))
        and g.get("state") in ("open", "reached", "dropped") for g in goals), "goals")
    rating = data["mean_session_rating"]
    _check(rating is None or (isinstance(rating, (int, float)) and not isinstance(rating, bool)
                              and 1 <= rating <= 5), "mean_session_rating")
    for key in ("pool_topics_covered", "quick_wins"):
        _check(_texts(data[key]), key)
    answers = data["closing_answers"]
    _check(isinstance(answers, dict) and set(answers) == set(GIVERS), "closing_answers")
    for answer in answers.values():
        _check(isinstance(answer, dict) and _is_rating(answer.get("value"))
               and answer.get("again") in (None, True, False) and answer.get("recommend") in (None, True, False)
               and isinstance(answer.get("line"), str), "closing_answers")
    if "goal_titles" in data:
        _check(_texts(data["goal_titles"]) and len(data["goal_titles"]) == len(goals), "goal_titles")
    if "own_topics" in data:
        _check(_texts(data["own_topics"]), "own_topics")
    if "names" in data:
        _check(isinstance(data["names"], dict) and all(isinstance(data["names"].get(g), str) for g in GIVERS),
               "names")
    return data


def load(path: Path) -> dict[str, Any]:
    try:
        if path.stat().st_size > MAX_BYTES:
            raise ReportProblem(NOT_A_REPORT)
        raw = path.read_bytes()
    except OSError as exc:
        raise ReportProblem(f"could not be read ({exc.strerror or exc})") from None
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError):
        raise ReportProblem(NOT_A_REPORT) from None
    return validate(data)


@dataclass
class Loaded:
    reports: list[tuple[Path, dict[str, Any]]] = field(default_factory=list)
    left_out: list[tuple[Path, str]] = field(default_factory=list)  # (file, reason)
    replaced: list[tuple[Path, Path]] = field(default_factory=list)  # (older file left out, newer file shown)


def report_files(folder: Path) -> list[Path]:
    """The files in ``folder`` the programme view opens (every .json file, sorted)."""
    return sorted(p for p in folder.iterdir() if p.is_file() and p.suffix.lower() == ".json")


def load_many(paths: list[Path]) -> Loaded:
    """Read every file; of two reports of the same tandem the newer (written later) wins."""
    loaded = Loaded()
    by_key: dict[str, tuple[Path, dict[str, Any]]] = {}
    for path in paths:
        try:
            report = load(path)
        except ReportProblem as exc:
            loaded.left_out.append((path, str(exc)))
            continue
        key = report["tandem"]
        if key in by_key:
            old_path, old = by_key[key]
            newer = (report["written_on"], report["sessions_held"]) >= (old["written_on"], old["sessions_held"])
            kept, dropped = ((path, report), old_path) if newer else ((old_path, old), path)
            loaded.replaced.append((dropped, kept[0]))
            by_key[key] = kept
        else:
            by_key[key] = (path, report)
    loaded.reports = list(by_key.values())
    return loaded


# ------------------------------------------------------------------ the programme's figures

ACTIVE, OVERDUE, COMPLETED = "active", "overdue", "completed"


def state(report: dict[str, Any], today: _dt.date) -> str:
    """Completed; overdue when more than two steps of the rhythm passed since the last session
    (or the start, or the report, when none was held); else active."""
    if report["completed"]:
        return COMPLETED
    since = report["last_session_on"] or report["period_from"] or report["written_on"]
    start = _dt.datetime.combine(_dt.date.fromisoformat(since), _dt.time())
    limit = after_rhythm(after_rhythm(start, report["rhythm"]), report["rhythm"]).date()
    return OVERDUE if today > limit else ACTIVE


def goal_change(report: dict[str, Any]) -> float | None:
    """The mean change (last minus first rating) over the goals rated at least once; None if none."""
    changes = [g["last"] - g["first"] for g in report["goals"] if g["first"] is not None and g["last"] is not None]
    return round(sum(changes) / len(changes), 2) if changes else None


def label(report: dict[str, Any]) -> str:
    names = report.get("names")
    if names and any(names.values()):
        return " & ".join(n for n in (names["mentee"], names["mentor"]) if n)
    return str(report["tandem"])[:6]


@dataclass(frozen=True)
class Row:
    label: str
    state: str
    sessions: int
    intervals: int
    kept: int
    goal_change: float | None
    mean_rating: float | None
    period_from: str | None
    period_to: str | None


@dataclass(frozen=True)
class Share:
    """A count of ``of`` answers, as a per cent only when they come from at least FEW tandems."""

    count: int
    of: int
    tandems: int

    @property
    def percent(self) -> int | None:
        return round(100 * self.count / self.of) if self.tandems >= FEW and self.of else None


@dataclass(frozen=True)
class Programme:
    rows: list[Row]
    states: dict[str, int]
    sessions_mean: float | None  # only over FEW or more tandems
    kept_percent: int | None  # of all intervals, only over FEW or more tandems with intervals
    goal_change_mean: float | None  # only over FEW or more tandems with a change
    answered: int  # tandems with at least one closing answer
    values: dict[int, Share]  # how valuable, 1-5: answers (each partner one)
    again: dict[bool, Share]
    recommend: dict[bool, Share]
    topics: list[tuple[str, int]]  # pool topic, tandems that covered it; most first
    quick_wins: list[tuple[str, str]]  # (tandem, text)


def summarise(reports: list[dict[str, Any]], today: _dt.date) -> Programme:
    rows = [Row(label(r), state(r, today), r["sessions_held"], r["rhythm_intervals"], r["rhythm_kept"],
                goal_change(r), r["mean_session_rating"], r["period_from"], r["period_to"]) for r in reports]
    rows.sort(key=lambda row: ({OVERDUE: 0, ACTIVE: 1, COMPLETED: 2}[row.state], row.label))
    states = {s: sum(1 for row in rows if row.state == s) for s in (ACTIVE, OVERDUE, COMPLETED)}
    with_intervals = [r for r in reports if r["rhythm_intervals"]]
    changes = [c for c in (goal_change(r) for r in reports) if c is not None]
    answered_reports = [r for r in reports if any(a["value"] is not None or a["again"] is not None
                                                  or a["recommend"] is not None for a in r["closing_answers"].values())]
    answers = [a for r in answered_reports for a in r["closing_answers"].values()]
    n = len(answered_reports)
    topic_count = Counter(t for r in reports for t in set(r["pool_topics_covered"]))
    return Programme(
        rows=rows,
        states=states,
        sessions_mean=round(sum(r["sessions_held"] for r in reports) / len(reports), 1) if len(reports) >= FEW else None,
        kept_percent=(round(100 * sum(r["rhythm_kept"] for r in with_intervals)
                            / sum(r["rhythm_intervals"] for r in with_intervals))
                      if len(with_intervals) >= FEW else None),
        goal_change_mean=round(sum(changes) / len(changes), 2) if len(changes) >= FEW else None,
        answered=n,
        values={v: Share(sum(1 for a in answers if a["value"] == v), _given(answers, "value"), n)
                for v in range(1, 6)},
        again={b: Share(sum(1 for a in answers if a["again"] is b), _given(answers, "again"), n)
               for b in (True, False)},
        recommend={b: Share(sum(1 for a in answers if a["recommend"] is b), _given(answers, "recommend"), n)
                   for b in (True, False)},
        topics=sorted(topic_count.items(), key=lambda item: (-item[1], item[0].casefold()))[:10],
        quick_wins=[(label(r), text) for r in reports for text in r["quick_wins"]],
    )


def _given(answers: list[dict[str, Any]], key: str) -> int:
    return sum(1 for a in answers if a[key] is not None)
