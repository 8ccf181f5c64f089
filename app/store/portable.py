"""The portable JSON format: a whole journal (tandem or private) as one documented file.

Layout (documented in ``docs/portable-format.md``)::

    {"format": "tandem-journal", "format_version": 1,
     "tandem": {...one object...},
     "people": [...], "rules": [...], "goals": [...], ... one list per table}

The format name says the kind ("tandem-journal", "tandem-journal-private");
field names, kinds and allowed values come from that kind's Schema. Rows keep
their ids, so an export imported into a new journal exports to the same
bytes. The export is deterministic: no timestamps of its own.

Validation is strict and names the exact place of a problem
("sessions[3].duration_minutes: expected a whole number ..."), because a
file from another laptop or a hand edit must never half-import.

A file is bounded before it is parsed (issue 15.3): its size (``MAX_FILE_BYTES``), how deeply
it nests (``MAX_DEPTH``; the format itself needs three levels) and how long one string may be
(``MAX_STRING_TOKEN``), so a hostile or broken file ends in one calm ``InvalidData`` and never
in a RecursionError or an exhausted memory.

A damaged journal exports what can still be read, marked as a rescue copy with a top-level
``"rescue"`` object (issue 15.6); a sound one never has that field.
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path
from typing import Any

from .encrypted import EncryptedStore, Row
from .errors import InvalidData, JournalError
from .schema import Schema
from .tables import LIMITS, Table

FORMAT_VERSION = 1
_HEADER = ("format", "format_version", "rescue")

# An import takes what any export writes: texts saved before today's limits (issue 15.7) may be longer
# than a field accepts when typed, so an import accepts the longest limit (a session's notes) in every field.
IMPORT_MAX_CHARS = LIMITS["notes"]
# The largest file an import reads (a busy tandem's export is a few MB): room for ten texts of the longest
# kind, every character an emoji (4 bytes in UTF-8). Bounds what a mistakenly chosen file costs in memory.
MAX_FILE_BYTES = 10 * 4 * LIMITS["notes"]
MAX_DEPTH = 8  # object → list → row → value is all the format needs
MAX_STRING_TOKEN = 6 * LIMITS["notes"] + 2  # the longest text, every character escaped as \uXXXX, quoted
# A string token, closed or not (an unclosed one runs to the end of the text, a lone last backslash
# included), or a bracket. The two string alternatives never overlap, so one scan of the text is linear;
# a pattern that had to find the closing quote rescanned to the end from every later quote (quadratic).
_TOKEN = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*(?:"|\\?\Z)|[\[\]{}]', re.S)


def export_data(journal: EncryptedStore, passphrase: str | None = None) -> dict[str, Any]:
    """The whole journal as plain JSON-ready data.

    A damaged journal (its integrity check reports problems, or a list cannot be read) gives what can
    still be read, with a ``"rescue"`` object saying so: how many problems were found and which lists
    may miss entries. SQLCipher refuses every page it has not read yet once one page fails its check,
    so each list is read before the check; with the ``passphrase``, a list that hit the damage is read
    again on fresh connections past the damaged page, which rescues far more (the CLI has it; the
    window does not keep it). ``is_rescue`` tells the caller.
    """
    try:
        with journal.snapshot():  # every list as of one moment: a save in between would dangle a reference
            read = _read_lists(journal)
    except JournalError:  # a journal too damaged to begin a transaction: the rescue reads what it can
        read = _read_lists(journal)
    problems = journal.integrity_problems() or (["a list could not be read"] if None in read.values() else [])
    data: dict[str, Any] = {"format": journal.schema.format, "format_version": FORMAT_VERSION}
    if problems:
        data["rescue"] = {"damaged": True, "problems": len(problems), "incomplete": []}
    for tbl in journal.schema.tables:
        rows = read[tbl.name]
        if rows is None:
            rows, incomplete = journal.readable_rows(tbl.name, passphrase)
            if incomplete:
                data["rescue"]["incomplete"].append(tbl.key)
        if tbl.singleton:
            single = next((r for r in rows if r["id"] == 1), {})
            data[tbl.key] = {name: single.get(name) for name in tbl.column_names if name != "id"}
        else:
            data[tbl.key] = sorted(rows, key=lambda r: r["id"])
    return data


def _read_lists(journal: EncryptedStore) -> dict[str, list[Row] | None]:
    read: dict[str, list[Row] | None] = {}
    for tbl in journal.schema.tables:
        try:
            read[tbl.name] = journal.rows(tbl.name)
        except JournalError:
            read[tbl.name] = None
    return read


def is_rescue(data: dict[str, Any]) -> bool:
    """Whether ``data`` (exported or loaded) is a rescue copy of a damaged journal."""
    return isinstance(data.get("rescue"), dict)


def read_file(path: Path) -> bytes:
    """The bytes of an export to import, refused before reading when larger than any export can be."""
    try:
        size = os.stat(path).st_size
        if size > MAX_FILE_BYTES:
            raise InvalidData(_too_large(size))
        return Path(path).read_bytes()
    except OSError as exc:
        raise InvalidData(f"Cannot read {path}: {exc.strerror or exc}.") from None


def _too_large(size: int) -> str:
    return (f"The file is larger than any Tandem Journal export this version imports ({size / 1e6:,.1f} MB; "
            f"at most {MAX_FILE_BYTES / 1e6:,.0f} MB).")


def _check_shape(text: str) -> None:
    """Refuse text nested deeper than ``MAX_DEPTH`` or with a string longer than ``MAX_STRING_TOKEN``,
    before the parser (which recurses once per level) sees it."""
    depth = 0
    for match in _TOKEN.finditer(text):
        token = match.group()
        if token[0] == '"':
            if len(token) > MAX_STRING_TOKEN:
                raise InvalidData(f"The file has a text longer than any field accepts (line {_line(text, match)}); "
                                  "it is not a Tandem Journal export.")
        elif token in "[{":
            depth += 1
            if depth > MAX_DEPTH:
                raise InvalidData(f"The file is nested more than {MAX_DEPTH} levels deep (line {_line(text, match)}); "
                                  "it is not a Tandem Journal export.")
        else:
            depth -= 1


def _line(text: str, match: re.Match[str]) -> int:
    return text.count("\n", 0, match.start()) + 1


def dumps(data: dict[str, Any]) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def loads(text: str | bytes, schemas: tuple[Schema, ...]) -> tuple[Schema, dict[str, Any]]:
    """Parse, recognise the kind among ``schemas`` and validate; raise InvalidData naming the first problem."""
    if len(text) > MAX_FILE_BYTES:
        raise InvalidData(_too_large(len(text.encode("utf-8")) if isinstance(text, str) else len(text)))
    try:
        if isinstance(text, bytes):
            text = text.decode(json.detect_encoding(text))
        _check_shape(text)
        data = json.loads(text)
    except UnicodeDecodeError:
        raise InvalidData("The file is not UTF-8 text, so it is not a tandem journal export.") from None
    except RecursionError:  # cannot happen below MAX_DEPTH; kept as the last line of defence
        raise InvalidData("The file is nested too deeply; it is not a Tandem Journal export.") from None
    except json.JSONDecodeError as exc:
        raise InvalidData(f"The file is not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg}).") from None
    fmt = data.get("format") if isinstance(data, dict) else None
    schema = next((s for s in schemas if s.format == fmt), None)
    if schema is None:
        raise InvalidData('The file is not a Tandem Journal export (its "format" is not one this app writes).')
    validate(data, schema)
    return schema, data


def _check_row(tbl: Table, where: str, row: Any, *, needs_id: bool) -> Row:
    if not isinstance(row, dict):
        raise InvalidData(f"{where}: expected an object, got {type(row).__name__}.")
    unknown = sorted(set(row) - set(tbl.column_names) - ({"id"} if needs_id else set()))
    if unknown or (not needs_id and "id" in row):
        raise InvalidData(f"{where}: unknown field {(unknown or ['id'])[0]!r}.")
    out: Row = {}
    for col in tbl.columns:
        if col.name == "id" and not needs_id:
            continue
        if col.name not in row:
            if col.name == "id" or (col.default is None and not col.nullable):
                raise InvalidData(f"{where}: the field {col.name!r} is missing.")
            out[col.name] = col.default
            continue
        try:
            out[col.name] = col.check(row[col.name], max_chars=max(col.max_chars, IMPORT_MAX_CHARS))
        except ValueError as exc:
            raise InvalidData(f"{where}.{col.name}: {exc}.") from None
        if col.name == "id" and out["id"] < 1:
            raise InvalidData(f"{where}.id: expected a positive whole number.")
    return out


def validate(data: Any, schema: Schema) -> dict[str, list[Row]]:
    """Check a parsed export completely; return the rows per table, defaults filled in."""
    if not isinstance(data, dict):
        raise InvalidData(f"The file does not hold a {schema.label} export (expected a JSON object).")
    if data.get("format") != schema.format:
        raise InvalidData(f'The file is not a {schema.label} export (its "format" is not "{schema.format}").')
    version = data.get("format_version")
    if isinstance(version, bool) or not isinstance(version, int):
        raise InvalidData('"format_version" must be a whole number.')
    if version > FORMAT_VERSION:
        raise InvalidData(
            f"The export is in format version {version}, made by a newer version of Tandem Journal; "
            f"this version reads up to {FORMAT_VERSION}."
        )
    known = set(_HEADER) | {t.key for t in schema.tables}
    unknown = sorted(set(data) - known)
    if unknown:
        raise InvalidData(f"Unknown section {unknown[0]!r} in the export.")
    if "rescue" in data and not isinstance(data["rescue"], dict):
        raise InvalidData('"rescue": expected an object.')
    result: dict[str, list[Row]] = {}
    ids: dict[str, set[int]] = {}
    for tbl in schema.tables:
        raw = data.get(tbl.key)
        if tbl.singleton:
            if raw is None:
                raise InvalidData(f'The section "{tbl.key}" is missing.')
            row = _check_row(tbl, tbl.key, raw, needs_id=False)
            row["id"] = 1
            result[tbl.name] = [row]
            continue
        if raw is None:
            raw = []
        if not isinstance(raw, list):
            raise InvalidData(f'"{tbl.key}": expected a list.')
        rows = []
        seen: set[int] = set()
        for index, item in enumerate(raw):
            row = _check_row(tbl, f"{tbl.key}[{index}]", item, needs_id=True)
            if row["id"] in seen:
                raise InvalidData(f"{tbl.key}[{index}].id: the id {row['id']} is used twice.")
            seen.add(row["id"])
            rows.append(row)
        result[tbl.name] = rows
        ids[tbl.name] = seen
    _check_references(schema, result, ids)
    return result


def _check_references(schema: Schema, result: dict[str, list[Row]], ids: dict[str, set[int]]) -> None:
    by_name = {t.name: t for t in schema.tables}
    for tbl in schema.tables:
        for index, row in enumerate(result[tbl.name]):
            for col in tbl.columns:
                if col.kind == "ref" and row[col.name] is not None and row[col.name] not in ids[col.ref or ""]:
                    raise InvalidData(
                        f"{tbl.key}[{index}].{col.name}: there is no {by_name[col.ref or ''].key} "
                        f"entry with id {row[col.name]}."
                    )
    for table_name, fields, message in schema.unique_together:
        values = [tuple(r[f] for f in fields) for r in result[table_name]]
        if len(values) != len(set(values)):
            raise InvalidData(f"{schema.table(table_name).key}: {message}.")


def import_data(journal: EncryptedStore, data: dict[str, Any]) -> dict[str, int]:
    """Read a validated export into an empty journal of its kind, all or nothing; return the counts."""
    rows = validate(data, journal.schema)
    if not journal.is_empty():
        raise JournalError(
            f"{journal.path.name} already has content. Import into a new file instead; nothing was changed."
        )
    with journal.transaction() as conn:
        conn.execute("PRAGMA defer_foreign_keys = ON")  # rows may refer forward (carried agenda items)
        for tbl in journal.schema.tables:
            journal.bulk_insert(tbl.name, rows[tbl.name])
    return journal.counts()
