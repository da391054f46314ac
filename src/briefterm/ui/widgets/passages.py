"""The passage pane: every passage numbered, wrapped and styled only when on screen.

A passage's block is a gutter (selection bar, number, note marker) beside its
rows: the brief's gloss (dim, when shown), then the text, then a blank row.
Excerpts are indented behind a bar and italic; boilerplate is dimmed; what the
source emphasised (Markdown's emphasis, code, links) is styled. Text is
always `rich.text.Text` built from the document's characters, never markup.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING

from rich.console import Console
from rich.style import Style
from rich.text import Text
from textual.cache import LRUCache
from textual.strip import Strip

from briefterm.core.text import clean
from briefterm.core.types import Emphasis, Passage
from briefterm.ui.widgets.virtual_list import VirtualList
from briefterm.ui.widgets.wrap import Span, wrap_spans

if TYPE_CHECKING:
    from briefterm.ui.reader.search import Hit, Search

EXCERPT_INDENT = 2
EMPTY_DOCUMENT = "This document is empty: there is no text to read or annotate."
BAR = "▌"
EXCERPT_BAR = "┃ "
NOTE_MARK = "✎"
_UNDERLINE = Style(underline=True)
_REVERSE = Style(reverse=True)
# Wrapping wastes part of a row at each break: estimates assume rows this full.
_FILL = 0.9


class PassagePane(VirtualList):
    """The passages of the document, one block each, with a cursor on the selected one."""

    COMPONENT_CLASSES = {
        "passages--number",
        "passages--number-selected",
        "passages--bar",
        "passages--selected",
        "passages--gloss",
        "passages--heading",
        "passages--excerpt",
        "passages--excerpt-bar",
        "passages--boilerplate",
        "passages--mention",
        "passages--match",
        "passages--match-current",
        "passages--note",
        "passages--em",
        "passages--strong",
        "passages--code",
        "passages--link",
    }

    def __init__(
        self,
        passages: Sequence[Passage],
        *,
        emphasis: Sequence[Emphasis] = (),
        id: str | None = None,  # noqa: A002 - Textual's name for it
        classes: str | None = None,
    ) -> None:
        super().__init__(id=id, classes=classes)
        self._passages: Sequence[Passage] = passages
        self._show_glosses = True
        self._noted: frozenset[int] = frozenset()
        self._mentions: Callable[[int, int], list[Span]] | None = None
        self._search: Search | None = None
        self._current_hit: Hit | None = None
        self._layouts: LRUCache[int, tuple[list[Span], list[Span]]] = LRUCache(1024)
        self._note_spans: list[Span] = []  # quoted notes' words, underlined (sorted)
        self._selection: Span | None = None  # the `v` selection, reverse video
        self._emphasis = sorted(emphasis, key=lambda e: e.start)  # document offsets, from the source
        self._emphasis_starts = [e.start for e in self._emphasis]
        self.rows_drawn = 0  # rows styled and rendered so far: lets tests check that work is lazy

    # ----- data the app sets

    @property
    def passages(self) -> Sequence[Passage]:
        return self._passages

    def set_passages(self, passages: Sequence[Passage]) -> None:
        """New passages (the same offsets, now with glosses and links): lay out again."""
        self._passages = passages
        self.reset_layout()
        self.scroll_to_item(self.cursor)

    @property
    def show_glosses(self) -> bool:
        return self._show_glosses

    def set_show_glosses(self, show: bool) -> None:
        if show != self._show_glosses:
            self._show_glosses = show
            self.reset_layout()
            self.scroll_to_item(self.cursor)

    def set_noted(self, passage_numbers: Iterable[int]) -> None:
        """Passages (1-based numbers) that carry notes: they get a marker."""
        self._noted = frozenset(passage_numbers)
        self.restyle()

    @property
    def noted(self) -> frozenset[int]:
        return self._noted

    def set_mentions(self, spans: Callable[[int, int], list[Span]] | None) -> None:
        """Spans (document offsets) to highlight, by passage position: the selected actor."""
        self._mentions = spans
        self.restyle()

    def set_note_spans(self, spans: Iterable[Span]) -> None:
        """The words quoted notes are anchored to (document offsets): underlined."""
        self._note_spans = sorted(spans)
        self.restyle()

    @property
    def note_spans(self) -> list[Span]:
        return list(self._note_spans)

    def set_selection(self, span: Span | None) -> None:
        """The words selected with `v` (document offsets), shown in reverse video."""
        self._selection = span
        self.restyle()

    @property
    def selection(self) -> Span | None:
        return self._selection

    def set_search(self, result: Search | None, current: Hit | None = None) -> None:
        self._search = result
        self._current_hit = current
        self.restyle()

    # ----- geometry

    def _gutter_width(self) -> int:
        return len(str(max(1, len(self._passages)))) + 4

    def _text_width(self, index: int, width: int) -> int:
        indent = EXCERPT_INDENT if self._passages[index].kind == "excerpt" else 0
        return max(8, width - self._gutter_width() - indent)

    def _gloss(self, passage: Passage) -> str | None:
        return clean(passage.gloss) if self._show_glosses and passage.gloss else None

    def _layout(self, index: int, width: int) -> tuple[list[Span], list[Span]]:
        """Row spans of the gloss and of the text (offsets into each)."""
        layout = self._layouts.get(index)
        if layout is None:
            passage = self._passages[index]
            text_width = self._text_width(index, width)
            gloss = self._gloss(passage)
            gloss_rows = wrap_spans(gloss, text_width) if gloss else []
            layout = (gloss_rows, wrap_spans(passage.text, text_width))
            self._layouts[index] = layout
        return layout

    def reset_layout(self) -> None:
        self._layouts.clear()  # row spans depend on the width and on the glosses
        super().reset_layout()

    def item_count(self) -> int:
        return len(self._passages)

    def render_line(self, y: int) -> Strip:
        if self._passages:
            return super().render_line(y)
        width = self.content_width
        if y != 1:  # an empty document: say so, one row down, instead of a blank pane
            return Strip.blank(width, self.rich_style)
        text = Text("  " + EMPTY_DOCUMENT, style="italic", no_wrap=True, overflow="ellipsis")
        text.truncate(width, overflow="ellipsis")
        segments = list(text.render(self.app.console))
        return Strip(segments).apply_style(self.rich_style).extend_cell_length(width, self.rich_style)

    def estimate_rows(self, index: int, width: int) -> int:
        passage = self._passages[index]
        usable = self._text_width(index, width) * _FILL
        rows = int(len(passage.text) / usable) + 1 + passage.text.count("\n")
        gloss = self._gloss(passage)
        if gloss:
            rows += int(len(gloss) / usable) + 1
        return rows + 1  # the blank row after each passage

    def row_of_offset(self, index: int, offset: int) -> int:
        """The row (within the passage's block) showing document offset `offset`."""
        passage = self._passages[index]
        gloss_rows, text_rows = self._layout(index, self.layout_width)
        local = offset - passage.start
        k = bisect.bisect_right(text_rows, local, key=lambda span: span[1])  # the first row ending after it
        return len(gloss_rows) + min(k, len(text_rows) - 1)

    # ----- drawing

    def _style(self, name: str) -> Style:
        return self.component_style(name)

    def render_item(self, index: int, width: int, selected: bool) -> PassageRows:
        return PassageRows(self, index, width, selected)

    def render_row(self, index: int, row: int, width: int, selected: bool) -> Strip:
        """Row `row` of passage `index`'s block: gloss rows, text rows, then a blank row."""
        passage = self._passages[index]
        gloss_rows, text_rows = self._layout(index, width)
        self.rows_drawn += 1
        if row >= len(gloss_rows) + len(text_rows):
            return Strip.blank(width, self.rich_style)
        base = self.rich_style
        if selected:
            base = base + self.component_style("passages--selected")
        gutter_width = self._gutter_width()
        gutter = self._first_gutter(passage, selected, gutter_width) if row == 0 else \
            self._gutter(selected, gutter_width)
        console = self.app.console
        if row < len(gloss_rows):
            start, end = gloss_rows[row]
            gloss = self._gloss(passage) or ""
            return self._row(console, base, width, gutter, Text(gloss[start:end], style=self._style("passages--gloss")))
        start, end = text_rows[row - len(gloss_rows)]
        body = self._styled_row(passage, start, end)
        if passage.kind == "excerpt":
            bar = Text(EXCERPT_BAR, style=self._style("passages--excerpt-bar"))
            return self._row(console, base, width, gutter, bar, body)
        return self._row(console, base, width, gutter, body)

    def _styled_row(self, passage: Passage, start: int, end: int) -> Text:
        """Characters start:end of the passage, styled: its kind, the actor's mentions, search hits."""
        kind_style = _KIND_STYLES.get(passage.kind)
        # Tabs would be expanded by the terminal: one space keeps offsets and widths.
        body = Text(passage.text[start:end].replace("\t", " "), style=self._style(kind_style) if kind_style else "")
        origin = passage.start + start
        low, high = origin, passage.start + end
        length = end - start
        first = bisect.bisect_left(self._emphasis_starts, passage.start)
        for emphasis in self._emphasis[first : bisect.bisect_left(self._emphasis_starts, high)]:
            if emphasis.end > low:
                body.stylize(self._style(f"passages--{emphasis.style}"), max(0, emphasis.start - origin),
                             min(length, emphasis.end - origin))
        if self._mentions is not None:
            mention = self._style("passages--mention")
            for m_start, m_end in self._mentions(max(passage.start, low - _SPAN_MARGIN), high):
                if m_end > low:
                    body.stylize(mention, max(0, m_start - origin), min(length, m_end - origin))
        for n_start, n_end in self._note_spans_in(low, high):
            body.stylize(_UNDERLINE, max(0, n_start - origin), min(length, n_end - origin))
        if self._search:
            match = self._style("passages--match")
            current_style = self._style("passages--match-current")
            current = self._current_hit.start if self._current_hit is not None else -1
            for h_start, h_end in self._search.spans(low, high):
                style = current_style if h_start == current else match
                body.stylize(style, max(0, h_start - origin), min(end - start, h_end - origin))
        selection = self._selection
        if selection is not None and selection[1] > low and selection[0] < high:
            body.stylize(_REVERSE, max(0, selection[0] - origin), min(length, selection[1] - origin))
        return body

    def _note_spans_in(self, start: int, end: int) -> list[Span]:
        spans = self._note_spans
        i = bisect.bisect_left(spans, (start, start))
        while i > 0 and spans[i - 1][1] > start:
            i -= 1
        out: list[Span] = []
        while i < len(spans) and spans[i][0] < end:
            if spans[i][1] > start:
                out.append(spans[i])
            i += 1
        return out

    def _first_gutter(self, passage: Passage, selected: bool, width: int) -> Text:
        number_style = self._style("passages--number-selected" if selected else "passages--number")
        digits = width - 4
        gutter = Text.assemble(
            (BAR if selected else " ", self._style("passages--bar")),
            (str(passage.index).rjust(digits), number_style),
            " ",
        )
        if passage.index in self._noted:
            gutter.append(NOTE_MARK, self._style("passages--note"))
        else:
            gutter.append(" ")
        gutter.append(" ")
        return gutter

    def _gutter(self, selected: bool, width: int) -> Text:
        return Text.assemble((BAR if selected else " ", self._style("passages--bar")), " " * (width - 1))

    @staticmethod
    def _row(console: Console, base: Style, width: int, *parts: Text) -> Strip:
        row = Text.assemble(*parts, style=base, end="")
        row.truncate(width, overflow="crop", pad=True)
        return Strip(list(row.render(console)), width)


_KIND_STYLES = {"heading": "passages--heading", "excerpt": "passages--excerpt", "boilerplate": "passages--boilerplate"}
_SPAN_MARGIN = 256  # a mention starting this far before a row may still reach into it
_ROWS_KEPT = 256  # drawn rows kept per passage (a few screens of a very long one)


class PassageRows:
    """A passage's rows, drawn when first asked for: a 200 KB paragraph costs the rows on screen."""

    def __init__(self, pane: PassagePane, index: int, width: int, selected: bool) -> None:
        self._pane = pane
        self._index = index
        self._width = width
        self._selected = selected
        gloss_rows, text_rows = pane._layout(index, width)
        self._count = len(gloss_rows) + len(text_rows) + 1  # the blank row after each passage
        self._drawn: LRUCache[int, Strip] = LRUCache(_ROWS_KEPT)

    def __len__(self) -> int:
        return self._count

    def __getitem__(self, row: int, /) -> Strip:
        strip = self._drawn.get(row)
        if strip is None:
            if not 0 <= row < self._count:
                raise IndexError(row)
            strip = self._pane.render_row(self._index, row, self._width, self._selected)
            self._drawn[row] = strip
        return strip
