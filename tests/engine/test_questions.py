"""Explicit questions: sentences ending in "?" in the author's voice."""

from __future__ import annotations

from briefterm.core.types import ActorType

from .test_quotes_helpers import questions_of

NAMES: dict[str, tuple[ActorType, list[str]]] = {
    "Eastport": ("place", []),
    "Jane Roe": ("person", ["Roe"]),
}


def texts(text: str) -> list[str]:
    return [q.text for q in questions_of(text)]


def test_a_question_sentence_among_statements() -> None:
    assert texts("The pier is shut. What does “soon” mean? Nobody knows.") == ["What does “soon” mean?"]


def test_offsets_and_origin() -> None:
    text = "Intro.\n\nWill the pier reopen? Maybe."
    (q,) = questions_of(text)
    assert (q.origin, q.passage, text[q.start or 0 : q.end]) == ("explicit", 2, "Will the pier reopen?")


def test_a_question_inside_someone_elses_quotation_is_not_the_authors() -> None:
    assert texts("Jane Roe asked, “Why now?” The council said nothing.") == []
    assert texts("“Who pays for the pier?” asked one reader.") == []


def test_a_scare_quote_may_swallow_the_question_mark() -> None:
    # American punctuation puts the mark inside the closing quote; the question is still the author's.
    assert texts("Is the plan really “fair?”") == ["Is the plan really “fair?”"]


def test_the_label_of_an_exit_question_is_dropped() -> None:
    assert texts("The vote is on Friday. Exit question: Will Eastport pay?") == ["Will Eastport pay?"]
    assert texts("The big question: who pays?") == ["who pays?"]


def test_actors_mentioned_in_the_question() -> None:
    (q,) = questions_of("Jane Roe spoke. Will Eastport trust Roe again?", NAMES)
    assert q.actors == ["eastport", "jane-roe"]


def test_headings_and_lists_may_ask_too() -> None:
    assert texts("# Is the pier safe?\n\nIt is.") == ["Is the pier safe?"]
    assert texts("Open points:\n\n- Who pays?\n- When?") == ["Who pays?", "When?"]


def test_page_furniture_and_set_off_excerpts_are_not_the_authors_voice() -> None:
    assert texts("The pier reopened.\n\nYou Might Like\nRead more: what happened next?") == []
    assert texts("She wrote:\n\n> Why did nobody ask?\n\nI agree.") == []


def test_abbreviations_do_not_split_a_question() -> None:
    assert texts("Will Mr. Roe and the U.S. envoy meet Gen. Poe in Eastport?") == [
        "Will Mr. Roe and the U.S. envoy meet Gen. Poe in Eastport?"
    ]


def test_a_parenthesised_question() -> None:
    assert texts("The pier cost a lot (who signed it off?) and opened late.") == []
    assert texts("The pier opened late. (Who signed it off?)") == ["Who signed it off?"]
