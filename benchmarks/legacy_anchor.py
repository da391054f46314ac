"""The hand-written difflib fuzzy search that rapidfuzz replaced, kept only so that
`benchmarks/anchoring.py` can measure the two side by side. The exact search, the
anchor and its context are the project's own (`briefterm.notes.anchor`).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from difflib import SequenceMatcher

from briefterm.core.types import Passage
from briefterm.notes.anchor import Anchor

# Fuzzy matches must share at least this share of words (difflib ratio) with the old text.
FUZZY_THRESHOLD = 0.75
# Shorter quotes must be found exactly: a fuzzy match on a few characters means nothing.
MIN_FUZZY_CHARS = 12
_CHUNK_MAX_HITS = 64
_MAX_CHUNKS = 16
_MAX_CANDIDATES = 8
_NEAR_CHARS = 20_000
_WORD_RE = re.compile(r"\S+")


def fuzzy_span(
    text: str,
    a: Anchor,
    passages: Sequence[Passage],
    starts: list[int],
    whole_passage: bool,
) -> tuple[int, int] | None:
    """The best close-enough match of the old exact text, or None.

    Pieces of the old text vote for where it now starts (bounded: a piece found
    too often says nothing); the few best places are then compared word by word.
    """
    exact = a.exact
    if len(exact.strip()) < MIN_FUZZY_CHARS:
        return None
    candidates = _voted_starts(text, exact, a.start)
    if not candidates:
        return None
    old_words = [m.group() for m in _WORD_RE.finditer(exact)]
    best: tuple[float, int] | None = None  # (ratio, -distance)
    best_span: tuple[int, int] | None = None
    spans: list[tuple[int, int] | None]
    if whole_passage:
        spans = list(_candidate_passages(passages, starts, candidates, len(exact)))
    else:
        spans = [_aligned_span(text, old_words, c, len(exact)) for c in candidates]
    for span in spans:
        if span is None:
            continue
        new_words = [m.group() for m in _WORD_RE.finditer(text, span[0], span[1])]
        ratio = _word_ratio(old_words, new_words)
        key = (ratio, -abs(span[0] - a.start))
        if ratio >= FUZZY_THRESHOLD and (best is None or key > best):
            best, best_span = key, span
    return best_span


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
        hits = _hits(text, piece, 0, len(text))
        if len(hits) > _CHUNK_MAX_HITS:
            # Too common to place the text anywhere: count only what lies near the old place.
            hits = _hits(text, piece, near_lo, near_hi)
        if len(hits) <= _CHUNK_MAX_HITS:
            votes.extend(h - offset for h in hits)
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


def _hits(text: str, piece: str, lo: int, hi: int) -> list[int]:
    """Offsets of `piece` in text[lo:hi], at most one more than _CHUNK_MAX_HITS."""
    hits: list[int] = []
    at = text.find(piece, lo, hi)
    while at >= 0 and len(hits) <= _CHUNK_MAX_HITS:
        hits.append(at)
        at = text.find(piece, at + 1, hi)
    return hits


def _aligned_span(text: str, old_words: list[str], guess: int, length: int) -> tuple[int, int] | None:
    """The span around `guess` that lines up best, word by word, with the old text."""
    slack = max(16, length // 4)
    lo, hi = max(0, guess - slack), min(len(text), guess + length + slack)
    found = list(_WORD_RE.finditer(text, lo, hi))
    words = [m.group() for m in found]
    matcher = SequenceMatcher(None, old_words, words, autojunk=False)
    blocks = [b for b in matcher.get_matching_blocks() if b.size]
    if not blocks:
        return None
    first, last = blocks[0], blocks[-1]
    # A changed word at either edge is still part of the quote: take as many
    # neighbouring words as the old text had there.
    head = min(first.a, first.b)
    tail = min(len(old_words) - (last.a + last.size), len(words) - (last.b + last.size))
    return found[first.b - head].start(), found[last.b + last.size - 1 + tail].end()


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


def _word_ratio(old: list[str], new: list[str]) -> float:
    if not old or not new:
        return 0.0
    matcher = SequenceMatcher(None, old, new, autojunk=False)
    if matcher.real_quick_ratio() < FUZZY_THRESHOLD or matcher.quick_ratio() < FUZZY_THRESHOLD:
        return 0.0
    return matcher.ratio()
