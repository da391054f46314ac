"""What a source's markup says about names: words in code are not actors.

A Markdown `DOC` or `--no-brief` is an identifier, not an organisation; the
source records such spans as `code` emphasis and the actors found only there
are dropped (an actor also named in prose keeps its other mentions).
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import replace

from briefterm.core.types import Actor, Emphasis


def outside_code(actors: list[Actor], emphasis: Sequence[Emphasis]) -> list[Actor]:
    """`actors` without their mentions inside code spans; those left with none go."""
    code = sorted((e.start, e.end) for e in emphasis if e.style == "code")
    if not code:
        return actors
    starts = [start for start, _ in code]

    def in_code(start: int, end: int) -> bool:
        i = bisect.bisect_right(starts, start) - 1
        return i >= 0 and end <= code[i][1]

    kept: list[Actor] = []
    for actor in actors:
        mentions = [m for m in actor.mentions if not in_code(m.start, m.end)]
        if len(mentions) == len(actor.mentions):
            kept.append(actor)
        elif mentions:
            kept.append(replace(actor, mentions=mentions))
    return kept
