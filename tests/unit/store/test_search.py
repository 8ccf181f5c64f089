"""Full-text search: ranking, umlauts and case, snippets, and queries that cannot break it."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.store import Journal
from app.store.search import fold_for_index, make_snippet, query_terms


@pytest.fixture
def filled(journal: Journal) -> Journal:
    s = journal.add("session", starts_at="2026-03-01T10:00", goal="Führung auf Distanz",
                    notes="Wir sprachen über FÜHRUNGSKRÄFTE und Straßenbahnen.\n\nZweiter Absatz.")
    journal.add("learning", session_id=s, text="Führung heißt: Sinn erklären. Führung!")
    journal.add("agenda_item", session_id=s, text="LinkedIn-Profil anlegen")
    journal.add("action_item", session_id=s, text="Café-Termin mit Şükrü planen")
    journal.add("feedback", session_id=s, giver="mentee", helped="Die Demo", to_change="Mehr Pausen")
    journal.add("goal", title="Sicher auf LinkedIn", description="Ein Beitrag pro Monat")
    journal.add("topic", title="Datenschutz", description="Messenger im Team")
    return journal


@pytest.mark.parametrize("query", ["Führung", "führung", "FUEHRUNG", "fuehrung", "fuhrung", "Führ"])
def test_umlauts_and_case_find_the_same_text(filled: Journal, query: str) -> None:
    kinds = {h.kind for h in filled.search(query)}
    assert {"learning", "session"} <= kinds


@pytest.mark.parametrize(
    ("query", "kind"),
    [("strassenbahn", "session"), ("Straßenbahnen", "session"), ("cafe sukru", "action"),
     ("linkedin profil", "agenda"), ("pausen", "feedback"), ("beitrag monat", "goal"),
     ("messenger", "topic")],
)
def test_every_kind_of_text_is_searchable(filled: Journal, query: str, kind: str) -> None:
    assert kind in [h.kind for h in filled.search(query)]


def test_best_match_comes_first_and_every_word_must_match(filled: Journal) -> None:
    hits = filled.search("Führung")
    assert hits[0].kind == "learning"  # two mentions in a short text beat one in a long one
    assert [h.score for h in hits] == sorted(h.score for h in hits)
    assert filled.search("Führung LinkedIn") == []


def test_hits_carry_their_session_and_a_marked_snippet(filled: Journal) -> None:
    hit = next(h for h in filled.search("fuehrung") if h.kind == "learning")
    assert hit.session_starts_at == "2026-03-01T10:00" and hit.session_id is not None
    assert hit.snippet.bracketed() == "[Führung] heißt: Sinn erklären. [Führung]!"
    assert "\n" not in next(h for h in filled.search("zweiter") if h.kind == "session").snippet.text


def test_whole_words_rank_above_longer_words(journal: Journal) -> None:
    journal.add("topic", title="Führungsrolle")
    exact = journal.add("learning", text="Was gute Führung für die junge Generation heißt, haben wir besprochen.")
    assert journal.search("führung")[0].row_id == exact


def test_a_single_letter_is_a_whole_word_not_a_prefix(journal: Journal) -> None:
    journal.add("learning", text="Plan B statt Budget")
    assert journal.search("b") and journal.search("bu")
    assert make_snippet("Plan B statt Budget", query_terms("b")).bracketed() == "Plan [B] statt Budget"


def test_snippet_of_a_long_text_is_cut_around_the_match() -> None:
    text = "Anfang " + "füllwort " * 500 + "Die Generation Z will Führung erleben. " + "ende " * 500
    snippet = make_snippet(text, query_terms("fuehrung"))
    assert snippet.text.startswith("… ") and snippet.text.endswith(" …")
    assert "[Führung]" in snippet.bracketed() and len(snippet.text) < 200


def test_updates_and_deletes_keep_the_index_current(journal: Journal) -> None:
    lid = journal.add("learning", text="Kanban-Board")
    journal.update("learning", lid, text="Scrum-Board")
    assert journal.search("kanban") == [] and len(journal.search("scrum")) == 1
    journal.delete("learning", lid)
    assert journal.search("scrum") == []
    assert journal.integrity_problems() == []


@pytest.mark.parametrize("query", ['"', "AND", "NEAR(a b)", "a OR b", "*", "col:x", "^x", "'; DROP TABLE session; --",
                                   "", "   ", "🙂"])
def test_operator_characters_are_just_text(filled: Journal, query: str) -> None:
    filled.search(query)  # must not raise
    assert filled.rows("session")


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(word=st.text(st.characters(exclude_categories=["Cs", "Zs", "Zl", "Zp", "Cc"]), min_size=1, max_size=12))
def test_any_word_finds_itself(journal: Journal, word: str) -> None:
    """Letters, digits, marks and symbols of any script: the query is tokenized like the text."""
    lid = journal.add("learning", text=f"vorher {word} nachher")
    try:
        if query_terms(word):
            assert lid in [h.row_id for h in journal.search(word) if h.kind == "learning"]
    finally:
        journal.delete("learning", lid)


@given(st.text())
def test_folding_never_fails(text: str) -> None:
    assert isinstance(fold_for_index(text), str)
    make_snippet(text, query_terms(text[:20]))
