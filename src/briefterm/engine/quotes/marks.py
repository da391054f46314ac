"""Pair quotation marks inside one passage: curly, straight, single, nested.

One left-to-right pass over the marks with a stack at most two deep (an outer
quotation and one nested inside it). Double marks: “ opens, ” closes, a straight
" toggles. Single marks are also apostrophes, so each ‘ ’ ' is judged by its
neighbours: between letters ("don't", "Ukraine’s") or before two digits
("’90s") it is an apostrophe; after a space it opens; after a letter or
punctuation and before a space or punctuation it may close. A closing single
after an "s" ("the players’ bus") is only tentative: the quotation closes at the
last such mark before something proves it must have ended.

A quotation still open at the end of the passage is kept (up to the passage's
end) when the next passage opens with a mark of the same kind (the convention
for a quotation running over paragraphs) or when it opened the passage; else
it is dropped as an unbalanced mark.
"""

from __future__ import annotations

import re
from enum import Enum
from typing import Final

from briefterm.engine.passage_index import PassageIndex

# Every double mark; single marks except between two letters ("don't", "Ukraine’s"),
# which are apostrophes and never reach the pairing loop.
# (One leading character class, so the scan stays a fast search for those characters.)
_MARK_RE = re.compile(r"[“”\"«»‘’'](?:(?<=[“”\"«»])|(?![^\W_])|(?<![^\W_].))")
_OPENERS_BEFORE = frozenset(" \t\n([{—–-/“\"‘'«")
_CLOSERS_AFTER = frozenset(" \t\n.,;:!?…)]}—–-/”\"’'»")
_DOUBLE_OPENERS = frozenset('“"«')
_SINGLE_OPENERS = frozenset("‘'")
MAX_DEPTH = 2


class _Act(Enum):
    NONE = 0
    OPEN_D = 1
    CLOSE_D = 2
    TOGGLE_D = 3
    OPEN_S = 4
    CLOSE_S = 5  # a sure close
    WEAK_CLOSE_S = 6  # a close that may be a possessive apostrophe
    INCH_OR_TOGGLE = 7  # 12" : closes an open quotation, else an inch mark


class QuoteSpan:
    """A quotation: its marks and the trimmed words between them. A plain class where it was a
    frozen dataclass: compiled, it is made without a Python call (a dataclass's generated
    `__init__` is one, and a frozen one sets each field through `object.__setattr__`)."""

    __slots__ = ("close", "closed", "depth", "double", "end", "open", "start")

    def __init__(self, opening: int, close: int, start: int, end: int, depth: int, closed: bool, double: bool) -> None:
        self.open: Final = opening  # offset of the opening mark
        self.close: Final = close  # offset of the closing mark, or the passage's end when the quotation runs on
        self.start: Final = start  # the words inside, trimmed of whitespace
        self.end: Final = end
        self.depth: Final = depth  # 0 outer, 1 nested inside another quotation
        self.closed: Final = closed
        self.double: Final = double  # double marks (else single)


class _Open:
    """An opening mark not yet closed (a plain class for the same reason)."""

    __slots__ = ("at", "double", "weak_close")

    def __init__(self, at: int, double: bool) -> None:
        self.at = at
        self.double = double
        self.weak_close = -1  # last tentative closing single, if any


def quote_spans(text: str, start: int, end: int, next_opening: str = "") -> list[QuoteSpan]:
    """Quotations in `text[start:end]` (one passage), ordered by opening mark.

    `next_opening`: the first character of the next passage (see `first_mark`); a
    quotation left open here continues there when that is an opening mark of its kind.
    """
    found: list[QuoteSpan] = []
    stack: list[_Open] = []
    for m in _MARK_RE.finditer(text, start, end):
        i = m.start()
        # The common case of curly text, without the general machinery.
        c = text[i]
        if c == "“" and not stack:
            stack.append(_Open(i, double=True))
            continue
        if c == "”" and len(stack) == 1 and stack[0].double:
            _emit(text, found, stack.pop(), i, 0, closed=True)
            continue
        act = _classify(text, i, start, end)
        if act is _Act.NONE:
            continue
        if act in (_Act.OPEN_D, _Act.CLOSE_D, _Act.TOGGLE_D, _Act.INCH_OR_TOGGLE):
            _double(text, found, stack, i, act)
        else:
            _single(text, found, stack, i, act)
    _finish(text, found, stack, start, end, next_opening)
    found.sort(key=lambda q: q.open)
    return found


def _double(text: str, found: list[QuoteSpan], stack: list[_Open], i: int, act: _Act) -> None:
    level = next((k for k in range(len(stack) - 1, -1, -1) if stack[k].double), -1)
    if act is _Act.INCH_OR_TOGGLE:
        if level < 0:
            return
        act = _Act.CLOSE_D
    elif act is _Act.TOGGLE_D:
        act = _Act.CLOSE_D if level >= 0 else _Act.OPEN_D
    if act is _Act.CLOSE_D:
        if level < 0:
            return
        _settle_singles_above(text, found, stack, level)
        _emit(text, found, stack.pop(), i, level, closed=True)
        return
    # Opening a double while one is open: the earlier one was never closed; drop it.
    if level >= 0:
        del stack[level:]
    if len(stack) < MAX_DEPTH:
        stack.append(_Open(i, double=True))


