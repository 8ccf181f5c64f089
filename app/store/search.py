"""Full-text search: how text is folded, how queries are built, how snippets are cut.

How far umlaut handling goes (documented in the README):

* Case never matters, and neither do accents (é = e, ş = s, ł = l stays ł).
* German umlauts match both ways people type them when a keyboard lacks
  them: "Führung", "fuehrung" and "fuhrung" all find "Führung"; ß = ss.
* Every word of two or more letters is matched as a prefix, so "Führ" finds
  "Führungskräfte". A single letter matches only a one-letter word: as a
  prefix it would match half the journal and cost the ranking its speed.
* All words must occur (AND); there are no operators to learn.

The FTS5 index is contentless: it holds folded tokens only, and snippets
are cut from the original text in Python, so a hit shows "Führung", not
"fuehrung".
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

# Search kinds: code stored in the index rowid (row id * 16 + code), the
# table, and the SQL expression of the indexed text. Codes are written into
# journal files, so this list is append-only: add a kind with a new code and
# a migration that indexes it.
ROWID_FACTOR = 16


@dataclass(frozen=True)
class Kind:
    code: int
    name: str
    table: str
    text_sql: str  # over the row's columns; "new." / "old." are prefixed by the triggers
    columns: tuple[str, ...]
    session_sql: str  # SQL for the session of a hit, over the row "{r}"; NULL when it has none


INDEXED: tuple[Kind, ...] = (
    Kind(1, "session", "session", "{r}.goal || char(10) || {r}.notes", ("goal", "notes"), "{r}.id"),
    Kind(2, "agenda", "agenda_item", "{r}.text", ("text",), "{r}.session_id"),
    Kind(3, "learning", "learning", "{r}.text", ("text",), "{r}.session_id"),
    Kind(4, "action", "action_item", "{r}.text", ("text",), "{r}.session_id"),
    Kind(5, "feedback", "feedback", "{r}.helped || char(10) || {r}.to_change", ("helped", "to_change"),
         "{r}.session_id"),
    Kind(6, "goal", "goal", "{r}.title || char(10) || {r}.description", ("title", "description"), "NULL"),
    Kind(7, "topic", "topic", "{r}.title || char(10) || {r}.description", ("title", "description"), "NULL"),
)

_UMLAUTS = (("ä", "ae"), ("ö", "oe"), ("ü", "ue"))
_COMBINING = re.compile(r"[\u0300-\u036f]")
_WORD = re.compile(r"\w+")
MAX_TERMS = 16
MIN_PREFIX = 2  # shorter terms match whole words only


def _strip_accents(text: str) -> str:
    return unicodedata.normalize("NFC", _COMBINING.sub("", unicodedata.normalize("NFD", text)))


def _write_out_umlauts(text: str) -> str:
    for umlaut, spelled in _UMLAUTS:  # chained replace: ~30x faster than str.translate here
        text = text.replace(umlaut, spelled)
    return text


def fold_word(text: str) -> str:
    """What a query word becomes before FTS5 sees it: case folded, umlauts written out.

    Accents are left to the FTS5 tokenizer (``remove_diacritics 2``), which treats
    the query exactly as it treated the indexed text.
    """
    return _write_out_umlauts(unicodedata.normalize("NFC", text).casefold())


def fold_for_index(text: str) -> str:
    """Index form of ``text``: umlauts written out ("fuehrung"), plus every word with an
    umlaut as it stands, which the tokenizer turns into "fuhrung". Case (ß = ss) is folded
    here; accents are stripped by the tokenizer, in C."""
    lowered = unicodedata.normalize("NFC", text).casefold()
    if "ä" not in lowered and "ö" not in lowered and "ü" not in lowered:
        return lowered
    umlaut_words = {w for w in lowered.split() if "ä" in w or "ö" in w or "ü" in w}
    return _write_out_umlauts(lowered) + "\n" + " ".join(sorted(umlaut_words))


def query_terms(query: str) -> list[str]:
    """The folded words of a user's query (split at white space only), at most MAX_TERMS.

    Each word reaches FTS5 as a quoted phrase, so the tokenizer splits and
    normalises it exactly as it did the journal's text ("LinkedIn-Profil"
    becomes the phrase "linkedin profil"). Words of punctuation alone are dropped.
    """
    words = [w.replace('"', " ").strip() for w in fold_word(query).split()]
    return [w for w in words if any(c.isalnum() for c in w)][:MAX_TERMS]


def match_expression(terms: list[str]) -> str:
    """An FTS5 MATCH expression: every term required; from MIN_PREFIX letters also as a prefix.

    A term is written ``("t" OR "t"*)`` so that a whole-word hit counts twice
    in the BM25 score and "Führung" ranks above "Führungsrolle".
    """
    return " AND ".join(f'("{t}" OR "{t}"*)' if len(t) >= MIN_PREFIX else f'"{t}"' for t in terms)


@dataclass(frozen=True)
class Snippet:
    text: str
    marks: tuple[tuple[int, int], ...]  # (start, end) of matched words within ``text``

    def bracketed(self, left: str = "[", right: str = "]") -> str:
        out, last = [], 0
        for start, end in self.marks:
            out += [self.text[last:start], left, self.text[start:end], right]
            last = end
        out.append(self.text[last:])
        return "".join(out)


def _word_matches(word: str, terms: list[str]) -> bool:
    """Python's approximation of the tokenizer, for marking matches in a snippet."""
    forms = {_strip_accents(fold_word(word)), _strip_accents(word.casefold())}
    parts = [_strip_accents(p) for term in terms for p in _WORD.findall(term)]
    return any(form.startswith(p) if len(p) >= MIN_PREFIX else form == p for form in forms for p in parts)


def make_snippet(text: str, terms: list[str], *, before: int = 50, after: int = 110) -> Snippet:
    """Cut a one-line snippet around the first matched word, marking every match inside it."""
    first = None
    for m in _WORD.finditer(text):
        if _word_matches(m.group(), terms):
            first = m
            break
    start = 0 if first is None else max(0, first.start() - before)
    end = min(len(text), (first.end() if first else 0) + after)
    # Move to word boundaries so the snippet does not start or end mid-word.
    if start > 0:
        space = text.find(" ", start, first.start() if first else end)
        start = space + 1 if space != -1 else start
    if end < len(text):
        space = text.rfind(" ", first.end() if first else start, end)
        end = space if space != -1 else end
    raw = text[start:end].strip()
    prefix = "… " if start > 0 else ""
    suffix = " …" if end < len(text) else ""
    # Collapse line breaks and runs of white space, keeping mark offsets right.
    pieces: list[str] = [prefix]
    marks: list[tuple[int, int]] = []
    length = len(prefix)
    for token in re.finditer(r"\S+|\s+", raw):
        piece = token.group()
        if piece.isspace():
            piece = " "
        else:
            for w in _WORD.finditer(piece):
                if _word_matches(w.group(), terms):
                    marks.append((length + w.start(), length + w.end()))
        pieces.append(piece)
        length += len(piece)
    pieces.append(suffix)
    return Snippet("".join(pieces), tuple(marks))
