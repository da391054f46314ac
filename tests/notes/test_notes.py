"""Notes: making them, and re-anchoring them after the document changes."""

from __future__ import annotations

import dataclasses

import pytest

from briefterm.engine.passages import split_passages
from briefterm.notes.anchor import CONTEXT_CHARS, Anchor, find_quote, make_anchor
from briefterm.notes.note import (
    Note,
    NoteError,
    edit_note,
    make_note,
    note_from_record,
    note_to_dict,
    note_to_record,
    reanchor,
    reanchor_all,
)

DOC = (
    "The council met on Monday.\n\n"
    "The mayor said the bridge would close in May. Residents were not told why. "
    "A spokesperson declined to comment.\n\n"
    "Traders on the east bank fear a slow summer."
)


def _note(text: str, passage: int, quote: str | None = None) -> Note:
    return make_note(text, split_passages(text), passage, "my note", quote)


def _place(note: Note, text: str) -> Note:
    return reanchor(note, text, split_passages(text))


# --- making notes ---------------------------------------------------------------


def test_quote_note_anchors_on_the_quote() -> None:
    note = _note(DOC, 2, "Residents were not told why.")
    a = note.anchor
    assert DOC[a.start : a.end] == a.exact == "Residents were not told why."
    assert a.prefix == DOC[a.start - CONTEXT_CHARS : a.start]
    assert a.suffix == DOC[a.end : a.end + CONTEXT_CHARS]
    assert note.passage == 2 and note.status == "anchored" and not note.whole_passage
    assert note.created == note.updated and note.created.endswith("Z")
    assert len(note.id) >= 16


def test_note_without_quote_anchors_on_the_whole_passage() -> None:
    note = _note(DOC, 3)
    passage = split_passages(DOC)[2]
    assert note.whole_passage
    assert (note.anchor.start, note.anchor.end, note.anchor.exact) == (passage.start, passage.end, passage.text)
    assert note.anchor.suffix == ""  # nothing after the last passage


def test_blank_quote_means_the_whole_passage() -> None:
    assert _note(DOC, 1, "   ").whole_passage


def test_prefix_is_short_at_the_start_of_the_text() -> None:
    assert _note(DOC, 1, "The council").anchor.prefix == ""


@pytest.mark.parametrize("number", [0, -1, 4, 99])
def test_unknown_passage_is_an_error(number: int) -> None:
    with pytest.raises(NoteError, match=f"no passage {number}"):
        _note(DOC, number)


def test_quote_not_in_the_passage_is_an_error() -> None:
    with pytest.raises(NoteError, match="quote not found in passage 3"):
        _note(DOC, 3, "The mayor said")  # it is in passage 2, not 3


def test_quote_matches_across_line_breaks_and_quote_styles() -> None:
    text = "He said “we will\nnot yield” and left."
    assert find_quote(text, 'said "we will not yield"') == (3, 27)
    assert find_quote(text, "HE SAID") == (0, 7)
    assert find_quote(text, "nothing like it") is None


def test_body_loses_control_characters() -> None:
    note = make_note(DOC, split_passages(DOC), 1, "a\x1b[31mred\x07 note\r\nline")
    assert note.body == "ared note\nline"


# --- re-anchoring -----------------------------------------------------------------


def test_unchanged_text_keeps_the_note_anchored() -> None:
    note = _note(DOC, 2, "Residents were not told why.")
    placed = _place(note, DOC)
    assert placed.status == "anchored" and placed.anchor == note.anchor and placed.passage == 2


def test_acceptance_paragraphs_inserted_above_and_a_word_changed_in_the_passage() -> None:
    note = _note(DOC, 2, "Residents were not told why.")
    whole = _note(DOC, 2)
    edited = DOC.replace("The council met", "A new opening line.\n\nAnother one.\n\nThe council met")
    edited = edited.replace("would close in May", "would shut in May")
    for n in (note, whole):
        placed = _place(n, edited)
        assert placed.status == "moved"
        assert placed.passage == 4
        assert edited[placed.anchor.start : placed.anchor.end] == placed.anchor.exact
    assert _place(note, edited).anchor.exact == "Residents were not told why."
    assert _place(whole, edited).anchor.exact.startswith("The mayor said the bridge would shut")


def test_acceptance_deleting_the_quoted_sentence_orphans_the_note() -> None:
    note = _note(DOC, 2, "Residents were not told why.")
    edited = DOC.replace("Residents were not told why. ", "")
    placed = _place(note, edited)
    assert placed.status == "orphaned"
    assert placed.anchor == note.anchor  # still knows what it was attached to
    assert placed.passage == 2 and placed.body == note.body and placed.id == note.id


def test_repeats_are_told_apart_by_prefix_and_suffix() -> None:
    text = "Alpha says yes. Beta says no.\n\nGamma says yes. Delta says no."
    note = make_note(text, split_passages(text), 2, "n", "says yes")
    assert text[note.anchor.start - 6 : note.anchor.start] == "Gamma "
    # Remove the first paragraph's prefix word so offsets shift; the second "says yes"
    # must still be chosen by its context, although the first one is now nearer.
    edited = "Alpha says yes. Beta says no. Extra words here.\n\nGamma says yes. Delta says no."
    placed = _place(note, edited)
    assert placed.status == "moved"
    assert edited[placed.anchor.start - 6 : placed.anchor.start] == "Gamma "


