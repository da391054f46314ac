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
        for k, (_, end) in enumerate(text_rows):
            if local < end:
                return len(gloss_rows) + k
        return len(gloss_rows) + len(text_rows) - 1

    # ----- drawing

    def _style(self, name: str) -> Style:
        return self.component_style(name)

    def render_item(self, index: int, width: int, selected: bool) -> list[Strip]:
        passage = self._passages[index]
        gloss_rows, text_rows = self._layout(index, width)
        base = self.rich_style
        if selected:
            base = base + self.component_style("passages--selected")
        console = self.app.console
        gutter_width = self._gutter_width()
        excerpt = passage.kind == "excerpt"

        body = self._styled_body(index, passage)
        gloss = self._gloss(passage)
        gloss_text = Text(gloss, style=self._style("passages--gloss")) if gloss else None

        first = self._first_gutter(passage, selected, gutter_width)
        rest = self._gutter(selected, gutter_width)
        rows: list[Strip] = []
        for k, (start, end) in enumerate(gloss_rows):
            assert gloss_text is not None
            rows.append(self._row(console, base, width, first if k == 0 else rest,
                                  gloss_text[start:end]))
        bar = Text(EXCERPT_BAR, style=self._style("passages--excerpt-bar")) if excerpt else None
        for start, end in text_rows:
            gutter = first if not rows else rest
            parts = [gutter, bar, body[start:end]] if bar is not None else [gutter, body[start:end]]
            rows.append(self._row(console, base, width, *parts))
        rows.append(Strip.blank(width, self.rich_style))
        return rows

    def _styled_body(self, index: int, passage: Passage) -> Text:
        kind_style = {
            "heading": "passages--heading",
            "excerpt": "passages--excerpt",
            "boilerplate": "passages--boilerplate",
        }.get(passage.kind)
        # Tabs would be expanded by the terminal: one space keeps offsets and widths.
        body = Text(passage.text.replace("\t", " "), style=self._style(kind_style) if kind_style else "")
        origin = passage.start
        first = bisect.bisect_left(self._emphasis_starts, passage.start)
        for emphasis in self._emphasis[first : bisect.bisect_left(self._emphasis_starts, passage.end)]:
            body.stylize(self._style(f"passages--{emphasis.style}"), emphasis.start - origin,
                         min(emphasis.end, passage.end) - origin)
        mention = self._style("passages--mention")
        for start, end in self._mentions(passage.start, passage.end) if self._mentions else ():
            body.stylize(mention, start - origin, end - origin)
        for start, end in self._note_spans_in(passage.start, passage.end):
            body.stylize(_UNDERLINE, max(0, start - origin), end - origin)
        if self._search:
            match = self._style("passages--match")
            current_style = self._style("passages--match-current")
            current = self._current_hit.start if self._current_hit is not None else -1
            for start, end in self._search.spans(passage.start, passage.end):
                body.stylize(current_style if start == current else match, start - origin, end - origin)
        if self._selection is not None and passage.start <= self._selection[0] < passage.end:
            body.stylize(_REVERSE, self._selection[0] - origin, self._selection[1] - origin)
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
    def _row(console: object, base: Style, width: int, *parts: Text) -> Strip:
        row = Text.assemble(*parts, style=base, end="")
        row.truncate(width, overflow="crop", pad=True)
        return Strip(list(row.render(console)), width)  # type: ignore[arg-type]
