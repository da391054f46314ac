"""Walking the mentions of one actor: `]` next, `[` previous, wrapping round."""

from __future__ import annotations

import bisect

from briefterm.core.types import Actor, Mention, Passage
from briefterm.ui.widgets.wrap import Span


class MentionWalk:
    """The selected actor's mentions in document order and where the walk stands."""

    def __init__(self, actor: Actor | None = None) -> None:
        self.actor = actor
        self.mentions: list[Mention] = sorted(actor.mentions, key=lambda m: m.start) if actor else []
        self._starts = [m.start for m in self.mentions]
        self.position: int | None = None

    def spans(self, start: int, end: int) -> list[Span]:
        """Mentions inside text[start:end] (a passage on screen), for highlighting."""
        lo = bisect.bisect_left(self._starts, start)
        hi = bisect.bisect_left(self._starts, end)
        return [(m.start, m.end) for m in self.mentions[lo:hi]]

    def first(self) -> tuple[int, bool] | None:
        if not self.mentions:
            return None
        self.position = 0
        return 0, False

    def step(self, passage: Passage, step: int) -> tuple[int, bool] | None:
        """The next (`step` > 0) or previous mention from the selected passage; and whether it wrapped.

        From the mention last walked to, if it is in this passage; otherwise from the
        passage itself: forward to the first mention at or after its start, backward
        to the last one before its end.
        """
        n = len(self.mentions)
        if not n:
            return None
        current = self.position
        if current is not None and self.mentions[current].passage == passage.index:
            target = current + (1 if step > 0 else -1)
        elif step > 0:
            target = bisect.bisect_left(self._starts, passage.start)
        else:
            target = bisect.bisect_left(self._starts, passage.end) - 1
        wrapped = not 0 <= target < n
        self.position = target % n
        return self.position, wrapped
