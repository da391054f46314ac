"""Which words can name a speaker, on words of our own."""

from __future__ import annotations

import pytest

from briefterm.engine.quotes.speaker_words import agent_noun, fits_pronoun


@pytest.mark.parametrize("word", ["trader", "voters", "activist", "historian", "migrant", "residents", "student"])
def test_nouns_for_someone_who_does_something(word: str) -> None:
    assert agent_noun(word)


@pytest.mark.parametrize("word", ["plant", "event", "statement", "government", "comments", "town"])
def test_nouns_for_things(word: str) -> None:
    assert not agent_noun(word)


def test_she_may_stand_for_a_person_not_a_thing() -> None:
    assert fits_pronoun("a local activist", "person", "she")
    assert not fits_pronoun("the plant", "person", "she")
    assert not fits_pronoun("the spokesman", "person", "she")
