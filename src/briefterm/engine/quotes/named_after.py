"""A quotation that stands as a paragraph of its own, its speaker named at the start of the next:
“We will not go back.” / That was the message from Ana Roe, the union's leader, who …"""

from __future__ import annotations

import re

from briefterm.core.types import Passage
from briefterm.engine.passage_index import PassageIndex
from briefterm.engine.quotes.noun_phrases import Span, phrase_after

_NAMED_AFTER_RE = re.compile(
    r"[ \t]*(?:That|This|Those|These|Such)[ \t]+(?:was|were|is|are)[ \t]+(?:the[ \t]+)?(?:[a-z]+[ \t]+){0,2}?"
    r"(?:message|words?|warning|verdict|view|plea|argument|case|promise|reaction|assessment|appeal|answer)"
    r"[ \t]+(?:from|of)[ \t]+")


def speaker_named_after(text: str, passages: PassageIndex, passage: Passage, close: int) -> tuple[Passage, Span] | None:
    """The phrase that names the speaker of a quotation closing at `close` at the end of `passage`,
    where the next passage opens by naming her, and that passage."""
    if text[close + 1 : passage.end].strip():
        return None  # the quotation does not end its paragraph
    nxt = passages[passage.index] if passage.index < len(passages) else None  # (indexes count from 1)
    m = _NAMED_AFTER_RE.match(text, nxt.start, nxt.end) if nxt is not None else None
    if nxt is None or m is None:
        return None
    np = phrase_after(text, m.end(), nxt.end)
    return (nxt, np) if np is not None else None
