"""The kick-off's suggested wording, by table: a suggestion is offered, never glued to what the
person types; a rule's own words replace the suggestion, an untouched rule says the suggestion."""

from __future__ import annotations

import pytest

from app import programme
from app.core.kickoff import Kickoff, accept_suggestion, first_suggestion_language, own_wording, rule_wording

CONF_EN, CONF_DE = programme.RULES["confidentiality"]("en"), programme.RULES["confidentiality"]("de")
DEP = programme.DEPENDENCY_RULE("de")

RULE_WORDING = [
    # key, own words in the field, language of the suggestions -> the rule's text
    ("confidentiality", "", "en", CONF_EN),  # untouched: the suggestion
    ("confidentiality", "", "de", CONF_DE),
    ("confidentiality", "   ", "de", CONF_DE),  # only spaces: untouched
    ("confidentiality", "Nothing leaves this room.", "de", "Nothing leaves this room."),  # own words alone
    ("confidentiality", "  Nichts verlässt den Raum.  ", "en", "Nichts verlässt den Raum."),
    ("trust", "", "de", programme.RULES["trust"]("de")),
]


@pytest.mark.parametrize(("key", "own", "language", "text"), RULE_WORDING)
def test_a_ticked_rule_says_the_persons_words_or_else_the_suggestion(key: str, own: str, language: str,
                                                                     text: str) -> None:
    assert rule_wording(key, own, language) == text


OWN_WORDING = [
    # key, the rule's text in the journal -> what the guide shows as the person's own words
    ("confidentiality", CONF_EN, ""),  # a suggestion, in either language: nothing of their own
    ("confidentiality", CONF_DE, ""),
    ("confidentiality", CONF_DE + " ", ""),
    ("confidentiality", "Nichts verlässt den Raum.", "Nichts verlässt den Raum."),
    ("confidentiality", CONF_DE + " Auch nicht in der Kaffeeküche.", CONF_DE + " Auch nicht in der Kaffeeküche."),
    ("trust", CONF_DE, CONF_DE),  # another rule's suggestion is the person's choice of words
]


@pytest.mark.parametrize(("key", "stored", "own"), OWN_WORDING)
def test_only_words_that_are_not_a_suggestion_are_the_persons_own(key: str, stored: str, own: str) -> None:
    assert own_wording(key, stored) == own


ACCEPT = [
    # what the field holds, the suggestion -> the field after "Use the suggestion"
    ("", DEP, DEP + "\n"),  # the suggestion, and a fresh line to go on writing
    ("   \n", DEP, DEP + "\n"),
    ("Jonas arbeitet woanders.", DEP, DEP + "\nJonas arbeitet woanders."),  # typed words kept, on their own line
    ("Jonas arbeitet woanders.\n", DEP, DEP + "\nJonas arbeitet woanders.\n"),
    (DEP + "\nJonas arbeitet woanders.", DEP, DEP + "\nJonas arbeitet woanders."),  # already there: unchanged
    ("Erst das.\n" + DEP, DEP, "Erst das.\n" + DEP),
]


@pytest.mark.parametrize(("typed", "suggestion", "after"), ACCEPT)
def test_accepting_a_suggestion_keeps_what_was_typed_apart(typed: str, suggestion: str, after: str) -> None:
    assert accept_suggestion(typed, suggestion) == after


FIRST_LANGUAGE = [
    # agreement's start date (None: never saved), remembered, interface -> the suggestions start in
    (None, "de", "en", "en"),  # a new journal: the interface's, not another journal's kick-off
    (None, "en", "de", "de"),
    (None, "en", "en", "en"),
    ("2026-11-02", "de", "en", "de"),  # agreed: the language the tandem chose stays
    ("2026-11-02", "en", "de", "en"),
    ("2026-11-02", "xx", "de", "de"),  # a remembered value that is no language: the interface's
]


@pytest.mark.parametrize(("started_on", "remembered", "interface", "language"), FIRST_LANGUAGE)
def test_a_new_tandems_suggestions_start_in_the_interface_language(
        started_on: str | None, remembered: str, interface: str, language: str) -> None:
    agreement = Kickoff(mentee="Jürgen", mentor="Leonie", started_on=started_on)
    assert first_suggestion_language(agreement, remembered, interface) == language
