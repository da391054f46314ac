"""Anchors as robust as Hypothesis's: small changes inside the quote, orphans keep a place."""

from __future__ import annotations

import pytest

from briefterm.engine.passages import split_passages
from briefterm.notes.note import NoteError, make_note, make_note_at, reanchor

DOC = (
    "The council met on Monday.\n\n"
    "The mayor said the bridge would close in May. Why? Residents were not told why.\n\n"
    "Traders on the east bank fear a slow summer."
)


def _placed(quote: str, edited: str, passage: int = 2):  # type: ignore[no-untyped-def]
    note = make_note(DOC, split_passages(DOC), passage, "n", quote)
    return reanchor(note, edited, split_passages(edited))


@pytest.mark.parametrize("quote, old, new", [
    ("Why?", "Why?", "Why!"),                                   # a short quote, one character
    ("the bridge would close", "bridge", "bridqe"),             # a typo fixed or made
    ("the bridge would close", "would close", "would-close"),   # a space turned into a hyphen
    ("Residents were not told why.", "not told", "not tolld"),  # a character inserted
    ("Residents were not told why.", "told", "tld"),            # a character deleted
])
def test_a_one_character_change_inside_the_quote_keeps_the_note_anchored(quote: str, old: str, new: str) -> None:
    edited = "Inserted first.\n\n" + DOC.replace(old, new, 1)
    placed = _placed(quote, edited)
    assert placed.status == "moved" and placed.passage == 3
    assert placed.anchor.exact == quote.replace(old, new)
    assert edited[placed.anchor.start : placed.anchor.end] == placed.anchor.exact


def test_an_orphaned_note_sits_where_its_neighbours_are_now() -> None:
    edited = "One.\n\nTwo.\n\n" + DOC.replace("Why? ", "")
    placed = _placed("Why?", edited)
    assert placed.status == "orphaned" and placed.passage == 4  # was 2, two paragraphs above
    assert placed.anchor.exact == "Why?"


def test_an_orphan_whose_neighbours_are_gone_keeps_a_passage_of_the_text() -> None:
    edited = "Completely different.\n\nNothing alike."
    placed = _placed("Why?", edited)
    assert placed.status == "orphaned" and placed.passage == 2


def test_a_note_on_a_selection_is_anchored_to_exactly_those_characters() -> None:
    start = DOC.index("Why?")
    note = make_note_at(DOC, split_passages(DOC), 2, "why?", start, start + 4)
    assert (note.anchor.exact, note.anchor.start, note.passage, note.whole_passage) == ("Why?", start, 2, False)
    with pytest.raises(NoteError, match="not inside passage 3"):
        make_note_at(DOC, split_passages(DOC), 3, "x", start, start + 4)
