"""Search hits and the mention walk: plain logic under the keys / n N ] [."""

from __future__ import annotations

from pathlib import Path

from briefterm.model.document import from_text
from briefterm.model.passages import split_passages
from briefterm.model.types import Actor, Mention
from briefterm.ui.mentions import MentionWalk
from briefterm.ui.search import find_hits

TEXT = "Alpha river.\n\nNo match here.\n\nThe River and the RIVER.\n\nEnd."
PASSAGES = split_passages(TEXT)


def test_hits_are_case_insensitive_and_know_their_passage() -> None:
    result = find_hits(TEXT, PASSAGES, "river")
    assert [TEXT[h.start:h.end] for h in result.hits] == ["river", "River", "RIVER"]
    assert [h.passage for h in result.hits] == [0, 2, 2]
    assert len(result.in_passage(2)) == 2 and result.in_passage(1) == []


def test_query_is_literal_not_a_pattern() -> None:
    assert not find_hits(TEXT, PASSAGES, "r.ver")
    assert find_hits("a (b) c", split_passages("a (b) c"), "(b)").hits[0].start == 2


def test_first_hit_after_a_passage_wraps_round_the_end() -> None:
    result = find_hits(TEXT, PASSAGES, "river")
    assert result.first_after_passage(0) == (1, False)  # skips the origin passage's own hit
    assert result.first_after_passage(2) == (0, True)
    assert result.first_after_passage(3) == (0, True)


def test_step_wraps_both_ways() -> None:
    result = find_hits(TEXT, PASSAGES, "river")
    assert result.step(0, True) == (1, False)
    assert result.step(2, True) == (0, True)
    assert result.step(0, False) == (2, True)
    assert result.nearest_from(1, False) == (0, False)
    assert result.nearest_from(0, False) == (2, True)


def test_empty_query_finds_nothing() -> None:
    assert not find_hits(TEXT, PASSAGES, "")


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
    assert walk.spans_by_position() == {0: [(0, 5)], 2: [(TEXT.index("The"), TEXT.index("The") + 3)],
                                        3: [(TEXT.index("End"), TEXT.index("End") + 3)]}


def test_mention_walk_without_actor() -> None:
    walk = MentionWalk()
    assert walk.first() is None and walk.step(PASSAGES[0], 1) is None


def test_export_never_overwrites(tmp_path: Path) -> None:
    from briefterm.model.analysis import analyse
    from briefterm.ui.export import export_brief

    analysis = analyse(from_text(TEXT, "doc.md", name="doc"), None)
    first = export_brief(analysis, "markdown", tmp_path)
    second = export_brief(analysis, "markdown", tmp_path)
    third = export_brief(analysis, "json", tmp_path)
    assert first.name == "document.brief.md" and second.name == "document.brief-2.md"
    assert third.suffix == ".json"
    assert "Alpha river" in first.read_text(encoding="utf-8")
