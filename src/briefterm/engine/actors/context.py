"""The words around a name: what stands just before and just after an occurrence.

Cheap, bounded look-arounds (a few dozen characters) used by the typing rules
("the town of X", "X said", "X, the foreign minister").
"""

from __future__ import annotations

import re

_TOKEN_RE = re.compile(r"[\w][\w'’.-]*|[,;:()\[\]\"“”‘’—–.!?]")
_WINDOW = 48


def words_before(text: str, start: int, n: int = 3) -> list[str]:
    """Up to `n` tokens (words or punctuation) just before `start`, nearest last, lower case."""
    window = text[max(0, start - _WINDOW) : start]
    cut = start - _WINDOW > 0
    if "\n\n" in window:
        window = window[window.rindex("\n\n") + 2 :]
        cut = False  # the paragraph's first word is whole
    tokens = _TOKEN_RE.findall(window)
    if window and not window[:1].isspace() and cut and tokens:
        tokens = tokens[1:]  # the first token may be cut
    return [t.lower().rstrip(".") or t for t in tokens[-n:]]


def words_after(text: str, end: int, n: int = 3) -> list[str]:
    """Up to `n` tokens just after `end`, nearest first, lower case."""
    window = text[end : end + _WINDOW]
    if "\n\n" in window:
        window = window[: window.index("\n\n")]
    tokens = _TOKEN_RE.findall(window)
    if len(window) == _WINDOW and tokens and not window[-1:].isspace():
        tokens = tokens[:-1]
    return [t.lower().rstrip(".") or t for t in tokens[:n]]


def raw_after(text: str, end: int, n: int = 3) -> list[str]:
    """Like `words_after` but keeping case."""
    window = text[end : end + _WINDOW]
    if "\n\n" in window:
        window = window[: window.index("\n\n")]
    return _TOKEN_RE.findall(window)[:n]
