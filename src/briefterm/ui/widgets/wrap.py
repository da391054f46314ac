"""Greedy word wrap that returns row spans, not strings.

The passage pane slices styled text by these spans, so highlights keep their
offsets. Rows break at spaces (dropped at the break) and at newlines; a word
wider than the row is split by cells. Single-width text takes a fast path that
works on character counts with `str.rfind`; text with wide or zero-width
characters is measured cell by cell.
"""

from __future__ import annotations

from rich.cells import cell_len, get_character_cell_size

Span = tuple[int, int]


def wrap_spans(text: str, width: int, start: int = 0, end: int | None = None) -> list[Span]:
    """Rows of `text[start:end]` wrapped to `width` cells, as (start, end) offsets into `text`.

    Always at least one row (an empty one for empty text).
    """
    end = len(text) if end is None else end
    width = max(1, width)
    rows: list[Span] = []
    pos = start
    while True:
        nl = text.find("\n", pos, end)
        line_end = end if nl < 0 else nl
        _wrap_line(text, pos, line_end, width, rows)
        if nl < 0:
            return rows
        pos = nl + 1


def count_rows(text: str, width: int) -> int:
    """How many rows `wrap_spans` gives (same rules, same answer)."""
    return len(wrap_spans(text, width))


def _single_width(line: str) -> bool:
    """Every character one cell wide (no wide East Asian characters, no combining marks)."""
    return line.isascii() or all(get_character_cell_size(ch) == 1 for ch in set(line))


def _wrap_line(text: str, start: int, end: int, width: int, rows: list[Span]) -> None:
    line = text[start:end]
    if len(line) <= width and (line.isascii() or cell_len(line) <= width):
        rows.append((start, end))
    elif _single_width(line):
        _wrap_narrow(text, start, end, width, rows)
    else:
        _wrap_cells(text, start, end, width, rows)


def _wrap_narrow(text: str, pos: int, end: int, width: int, rows: list[Span]) -> None:
    """Every character one cell wide: widths are character counts."""
    while end - pos > width:
        cut = text.rfind(" ", pos, pos + width + 1)
        if cut <= pos:
            # No space to break at: split the word at the row's edge.
            rows.append((pos, pos + width))
            pos += width
            continue
        row_end = cut
        while row_end > pos and text[row_end - 1] == " ":
            row_end -= 1
        rows.append((pos, row_end))
        pos = cut + 1
        while pos < end and text[pos] == " ":
            pos += 1
    rows.append((pos, end))


def _wrap_cells(text: str, pos: int, end: int, width: int, rows: list[Span]) -> None:
    """Mixed cell widths (wide East Asian characters, combining marks): measure each one."""
    row_start = pos
    cells = 0
    last_space = -1  # offset of the last space in the current row
    i = pos
    while i < end:
        ch = text[i]
        size = get_character_cell_size(ch)
        if ch == " ":
            last_space = i
        if cells + size > width and i > row_start:
            if last_space > row_start:
                row_end = last_space
                while row_end > row_start and text[row_end - 1] == " ":
                    row_end -= 1
                rows.append((row_start, row_end))
                row_start = last_space + 1
            else:
                rows.append((row_start, i))
                row_start = i
            while row_start < end and text[row_start] == " ":
                row_start += 1
            last_space = -1
            cells = cell_len(text[row_start:i]) if row_start < i else 0
            i = max(i, row_start)
            continue
        cells += size
        i += 1
    rows.append((row_start, end))
