"""The search (`/`, `n`, `N`): case-insensitive, literal, vim-like wrapping.

`Search` is one query over the text; `Searching` is the reader's side of it
(the field, the current hit, the keys).

Nothing is listed up front: every question ("how many hits", "the next one
after here", "which one is this") is one scan by the regex engine in C, so a
one-letter query in a 3 MB document stays quick as you type. Passage positions
here are 0-based indices into the passages the reader shows.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from rich.text import Text

from briefterm.core.types import Passage
from briefterm.ui.keymap import key_for

if TYPE_CHECKING:
    from briefterm.ui.screens.reader import ReaderScreen
    from briefterm.ui.widgets.search_bar import SearchBar


@dataclass(frozen=True)
class Hit:
    start: int
    end: int
    passage: int  # position of the passage holding the hit


class Search:
    """One query over one text."""

    def __init__(self, text: str, passages: Sequence[Passage], query: str) -> None:
        self.query = query
        self._text = text
        self._starts = [p.start for p in passages]
        self._ends = [p.end for p in passages]
        self._pattern = re.compile(re.escape(query), re.IGNORECASE) if query else None
        self.total = len(self._pattern.findall(text)) if self._pattern is not None else 0

    def __bool__(self) -> bool:
        return self.total > 0

    def spans(self, start: int, end: int) -> list[tuple[int, int]]:
        """Hits that overlap text[start:end] (a row on screen), for highlighting."""
        if self._pattern is None:
            return []
        margin = 2 * len(self.query)
        lo, hi = max(0, start - margin), min(len(self._text), end + margin)
        return [m.span() for m in self._pattern.finditer(self._text, lo, hi) if m.end() > start and m.start() < end]

    def ordinal(self, hit: Hit) -> int:
        """1-based number of this hit among all of them."""
        assert self._pattern is not None
        return len(self._pattern.findall(self._text, 0, hit.start)) + 1

    def first_after_passage(self, position: int) -> tuple[Hit, bool] | None:
        """The first hit in a passage after `position`, wrapping round; and whether it wrapped."""
        start = self._starts[position + 1] if position + 1 < len(self._starts) else len(self._text)
        return self._forward(start)

    def step(self, hit: Hit, forward: bool) -> tuple[Hit, bool] | None:
        """The hit after (or before) `hit`, wrapping round the end (or the start)."""
        return self._forward(hit.end) if forward else self._backward(hit.start)

    def nearest_from(self, position: int, forward: bool) -> tuple[Hit, bool] | None:
        """With no current hit: the first after passage `position`, or the last before it."""
        if forward:
            return self.first_after_passage(position)
        return self._backward(self._starts[position] if position < len(self._starts) else len(self._text))

    def next_from(self, pos: int) -> Hit | None:
        """The first hit starting at or after `pos` (no wrapping)."""
        m = self._pattern.search(self._text, pos) if self._pattern is not None else None
        return self._hit(m) if m is not None else None

    def last_before(self, pos: int) -> Hit | None:
        """The last hit starting before `pos` (no wrapping)."""
        m = self._last_before(pos)
        return self._hit(m) if m is not None else None

    # ----- scanning

    def _hit(self, m: re.Match[str]) -> Hit:
        i = bisect.bisect_right(self._starts, m.start()) - 1
        if i < 0:
            i = 0
        elif i + 1 < len(self._starts) and m.start() >= self._ends[i]:
            i += 1  # between two passages: the next one
        return Hit(m.start(), m.end(), i)

    def _forward(self, pos: int) -> tuple[Hit, bool] | None:
        if self._pattern is None:
            return None
        m = self._pattern.search(self._text, pos)
        if m is not None:
            return self._hit(m), False
        m = self._pattern.search(self._text, 0)
        return (self._hit(m), True) if m is not None else None

    def _backward(self, pos: int) -> tuple[Hit, bool] | None:
        last = self._last_before(pos)
        if last is not None:
            return self._hit(last), False
        last = self._last_before(len(self._text) + 1)
        return (self._hit(last), True) if last is not None else None

    def _last_before(self, pos: int) -> re.Match[str] | None:
        """The last hit starting before `pos`: scan windows that grow back from it."""
        if self._pattern is None:
            return None
        end = min(len(self._text), pos + len(self.query))
        window = 4096
        while True:
            lo = max(0, pos - window)
            last = None
            for m in self._pattern.finditer(self._text, lo, end):
                if m.start() >= pos:
                    break
                last = m
            if last is not None or lo == 0:
                return last
            window *= 4


class Searching:
    """The reader's search: the field under the passages, the query and the current hit."""

    def __init__(self, reader: ReaderScreen) -> None:
        self._reader = reader
        self.search: Search | None = None
        self.hit: Hit | None = None
        self._before: tuple[Search | None, Hit | None] = (None, None)
        self._origin = 0  # the passage selected when `/` was pressed
        self._bar: SearchBar | None = None

    def line(self) -> Text:
        """What the status line says about the search (empty: no search)."""
        from briefterm.ui.reader.status import search_line

        if self.search is None:
            return Text("")
        hit = self.hit
        ordinal = self.search.ordinal(hit) if hit is not None and self.search else None
        return search_line(self.search.query, self.search.total, ordinal)

    async def open(self) -> None:
        """`/`: show the field and focus it now (the next key of a burst goes there)."""
        from briefterm.ui.widgets.search_bar import SearchBar
        from briefterm.ui.widgets.status import StatusLine

        reader = self._reader
        self._origin = reader.passage_pane.cursor
        self._before = (self.search, self.hit)
        if self._bar is None:
            self._bar = SearchBar(id="search")
            await reader.mount(self._bar, before=reader.query_one(StatusLine))
        self._bar.display = True
        self._bar.value = ""
        reader.set_focus(self._bar)

    def owns(self, field: object) -> bool:
        return field is not None and field is self._bar

    def _close(self) -> None:
        if self._bar is not None:
            self._bar.display = False
        self._reader.passage_pane.focus()

    def _set(self, result: Search | None, hit: Hit | None) -> None:
        self.search, self.hit = result, hit
        self._reader.passage_pane.set_search(result, hit)
        self._reader.status.show()

    def _new(self, query: str) -> Search:
        """The query over the text and over the glosses and notes (search_side.py)."""
        from briefterm.ui.reader.search_side import FullSearch, side_texts

        reader = self._reader
        passages = reader.passage_pane.passages
        notes = reader.notes_pane.notes if reader.notes_pane is not None else []
        return FullSearch(reader.document.text, passages, query, side_texts(passages, notes))

    def typed(self, query: str) -> None:
        """The field changed: highlight as the reader types."""
        self._set(self._new(query) if query else None, None)

    def submitted(self, query: str) -> None:
        """`enter`: the first hit after the passage selected when `/` was pressed."""
        self._close()
        if not query:
            self._set(None, None)
            return
        result = self.search if self.search is not None and self.search.query == query else None
        result = result or self._new(query)
        found = result.first_after_passage(self._origin)
        if found is None:  # the status line says "no hits": once is enough
            self._set(result, None)
            return
        self._show_hit(result, *found)

    def cancelled(self) -> None:
        """`escape`: back to the search there was before `/`."""
        self._close()
        self._set(*self._before)

    def forget_failed(self) -> None:
        """`escape` after a search with no hits: the search is dropped, its line goes."""
        if self.search is not None and not self.search:
            self._set(None, None)

    def step(self, forward: bool) -> None:
        """`n` / `N`: the next / previous hit, wrapping round."""
        reader = self._reader
        result = self.search
        if result is None:
            reader.status.say(f"No search yet: press {key_for(reader.app, 'search')} to search.")
            return
        if not result:  # "/query no hits" is on the status line already
            reader.app.bell()
            return
        cursor = reader.passage_pane.cursor
        if self.hit is not None and self.hit.passage == cursor:
            found = result.step(self.hit, forward)
        else:
            found = result.nearest_from(cursor, forward)
        if found is not None:
            self._show_hit(result, *found, forward)

    def _show_hit(self, result: Search, hit: Hit, wrapped: bool, forward: bool = True) -> None:
        from briefterm.ui.reader.search_side import SideHit

        self._set(result, hit)
        self._reader.go_to_passage(hit.passage + 1, offset=hit.start)
        if isinstance(hit, SideHit):
            self._reader.status.say(f"found in the {hit.side} on ¶ {hit.passage + 1}")
        elif wrapped:
            self._reader.status.say("search wrapped to the top" if forward else "search wrapped to the bottom")
