"""Search also finds words in glosses and notes, in reading order with the text's hits."""

from __future__ import annotations

from briefterm.engine.passages import split_passages
from briefterm.ui.reader.search_side import FullSearch, SideHit, SideText

TEXT = "Alpha talks.\n\nBeta.\n\nGamma talks here.\n\nDelta."


def _search(query: str) -> FullSearch:
    passages = split_passages(TEXT)
    sides = [SideText(1, "gloss", "the TALKS stalled"), SideText(3, "note", "why talks?"),
             SideText(2, "note", "nothing")]
    return FullSearch(TEXT, passages, query, sides)


def _walk(s: FullSearch, forward: bool = True) -> list[tuple[int, str]]:
    out = []
    found = s.first_after_passage(-1) if forward else s.nearest_from(0, False)
    assert found is not None
    hit = found[0]
    for _ in range(s.total):
        out.append((hit.passage, hit.side if isinstance(hit, SideHit) else "text"))
        step = s.step(hit, forward)
        assert step is not None
        hit = step[0]
    return out


def test_hits_in_glosses_and_notes_count_and_come_in_reading_order() -> None:
    s = _search("talks")
    assert s.total == 4
    assert _walk(s) == [(0, "text"), (1, "gloss"), (2, "text"), (3, "note")]
    assert list(reversed(_walk(s, forward=False))) == [(0, "text"), (1, "gloss"), (2, "text"), (3, "note")]


def test_ordinals_follow_reading_order() -> None:
    s = _search("talks")
    hit = s.first_after_passage(-1)
    seen = []
    assert hit is not None
    h = hit[0]
    for _ in range(s.total):
        seen.append(s.ordinal(h))
        nxt = s.step(h, True)
        assert nxt is not None
        h = nxt[0]
    assert seen == [1, 2, 3, 4]


def test_a_word_only_in_a_note_is_found_and_wraps() -> None:
    s = _search("why")
    assert s.total == 1
    found = s.first_after_passage(3)
    assert found is not None and found[1] is True  # wrapped round the end
    assert found[0].passage == 3 and isinstance(found[0], SideHit) and found[0].side == "note"
    assert not _search("zzz")
