"""With no actors at all (a text the actor pass found nobody in): the capitalised name in subject
position that a "he" or "she" points back to."""

from __future__ import annotations

import re

from briefterm.engine.lexicon.words import lexicon
from briefterm.engine.passage_index import PassageIndex
from briefterm.engine.quotes.mention_position import subject_like
from briefterm.engine.quotes.speaker_words import QuotedSpans, _unpossessed_run

_NAME_LOOKBACK = 600  # characters searched for a name
_MAX_NAME_RUNS = 12  # names looked at, newest first
_NAME_RUN_RE = re.compile(
    r"(?<![\w’'-])[A-Z][\w’'-]*(?:\s+(?:[A-Z][\w’'-]*|[A-Z]\.|(?:al|el|bin|ibn|de|van|von|da|di|du|le|la)[\s-][A-Z][\w’'-]*))*"
)


def name_run_before(text: str, passages: PassageIndex, quoted: QuotedSpans, window: range, at: int,
                    gender: str | None) -> tuple[int, str] | None:
    """The latest capitalised name in subject position in the passages of `window` (newest first)
    before `at` ("Galvani thinks so.", "Germany's Lukas Brenner admitted") whose given name, if
    known, fits the pronoun; with a lone word, the longer earlier name holding it."""
    lex = lexicon()
    for p in window:
        psg = passages[p - 1] if 0 < p <= len(passages) else None
        if psg is None:
            continue
        hi = at if p == window[0] else psg.end
        runs = list(_NAME_RUN_RE.finditer(text, max(psg.start, hi - _NAME_LOOKBACK), hi))
        inside = quoted.of(p)
        for m in reversed(runs[-_MAX_NAME_RUNS:]):
            start, name = _unpossessed_run(m.start(), m.group(0))
            words = name.split()
            if not words or inside.holds(start) or not subject_like(text, m.start()):
                continue
            first = words[0].lower()
            if first in lex.function_caps or words[-1].lower() in lex.kind_nouns:
                continue  # "The …", "Police", "City Council"
            if gender == "he" and first in lex.female or gender == "she" and first in lex.male:
                continue
            if len(words) == 1:
                name = _fuller(text, passages[window[-1] - 1].start if window[-1] > 0 else 0, start, name) or name
            return start, name
    return None


def _fuller(text: str, lo: int, hi: int, word: str) -> str | None:
    """A longer earlier name holding this one word ("Jane" -> "Jane Roe")."""
    for m in reversed(list(_NAME_RUN_RE.finditer(text, max(lo, hi - _NAME_LOOKBACK), hi))):
        words = m.group(0).split()
        if len(words) > 1 and word in words:
            return m.group(0)
    return None
