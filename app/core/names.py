"""How a person's name is shown when they chose initials (or no name) for something that leaves the tandem.

A rule about people, not about printing: the one-pager, its PDF metadata and the command line
all ask it, and a plain table test checks it (``tests/unit/core/test_names.py``).

Initials respect how people write their names:

- titles and honorifics are left out (Dr., Prof., Dipl.-Ing., Mag., Herr, Mrs, …, MBA, PhD),
  also after a comma ("Anna Schmidt, MBA");
- each part of a double name keeps its initial ("Anna-Lena" → "A.-L.");
- particles keep their small letter ("von der Leyen" → "v. d. L.", "al-Hasan" → "a.-H.");
- an initial already written ("Jürgen M. Maaß") stays;
- every script is kept as written, accents and all ("Şükrü" → "Ş.", "Анна" → "А.", "山田" → "山.").
"""

from __future__ import annotations

import re
import unicodedata

NAME_STYLES = ("full", "initials", "none")

# Written in lower case, without the final dot. Titles that are also names or words ("Phil",
# "Ing", "Ma", "Med") only count when written with their dot ("Phil." after "Dr.", "M.A.").
TITLES = frozenset({
    # German, Austrian, Swiss
    "dr", "prof", "dipl.-ing", "dipl.-kfm", "dipl.-kffr", "dipl.-kff", "dipl.-psych", "dipl.-inf", "dipl.-päd",
    "dipl.-volksw", "dr.-ing", "dr.in", "mag.a", "univ.-prof", "priv.-doz", "herr", "frau", "h.c",
    "dr.med", "dr.rer.nat", "dr.phil", "dr.jur",
    # English
    "mr", "mrs", "ms", "mx", "miss", "sir", "dame", "phd", "ph.d", "mba", "msc", "m.sc", "bsc", "b.sc", "m.a",
    "b.a", "ll.m", "m.eng", "b.eng", "esq",
    # French, Italian, Spanish, Portuguese, Turkish, Polish
    "mme", "mlle", "dott.ssa", "sra", "srta", "hanım", "hanim", "doç", "mgr", "inż",
})
TITLES_WITH_DOT = frozenset({
    "dipl", "mag", "ing", "di", "pd", "med", "dent", "vet", "rer", "nat", "pol", "phil", "jur", "oec", "soc",
    "mult", "habil", "rev", "hon", "jr", "sr", "eng", "dott", "avv", "arch", "lic",
})
_HONORIS_CAUSA = re.compile(r"\bh\.\s+c\.", re.IGNORECASE)


def _is_title(word: str) -> bool:
    bare = word.rstrip(",;")
    key = bare.rstrip(".").lower()
    return key in TITLES or (bare.endswith(".") and key in TITLES_WITH_DOT)


def _initial(part: str) -> str:
    """The first letter of ``part`` as written, with its accents, and a dot."""
    for index, char in enumerate(part):
        if char.isalpha():
            marks = ""
            for follower in part[index + 1:]:
                if unicodedata.category(follower) not in ("Mn", "Mc"):
                    break
                marks += follower
            return char + marks + "."
    return ""


def _word_initials(word: str) -> str:
    """One word's initials: "Anna-Lena" → "A.-L.", "al-Hasan" → "a.-H.", "M." → "M."."""
    parts = [_initial(part) for part in word.split("-")]
    return "-".join(part for part in parts if part)


def initials(name: str) -> str:
    """The initials of ``name``, titles and honorifics left out ("" when nothing of a name is left)."""
    text = _HONORIS_CAUSA.sub("h.c.", unicodedata.normalize("NFC", name))
    words = text.replace(",", " ").split()
    kept = [word for word in words if not _is_title(word) and any(c.isalpha() for c in word)]
    return " ".join(filter(None, (_word_initials(word) for word in kept)))


def display_name(name: str, style: str) -> str:
    """``name`` as the person chose to show it: in full, as initials, or not at all."""
    if style == "none":
        return ""
    if style == "initials":
        return initials(name)
    return name.strip()


def given_name(name: str) -> str:
    """The name a person is called by in the tandem's own lists: the first word that is not a title
    ("Dr. Petra Schäfer-Ünal" → "Petra", "Frau Dr. med. Özlem Türeci" → "Özlem"); "" for no name."""
    text = _HONORIS_CAUSA.sub("h.c.", unicodedata.normalize("NFC", name))
    words = [w for w in text.replace(",", " ").split() if not _is_title(w) and any(c.isalpha() for c in w)]
    return words[0] if words else ""


def call_names(mentee: str, mentor: str) -> tuple[str, str]:
    """How a session's lists call the two (who learned it, who does it): by their given names, or by
    their full names when both have the same given name; "" for a person without a name (the list
    then says the role)."""
    short = (given_name(mentee), given_name(mentor))
    if short[0] and short[0].casefold() == short[1].casefold():
        return mentee.strip(), mentor.strip()
    return short
