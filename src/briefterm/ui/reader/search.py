"""Search over the document text: case-insensitive, literal, vim-like wrapping.

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

from briefterm.core.types import Passage


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
        """Hits inside text[start:end] (a passage), for highlighting."""
        if self._pattern is None:
            return []
        return [m.span() for m in self._pattern.finditer(self._text, start, end)]

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
