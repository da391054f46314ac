"""A headline's or lede's quotation said again in the body gets the body's speaker."""

from __future__ import annotations

import re
from dataclasses import replace

from briefterm.core.types import Quote
from briefterm.engine.passage_index import PassageIndex

_WORDS_RE = re.compile(r"\w+(?:['’]\w+)*")
_ECHOED_TERM_WORDS = 5  # a shorter phrase said again may be a term the speaker uses too


def _spoken(text: str) -> str:
    """A quotation's words, lower case, one space apart and one at each end, so that one can be
    looked for inside another as whole words."""
    return f" {' '.join(_WORDS_RE.findall(text.lower()))} "


def headline_echoes(quotes: list[Quote], passages: PassageIndex, lede_passages: int) -> list[Quote]:
    """A headline's quotation said again in the body ("X called it ‘inexcusable’" over “It was
    inexcusable,” said Y): the body names who said it, whoever the headline's verb has. So too a
    phrase the lede quotes as if nobody said it, or as someone only described said it ("a race
    that one of them called “…”"), when a speaker says it later: it is that speaker's speech."""
    opening = passages[:lede_passages]
    heads = {p.index for p in opening if p.kind == "heading"}
    lede = {p.index for p in opening}
    echoed = [k for k, q in enumerate(quotes) if q.passage in heads and q.kind == "direct"
              or q.passage in lede and (q.kind == "scare" or q.kind == "direct" and q.speaker is None)
              and len(_WORDS_RE.findall(q.text)) >= _ECHOED_TERM_WORDS]
    if not echoed:
        return quotes
    body = [(_spoken(q.text), q) for q in quotes if q.passage not in heads and q.kind == "direct" and q.speaker_name]
    for k in echoed:
        words, end = _spoken(quotes[k].text), quotes[k].end
        named = quotes[k].speaker is not None  # a speaker the text names is not undone by one it only describes
        echo = next((q for said, q in body if words in said and q.start > end and (q.speaker or not named)), None) \
            if words.strip() else None
        if echo is not None:
            quotes[k] = replace(quotes[k], kind="direct", speaker=echo.speaker, speaker_name=echo.speaker_name)
    return quotes
