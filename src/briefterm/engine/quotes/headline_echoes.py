"""A headline's quotation said again in the body gets the body's speaker."""

from __future__ import annotations

import re
from dataclasses import replace

from briefterm.core.types import Quote
from briefterm.engine.passage_index import PassageIndex

_WORDS_RE = re.compile(r"\w+(?:['’]\w+)*")


def _spoken(text: str) -> str:
    """A quotation's words, lower case, one space apart and one at each end, so that one can be
    looked for inside another as whole words."""
    return f" {' '.join(_WORDS_RE.findall(text.lower()))} "


def headline_echoes(quotes: list[Quote], passages: PassageIndex, lede_passages: int) -> list[Quote]:
    """A headline's quotation said again in the body ("X called it ‘inexcusable’" over “It was
    inexcusable,” said Y): the body names who said it, whoever the headline's verb has."""
    lede = {p.index for p in passages[:lede_passages] if p.kind == "heading"}
    heads = [k for k, q in enumerate(quotes) if q.passage in lede and q.kind == "direct"]
    if not heads:
        return quotes
    body = [(_spoken(q.text), q) for q in quotes if q.passage not in lede and q.kind == "direct" and q.speaker_name]
    for k in heads:
        words = _spoken(quotes[k].text)
        echo = next((q for said, q in body if words in said), None) if words.strip() else None
        if echo is not None:
            quotes[k] = replace(quotes[k], speaker=echo.speaker, speaker_name=echo.speaker_name)
    return quotes
