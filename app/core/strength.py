"""How hard a new passphrase is to guess: the rule behind the meter, the "use it anyway" and the CLI's refusal.

Estimated, not counted: zxcvbn (the estimator KeePassXC and Bitwarden use) looks for what guessers
try first — common passwords, words, names, keyboard rows, years, dates, repeats — and counts the
guesses they need. It is given, as words a guesser knows: the two people's names and the journal's
file name (each part), the app's and the programme's words, German password habits and the 30,000
most frequent German words (``resources/wordlists``, built by ``scripts/build_wordlist.py``).

The verdict is for a file that can be stolen and attacked offline: "weak" is under 10^10 guesses.
Warnings and suggestions are keys; the window translates them (``app/ui/passphrase.py``), the CLI
prints the English text of zxcvbn's keys.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from app.paths import WORDLISTS

MIN_LENGTH = 8  # shorter is never used, not even "anyway"
RATED_LENGTH = 72  # zxcvbn's limit; a longer passphrase is rated by its start (never better than it is)
FAIR, GOOD, STRONG = 10.0, 12.0, 14.0  # log10 of the guesses needed: below FAIR is weak

# The app's and the programme's words, English and German: the first a guesser of a tandem's file tries.
APP_WORDS = (
    "tandem", "tandemjournal", "journal", "mentoring", "reverse", "reversementoring", "mentee", "mentees",
    "mentor", "mentors", "mentorin", "mentorinnen", "reflections", "reflection", "reflexion", "reflexionen",
    "tagebuch", "onepager", "learning", "learnings", "lernerfahrung", "session", "sitzung", "treffen",
    "programm", "programme", "program", "feedback", "kickoff", "themenpool", "vertraulich",
)

# zxcvbn's English feedback (zxcvbn/feedback.py) to our keys.
WARNINGS = {
    "Straight rows of keys are easy to guess.": "keyboard_row",
    "Short keyboard patterns are easy to guess.": "keyboard_pattern",
    'Repeats like "aaa" are easy to guess.': "repeated_character",
    'Repeats like "abcabcabc" are only slightly harder to guess than "abc".': "repeated_pattern",
    'Sequences like "abc" or "6543" are easy to guess.': "sequence",
    "Recent years are easy to guess.": "recent_year",
    "Dates are often easy to guess.": "date",
    "This is a top-10 common password.": "top10_password",
    "This is a top-100 common password.": "top100_password",
    "This is a very common password.": "common_password",
    "This is similar to a commonly used password.": "similar_password",
    "A word by itself is easy to guess.": "single_word",
    "Names and surnames by themselves are easy to guess.": "name_alone",
    "Common names and surnames are easy to guess.": "common_names",
}
SUGGESTIONS = {
    "Use a few words, avoid common phrases.": "few_words",
    "No need for symbols, digits, or uppercase letters.": "no_symbols_needed",
    "Add another word or two. Uncommon words are better.": "add_word",
    "Use a longer keyboard pattern with more turns.": "longer_keyboard_pattern",
    "Avoid repeated words and characters.": "avoid_repeats",
    "Avoid sequences.": "avoid_sequences",
    "Avoid recent years.": "avoid_recent_years",
    "Avoid years that are associated with you.": "avoid_your_years",
    "Avoid dates and years that are associated with you.": "avoid_your_dates",
    "Capitalization doesn't help very much.": "capitals",
    "All-uppercase is almost as easy to guess as all-lowercase.": "all_capitals",
    "Reversed words aren't much harder to guess.": "reversed",
    "Predictable substitutions like '@' instead of 'a' don't help very much.": "substitutions",
}
# Our own warnings, for what zxcvbn only knows as "user inputs".
PERSONAL, APP_WORD, TOO_SHORT = "personal", "app_word", "too_short"



@cache
def _zxcvbn() -> Any:
    """zxcvbn, loaded on the first rating: its word lists take longer to load than the welcome
    window takes to appear (issue 17.1; tests/unit/test_startup_imports.py)."""
    import zxcvbn
    from zxcvbn import feedback, matching

    # zxcvbn 4.5 knows years as recent only up to 2019 ("Sommer2026!" would pass as random characters);
    # its JavaScript successors count to 2099. Widened once, here.
    matching.REGEXEN["recent_year"] = re.compile(r"19\d\d|20\d\d")
    if zxcvbn.feedback is not feedback:  # read as estimator.feedback below (not an assert: kept under -O)
        raise ImportError("zxcvbn's layout changed: app/core/strength.py expects zxcvbn 4.5.0")
    return zxcvbn


class Verdict(enum.Enum):
    WEAK = "weak"
    FAIR = "fair"
    GOOD = "good"
    STRONG = "strong"


LEVELS = {Verdict.WEAK: 1, Verdict.FAIR: 2, Verdict.GOOD: 3, Verdict.STRONG: 4}


@dataclass(frozen=True)
class Strength:
    verdict: Verdict
    guesses_log10: float
    warning: str = ""  # a key of WARNINGS' values, PERSONAL, APP_WORD, TOO_SHORT, or ""
    suggestions: tuple[str, ...] = ()  # keys of SUGGESTIONS' values

    @property
    def level(self) -> int:
        """1 (weak) to 4 (strong), for a meter."""
        return LEVELS[self.verdict]

    @property
    def too_short(self) -> bool:
        return self.warning == TOO_SHORT

    def usable(self, use_anyway: bool = False) -> bool:
        """A new passphrase may be set: not weak, or weak and chosen anyway; never when too short."""
        return not self.too_short and (self.verdict is not Verdict.WEAK or use_anyway)


def personal_words(texts: Iterable[str]) -> list[str]:
    """Names and file names as a guesser splits them: each whole, each part, and the parts joined.

    ``personal_words(["Dr. Petra Schäfer-Ünal"])`` gives "dr. petra schäfer-ünal", "petra",
    "schäfer", "ünal", "drpetra", "petraschäfer"… (zxcvbn compares in lower case)."""
    words: list[str] = []
    for text in texts:
        whole = text.strip().lower()
        parts = [p for p in re.split(r"[\W_\d]+", whole) if len(p) >= 2]
        pairs = ["".join(parts[i:i + 2]) for i in range(len(parts) - 1)]  # "petraschäfer"
        for word in (whole, *parts, *pairs, "".join(parts)):
            if word and word not in words:
                words.append(word)
    return words


@cache
def _wordlist(name: str) -> tuple[str, ...]:
    text = (WORDLISTS / name).read_text(encoding="utf-8")
    return tuple(line for line in text.splitlines() if line and not line.startswith("#"))


def german_passwords() -> tuple[str, ...]:
    return _wordlist("de-passwords.txt")


def german_words() -> tuple[str, ...]:
    return _wordlist("de-words.txt")


def _verdict(guesses_log10: float) -> Verdict:
    if guesses_log10 < FAIR:
        return Verdict.WEAK
    if guesses_log10 < GOOD:
        return Verdict.FAIR
    return Verdict.GOOD if guesses_log10 < STRONG else Verdict.STRONG


def rate(passphrase: str, people: Sequence[str] = ()) -> Strength:
    """The verdict on a new passphrase; ``people`` are the names and file names it is checked against."""
    if len(passphrase) < MIN_LENGTH:
        return Strength(Verdict.WEAK, 0.0, TOO_SHORT, ("few_words",))
    personal = personal_words(people)
    inputs = [*personal, *APP_WORDS, *german_passwords(), *german_words()]
    estimator = _zxcvbn()
    result = estimator.zxcvbn(passphrase[:RATED_LENGTH], user_inputs=inputs, max_length=RATED_LENGTH)
    guesses = float(result["guesses_log10"])
    verdict = _verdict(guesses)
    if verdict in (Verdict.GOOD, Verdict.STRONG):
        return Strength(verdict, guesses)
    # zxcvbn says nothing above its score 2; weak and fair here reach higher, so ask it as for score 2.
    said = estimator.feedback.get_feedback(min(int(result["score"]), 2), result["sequence"])
    warning = WARNINGS.get(said["warning"], "")
    words = [str(m.get("matched_word", "")) for m in result["sequence"] if m["pattern"] == "dictionary"]
    if any(word in personal for word in words):  # more telling than "a common name"
        warning = PERSONAL
    elif any(word in APP_WORDS for word in words):
        warning = APP_WORD
    elif not warning and any(word in german_passwords() for word in words):
        warning = "common_password"
    elif not warning and any(m.get("dictionary_name") == "passwords" for m in result["sequence"]):
        warning = "similar_password"
    elif not warning and len(words) == 1 and len(result["sequence"]) == 1:
        warning = "single_word"
    suggestions = tuple(SUGGESTIONS[s] for s in said["suggestions"] if s in SUGGESTIONS)
    return Strength(verdict, guesses, warning, suggestions)


def english(key: str) -> str:
    """zxcvbn's English wording of a key (the CLI's words); ours for our own keys."""
    ours = {PERSONAL: "It contains a name or the file's name: the first words a guesser tries.",
            APP_WORD: "Words of the app and of mentoring are the first a guesser of this file tries.",
            TOO_SHORT: f"Use at least {MIN_LENGTH} characters, better a few words."}
    if key in ours:
        return ours[key]
    return next((text for text, k in (*WARNINGS.items(), *SUGGESTIONS.items()) if k == key), key)
