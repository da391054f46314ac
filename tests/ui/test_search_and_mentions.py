"""Search hits and the mention walk: plain logic under the keys / n N ] [."""

from __future__ import annotations

import json
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from briefterm.core.types import Actor, Mention
from briefterm.engine.passages import split_passages
from briefterm.sources.document import from_text
from briefterm.ui.reader.mentions import MentionWalk
from briefterm.ui.reader.search import Hit, Search

TEXT = "Alpha river.\n\nNo match here.\n\nThe River and the RIVER.\n\nEnd."
PASSAGES = split_passages(TEXT)


def hits_of(search: Search) -> list[Hit]:
    """Every hit in order, by stepping forward from the first passage until it wraps."""
    found = search.nearest_from(-1, True) if search else None
    hits: list[Hit] = []
    while found is not None and not (hits and found[1]):
        hits.append(found[0])
        found = search.step(found[0], True)
    return hits


def test_hits_are_case_insensitive_and_know_their_passage() -> None:
    search = Search(TEXT, PASSAGES, "river")
    assert search.total == 3
    hits = hits_of(search)
    assert [TEXT[h.start:h.end] for h in hits] == ["river", "River", "RIVER"]
    assert [h.passage for h in hits] == [0, 2, 2]
    assert [search.ordinal(h) for h in hits] == [1, 2, 3]
    p = PASSAGES[2]
    assert len(search.spans(p.start, p.end)) == 2 and search.spans(PASSAGES[1].start, PASSAGES[1].end) == []


def test_query_is_literal_not_a_pattern() -> None:
    assert not Search(TEXT, PASSAGES, "r.ver")
    text = "a (b) c"
    found = Search(text, split_passages(text), "(b)").first_after_passage(-1)
    assert found is not None and found[0].start == 2


def test_first_hit_after_a_passage_wraps_round_the_end() -> None:
    search = Search(TEXT, PASSAGES, "river")
    first = search.first_after_passage(0)  # skips the origin passage's own hit
    assert first is not None and first[0].passage == 2 and not first[1]
    wrapped = search.first_after_passage(2)
    assert wrapped is not None and wrapped[0].passage == 0 and wrapped[1]
    assert search.first_after_passage(3) == wrapped


def test_step_wraps_both_ways() -> None:
    search = Search(TEXT, PASSAGES, "river")
    a, b, c = hits_of(search)
    assert search.step(a, True) == (b, False)
    assert search.step(c, True) == (a, True)
    assert search.step(a, False) == (c, True)
    assert search.step(c, False) == (b, False)
    assert search.nearest_from(1, False) == (a, False)
    assert search.nearest_from(0, False) == (c, True)


def test_backward_search_reaches_far_back() -> None:
    text = "needle\n\n" + "hay " * 50_000 + "\n\nend"
    passages = split_passages(text)
    search = Search(text, passages, "NEEDLE")
    found = search.nearest_from(len(passages) - 1, False)
    assert found is not None and found[0].start == 0 and not found[1]


def test_empty_query_finds_nothing() -> None:
    search = Search(TEXT, PASSAGES, "")
    assert not search and search.first_after_passage(0) is None


@given(st.text(alphabet="ab \n", max_size=60), st.sampled_from(["a", "b", "ab", "ba", "A"]))
def test_stepping_visits_every_hit_once_in_order(text: str, query: str) -> None:
    passages = split_passages(text)
    if not passages:
        return
    search = Search(text, passages, query)
    hits = hits_of(search)
    assert len(hits) == search.total
    assert [h.start for h in hits] == sorted(h.start for h in hits)
    assert all(text[h.start:h.end].lower() == query.lower() for h in hits)


def _actor() -> Actor:
    spans = [(TEXT.index("Alpha"), "Alpha"), (TEXT.index("The"), "The"), (TEXT.index("End"), "End")]
    passages = [1, 3, 4]
    mentions = [Mention(p, s, s + len(w), w) for p, (s, w) in zip(passages, spans, strict=True)]
    return Actor("a", "A", "person", mentions=list(reversed(mentions)))


def test_mention_walk_goes_forward_and_back_with_wrapping() -> None:
    walk = MentionWalk(_actor())
    assert [m.passage for m in walk.mentions] == [1, 3, 4]  # document order
    assert walk.first() == (0, False)
    assert walk.step(PASSAGES[0], 1) == (1, False)
    assert walk.step(PASSAGES[2], 1) == (2, False)
    assert walk.step(PASSAGES[3], 1) == (0, True)
    assert walk.step(PASSAGES[0], -1) == (2, True)


def test_mention_walk_from_a_passage_without_a_current_mention() -> None:
    walk = MentionWalk(_actor())
    assert walk.step(PASSAGES[1], 1) == (1, False)  # from passage 2: the next is in 3
    walk = MentionWalk(_actor())
    assert walk.step(PASSAGES[1], -1) == (0, False)  # back: the one in passage 1
    the = TEXT.index("The")
    assert walk.spans(PASSAGES[0].start, PASSAGES[0].end) == [(0, 5)]
    assert walk.spans(PASSAGES[1].start, PASSAGES[1].end) == []
    assert walk.spans(PASSAGES[2].start, PASSAGES[2].end) == [(the, the + 3)]


def test_mention_walk_without_actor() -> None:
    walk = MentionWalk()
    assert walk.first() is None and walk.step(PASSAGES[0], 1) is None


def test_export_never_overwrites(tmp_path: Path) -> None:
    from briefterm.engine.analyse import analyse
    from briefterm.notes.note import make_note
    from briefterm.ui.reader.export import export_brief

    analysis = analyse(from_text(TEXT, "doc.md", name="doc"), None)
    note = make_note(analysis.document.text, analysis.passages, 1, "my own remark")
    first = export_brief(analysis, "markdown", [note], folder=tmp_path)
    second = export_brief(analysis, "markdown", folder=tmp_path)
    third = export_brief(analysis, "json", [note], folder=tmp_path)
    assert first.name == "document.export.md" and second.name == "document.export-2.md"
    assert third.suffix == ".json"
    assert "Alpha river" in first.read_text(encoding="utf-8")
    assert "my own remark" in first.read_text(encoding="utf-8")
    assert "my own remark" not in second.read_text(encoding="utf-8")
    assert json.loads(third.read_text(encoding="utf-8"))["notes"][0]["body"] == "my own remark"
