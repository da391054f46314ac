"""Invariants of the quotes and questions passes on any text, and no hang on hostile input."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefterm.core.types import Actor
from briefterm.engine.passage_index import PassageIndex
from briefterm.engine.passages import split_passages
from briefterm.engine.questions import find_questions
from briefterm.engine.quotes.find import find_quotes
from briefterm.engine.quotes.marks import quote_spans

from .test_quotes_helpers import make_actors

# Text made of what quotation and attribution code looks at: all kinds of marks,
# reporting words, pronouns, names, sentence ends and paragraph breaks.
PIECES = st.sampled_from(
    ["“", "”", '"', "‘", "’", "'", "«", "»", " ", " ", "\n", "\n\n", ".", ",", ":", ";", "?", "!", "…", "—",
     "said", "says", "told", "adding", "according to", "per", "called", "he", "she", "it", "the", "a",
     "Jane Roe", "Eastport", "Mr.", "U.S.", "don't", "’90s", "players'", "# ", "- ", "> ", "12", "x"]
)
TEXTS = st.one_of(st.lists(PIECES, max_size=80).map("".join), st.text(max_size=300))
NAMES = {"Jane Roe": ("person", ["Roe"]), "Eastport": ("place", [])}


def _run(text: str, actors: list[Actor] | None = None) -> None:
    index = PassageIndex(split_passages(text))
    actors = make_actors(text, NAMES) if actors is None else actors  # type: ignore[arg-type]
    quotes = find_quotes(text, index, actors)
    ids = {a.id for a in actors}
    prev = -1
    for q in quotes:
        assert q.kind in ("direct", "scare", "indirect")
        assert 0 <= q.start < q.end <= len(text)
        assert text[q.start : q.end] == q.text
        assert q.start > prev  # ordered, no two at one offset
        prev = q.start
        p = index.at(q.start)
        assert p is not None and p.index == q.passage and q.end <= p.end
        assert q.speaker is None or q.speaker in ids
        if q.kind == "scare":
            assert q.speaker is None and q.speaker_name is None
    questions = find_questions(text, index, actors, quotes)
    for question in questions:
        assert question.start is not None and question.end is not None
        assert text[question.start : question.end] == question.text
        # the closing marks questions.py lets follow a "?": quotes, brackets and braces, emphasis
        assert question.text.rstrip("”\"’'»)]}*_ ").endswith(("?", "?!", "!"))
        assert set(question.actors) <= ids


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS)
def test_quotes_and_questions_are_exact_slices_in_their_passages(text: str) -> None:
    _run(text)
    _run(text, [])


@settings(max_examples=200, deadline=None)
@given(st.lists(PIECES, max_size=60).map("".join))
def test_quote_spans_are_well_formed(text: str) -> None:
    spans = quote_spans(text, 0, len(text))
    for s in spans:
        assert s.open < s.start <= s.end <= s.close <= len(text)
        assert s.depth in (0, 1)
    assert [s.open for s in spans] == sorted(s.open for s in spans)


def _fast(text: str) -> None:
    """Finishes: a quadratic blow-up would hit the suite's per-test timeout (pyproject.toml)."""
    _run(text, [])


def test_many_quotation_marks_in_a_row_finish_quickly() -> None:
    for mark in ["“", "”", '"', "‘", "’", "'", "«", "“”", "‘’", "\"'"]:
        _fast(mark * 100_000)


def test_unbalanced_and_alternating_marks_finish_quickly() -> None:
    _fast("“a " * 30_000)
    _fast(("he said “" + "x " * 10) * 5_000)
    _fast("“x,” said he. " * 10_000)
    _fast("a" + "’s " * 50_000)
    _fast(("Jane Roe said " * 2000 + "“x”") * 5)


def test_long_sentence_with_many_reporting_words_finishes_quickly() -> None:
    _fast("said " * 50_000 + "“x”")
    _fast("“x” " + ", said the " * 30_000)
    _fast("Why " * 50_000 + "?")
    _fast("Exit question " * 20_000 + ": what?")


def test_the_pass_leaves_garbage_collection_as_it_found_it() -> None:
    import gc

    text = "“It was hard,” Jane Roe said."
    assert gc.isenabled()
    _run(text)
    assert gc.isenabled()
    gc.disable()
    try:
        _run(text)
        assert not gc.isenabled()
    finally:
        gc.enable()


# Words the two quick pre-checks below look for, and the characters that ignore-case regexes
# treat specially (dotless i, long s, Kelvin sign, dotted capital I).
_NAMING_PIECES = st.sampled_from(
    ["known as", "KNOWN", "knows", "dubbed", "DUB", "nickname", "nicknamed", "christened", "referred to", "refers",
     "gave his name only as", "her first name", "identified only as", "who asked that only", "surname", "only",
     "name", "the", "a", " ", ",", "“", "ı", "ſ", "K", "İ", "Ana", "x"]
)
_NAMING_TEXTS = st.one_of(st.lists(_NAMING_PIECES, max_size=30).map("".join), st.text(max_size=120))


@settings(max_examples=400, deadline=None)
@given(_NAMING_TEXTS)
def test_a_name_in_use_is_never_missed_by_the_quick_look_for_its_words(text: str) -> None:
    from briefterm.engine.quotes.find import _NAME_IN_USE_KEYS, _NAME_IN_USE_RE

    if _NAME_IN_USE_RE.search(text):
        assert any(key in text.lower() for key in _NAME_IN_USE_KEYS)


@settings(max_examples=400, deadline=None)
@given(_NAMING_TEXTS, _NAMING_TEXTS)
def test_a_given_name_is_found_as_the_plain_search_finds_it(description: str, after: str) -> None:
    from briefterm.engine.quotes import described_subject as ds

    text = description + after
    end = len(description)
    given = ds._GIVEN_AS_RE.search(text, 0, end + ds._GIVEN_AS_REACH + ds._NAME_CHARS)
    if ds.name_given_as(text, 0, end) is not None:
        assert given is not None  # the quick look skips the search only where it finds nothing
    if given is not None and given.start() <= end:  # a name given inside the description is always taken
        assert ds.name_given_as(text, 0, end) is not None
