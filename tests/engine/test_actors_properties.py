"""Invariants of the actor pass on generated text: exact slices, right passages, no crash."""

from __future__ import annotations

import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefterm.engine.actors.find import find_actors
from briefterm.engine.passage_index import PassageIndex
from briefterm.engine.passages import split_passages

# Words that exercise the rules: names, titles, connectors, possessives, acronyms,
# demonyms, capitals, stop words, punctuation and quote marks.
_WORDS = [
    "Anna", "Kowalski", "Kowalski's", "Putin’s", "Mr", "Dr.", "President", "Minister", "of",
    "the", "The", "and", "&", "de", "al-Amr", "U.S.", "EU", "NATO", "Russia", "Russian",
    "Moscow", "Kremlin", "in", "said", "Meanwhile", "However", "May", "Monday", "Article",
    "5", "S-300", "(HWA)", "[NFU]", "Harbour", "Central", "News", "Agency", "Church",
    "North", "South", "Korea", "Stadium", "Gazette", ",", ".", "?", "!", ":", ";", "—",
    "“", "”", "\"", "'", "’", "…", "I", "It'll", "don't", "Gawker.com", "town", "an",
    "adviser", "spokesperson", "\n", "\n\n", "# ", "- ", "You Might Like", "Learn more about",
    "Über", "Ærø", "Ольга", "İstanbul", "ǅemal", "45", "²", "٤٥", "½",
]

_texts = st.one_of(
    st.lists(st.sampled_from(_WORDS), max_size=80).map(" ".join),
    st.lists(st.sampled_from(_WORDS), max_size=80).map("".join),
    st.text(max_size=300),
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_texts)
def test_mentions_are_exact_slices_inside_content_passages(text: str) -> None:
    passages = PassageIndex(split_passages(text))
    actors = find_actors(text, passages)
    ids = [a.id for a in actors]
    assert len(ids) == len(set(ids))
    starts = [a.mentions[0].start for a in actors]
    assert starts == sorted(starts)
    for actor in actors:
        assert actor.mentions, actor
        assert actor.name and actor.name not in actor.aliases
        for m in actor.mentions:
            assert text[m.start : m.end] == m.text
            assert m.text.strip() == m.text and m.text
            passage = passages.at(m.start)
            assert passage is not None and passage.index == m.passage
            assert passage.kind != "boilerplate"
            assert m.end <= passage.end


def test_lowercase_words_of_a_long_text_are_those_of_the_text_split_at_once() -> None:
    """The words are gathered a piece of the text at a time; on a text many pieces long, with
    every kind of white space and words cut nowhere, they are the words of the whole."""
    import random

    from briefterm.engine.actors.names import lowercase_words

    rng = random.Random(4)
    spaces = [" ", "  ", "\n", "\n\n", "\t", "\u00a0", " \u2009"]
    text = "".join(rng.choice(_WORDS) + rng.choice(spaces) for _ in range(60_000))
    whole: set[str] = set()
    for token in text.split():
        for part in token.replace("—", " ").replace("/", " ").split():
            word = part.strip("\"'“”‘’()[]{}.,;:!?…*_-–")
            if word and word[0].islower():
                whole |= {word, word[:-2]} if word.endswith(("'s", "’s")) else {word}
    assert len(text) > 200_000
    assert lowercase_words(text) == frozenset(whole)


_BRACKETED = ["the", "union", "and", "Harbour", "Dock", ",", " ", "\t", "(HDW)", "[ABC]", "(", ")", "(x)", "Dock(HD)",
              "workers", "e", "A", "\n", "'"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_BRACKETED), max_size=40).map("".join))
def test_a_bracketed_acronym_is_only_looked_for_where_it_may_be(text: str) -> None:
    """The joiner asks the acronym pattern only of names ending within reach of the next opening
    bracket: every position where the pattern does match is within that reach."""
    from bisect import bisect_left

    from briefterm.engine.actors.join import _KIND_ACRONYM_RE, _bracket_reaches

    brackets, reaches = _bracket_reaches(text)
    for end in range(len(text) + 1):
        if _KIND_ACRONYM_RE.match(text, end):
            k = bisect_left(brackets, end)
            assert k < len(brackets) and end >= reaches[k]


_WORD_BEFORE_RE = re.compile(r"([A-Za-z]+)\.?[ \t]+$")  # what word_before reads by hand


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(["Mr", "Mrs.", "de", ".", " ", "  ", "\t", "Ana", "x", ",", "é", "9", "\n"]),
                max_size=12).map("".join))
def test_the_word_before_a_name_is_the_one_a_regex_search_finds(text: str) -> None:
    from briefterm.engine.lexicon.speech import word_before

    for start in range(len(text) + 1):
        m = _WORD_BEFORE_RE.search(text, max(0, start - 10), start)
        assert word_before(text, start) == (m.group(1).lower() if m else "")
