"""PassageIndex: a document's passages, and the one that holds an offset, found in O(log n).

Apart from `passages.py` because it is a subclass of list, which mypyc does not compile: the
splitting is compiled, the index stays a plain class.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from briefterm.core.types import Passage


def passage_at(passages: Sequence[Passage], offset: int) -> Passage | None:
    """The passage holding `offset` (start <= offset < end), or None between passages."""
    index = passages if isinstance(passages, PassageIndex) else PassageIndex(passages)
    return index.at(offset)


class PassageIndex(list[Passage]):
    """A list of passages that finds the passage at an offset in O(log n)."""

    def __init__(self, passages: Sequence[Passage]) -> None:
        super().__init__(passages)
        self.starts = [p.start for p in passages]

    def at(self, offset: int) -> Passage | None:
        """The passage holding `offset` (start <= offset < end), or None between passages."""
        i = bisect.bisect_right(self.starts, offset) - 1
        return self[i] if i >= 0 and offset < self[i].end else None
