"""Search hits over the document text: case-insensitive, literal, vim-like wrapping.

Plain logic (no widgets) so it can be tested on its own. Passage numbers here
are list positions (0-based) into the passages the reader shows.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from briefterm.model.types import Passage

MAX_HITS = 200_000  # a bound on memory for one-letter queries in huge documents


@dataclass
class Hit:
    start: int
    end: int
    passage: int  # position of the passage holding the hit


@dataclass
class SearchResult:
    query: str
    hits: list[Hit] = field(default_factory=list)
    truncated: bool = False
    hit_passages: list[int] = field(default_factory=list, repr=False)  # parallel to hits

    def __bool__(self) -> bool:
        return bool(self.hits)

    def in_passage(self, position: int) -> list[Hit]:
        """The hits inside one passage, in order."""
        lo = bisect.bisect_left(self.hit_passages, position)
        hi = bisect.bisect_right(self.hit_passages, position)
        return self.hits[lo:hi]

    def first_after_passage(self, position: int) -> tuple[int, bool]:
        """Index of the first hit in a passage after `position`, and whether it wrapped."""
        i = bisect.bisect_right(self.hit_passages, position)
        return (i, False) if i < len(self.hits) else (0, True)

    def step(self, current: int, forward: bool) -> tuple[int, bool]:
        """The next (or previous) hit after hit `current`, wrapping round; and whether it wrapped."""
        n = len(self.hits)
        nxt = current + (1 if forward else -1)
        if 0 <= nxt < n:
            return nxt, False
        return nxt % n, True

    def nearest_from(self, position: int, forward: bool) -> tuple[int, bool]:
        """With no current hit: the first hit after (or last before) passage `position`."""
        if forward:
            return self.first_after_passage(position)
        i = bisect.bisect_left(self.hit_passages, position) - 1
        return (i, False) if i >= 0 else (len(self.hits) - 1, True)


def find_hits(text: str, passages: Sequence[Passage], query: str) -> SearchResult:
    """Every case-insensitive occurrence of `query` in `text`, each with its passage."""
    result = SearchResult(query)
    if not query or not passages:
        return result
    pattern = re.compile(re.escape(query), re.IGNORECASE)
    starts = [p.start for p in passages]
    last = len(passages) - 1
    hits = result.hits
    for m in pattern.finditer(text):
        if m.end() == m.start():
            continue
        # A hit belongs to the passage it starts in (or, between passages, the next one).
        i = bisect.bisect_right(starts, m.start()) - 1
        if i < 0:
            i = 0
        elif i < last and m.start() >= passages[i].end:
            i += 1
        hits.append(Hit(m.start(), m.end(), i))
        if len(hits) >= MAX_HITS:
            result.truncated = True
            break
    result.hit_passages = [h.passage for h in hits]
    return result
