"""Anchors: where a note's words are in the text, and finding them again.

The anchor follows W3C Web Annotation's TextQuoteSelector + TextPositionSelector:
the exact quoted text, up to 32 characters of prefix and suffix, and start/end
offsets into the normalised text. When the text changes, `best_exact` finds the
exact words again (prefix and suffix choosing between repeats, nearness to the
old offset breaking ties) and `fuzzy_span` a close match above a threshold
(`fuzzy.py`, on rapidfuzz). `locate` does all of it for a brief's anchored
entries; `nearest_offset` says where an orphaned note's neighbours are now.

Every search here is bounded so that re-anchoring stays fast on a 3 MB text.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from briefterm.core.types import Passage

CONTEXT_CHARS = 32
# Shorter quotes must be found exactly: a fuzzy match on a few characters means nothing.
MIN_FUZZY_CHARS = 12
# A whole passage's text must keep at least this much (rapidfuzz ratio) to be the same passage.
FUZZY_THRESHOLD = 0.75
_MAX_OCCURRENCES = 20_000
_CHUNK_MAX_HITS = 64
_MAX_CHUNKS = 16
_MAX_CANDIDATES = 8
_NEAR_CHARS = 20_000
_QUOTE_EQUIVALENTS = {
    '"': "\"“”„«»",
    "“": "\"“”„«»",
    "”": "\"“”„«»",
    "'": "'‘’‚",
    "‘": "'‘’‚",
    "’": "'‘’‚",
}


@dataclass(frozen=True)
class Anchor:
    exact: str
    prefix: str
    suffix: str
    start: int
    end: int

def find_quote(haystack: str, quote: str) -> tuple[int, int] | None:
    """Where `quote` is in `haystack`: exactly, else with any run of whitespace
    matching any other and straight and curly quotation marks alike, else
    ignoring case. The first occurrence wins."""
    at = haystack.find(quote)
    if at >= 0:
        return at, at + len(quote)
    words = quote.split()
    if not words:
        return None
    pattern = r"\s+".join("".join(_char_pattern(c) for c in word) for word in words)
    for flags in (0, re.IGNORECASE):
        m = re.search(pattern, haystack, flags)
        if m:
            return m.start(), m.end()
    return None


def _char_pattern(c: str) -> str:
    same = _QUOTE_EQUIVALENTS.get(c)
    return f"[{re.escape(same)}]" if same else re.escape(c)


def make_anchor(text: str, start: int, end: int) -> Anchor:
    return Anchor(
        exact=text[start:end],
        prefix=text[max(0, start - CONTEXT_CHARS) : start],
        suffix=text[end : end + CONTEXT_CHARS],
        start=start,
        end=end,
    )


def best_exact(text: str, a: Anchor) -> int | None:
    """The occurrence of the exact text whose surroundings best match the old
    prefix and suffix; the one nearest the old offset breaks ties."""
    best: tuple[int, int] | None = None  # (-score, distance)
    best_at: int | None = None
    exact = a.exact
    at = text.find(exact)
    seen = 0
    while at >= 0 and seen < _MAX_OCCURRENCES:
        key = (-_context_score(text, at, at + len(exact), a.prefix, a.suffix), abs(at - a.start))
        if best is None or key < best:
            best, best_at = key, at
        seen += 1
        at = text.find(exact, at + 1)
    return best_at


def _context_score(text: str, start: int, end: int, prefix: str, suffix: str) -> int:
    """How many characters of the old prefix and suffix still surround [start, end)."""
    n = 0
    i, j = start - 1, len(prefix) - 1
    while i >= 0 and j >= 0 and text[i] == prefix[j]:
        n, i, j = n + 1, i - 1, j - 1
    i, j = end, 0
    limit = len(text)
    while i < limit and j < len(suffix) and text[i] == suffix[j]:
        n, i, j = n + 1, i + 1, j + 1
    return n


# Markdown marks a note written on a file's source may hold, gone from its rendered
# text: a link's URL, emphasis and code marks, heading and block-quote marks.
_MARKUP_RE = re.compile(r"\[([^\]\n]*)\]\([^)\n]*\)|[*`]+|(?<!\w)_+|_+(?!\w)|^[ \t]*(?:#{1,6}|>)[ \t]", re.MULTILINE)
_MAX_RELAXED_HITS = 64


def relaxed_span(text: str, a: Anchor) -> tuple[int, int] | None:
    """The old words found again when only the white space between them or Markdown
    marks around them changed (a hard-wrapped line joined, `**7 to 2**` now shown as
    bold `7 to 2`): the occurrence nearest the old place."""
    words = _MARKUP_RE.sub(r"\1", a.exact).split()
    if not words:
        return None
    pattern = re.compile(r"\s+".join(re.escape(w) for w in words))
    best: tuple[int, int] | None = None
    for n, m in enumerate(pattern.finditer(text)):
        if best is None or abs(m.start() - a.start) < abs(best[0] - a.start):
            best = m.span()
        if n >= _MAX_RELAXED_HITS:
            break
    return best


def fuzzy_span(
    text: str,
    a: Anchor,
    passages: Sequence[Passage],
    starts: list[int],
    whole_passage: bool,
) -> tuple[int, int] | None:
    """The best close-enough match of the old exact text, or None: inside the old
    context first, else near where pieces of the old words now are (see fuzzy.py)."""
    from briefterm.notes.fuzzy import (  # rapidfuzz: only when a search needs it
        context_span,
        inside_word_edges,
        window_span,
    )

    exact = a.exact
    if whole_passage:
        return _whole_passage_span(text, a, passages, starts)
    span = context_span(text, exact, a.prefix, a.suffix, a.start)
    if span is not None:
        return span
    if len(exact.strip()) < MIN_FUZZY_CHARS:
        return None
    edges = inside_word_edges(a.prefix, exact, a.suffix)
    return window_span(text, exact, _voted_starts(text, exact, a.start), a.start, edges)


def _whole_passage_span(
    text: str, a: Anchor, passages: Sequence[Passage], starts: list[int]
) -> tuple[int, int] | None:
    from briefterm.notes.fuzzy import passage_similarity  # rapidfuzz: only when a search needs it

    candidates = _voted_starts(text, a.exact, a.start)
    best: tuple[float, int] | None = None
    best_span: tuple[int, int] | None = None
    for span in _candidate_passages(passages, starts, candidates, len(a.exact)):
        ratio = passage_similarity(a.exact, text[span[0] : span[1]])
        key = (ratio, -abs(span[0] - a.start))
        if ratio >= FUZZY_THRESHOLD and (best is None or key > best):
            best, best_span = key, span
    return best_span


def locate(text: str, a: Anchor, passages: Sequence[Passage], starts: list[int]) -> tuple[int, int] | None:
    """Where an anchor's words are now: exactly (context choosing among repeats),
    with whitespace and quotation marks loosened, else fuzzily; None if gone."""
    if not a.exact:
        return None
    if 0 <= a.start and a.start + len(a.exact) == a.end <= len(text) and text[a.start : a.end] == a.exact:
        return a.start, a.end
    at = best_exact(text, a)
    if at is not None:
        return at, at + len(a.exact)
    loose = find_quote(text, a.exact)
    if loose is not None:
        return loose
    return fuzzy_span(text, a, passages, starts, False)


def nearest_offset(text: str, a: Anchor) -> int | None:
    """Where an orphaned anchor's text was: where the end of its old prefix or the
    start of its old suffix is now (its old neighbours), else None."""
    from briefterm.notes.fuzzy import hits  # rapidfuzz: only when a search needs it

    for piece, after in ((a.prefix[-16:], True), (a.suffix[:16], False)):
        if len(piece.strip()) < 6:
            continue
        found = hits(text, piece, 0, len(text), 64)
        if not found or len(found) > 64:
            continue
        at = min(found, key=lambda h: abs(h - a.start))
        return at + len(piece) if after else at
    return None


def _voted_starts(text: str, exact: str, old_start: int) -> list[int]:
    """Likely new start offsets of `exact`, most voted first."""
    size = max(6, len(exact) // _MAX_CHUNKS)
    near_lo = max(0, old_start - _NEAR_CHARS)
    near_hi = old_start + len(exact) + _NEAR_CHARS
    votes: list[int] = []
    for offset in range(0, len(exact) - size + 1, size):
        piece = exact[offset : offset + size]
        if not piece.strip():
            continue
        found = _piece_hits(text, piece, 0, len(text))
        if len(found) > _CHUNK_MAX_HITS:
            # Too common to place the text anywhere: count only what lies near the old place.
            found = _piece_hits(text, piece, near_lo, near_hi)
        if len(found) <= _CHUNK_MAX_HITS:
            votes.extend(h - offset for h in found)
    if not votes:
        return []
    votes.sort()
    width = max(16, len(exact) // 4)
    clusters: list[tuple[int, int]] = []  # (count, median start)
    lo = 0
    for hi in range(len(votes)):
        while votes[hi] - votes[lo] > width:
            lo += 1
        clusters.append((hi - lo + 1, votes[(lo + hi) // 2]))
    clusters.sort(key=lambda c: (-c[0], abs(c[1] - old_start)))
    chosen: list[int] = []
    for _count, start in clusters:
        if all(abs(start - c) > width for c in chosen):
            chosen.append(start)
            if len(chosen) == _MAX_CANDIDATES:
                break
    return chosen


def _candidate_passages(
    passages: Sequence[Passage], starts: list[int], candidates: list[int], length: int
) -> list[tuple[int, int]]:
    """The passages the voted places fall in (for a note on a whole passage)."""
    seen: dict[int, tuple[int, int]] = {}
    for c in candidates:
        for offset in (c, c + length // 2):
            i = bisect.bisect_right(starts, max(0, offset)) - 1
            if 0 <= i < len(passages):
                p = passages[i]
                seen.setdefault(p.index, (p.start, p.end))
    return list(seen.values())


def anchor_to_dict(a: Anchor) -> dict[str, Any]:
    return {"exact": a.exact, "prefix": a.prefix, "suffix": a.suffix, "start": a.start, "end": a.end}


def _piece_hits(text: str, piece: str, lo: int, hi: int) -> list[int]:
    from briefterm.notes.fuzzy import hits  # rapidfuzz: only when a search needs it

    return hits(text, piece, lo, hi, _CHUNK_MAX_HITS)
