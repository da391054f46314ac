"""Frames around a quotation that need no reporting verb, and the frame record itself.

- A credit line: a quotation followed by a dash and a name, as lists of readers'
  or voters' words print them: “Buses that come on time.” ― Ion Rusu, pensioner
  (U+2015, U+2014 or "--"). The name runs to the end of the line, a comma, or the
  next quotation.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

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


@dataclass(frozen=True)
class Frame:
    """Where one outer quotation sits: its sentence, and the text between it and the
    quotations before and after it in that sentence."""

    sentence_start: int
    sentence_end: int
    left_lo: int  # the end of the quotation before it in the sentence, or the sentence start
    right_hi: int  # the start of the quotation after it in the sentence, or the sentence end


def dash_credit(text: str, close: int, hi: int) -> Span | None:
    """The name credited after a quotation whose closing mark is at `close`: “…” ― Name."""
    m = _CREDIT_RE.match(text, close + 1, min(hi, close + 1 + _CREDIT_WINDOW))
    if m is None:
        return None
    name = m.group(1).rstrip(".")
    if len(name.split()) > _CREDIT_MAX_WORDS:
        return None
    return m.start(1), m.start(1) + len(name)
