"""Actors' mentions by passage, sorted by offset: which actor is named at a span.

Built once per actors list and shared by the quotes and questions passes
(`mention_index(actors)` returns the same index while the list is unchanged).
"""

from __future__ import annotations

import bisect
import re
from collections import defaultdict
from collections.abc import Sequence
from operator import itemgetter

from briefterm.core.types import Actor

Located = tuple[int, int, Actor]  # start, end, actor

_first = itemgetter(0)
_AND_RE = re.compile(r"[ \t]+(?:and|&)[ \t]")


class MentionIndex:
    def __init__(self, actors: Sequence[Actor]) -> None:
        by_passage: defaultdict[int, list[Located]] = defaultdict(list)
        for actor in actors:
            for m in actor.mentions:
                by_passage[m.passage].append((m.start, m.end, actor))
        for lst in by_passage.values():
            lst.sort(key=_first)
        self._by_passage: dict[int, list[Located]] = dict(by_passage)
        self._starts: dict[int, list[int]] = {}

    def passage(self, index: int) -> list[Located]:
        """The mentions of a passage in text order."""
        return self._by_passage.get(index, [])

    def _starts_of(self, index: int) -> list[int]:
        starts = self._starts.get(index)
        if starts is None:
            starts = self._starts[index] = [m[0] for m in self.passage(index)]
        return starts

    def within(self, index: int, start: int, end: int) -> list[Located]:
        """Mentions lying inside [start, end) of passage `index`."""
        lst = self.passage(index)
        if not lst:
            return []
        i = bisect.bisect_left(self._starts_of(index), start)
        out: list[Located] = []
        while i < len(lst) and lst[i][0] < end:
            if lst[i][1] <= end:
                out.append(lst[i])
            i += 1
        return out

    def covering(self, index: int, start: int, end: int) -> Located | None:
        """The mention of passage `index` that holds [start, end) and begins before it: a phrase
        cut from a longer name ("Infrastructure and Housing" of "Ministry of Communications,
        Infrastructure and Housing")."""
        k = self.count_before(index, start) - 1
        m = self.passage(index)[k] if k >= 0 else None
        return m if m is not None and m[1] >= end else None

    def cut_at_and(self, index: int, start: int, end: int, text: str) -> Located | None:
        """The mention of passage `index` that begins inside [start, end) and goes on past it with
        "and" or "&": a name that a phrase was cut from at its "and" ("Ministry of Trade")."""
        k = self.count_before(index, start)
        mentions = self.passage(index)
        found = mentions[k] if k < len(mentions) and mentions[k][0] < end < mentions[k][1] else None
        return found if found is not None and _AND_RE.match(text, end) else None

    def count_before(self, index: int, at: int) -> int:
        """How many mentions of passage `index` start before offset `at`."""
        return bisect.bisect_left(self._starts_of(index), at)


_cache: tuple[Sequence[Actor], int, MentionIndex] | None = None


def mention_index(actors: Sequence[Actor]) -> MentionIndex:
    """The index of `actors`, rebuilt only when given another list or its mentions changed."""
    global _cache
    size = sum(len(a.mentions) for a in actors)
    if _cache is not None and _cache[0] is actors and _cache[1] == size:
        return _cache[2]
    index = MentionIndex(actors)
    _cache = (actors, size, index)
    return index
