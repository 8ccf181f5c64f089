"""The passphrase rule (issue 15.1): zxcvbn with the people's names, the file's name, the app's words
and German words and passwords. What a guesser tries first is weak; four random common words are strong."""

from __future__ import annotations

import hashlib
import time

import pytest

from app.core import strength
from app.core.strength import Verdict
from app.paths import WORDLISTS

PEOPLE = ["Dr. Petra Schäfer-Ünal", "Jonas Weiß", "tandem-petra-jonas"]  # mentee, mentor, the file's stem
W, F, G, S = Verdict.WEAK, Verdict.FAIR, Verdict.GOOD, Verdict.STRONG

TABLE = [
    # (passphrase, verdict, the warning's key or None for "whatever zxcvbn says")
    # English habits
    ("Password1!", W, "similar_password"),
    ("iloveyou", W, "top100_password"),
    ("12345678", W, "top10_password"),
    ("letmein1", W, "common_password"),
    ("abcdefgh", W, "sequence"),
    ("aaaaaaaaaa", W, "repeated_character"),
    ("01.02.1990", W, "date"),
    ("P@ssw0rt", W, None),
    # German habits: a word and a year, a season, a club
    ("Passwort2024!", W, "similar_password"),
    ("Sommer2026!", W, "common_password"),
    ("Ostern2026", W, "common_password"),
    ("Frühling!", W, "common_password"),
    ("Fruehling2026", W, "common_password"),
    ("Hallo123", W, "common_password"),
    ("Schalke04!", W, "common_password"),
    ("ichliebedich", W, "common_password"),
    ("Zugspitze", W, None),
    # keyboard walks, also on a German keyboard
    ("qwertz123", W, "common_password"),
    ("asdfghjkl", W, "common_password"),
    ("yxcvbnm1", W, "common_password"),
    ("asdfgh", W, "too_short"),
    # the app's and the programme's words
    ("Tandem2026!", W, "personal"),  # also in the file's name
    ("Mentoring123", W, "app_word"),
    ("Reverse Mentoring", W, "app_word"),
    ("MeinTagebuch!", W, "app_word"),
    # the two people: a partner's first name and a year, names joined
    ("Jonas2026!", W, "personal"),
    ("Petra1987", W, "personal"),
    ("Weiß2026!", W, "personal"),
    ("Petra&Jonas", W, "personal"),
    ("TandemPetraJonas", W, "personal"),
    # random characters: long enough is fair, then good
    ("Xk9#mP2$vL", F, None),
    ("Tr0ub4dor&3", F, None),
    ("7hG!q2Rz#9wLp", G, None),
    # several uncommon or random common words
    ("Kaffee Markt Montag Fahrrad", S, ""),
    ("kaffeemarktmontagfahrrad", S, ""),
    ("Wolke Brezel Tanker Igel", S, ""),
    ("Gartenzwerg Luftballon Teekanne", S, ""),
    ("Leuchtturm Zimtschnecke Eisbär Akkordeon", S, ""),
    ("correct horse battery staple", S, ""),
    ("Der Mond ist aus grünem Käse", S, ""),
    ("Kaffee am Markt, 2026!", S, ""),
]


@pytest.mark.parametrize(("passphrase", "verdict", "warning"), TABLE, ids=[row[0] for row in TABLE])
def test_verdict(passphrase: str, verdict: Verdict, warning: str | None) -> None:
    result = strength.rate(passphrase, PEOPLE)
    assert result.verdict is verdict, (passphrase, result)
    if warning is not None:
        assert result.warning == warning, (passphrase, result)


def test_the_table_is_large_and_bilingual() -> None:
    assert len(TABLE) >= 30
    assert sum(r[1] is W for r in TABLE) >= 20 and sum(r[1] is S for r in TABLE) >= 5


def test_names_count_only_when_they_are_the_peoples() -> None:
    """"Jonas2026!" leans on the partner's name; without the people it is still weak (a common name),
    but only with them is it said that it is theirs."""
    assert strength.rate("Jonas2026!", PEOPLE).warning == strength.PERSONAL
    assert strength.rate("Jonas2026!").warning != strength.PERSONAL
    assert strength.rate("Schaefer1987", ["Petra Schaefer"]).warning == strength.PERSONAL


def test_personal_words_split_names_and_file_names() -> None:
    words = strength.personal_words(["Dr. Petra Schäfer-Ünal", "Reflexionen-Petra"])
    for word in ("petra", "schäfer", "ünal", "reflexionen", "dr. petra schäfer-ünal", "petraschäfer", "schäferünal"):
        assert word in words
    assert strength.personal_words(["", "  "]) == []


@pytest.mark.parametrize(("verdict", "use_anyway", "usable"), [
    (W, False, False), (W, True, True), (F, False, True), (G, False, True), (S, False, True)])
def test_weak_is_usable_only_anyway(verdict: Verdict, use_anyway: bool, usable: bool) -> None:
    assert strength.Strength(verdict, 0.0).usable(use_anyway) is usable


def test_too_short_is_never_usable() -> None:
    short = strength.rate("Ab1!xyz")
    assert short.too_short and short.verdict is W and not short.usable(use_anyway=True)
    assert strength.rate("").too_short


def test_feedback_keys_are_known_and_strong_says_nothing_more() -> None:
    keys = set(strength.WARNINGS.values()) | set(strength.SUGGESTIONS.values()) | {
        strength.PERSONAL, strength.APP_WORD, strength.TOO_SHORT, ""}
    for passphrase, _verdict, _warning in TABLE:
        result = strength.rate(passphrase, PEOPLE)
        assert {result.warning, *result.suggestions} <= keys
        if result.verdict in (G, S):
            assert (result.warning, result.suggestions) == ("", ())
        else:
            assert result.suggestions, passphrase  # always something to do about it


def test_long_passphrases_are_rated_by_their_start_quickly() -> None:
    long = "Leuchtturm Zimtschnecke Eisbär Akkordeon " * 5  # 205 characters: zxcvbn alone refuses over 72
    started = time.perf_counter()
    assert strength.rate(long, PEOPLE).verdict is S
    assert strength.rate("a1e3i!o0s5t7l|b8g9" * 6, PEOPLE).verdict is not None  # many substitutions
    assert time.perf_counter() - started < 2.0


def test_english_words_for_the_cli() -> None:
    assert strength.english("top10_password") == "This is a top-10 common password."
    assert strength.english(strength.PERSONAL).startswith("It contains a name")
    assert "8" in strength.english(strength.TOO_SHORT)


def test_word_lists_are_shipped_with_their_licence() -> None:
    words = strength.german_words()
    assert len(words) > 30_000 and words[:3] == ("die", "der", "und")
    assert "kaffee" in words and "fruehling" in words and "frühling" in words
    assert "qwertz" in strength.german_passwords()
    for name in ("de-words.txt", "de-passwords.txt"):
        header = (WORDLISTS / name).read_text(encoding="utf-8").splitlines()[0]
        assert header.startswith("# "), name
    licence = (WORDLISTS / "LICENCE.md").read_text(encoding="utf-8")
    assert "CC BY-SA 4.0" in licence and "wordfreq 3.1.1" in licence
    # Built by scripts/build_wordlist.py from wordfreq 3.1.1: the committed bytes (reproducible build).
    digest = hashlib.sha256((WORDLISTS / "de-words.txt").read_bytes()).hexdigest()
    assert digest == WORDS_SHA256


WORDS_SHA256 = "6946eecb8a0e3846e433b100662982c6b229b0d4a444890cbb88ffac85078b51"
