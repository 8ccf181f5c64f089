"""The passphrase meter's words: the layer's verdict, warning and suggestions (``app/core/strength``) in
the interface language. zxcvbn's English feedback reaches the window only through these keys."""

from __future__ import annotations

from collections.abc import Sequence

from app.core import strength as rule

from .i18n import N_, tr

VERDICTS = {
    rule.Verdict.WEAK: N_("Weak: easy to guess with a computer."),
    rule.Verdict.FAIR: N_("Fair: add a word or two for a tandem that runs for months."),
    rule.Verdict.GOOD: N_("Good."),
    rule.Verdict.STRONG: N_("Strong."),
}
TEXTS = {
    # warnings
    rule.TOO_SHORT: N_("Too short: use at least {count} characters, better a sentence of several words."),
    rule.PERSONAL: N_("It contains a name or the file's name: the first words a guesser tries."),
    rule.APP_WORD: N_("Words of this app and of mentoring are the first a guesser of this file tries."),
    "keyboard_row": N_("Straight rows of keys are easy to guess."),
    "keyboard_pattern": N_("Short keyboard patterns are easy to guess."),
    "repeated_character": N_("Repeats like “aaa” are easy to guess."),
    "repeated_pattern": N_("Repeats like “abcabcabc” are only slightly harder to guess than “abc”."),
    "sequence": N_("Sequences like “abc” or “6543” are easy to guess."),
    "recent_year": N_("Recent years are easy to guess."),
    "date": N_("Dates are often easy to guess."),
    "top10_password": N_("This is one of the ten most common passwords."),
    "top100_password": N_("This is one of the hundred most common passwords."),
    "common_password": N_("This is a very common password."),
    "similar_password": N_("This is similar to a commonly used password."),
    "single_word": N_("A word by itself is easy to guess."),
    "name_alone": N_("Names and surnames by themselves are easy to guess."),
    "common_names": N_("Common names and surnames are easy to guess."),
    # suggestions
    "few_words": N_("Use a few words, avoid common phrases."),
    "no_symbols_needed": N_("No need for symbols, digits or capital letters."),
    "add_word": N_("Add another word or two. Uncommon words are better."),
    "longer_keyboard_pattern": N_("Use a longer keyboard pattern with more turns."),
    "avoid_repeats": N_("Avoid repeated words and characters."),
    "avoid_sequences": N_("Avoid sequences."),
    "avoid_recent_years": N_("Avoid recent years."),
    "avoid_your_years": N_("Avoid years that are associated with you."),
    "avoid_your_dates": N_("Avoid dates and years that are associated with you."),
    "capitals": N_("A capital letter at the start does not help much."),
    "all_capitals": N_("All capitals are almost as easy to guess as all lower case."),
    "reversed": N_("Words spelt backwards are not much harder to guess."),
    "substitutions": N_("Predictable substitutions like “@” for “a” do not help much."),
}


def text(key: str) -> str:
    """One warning or suggestion in the interface language ("" for an unknown key)."""
    return tr(TEXTS[key]).format(count=rule.MIN_LENGTH) if key in TEXTS else ""


def describe(result: rule.Strength) -> str:
    """What the meter says under the bar: the verdict, then the warning and the suggestions."""
    parts = [] if result.too_short else [tr(VERDICTS[result.verdict])]
    parts += [text(key) for key in (result.warning, *result.suggestions) if text(key)]
    return " ".join(dict.fromkeys(parts))  # each once, in order


def strength(passphrase: str, people: Sequence[str] = ()) -> tuple[int, str]:
    """A score 0..4 for a meter and what it says (0 only when too short)."""
    result = rule.rate(passphrase, people)
    return (0 if result.too_short else result.level), describe(result)
