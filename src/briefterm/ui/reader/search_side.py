"""Search that also finds words in the brief's glosses and the reader's notes.

`FullSearch` has the same questions as `Search` (count, next, previous, which
one) over the document's text plus "side texts": a gloss or a note body, each
belonging to a passage. A side hit sorts just before the text hits of its
passage; `Hit.side` names what holds it ("gloss" or "note") and the reader
goes to its passage.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass

from briefterm.core.types import Passage
from briefterm.notes.note import Note
from briefterm.ui.reader.search import Hit, Search


@dataclass(frozen=True)
class SideText:
    passage: int  # position (0-based) of the passage it belongs to
    kind: str  # "gloss" or "note"
    text: str


@dataclass(frozen=True)
class SideHit(Hit):
    side: str = ""


def side_texts(passages: Sequence[Passage], notes: Sequence[Note]) -> list[SideText]:
    """The glosses of `passages` and the bodies of `notes`, each on its passage's position."""
    position = {p.index: i for i, p in enumerate(passages)}
    sides = [SideText(i, "gloss", p.gloss) for i, p in enumerate(passages) if p.gloss]
    for note in notes:
        if note.passage is not None and note.passage in position:
            sides.append(SideText(position[note.passage], "note", note.body))
    return sides


# A hit's place in reading order: (offset, 0 for a side text / 1 for the text, tie-break).
_Key = tuple[int, int, int]


class FullSearch(Search):
    """A Search over the text, plus the side texts that hold the query."""

    def __init__(self, text: str, passages: Sequence[Passage], query: str, sides: Sequence[SideText] = ()) -> None:
        super().__init__(text, passages, query)
        self.text_total = self.total
        pattern = re.compile(re.escape(query), re.IGNORECASE) if query else None
        starts = [p.start for p in passages]
        found = [(starts[s.passage], i, s) for i, s in enumerate(sides)
                 if pattern is not None and 0 <= s.passage < len(starts) and pattern.search(s.text)]
        found.sort(key=lambda f: (f[0], f[1]))
        self._side_keys: list[_Key] = [(at, 0, i) for at, i, _ in found]
        self._side_hits = [SideHit(at, at, s.passage, side=s.kind) for at, _, s in found]
        self._text_len = len(text)
        self.total = self.text_total + len(self._side_hits)

    def _key(self, hit: Hit) -> _Key:
        if isinstance(hit, SideHit):
            return self._side_keys[self._side_hits.index(hit)]
        return (hit.start, 1, 0)

    def ordinal(self, hit: Hit) -> int:
        key = self._key(hit)
        sides_before = bisect.bisect_left(self._side_keys, key)
        if isinstance(hit, SideHit):
            text_before = super().ordinal(Hit(hit.start, hit.end, hit.passage)) - 1 if self.text_total else 0
            return text_before + sides_before + 1
        return super().ordinal(hit) + sides_before

    def first_after_passage(self, position: int) -> tuple[Hit, bool] | None:
        start = self._starts[position + 1] if position + 1 < len(self._starts) else self._text_len
        return self._fwd((start, -1, 0))

    def step(self, hit: Hit, forward: bool) -> tuple[Hit, bool] | None:
        key = self._key(hit)
        if not isinstance(hit, SideHit):
            key = (hit.end, 1, 0) if forward else key
        return self._fwd(key) if forward else self._bwd(key)

    def nearest_from(self, position: int, forward: bool) -> tuple[Hit, bool] | None:
        if forward:
            return self.first_after_passage(position)
        start = self._starts[position] if position < len(self._starts) else self._text_len
        return self._bwd((start, -1, 0))

    def _fwd(self, key: _Key) -> tuple[Hit, bool] | None:
        found = self._next_after(key)
        if found is not None:
            return found, False
        found = self._next_after((-1, -1, -1))
        return (found, True) if found is not None else None

    def _next_after(self, key: _Key) -> Hit | None:
        i = bisect.bisect_right(self._side_keys, key)
        side = self._side_hits[i] if i < len(self._side_hits) else None
        text = self.next_from(max(0, key[0])) if self.text_total else None
        return _earlier(side, self._side_keys[i] if side else None, text)

    def _bwd(self, key: _Key) -> tuple[Hit, bool] | None:
        found = self._prev_before(key)
        if found is not None:
            return found, False
        found = self._prev_before((self._text_len + 1, 2, 0))
        return (found, True) if found is not None else None

    def _prev_before(self, key: _Key) -> Hit | None:
        i = bisect.bisect_left(self._side_keys, key) - 1
        side = self._side_hits[i] if i >= 0 else None
        # Text hits strictly before the key: before its offset, or at it if the key is after the text.
        limit = key[0] + (1 if key[1] > 1 else 0)
        text = self.last_before(limit) if self.text_total else None
        if side is None:
            return text
        if text is None:
            return side
        return text if (text.start, 1, 0) > self._side_keys[i] else side


def _earlier(side: SideHit | None, side_key: _Key | None, text: Hit | None) -> Hit | None:
    if side is None or side_key is None:
        return text
    if text is None:
        return side
    return side if side_key < (text.start, 1, 0) else text