def _single(text: str, found: list[QuoteSpan], stack: list[_Open], i: int, act: _Act) -> None:
    top = stack[-1] if stack else None
    if act is _Act.OPEN_S:
        if top is not None and not top.double:
            # A second opening single at the same level: the first closed at its
            # tentative close, or was no quotation at all.
            _settle(text, found, stack)
        if len(stack) < MAX_DEPTH:
            stack.append(_Open(i, double=False))
        return
    if top is None or top.double:
        return  # an apostrophe ("the players’ bus") outside any single quotation
    if act is _Act.WEAK_CLOSE_S:
        top.weak_close = i
        return
    _emit(text, found, stack.pop(), i, len(stack), closed=True)


def _settle(text: str, found: list[QuoteSpan], stack: list[_Open]) -> None:
    """Close the single quotation on top at its last tentative close, or drop it."""
    top = stack.pop()
    if top.weak_close >= 0:
        _emit(text, found, top, top.weak_close, len(stack), closed=True)


def _settle_singles_above(text: str, found: list[QuoteSpan], stack: list[_Open], level: int) -> None:
    while len(stack) > level + 1:
        _settle(text, found, stack)


def _finish(text: str, found: list[QuoteSpan], stack: list[_Open], start: int, end: int, next_opening: str) -> None:
    while stack and not stack[-1].double and stack[-1].weak_close >= 0:
        _settle(text, found, stack)
    if not stack:
        return
    outer = stack[0]
    runs_on = next_opening in (_DOUBLE_OPENERS if outer.double else _SINGLE_OPENERS)
    opens_passage = not text[start : outer.at].strip(" \t#>*-•")
    if runs_on or opens_passage:
        _emit(text, found, outer, end, 0, closed=False)


def _emit(text: str, found: list[QuoteSpan], opened: _Open, close: int, depth: int, closed: bool) -> None:
    s, e = opened.at + 1, close
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    if not _has_word(text, s, e, 1 if opened.double else 2):
        return
    found.append(QuoteSpan(opened.at, close, s, e, min(depth, 1), closed, opened.double))


def _has_word(text: str, s: int, e: int, letters: int) -> bool:
    """At least `letters` alphanumeric characters in text[s:e] (looks at no more than it needs)."""
    n = 0
    for k in range(s, e):
        if text[k].isalnum():
            n += 1
            if n >= letters:
                return True
    return False


def _classify(text: str, i: int, start: int, end: int) -> _Act:
    c = text[i]
    prev = text[i - 1] if i > start else " "
    nxt = text[i + 1] if i + 1 < end else " "
    if c == "“" or c == "«":
        return _Act.OPEN_D
    if c == "”":
        # Some writers use ” for both marks; one after a space and before a word opens.
        return _Act.TOGGLE_D if prev in _OPENERS_BEFORE and nxt.isalnum() else _Act.CLOSE_D
    if c == "»":
        return _Act.CLOSE_D
    if c == '"':
        return _Act.INCH_OR_TOGGLE if prev.isdigit() and not nxt.isalnum() else _Act.TOGGLE_D
    # Single marks.
    if prev.isalnum() and nxt.isalnum():
        return _Act.NONE  # an apostrophe inside a word
    if nxt.isdigit() and i + 2 < end and text[i + 2].isdigit():
        return _Act.NONE  # ’90s, '22
    if c == "‘":
        return _Act.OPEN_S
    if prev in _OPENERS_BEFORE:
        # ’ after a space is an elision ("’em"); a straight ' there opens.
        return _Act.OPEN_S if c == "'" and (nxt.isalnum() or nxt in '“"…') else _Act.NONE
    if nxt in _CLOSERS_AFTER:
        if prev in "sSzZ" and nxt.isspace():
            return _Act.WEAK_CLOSE_S
        return _Act.CLOSE_S
    return _Act.NONE


def first_mark(text: str, start: int, end: int) -> str:
    """The first character of text[start:end] after Markdown markers and spaces ("" if none)."""
    k = start
    while k < end and text[k] in " \t#>*-•":
        k += 1
    return text[k] if k < end else ""


def fresh_start(text: str, passages: PassageIndex, near: int) -> int:
    """The first passage from list position `near` on where a reading may start afresh: the
    passage before it is not boilerplate and holds no quotation, so the reading carries nothing
    over it (no quotation left open, no last speaker), and nothing before that passage is
    looked back at. 0 if there is none."""
    for k in range(max(1, near), len(passages)):
        before, passage = passages[k - 1], passages[k]
        if before.kind != "boilerplate" and not quote_spans(
                text, before.start, before.end, first_mark(text, passage.start, passage.end)):
            return k
    return 0