def test_among_equal_repeats_the_nearest_to_the_old_place_wins() -> None:
    text = "x. same words. y.\n\nx. same words. y.\n\nx. same words. y."
    note = make_note(text, split_passages(text), 2, "n", "same words")
    edited = "intro\n\n" + text
    placed = _place(note, edited)
    assert placed.passage == 3  # the middle one again, shifted by the intro


def test_a_changed_word_inside_the_quote_is_found_fuzzily() -> None:
    note = _note(DOC, 2, "The mayor said the bridge would close in May.")
    edited = DOC.replace("would close in May", "would close in June")
    placed = _place(note, edited)
    assert placed.status == "moved" and placed.passage == 2
    assert placed.anchor.exact.startswith("The mayor said") and "June" in placed.anchor.exact


def test_a_rewritten_quote_is_orphaned_not_matched_to_something_else() -> None:
    note = _note(DOC, 2, "The mayor said the bridge would close in May.")
    edited = DOC.replace("The mayor said the bridge would close in May.", "Officials published a plan.")
    assert _place(note, edited).status == "orphaned"


def test_short_quotes_are_never_matched_fuzzily() -> None:
    note = _note(DOC, 3, "slow summer")
    assert _place(note, DOC.replace("slow summer", "slow autumn")).status == "orphaned"


def test_whole_passage_note_follows_its_passage_when_a_word_changes() -> None:
    note = _note(DOC, 3)
    edited = DOC.replace("fear a slow", "expect a slow")
    placed = _place(note, edited)
    passage = split_passages(edited)[2]
    assert placed.status == "moved"
    assert (placed.anchor.start, placed.anchor.end) == (passage.start, passage.end)


def test_a_deleted_passage_orphans_its_whole_passage_note() -> None:
    note = _note(DOC, 3)
    edited = DOC[: DOC.index("\n\nTraders")]
    assert _place(note, edited).status == "orphaned"


def test_anchor_beyond_the_end_of_a_shorter_text_is_searched_for() -> None:
    note = dataclasses.replace(
        _note(DOC, 3, "slow summer"), anchor=Anchor("slow summer", "", "", 10_000, 10_011)
    )
    placed = _place(note, DOC)
    assert placed.status == "moved" and DOC[placed.anchor.start : placed.anchor.end] == "slow summer"


def test_empty_anchor_is_orphaned() -> None:
    note = dataclasses.replace(_note(DOC, 1), anchor=Anchor("", "", "", 0, 0))
    assert _place(note, DOC).status == "orphaned"


def test_reanchor_all_sorts_orphans_last() -> None:
    keep = _note(DOC, 3, "slow summer")
    lost = _note(DOC, 1, "The council met on Monday.")
    edited = DOC.replace("The council met on Monday.", "Nothing here.")
    placed = reanchor_all([lost, keep], edited, split_passages(edited))
    assert [n.status for n in placed] == ["moved", "orphaned"]


def test_reanchoring_stays_fast_on_a_big_text() -> None:
    filler = "".join(f"Paragraph {i} talks about item number {i * 7}.\n\n" for i in range(60_000))
    text = filler + DOC  # about 3 MB
    note = make_note(text, split_passages(text), 60_002, "n", "Residents were not told why.")
    whole = make_note(text, split_passages(text), 60_002, "n")
    edited = "Inserted.\n\n" + text.replace("would close in May", "would shut in May")
    passages = split_passages(edited)
    gone = dataclasses.replace(note, anchor=make_anchor("zz " * 40 + "unique words nowhere else", 0, 140))
    placed = reanchor_all([note, whole, gone], edited, passages)  # timed by benchmarks/anchoring.py
    assert [n.status for n in placed] == ["moved", "moved", "orphaned"]


# --- editing ----------------------------------------------------------------------


def test_edit_keeps_the_anchor_when_the_quote_is_unchanged() -> None:
    note = _note(DOC, 2, "Residents were not told why.")
    edited = edit_note(note, DOC, split_passages(DOC), "new body", "Residents were not told why.")
    assert edited.body == "new body" and edited.anchor == note.anchor and edited.created == note.created


def test_edit_can_move_the_quote_or_widen_it_to_the_passage() -> None:
    note = _note(DOC, 2, "Residents were not told why.")
    passages = split_passages(DOC)
    moved = edit_note(note, DOC, passages, "b", "A spokesperson declined")
    assert moved.anchor.exact == "A spokesperson declined" and not moved.whole_passage
    widened = edit_note(moved, DOC, passages, "b", None)
    assert widened.whole_passage and widened.anchor.exact == passages[1].text
    with pytest.raises(NoteError):
        edit_note(note, DOC, passages, "b", "not in this passage")


# --- plain data -------------------------------------------------------------------


def test_record_round_trip() -> None:
    note = _note(DOC, 2, "Residents were not told why.")
    assert note_from_record(note_to_record(note)) == note
    d = note_to_dict(note)
    assert set(d) == {"id", "passage", "body", "status", "created", "updated", "anchor"}
    assert set(d["anchor"]) == {"exact", "prefix", "suffix", "start", "end"}


@pytest.mark.parametrize(
    "entry",
    [None, "text", {"body": "no id"}, {"id": "x", "body": "b"}, {"id": "x", "anchor": {"exact": 1}}],
)
def test_unusable_records_raise_value_error(entry: object) -> None:
    with pytest.raises(ValueError):
        note_from_record(entry)


def test_bare_yaml_timestamps_become_iso_text() -> None:
    import datetime as dt

    record = note_to_record(_note(DOC, 1))
    record["created"] = dt.datetime(2024, 5, 1, 12, 0, tzinfo=dt.UTC)
    assert note_from_record(record).created == "2024-05-01T12:00:00.000Z"
