"""Indirect speech: what someone said in the author's words, on sentences of our own."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from briefterm.core.types import ActorType
from briefterm.engine.quotes.indirect import ReportIndex, _verb_re

from .test_quotes_helpers import direct, quotes_of

PEOPLE: dict[str, tuple[ActorType, list[str]]] = {
    "Jane Roe": ("person", ["Roe"]),
    "Harbour Agency": ("organization", []),
    "Doctors Without Borders": ("organization", []),
}


def indirect(text: str) -> list[tuple[str, str | None]]:
    quotes = quotes_of(text, PEOPLE)
    for q in quotes:
        assert text[q.start : q.end] == q.text
    return [(q.text, q.speaker_name) for q in quotes if q.kind == "indirect"]


def test_said_that_reports_the_clause() -> None:
    assert indirect("Jane Roe said on Monday that the pier would close next week.") == [
        ("the pier would close next week", "Jane Roe")]


def test_told_someone_reports_the_clause_after_the_addressee() -> None:
    assert indirect("Jane Roe told reporters the bridge was safe for buses.") == [
        ("the bridge was safe for buses", "Jane Roe")]


def test_according_to_and_a_closing_attribution() -> None:
    text = "According to the Harbour Agency, water levels will rise by a metre. The pier will close in May, Roe said."
    assert indirect(text) == [
        ("water levels will rise by a metre", "the Harbour Agency"),
        ("The pier will close in May", "Jane Roe"),
    ]


def test_a_pronoun_after_the_verb_is_its_object_not_an_inverted_subject() -> None:
    text = "Jane Roe, the paper's editor, wrote it. The pier will close in May, said the Harbour Agency."
    assert indirect(text) == [("The pier will close in May", "the Harbour Agency")]


def test_according_to_a_body_before_a_clause_that_opens_with_a_name() -> None:
    text = ("According to the Harbour Agency, Medicare spent $3 billion on insulin last year. "
            "According to the Harbour Agency, Medicare increased its spending again.")
    assert indirect(text) == [("Medicare spent $3 billion on insulin last year", "the Harbour Agency"),
                              ("Medicare increased its spending again", "the Harbour Agency")]


def test_according_to_a_name_holding_a_capitalised_preposition() -> None:
    text = "According to Doctors Without Borders, the clinic closed on Monday."
    assert indirect(text) == [("the clinic closed on Monday", "Doctors Without Borders")]


def test_he_said_points_back_like_a_direct_quotation() -> None:
    text = "Jane Roe spoke first. She said the budget had run out in March."
    assert indirect(text) == [("the budget had run out in March", "Jane Roe")]


def test_no_indirect_speech_where_nothing_is_reported() -> None:
    assert indirect("Roe said goodbye. The flood, which hit in May, said little about the climate.") == []


def test_a_sentence_with_a_quotation_is_direct_speech_only() -> None:
    text = "Jane Roe said the pier was “never safe” and would close."
    quotes = quotes_of(text, PEOPLE)
    assert [q.kind for q in quotes] == ["direct"]
    assert direct(quotes) == [("never safe", "Jane Roe")]


_WORD_PIECES = st.sampled_from(["said", "unsaid", "told", "According to", "according to", "xAccording  to", "-said",
                                "’told", "'said", "_said", "saidx", "said-", " ", "\n", "a", "é", "’", "-", "."])


@settings(max_examples=300, deadline=None)
@given(st.lists(_WORD_PIECES, max_size=40).map("".join), st.integers(0, 200), st.integers(0, 200))
def test_word_matches_are_the_look_behind_patterns(text: str, lo: int, hi: int) -> None:
    """The candidates checked one by one are what the whole-word pattern with its look-behind
    finds, in a whole text and in a window of it (the look-behind sees before the window)."""
    from briefterm.engine.lexicon.speech import word_matches, words_pattern

    for pattern in (_verb_re(), words_pattern(["said", "says", "According to", "to"])):
        whole = re.compile(r"(?<![\w’'-])" + pattern.pattern)
        assert [m.span() for m in word_matches(pattern, text)] == [m.span() for m in whole.finditer(text)]
        assert [m.span() for m in word_matches(pattern, text, lo, hi)] == [
            m.span() for m in whole.finditer(text, lo, hi)]


@settings(max_examples=300, deadline=None)
@given(st.lists(_WORD_PIECES, max_size=40).map("".join), st.integers(0, 200), st.integers(0, 200))
def test_the_report_index_misses_no_reporting_word(text: str, lo: int, hi: int) -> None:
    """Every span that holds a reporting verb or "According to" as a word may report (the index
    is a superset: it also says so of "unsaid")."""
    from briefterm.engine.lexicon.speech import word_matches, words_pattern

    index = ReportIndex(text)
    words = words_pattern(["According to", *_indirect_words()])
    for m in word_matches(words, text):
        assert index.may_report(m.start(), m.end())
        assert index.may_report(min(lo, m.start()), max(hi, m.end()))
    starts = [k for k in range(lo, min(hi, len(text))) if text.startswith(("According", *_indirect_words()), k)]
    assert index.may_report(lo, hi) == bool(starts)


def _indirect_words() -> list[str]:
    from briefterm.engine.lexicon.words import lexicon

    return sorted(lexicon().indirect)


def test_an_opening_participle_is_a_circumstance_not_what_was_said() -> None:
    text = ("Speaking in the council chamber on Tuesday, Ms Lund said no. "
            "Everything in the budget is fine, Jane Roe said.")
    assert [(q.text, q.speaker_name) for q in quotes_of(text, PEOPLE) if q.kind == "indirect"] == [
        ("Everything in the budget is fine", "Jane Roe")]


def test_a_clause_begun_before_its_that_is_reported_whole() -> None:
    found = indirect("Ola Brandt, 21, a nursing student, said she liked that the senator spoke without notes.")
    assert [text for text, _ in found] == ["she liked that the senator spoke without notes"]


def test_a_dateline_is_not_part_of_the_reported_clause() -> None:
    found = indirect("ST. PAUL, Minn. — The storm closed every school in the city, Jane Roe said.")
    assert [text for text, _ in found] == ["The storm closed every school in the city"]



def test_a_name_set_beside_a_description_reports_speech() -> None:
    text = "A spokeswoman for the Harbour Agency, Inspector Jane Roe, said the ferry had been cleared to sail at noon."
    assert indirect(text) == [("the ferry had been cleared to sail at noon", "Jane Roe")]


def test_a_place_inside_a_description_is_no_speaker() -> None:
    found = indirect("A man selling spices at the bazaar in Qalatbar said rents had tripled since May.")
    assert all(speaker != "Qalatbar" for _, speaker in found)
