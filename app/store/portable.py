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
"""

from __future__ import annotations

import json
from typing import Any

from .encrypted import EncryptedStore, Row
from .errors import InvalidData, JournalError
from .schema import Schema
from .tables import Table

FORMAT_VERSION = 1
_HEADER = ("format", "format_version")


def export_data(journal: EncryptedStore) -> dict[str, Any]:
    """The whole journal as plain JSON-ready data."""
    data: dict[str, Any] = {"format": journal.schema.format, "format_version": FORMAT_VERSION}
    for tbl in journal.schema.tables:
        if tbl.singleton:
            single = journal.get(tbl.name, 1) or {}
            data[tbl.key] = {name: single.get(name) for name in tbl.column_names if name != "id"}
        else:
            data[tbl.key] = sorted(journal.rows(tbl.name), key=lambda r: r["id"])
    return data


def dumps(data: dict[str, Any]) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def loads(text: str | bytes, schemas: tuple[Schema, ...]) -> tuple[Schema, dict[str, Any]]:
    """Parse, recognise the kind among ``schemas`` and validate; raise InvalidData naming the first problem."""
    try:
        data = json.loads(text)
    except UnicodeDecodeError:
        raise InvalidData("The file is not UTF-8 text, so it is not a tandem journal export.") from None
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
            out[col.name] = col.check(row[col.name])
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
