"""Property tests: a note follows its quoted text through any edit around it, and a
note whose text is deleted is orphaned, never lost."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from briefterm.engine.passage_index import passage_at
from briefterm.engine.passages import split_passages
from briefterm.notes.note import make_note, reanchor

# Documents are lowercase words; the quoted text is made of capital letters, so it
# occurs exactly once and no edit around it can recreate it.
_word = st.text(alphabet="abcdefgh", min_size=1, max_size=7)
_paragraph = st.lists(_word, min_size=1, max_size=12).map(" ".join)
_document = st.lists(_paragraph, min_size=0, max_size=6).map("\n\n".join)
_quote = st.lists(st.text(alphabet="QXYZ", min_size=1, max_size=6), min_size=1, max_size=5).map(" ".join)
_separator = st.sampled_from([" ", "\n", "\n\n", ", "])


@st.composite
def _edits(draw: st.DrawFn, text: str) -> str:
    """`text` after a few random insertions, deletions and word swaps."""
    for _ in range(draw(st.integers(0, 4))):
        kind = draw(st.sampled_from(["insert", "delete", "swap", "paragraphs"]))
        at = draw(st.integers(0, len(text)))
        if kind == "insert":
            text = text[:at] + draw(_word) + draw(_separator) + text[at:]
        elif kind == "paragraphs":
            text = text[:at] + "\n\n" + draw(_document) + "\n\n" + text[at:]
        elif kind == "delete" and text:
            end = draw(st.integers(at, min(len(text), at + 20)))
            text = text[:at] + text[end:]
        elif kind == "swap":
            text = text.replace(draw(_word), draw(_word), 1)
    return text


@st.composite
def _noted(draw: st.DrawFn) -> tuple[str, str, str]:
    """(before, quote, after): a document with a capitalised quote in one paragraph."""
    before = draw(_document)
    after = draw(_document)
    quote = draw(_quote)
    lead = draw(st.sampled_from(["", "\n\n"])) if before else ""
    trail = draw(st.sampled_from(["", "\n\n"])) if after else ""
    return before + (lead or (" " if before else "")), quote, (trail or (" " if after else "")) + after


def _note_on(before: str, quote: str, after: str):  # type: ignore[no-untyped-def]
    text = before + quote + after
    passages = split_passages(text)
    passage = passage_at(passages, len(before))
    assert passage is not None
    return make_note(text, passages, passage.index, "body", quote)


@settings(max_examples=200, deadline=None)
@given(_noted(), st.data())
def test_edits_that_keep_the_quote_keep_the_note_on_it(noted: tuple[str, str, str], data: st.DataObject) -> None:
    before, quote, after = noted
    note = _note_on(before, quote, after)
    new_before = data.draw(_edits(before))
    new_after = data.draw(_edits(after))
    # Keep the quote's words whole: glue nothing onto its edges.
    if new_before and not new_before[-1].isspace():
        new_before += " "
    if new_after and not new_after[0].isspace():
        new_after = " " + new_after
    text = new_before + quote + new_after
    passages = split_passages(text)
    placed = reanchor(note, text, passages)
    assert placed.status in ("anchored", "moved")
    assert placed.anchor.start == len(new_before)
    assert text[placed.anchor.start : placed.anchor.end] == quote == placed.anchor.exact
    assert (placed.status == "anchored") == (placed.anchor.start == note.anchor.start)
    here = passage_at(passages, placed.anchor.start)
    assert here is not None and placed.passage == here.index
    # Placing it again on the same text changes nothing.
    again = reanchor(placed, text, passages)
    assert again.status == "anchored" and again.anchor == placed.anchor


@settings(max_examples=200, deadline=None)
@given(_noted(), st.data())
def test_edits_that_delete_the_quote_orphan_the_note_but_keep_it(
    noted: tuple[str, str, str], data: st.DataObject
) -> None:
    before, quote, after = noted
    note = _note_on(before, quote, after)
    text = data.draw(_edits(before)) + data.draw(_edits(after))
    passages = split_passages(text)
    placed = reanchor(note, text, passages)
    assert placed.status == "orphaned"
    assert (placed.id, placed.body, placed.anchor) == (note.id, note.body, note.anchor)
    # It keeps a place: a passage of the new text (the nearest to where it was).
    assert placed.passage in ({p.index for p in passages} or {note.passage})


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300), st.text(max_size=300), st.data())
def test_reanchoring_any_note_on_any_text_never_fails(old: str, new: str, data: st.DataObject) -> None:
    passages = split_passages(old)
    if not passages:
        return
    passage = data.draw(st.sampled_from(passages))
    i = data.draw(st.integers(0, len(passage.text)))
    j = data.draw(st.integers(i, len(passage.text)))
    quote = passage.text[i:j]
    try:
        note = make_note(old, passages, passage.index, "b", quote)
    except Exception as e:  # a blank quote is the whole passage; an unfound one is refused
        assert type(e).__name__ == "NoteError"
        return
    placed = reanchor(note, new, split_passages(new))
    assert placed.id == note.id and placed.body == note.body
    if placed.status == "orphaned":
        assert placed.anchor == note.anchor
    else:
        a = placed.anchor
        assert new[a.start : a.end] == a.exact
        assert new[max(0, a.start - 32) : a.start] == a.prefix and new[a.end : a.end + 32] == a.suffix
