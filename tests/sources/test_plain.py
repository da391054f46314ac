"""Plain text: hard-wrapped paragraphs joined, line paragraphs kept, the headline as title."""

from __future__ import annotations

import re
import textwrap
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from briefterm.engine.passages import document_passages
from briefterm.sources.dispatch import build
from briefterm.sources.document import load
from briefterm.sources.plain import headline, reflow
from tests.conftest import DEVSET, ROOT, SEED

PARAS = [
    "Ministers met in Brussels on Monday to agree on a common response to the rising price of energy, "
    "after weeks of talks that several delegations described as the hardest of the year.",
    "The finance minister of Portugal was less certain. He told reporters that the plan left open how much "
    "each country would pay, and that his government would not sign a long-term blank cheque.",
]


def wrapped(width: int = 72) -> str:
    return "\n\n".join(textwrap.fill(p, width) for p in PARAS) + "\n"


def test_hard_wrapped_paragraphs_are_joined_with_spaces() -> None:
    for width in (40, 60, 72, 79):
        assert reflow(wrapped(width)) == "\n\n".join(PARAS) + "\n"


def test_a_word_broken_at_its_own_hyphen_joins_back_whole() -> None:
    text = "aaaa " * 13 + "long-\nterm plans were made by the government on a day like any other one\n"
    assert "long-term plans" in reflow(text)


def test_lists_verse_tables_and_short_lines_keep_their_breaks() -> None:
    kept = [
        "Key points of the agreement reached on Monday:\n- storage costs are shared by all\n- a package "
        "comes before the winter\n- the shares are still open to talks",
        "The woods are lovely, dark and deep,\nBut I have promises to keep,\nAnd miles to go before I sleep,",
        "Country     Share     Storage\nPortugal    12%       1.2 TWh\nGermany     31%       9.8 TWh",
        "| country | share | storage |\n| Portugal | 12 | 1.2 TWh of gas |\n| Germany | 31 | 9.8 TWh of gas |",
        "Dear editor,\nthanks.\nAnna",
        "    indented code that is long enough to be wrapped if it were prose\n    and more of it",
    ]
    for text in kept:
        assert reflow(text) is text  # nothing joined: the very string, not a copy built again


def test_heading_line_keeps_its_break_and_the_paragraph_below_joins() -> None:
    text = "ENERGY TALKS\n" + textwrap.fill(PARAS[0], 72)
    assert reflow(text) == "ENERGY TALKS\n" + PARAS[0]


def test_one_long_line_per_paragraph_keeps_each_line_a_paragraph() -> None:
    text = "Europe agrees energy plan\n" + "\n".join(PARAS) + "\nAnalysts said prices would stay high.\n"
    out = reflow(text)
    assert out == "Europe agrees energy plan\n\n" + "\n\n".join(PARAS) + "\n\nAnalysts said prices would stay high.\n"
    doc = build(text, "news.txt")
    assert [p.text for p in document_passages(doc)][1:3] == PARAS


def test_text_without_adjacent_lines_is_returned_as_it_is(seed_text: str) -> None:
    assert reflow(seed_text) == seed_text
    text = "One paragraph.\n\nAnother one.\n"
    assert reflow(text) is text


def test_the_seed_and_the_scored_articles_read_as_before() -> None:
    """No text of the seed or the scored sets is hard-wrapped: their passages do not move."""
    docs = [SEED, *sorted((ROOT / "tests" / "fixtures").glob("*/docs/*.txt")), *sorted(DEVSET.glob("docs/*.txt"))]
    for path in docs:
        raw = path.read_text(encoding="utf-8")
        assert reflow(raw) == raw, path


def test_title_is_the_headline_first_paragraph_joined() -> None:
    title = "Europe agrees energy plan after long talks"
    assert headline("Europe agrees energy plan\nafter long talks\n\nBody.") == title
    assert headline("Will the talks fail?\n\nBody.") == "Will the talks fail?"
    assert headline("This is a first sentence, not a headline.\n\nBody.") is None
    assert headline(" ".join(["word"] * 21)) is None
    assert headline("# Markdown heading\n\nBody.") is None


def test_loaded_hard_wrapped_text_reads_as_paragraphs(tmp_path: Path) -> None:
    path = tmp_path / "wrapped.txt"
    path.write_text("Europe agrees energy\nplan after long talks\n\n" + wrapped(), encoding="utf-8")
    doc = load(str(path))
    assert doc.title == "Europe agrees energy plan after long talks"
    assert [p.text for p in document_passages(doc)][1:] == PARAS


_LINE = st.text(st.sampled_from("ab  -|#>•1.:\t”"), max_size=90)


@settings(max_examples=300, deadline=None)
@given(st.lists(_LINE, max_size=12))
def test_reflow_changes_only_white_space_between_lines(lines: list[str]) -> None:
    text = "\n".join(lines)
    out = reflow(text)
    assert re.sub(r"\s", "", out) == re.sub(r"\s", "", text)
    # Joining never crosses a blank line: as many blank-line paragraphs or more.
    assert len(re.findall(r"\n[ \t]*\n", out)) >= len(re.findall(r"\n[ \t]*\n", text))


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(PARAS + ["", "Short line.", "- item one", "Title"]), max_size=10),
       st.integers(min_value=30, max_value=100))
def test_passages_of_a_reflowed_text_are_exact_slices(paras: list[str], width: int) -> None:
    text = "\n\n".join(textwrap.fill(p, width) if len(p) > width else p for p in paras)
    doc = build(text, "doc.txt")
    for p in document_passages(doc):
        assert doc.text[p.start : p.end] == p.text and p.text.strip() == p.text


def test_reflow_is_linear_on_long_lines_and_many_lines() -> None:
    """A regex that backtracks would take hours here; a linear pass takes a moment."""
    hostile = ("x" * 20_000 + "\n") * 50 + ("word " * 14 + "\n") * 5_000 + " \t" * 20_000 + "\n" + "y" * 50_000
    out = reflow(hostile)
    assert re.sub(r"\s", "", out) == re.sub(r"\s", "", hostile)


def test_a_list_item_wrapped_with_a_hanging_indent_joins_its_item() -> None:
    text = ("1. First item of a list that is long enough to wrap onto the next\n"
            "   line with a hanging indent\n2. Second item\n")
    assert reflow(text) == ("1. First item of a list that is long enough to wrap onto the next line with a "
                            "hanging indent\n2. Second item\n")
