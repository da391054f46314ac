"""Passages: blank-line paragraphs, headings, lists, excerpts, boilerplate; offsets exact."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from briefterm.engine.passage_index import PassageIndex
from briefterm.engine.passages import split_passages


def kinds(text: str) -> list[str]:
    return [p.kind for p in split_passages(text)]


def test_paragraphs_numbered_from_one_with_exact_text() -> None:
    text = "First paragraph here.\nStill first.\n\n\n  Second one.  \n"
    ps = split_passages(text)
    assert [p.index for p in ps] == [1, 2]
    assert [p.text for p in ps] == ["First paragraph here.\nStill first.", "Second one."]
    assert all(text[p.start : p.end] == p.text for p in ps)


def test_markdown_heading_stands_alone() -> None:
    assert kinds("# Title\nBody under it.\n\nMore.") == ["heading", "body", "body"]


def test_list_run_is_one_passage() -> None:
    text = "Intro line.\n\n- one\n- two\n  continued\n3. three\n\nAfter."
    ps = split_passages(text)
    assert [p.kind for p in ps] == ["body", "list", "body"]
    assert ps[1].text == "- one\n- two\n  continued\n3. three"


def test_headline_first_line_is_heading() -> None:
    assert kinds("Leaders meet in Geneva\n\nThey met on Monday.") == ["heading", "body"]
    assert kinds("They met on Monday.\n\nMore.") == ["body", "body"]


def test_blockquote_is_excerpt() -> None:
    assert kinds("He wrote:\n\n> Quoted text\n> more\n\nBack to me.") == ["body", "excerpt", "body"]


def test_clipped_quotation_after_colon_is_excerpt() -> None:
    text = (
        "The columnist puts it well:\n\n"
        "The war drags on and the costs mount…\n\n"
        "Nobody gains from delay.\n\n"
        "I agree, mostly:\n\n"
        "More of my own words."
    )
    assert kinds(text) == ["body", "excerpt", "excerpt", "body", "body"]


def test_colon_run_without_clipping_stays_body() -> None:
    text = "Here is what happened:\n\nThe talks went on.\n\nThen they stopped.\n\nNext:"
    assert kinds(text)[:3] == ["body", "body", "body"]


def test_ellipsis_picked_up_by_next_paragraph_is_not_clipping() -> None:
    text = "Meanwhile:\n\nOne side presses on…\n\n…while the other waits.\n\nMore:"
    assert "excerpt" not in kinds(text)


def test_trailing_furniture_is_boilerplate() -> None:
    text = "A real paragraph of news.\n\nShare this article\nSubscribe to our newsletter"
    assert kinds(text) == ["body", "boilerplate"]


def test_furniture_words_inside_prose_stay_body() -> None:
    text = "Subscribe is what the ministry asked citizens to do, and many did so within days of the call."
    assert kinds("Intro.\n\n" + text + " " * 0 + "\n\nMore prose follows here.") == ["body", "body", "body"]


def test_seed_has_21_content_passages_and_1_boilerplate(seed_text: str) -> None:
    ps = split_passages(seed_text)
    assert len(ps) == 22
    assert [p.index for p in ps if p.kind == "boilerplate"] == [22]
    excerpts = [p for p in ps if p.kind == "excerpt"]
    assert [p.text[:12] for p in excerpts] == ["By stepping ", "Putin is des", "We’re at a p"]


def test_passage_index_at_offset() -> None:
    text = "Alpha.\n\nBeta."
    index = PassageIndex(split_passages(text))
    assert index.at(0) is not None and index.at(0).index == 1  # type: ignore[union-attr]
    assert index.at(6) is None  # the blank line between
    assert index.at(text.index("Beta")).index == 2  # type: ignore[union-attr]


@given(st.text(alphabet=st.sampled_from(list("ab #->*1.:…\n\n “”")), max_size=300))
def test_passages_ordered_disjoint_and_exact(text: str) -> None:
    ps = split_passages(text)
    prev_end = 0
    for i, p in enumerate(ps, 1):
        assert p.index == i
        assert prev_end <= p.start < p.end <= len(text)
        assert text[p.start : p.end] == p.text
        assert p.text.strip() == p.text
        prev_end = p.end


@given(st.text(max_size=500))
def test_arbitrary_unicode_never_crashes(text: str) -> None:
    for p in split_passages(text):
        assert text[p.start : p.end] == p.text


def test_hostile_input_is_fast_enough_to_finish() -> None:
    assert len(split_passages("\n".join(["- x"] * 50_000) + "\n\n" + "…\n\n" * 50_000)) > 0


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["…", ".", "...", "”", '"', "’", "'", " ", "\n", "\t", "a", "\u2003"]), max_size=12)
       .map("".join))
def test_ends_in_ellipsis_is_the_end_anchored_pattern(para: str) -> None:
    """Read from the end, it says what the regex search it replaced said."""
    from briefterm.engine.passages import _ends_in_ellipsis

    assert _ends_in_ellipsis(para) == bool(re.search(r"(?:…|\.\.\.)[”\"’']?\s*$", para))
