"""The indexed lookups of actors named before an offset give what a scan of every actor gives,
on a long text of many articles (many persons, bodies and courts, roles near and far)."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefterm.core.types import Actor
from briefterm.engine.actors.find import find_actors
from briefterm.engine.lexicon.words import lexicon
from briefterm.engine.passage_index import PassageIndex
from briefterm.engine.passages import split_passages
from briefterm.engine.quotes.named_before import INTRODUCING, NamedBefore
from briefterm.engine.quotes.roles import role_holder

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
ROLES = [("senator",), ("mayor",), ("governor",), ("minister",), ("chairman", "director"), ("mother",)]


@pytest.fixture(scope="module")
def long_text() -> tuple[str, list[Actor], NamedBefore]:
    articles = [p.read_text(encoding="utf-8") for p in sorted(FIXTURES.glob("heldout[2-5]*/docs/*.txt"))][:40]
    text = "\n\n".join(articles)
    actors = find_actors(text, PassageIndex(split_passages(text)))
    persons = [a for a in actors if a.type == "person" and a.mentions]
    bodies = [a for a in actors if a.type != "person" and a.mentions]
    return text, actors, NamedBefore(text, persons, bodies, lexicon().court_words)


def _offsets(text: str) -> range:
    return range(0, len(text) + 1, 97)  # a prime step: offsets fall near mentions as well as far


def test_only_titled_is_the_scan_of_every_person(long_text: tuple[str, list[Actor], NamedBefore]) -> None:
    text, actors, named = long_text
    persons = [a for a in actors if a.type == "person" and a.mentions]
    found = 0
    for roles in ROLES:
        for at in _offsets(text)[::5]:
            titled = [a for a in persons if a.mentions[0].start < at and role_holder(
                text, at, [(m.start, m.end, a) for m in a.mentions[:INTRODUCING] if m.start < at], roles)]
            expected = titled[0] if len(titled) == 1 else None
            assert named.only_titled(at, roles) is expected, (roles, at)
            found += expected is not None
    assert found  # some offsets have exactly one person with the role before them


def test_body_is_the_latest_first_named_with_the_words(long_text: tuple[str, list[Actor], NamedBefore]) -> None:
    text, actors, named = long_text
    bodies = [a for a in actors if a.type != "person" and a.mentions]
    queries = [[], ["court"], ["ministry"], ["university"], ["party"], ["national", "party"], ["of"], ["nowhere"]]
    found = 0
    for words in queries:
        for at in _offsets(text):
            scan = [(a.mentions[0].start, a) for a in bodies
                    if a.mentions[0].start < at and set(words) <= set(a.name.lower().split())]
            expected = max(scan, key=lambda pair: pair[0])[1] if scan else None
            assert named.body(at, words) is expected, (words, at)
            found += expected is not None
    assert found


def test_court_is_the_last_named_before(long_text: tuple[str, list[Actor], NamedBefore]) -> None:
    text, _, named = long_text
    courts = list(named.courts.values())
    assert courts
    for at in _offsets(text):
        scan = [(m.start, a) for a in courts for m in a.mentions if m.start < at]
        expected = max(scan, key=lambda pair: pair[0])[1] if scan else None
        assert named.court(at) is expected, at
