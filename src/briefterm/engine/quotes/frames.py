"""Frames around a quotation that need no reporting verb, and the frame record itself.

- A credit line: a quotation followed by a dash and a name, as lists of readers'
  or voters' words print them: “Buses that come on time.” ― Ion Rusu, pensioner
  (U+2015, U+2014 or "--"). The name runs to the end of the line, a comma, or the
  next quotation.
"""

from __future__ import annotations

import re
from typing import Final

from briefterm.engine.quotes.noun_phrases import Span

_PARTICLES = r"(?:de|da|del|della|di|van|von|der|den|bin|ibn|al|el|la|le|dos|das|y)"
_NAME_WORD = r"[A-Z][\w’'.-]*"
_CREDIT_RE = re.compile(
    r"[^\S\n]*(?:―|—|--)[^\S\n]*"
    rf"({_NAME_WORD}(?:[^\S\n]+(?:{_NAME_WORD}|{_PARTICLES}(?=[^\S\n]+[A-Z])))*)"
    r"[^\S\n]*(?=[,.;]?[^\S\n]*(?:\n|$|,|“|\"|”))"
)
_CREDIT_MAX_WORDS = 6
_CREDIT_WINDOW = 120


class Frame:
    """Where one outer quotation sits: its sentence, and the text between it and the
    quotations before and after it in that sentence. (A plain class, made without a Python
    call: see `QuoteSpan`.)"""

    __slots__ = ("left_lo", "right_hi", "sentence_end", "sentence_start")

    def __init__(self, sentence_start: int, sentence_end: int, left_lo: int, right_hi: int) -> None:
        self.sentence_start: Final = sentence_start
        self.sentence_end: Final = sentence_end
        self.left_lo: Final = left_lo  # the end of the quotation before it in the sentence, or the sentence start
        self.right_hi: Final = right_hi  # the start of the quotation after it in the sentence, or the sentence end


def dash_credit(text: str, close: int, hi: int) -> Span | None:
    """The name credited after a quotation whose closing mark is at `close`: “…” ― Name."""
    m = _CREDIT_RE.match(text, close + 1, min(hi, close + 1 + _CREDIT_WINDOW))
    if m is None:
        return None
    name = m.group(1).rstrip(".")
    if len(name.split()) > _CREDIT_MAX_WORDS:
        return None
    return m.start(1), m.start(1) + len(name)
