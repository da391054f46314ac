"""Word wrap by spans: every character placed once, no row too wide."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from rich.cells import cell_len

from briefterm.ui.widgets.wrap import wrap_spans

TEXT = st.text(alphabet=st.sampled_from(list("ab cde  fg\nhij") + ["あ", "é", "\u0301", "’", "—"]), max_size=300)


def test_short_line_is_one_row() -> None:
    assert wrap_spans("hello world", 20) == [(0, 11)]


def test_breaks_at_spaces_and_drops_them() -> None:
    text = "the river will be clean"
    rows = [text[s:e] for s, e in wrap_spans(text, 10)]
    assert rows == ["the river", "will be", "clean"]


def test_newlines_break_rows_and_blank_lines_stay() -> None:
    text = "one\n\ntwo"
    assert [text[s:e] for s, e in wrap_spans(text, 10)] == ["one", "", "two"]


def test_a_long_word_is_split_at_the_edge() -> None:
    text = "abcdefghij"
    assert [text[s:e] for s, e in wrap_spans(text, 4)] == ["abcd", "efgh", "ij"]


def test_wide_characters_count_two_cells() -> None:
    text = "ああ ああ ああ"
    rows = [text[s:e] for s, e in wrap_spans(text, 5)]
    assert rows == ["ああ", "ああ", "ああ"]


def test_span_of_a_slice() -> None:
    text = "xx alpha beta yy"
    assert wrap_spans(text, 5, 3, 13) == [(3, 8), (9, 13)]


@given(TEXT, st.integers(min_value=1, max_value=40))
def test_every_visible_character_is_placed_once_in_order(text: str, width: int) -> None:
    rows = wrap_spans(text, width)
    assert rows, "always at least one row"
    last = 0
    covered: list[int] = []
    for start, end in rows:
        assert last <= start <= end <= len(text)
        assert "\n" not in text[start:end]
        covered.extend(range(start, end))
        last = end
    placed = set(covered)
    assert len(placed) == len(covered)
    for i, ch in enumerate(text):
        if ch not in " \n":
            assert i in placed, (text, width, rows)


@given(TEXT, st.integers(min_value=2, max_value=40))
def test_no_row_is_wider_than_the_width(text: str, width: int) -> None:
    for start, end in wrap_spans(text, width):
        row = text[start:end]
        assert cell_len(row) <= width or len(row.strip()) == 1, (row, width)


@given(TEXT, st.integers(min_value=1, max_value=40))
def test_rows_do_not_start_with_a_dropped_space_after_a_break(text: str, width: int) -> None:
    rows = wrap_spans(text, width)
    for (_, prev_end), (start, end) in zip(rows, rows[1:], strict=False):
        if text[prev_end:start].strip(" ") == "" and "\n" not in text[prev_end:start]:
            # A soft break: the row after it starts on a visible character.
            assert start == end or text[start] != " "


def test_hostile_input_wraps() -> None:
    # How fast: `make bench` (the 200 KB paragraph); here, only that it wraps right.
    text = "x" * 200_000 + " " * 200_000 + "“" * 100_000
    rows = wrap_spans(text, 80)
    assert len(rows) > 2000
    assert all(cell_len(text[start:end]) <= 80 for start, end in rows)
