"""Write docs/portable-format.md from the table specification, so the doc cannot drift.

    .venv/bin/python -m app.store.format_doc > docs/portable-format.md

A test regenerates it and fails when the committed file differs.
"""

from __future__ import annotations

from .journal import TANDEM
from .portable import FORMAT_VERSION, IMPORT_MAX_CHARS, MAX_DEPTH, MAX_FILE_BYTES
from .private import PRIVATE
from .schema import Schema
from .tables import LIMITS, Column

KINDS = {
    "text": "text (UTF-8, no NUL)",
    "int": "whole number ≥ 0",
    "bool": "true / false",
    "date": "date `YYYY-MM-DD`",
    "datetime": "date and time, ISO 8601 (`2026-03-04T10:00`, offset optional)",
    "rating": "whole number 1–5",
}

INTRO = f"""# The portable format (format version {FORMAT_VERSION})

A whole tandem journal as one UTF-8 JSON file: how users move a tandem to another
laptop or leave the app. `tandem-journal-cli export JOURNAL OUT.json` writes it;
`tandem-journal-cli import JOURNAL IN.json` reads it into a new (or empty) journal.

**The export is not encrypted.** It holds everything in the journal in plain text:
keep it as carefully as the journal's passphrase, and delete it when done.

## Guarantees

- **Complete:** every table of the journal, every field.
- **Exact:** export → import → export gives the same bytes. Rows keep their ids.
- **Deterministic:** the same journal always exports to the same bytes (no timestamps of the export itself).
- **Strict:** an import checks the whole file before writing anything. Unknown sections or
  fields, wrong kinds, broken references, duplicate ids and newer format versions are refused
  with a message naming the place, e.g. `sessions[3].duration_minutes: expected a whole number`.
  Nothing is written unless everything is valid.
- **Stable:** a later version of Tandem Journal reads every older format version. A new version
  of the format increases `format_version`; this version refuses files with a higher one.

## Layout

```json
{{
  "format": "{TANDEM.format}",
  "format_version": {FORMAT_VERSION},
  "tandem": {{ ... one object ... }},
  "people": [ {{ "id": 1, ... }}, ... ],
  ... one list per table below ...
}}
```

Lists are ordered by `id`. A missing list means an empty one. In a list, a field marked
*optional* may be left out and takes the default shown; `null` is allowed only where it says so.
References (`→ list`) name the `id` of an entry in that list.

## Limits

The app and the command line accept these longest texts (in characters, Unicode code points) when
text is typed or saved; a longer one is refused with a message naming the field and the limit, and
in the app what was typed stays on screen:

| kind of field | longest text |
|---|---|
| titles and names (goal, topic, tandem, a person's name, place, session goal, one-pager title) | {LIMITS["title"]:,} |
| a learning, an agenda item, an action item, a rule, a line for next time | {LIMITS["learning"]:,} |
| longer texts (concern, expectations, descriptions, feedback, check-in notes, comments) | {LIMITS["text"]:,} |
| a session's shared notes, a private reflection | {LIMITS["notes"]:,} |

An import accepts every text an export holds: a journal saved before these limits existed may
hold longer ones, so an import accepts up to {IMPORT_MAX_CHARS:,} characters in any text field, and
an export always imports again.

An import file may be at most {MAX_FILE_BYTES // 1_000_000} MB and nest at most {MAX_DEPTH} levels deep (the format
needs three). Both are checked, with any over-long string, before the file is parsed, so a
broken or hostile file is refused in one line and nothing is written.

## Rescue copies

A journal that fails its integrity check (a damaged page) is still exported: everything that can
be read, with one more top-level field before the lists, so nobody mistakes the copy for a
complete one:

```json
"rescue": {{"damaged": true, "problems": 1, "incomplete": ["goals"]}}
```

`problems` counts what the check found; `incomplete` names the lists that hit the damage and may
miss entries. A sound journal's export never has this field. A rescue copy imports like any
export (the import checks it just as strictly; an entry that refers to a lost one is refused by
name). Backups of a damaged journal are refused: a copy would carry the damage.
"""


def _kind(col: Column, schema: Schema) -> str:
    if col.name == "id":
        return "whole number ≥ 1, unique in its list"
    if col.kind == "text":
        return f"{KINDS['text']}, at most {col.max_chars:,} characters"
    if col.kind == "enum":
        return "one of " + ", ".join(f"`{c}`" for c in col.choices)
    if col.kind == "ref":
        target = schema.table(col.ref or "").key
        return f"→ `{target}` id"
    return KINDS[col.kind]


def _presence(col: Column) -> str:
    parts = []
    if col.name == "id" or (col.default is None and not col.nullable):
        parts.append("required")
    else:
        default = "null" if col.default is None else (
            str(col.default).lower() if isinstance(col.default, bool) else repr(col.default).replace("'", '"'))
        parts.append(f"optional (default {default})")
    if col.nullable:
        parts.append("may be null")
    return ", ".join(parts)


def _tables(schema: Schema) -> list[str]:
    out = []
    for tbl in schema.tables:
        shape = "object" if tbl.singleton else "list"
        out.append(f"## `{tbl.key}` ({shape})\n\n{tbl.doc}\n")
        out.append("| field | kind | presence | meaning |\n|---|---|---|---|")
        for col in tbl.columns:
            if tbl.singleton and col.name == "id":
                continue
            out.append(f"| `{col.name}` | {_kind(col, schema)} | {_presence(col)} | {col.doc} |")
        out.append("")
    return out


PRIVATE_INTRO = f"""# The private journal (`"format": "{PRIVATE.format}"`)

A person's private journal exports in the same layout, with its own format name and these
sections. Only its author can make this export (it needs the private passphrase); it is
never part of a tandem journal's export or one-pager.
"""


def render() -> str:
    return "\n".join([INTRO, *_tables(TANDEM), PRIVATE_INTRO, *_tables(PRIVATE)])


if __name__ == "__main__":
    print(render(), end="")
