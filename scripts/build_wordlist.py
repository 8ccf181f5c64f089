"""Build the German word lists the passphrase meter feeds to zxcvbn (``app/core/strength.py``).

Writes two files into ``resources/wordlists/``:

``de-words.txt``
    The most frequent German words, most frequent first: wordfreq's ``top_n_list("de", …)``
    (wordfreq 3.1.1, PyPI; code Apache-2.0, word data CC BY-SA 4.0; see LICENCE.md there),
    letters only, at least 3 characters, and after each word with ä, ö, ü or ß the spelling
    people type without them (``fruehling`` after ``frühling``).
``de-passwords.txt``
    A short hand-written list of German password habits (this project's own, GPL-3.0-or-later):
    words and keyboard rows on a German keyboard that people pick as passwords.

Reproducible: the same wordfreq version gives byte-identical files (no dates, no randomness).
Run it in a throw-away environment, not the app's (wordfreq is not a dependency of the app):

    python3 -m venv /tmp/wordlist && /tmp/wordlist/bin/pip install wordfreq==3.1.1
    /tmp/wordlist/bin/python scripts/build_wordlist.py
"""

from __future__ import annotations

import sys
from pathlib import Path

WORDFREQ_VERSION = "3.1.1"
COUNT = 30_000  # words kept after filtering; zxcvbn's own English lists are of that size
OUT = Path(__file__).resolve().parents[1] / "resources" / "wordlists"

# German password habits, most common first. Hand-written for this project: keyboard rows on the
# German (QWERTZ) layout that zxcvbn's QWERTY graph does not see, greetings and pet names, football
# clubs with their founding years, and words people pair with a year or a "!".
PASSWORDS = """
passwort hallo hallo123 passwort1 passwort123 qwertz qwertzu qwertzui qwertzuiop asdfghjkl asdfghjklö
yxcvbnm yxcvb ysxdcfvgbhnjmk qayxsw ichliebedich schatz schatzi mausi maus hase hasi engel liebe
geheim kennwort zugang anmelden willkommen test1234 lol123 schalke04
schalke bvb09 borussia dortmund bayern fcbayern werder hsv eintracht fussball fußball
sommer winter frühling fruehling herbst ostern weihnachten silvester januar februar märz maerz april
mai juni juli august september oktober november dezember montag dienstag mittwoch donnerstag freitag
samstag sonntag deutschland berlin hamburg münchen muenchen köln koeln frankfurt stuttgart
mama papa oma opa baby sonne mond stern blume katze hund pferd tiger drache prinzessin
""".split()

UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})


def with_typed_spellings(words: list[str]) -> list[str]:
    """Each word, then (if different) its spelling without umlauts and ß; no word twice."""
    seen: set[str] = set()
    out: list[str] = []
    for word in words:
        for spelling in (word, word.translate(UMLAUTS)):
            if spelling not in seen:
                seen.add(spelling)
                out.append(spelling)
    return out


def frequent_words() -> list[str]:
    import wordfreq

    version = getattr(wordfreq, "__version__", None)
    if version is None:
        from importlib.metadata import version as installed
        version = installed("wordfreq")
    if version != WORDFREQ_VERSION:
        sys.exit(f"wordfreq {WORDFREQ_VERSION} is needed for a reproducible list, found {version}")
    words = [w for w in wordfreq.top_n_list("de", 4 * COUNT) if w.isalpha() and len(w) >= 3]
    return words[:COUNT]


def write(name: str, header: str, words: list[str]) -> None:
    lines = [f"# {line}" if line else "#" for line in header.strip().splitlines()]
    (OUT / name).write_text("\n".join(lines + words) + "\n", encoding="utf-8")
    print(f"{OUT / name}: {len(words)} words")


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    write("de-words.txt", f"""
The {COUNT} most frequent German words (letters only, 3 or more), most frequent first, each followed
by its spelling without umlauts and ß where that differs. Built by scripts/build_wordlist.py from
wordfreq {WORDFREQ_VERSION} (Robyn Speer et al.). Word data: CC BY-SA 4.0; sources and attribution
in LICENCE.md beside this file.
""", with_typed_spellings(frequent_words()))
    write("de-passwords.txt", """
German password habits, most common first: hand-written for Tandem Journal (GPL-3.0-or-later).
Built by scripts/build_wordlist.py.
""", with_typed_spellings(PASSWORDS))


if __name__ == "__main__":
    main()
