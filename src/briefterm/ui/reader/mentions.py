"""Walking the mentions of the chosen actor: `]` next, `[` previous, wrapping round.

`MentionWalk` is the order and the position; `Mentions` is the reader's side
(which actor is chosen, its highlights, the keys and what the status line says).
"""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

from rich.text import Text

from briefterm.core.text import clean
from briefterm.core.types import Actor, Mention, Passage
from briefterm.ui.keymap import key_for
from briefterm.ui.widgets.wrap import Span

if TYPE_CHECKING:
    from briefterm.ui.screens.reader import ReaderScreen


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


class Mentions:
    """The actor the reader chose (None until one is picked) and the walk through its mentions."""

    def __init__(self, reader: ReaderScreen) -> None:
        self._reader = reader
        self.walk: MentionWalk | None = None

    @property
    def actor(self) -> Actor | None:
        return self.walk.actor if self.walk is not None else None

    def choose(self, actor: Actor | None) -> None:
        """Highlight this actor's mentions; `]` and `[` will walk them (None: no actor chosen)."""
        self.walk = MentionWalk(actor) if actor is not None else None
        self._reader.passage_pane.set_mentions(self.walk.spans if self.walk is not None else None)

    def jump_to(self, actor: Actor) -> None:
        """Choose the actor and go to its first mention."""
        if not actor.mentions:
            self._reader.status.say("This actor has no mentions to jump to.")
            return
        self.choose(actor)
        self._go(self.walk.first() if self.walk is not None else None)

    def step(self, step: int) -> None:
        """`]` (step 1) / `[` (step -1)."""
        walk = self.walk
        say = self._reader.status.say
        if walk is None or walk.actor is None:
            say(f"Pick an actor first: press {key_for(self._reader.app, 'pane_actors')}")
            return
        if not walk.mentions:
            say("This actor has no mentions.")
            return
        passage = self._reader.selected_passage
        if passage is not None:
            self._go(walk.step(passage, step))

    def _go(self, found: tuple[int, bool] | None) -> None:
        walk = self.walk
        if found is None or walk is None or walk.actor is None:
            return
        position, wrapped = found
        mention = walk.mentions[position]
        self._reader.go_to_passage(mention.passage, offset=mention.start)
        remark = Text.assemble((clean(walk.actor.name), "bold"), f" mention {position + 1}/{len(walk.mentions)}")
        if wrapped:
            remark.append(" (wrapped)", "dim")
        self._reader.status.say(remark)
