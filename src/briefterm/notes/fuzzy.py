"""Finding words again after they were changed a little (rapidfuzz).

Two ways, as Hypothesis's anchoring does: inside the old context (the old prefix
and suffix still stand around a changed quote: whatever lies between them, if
close enough, is the quote now), else near the places pieces of the old words
vote for (rapidfuzz's `partial_ratio_alignment` finds the best-aligned span in
a window around each place). rapidfuzz was measured against the hand-written
difflib search it replaces and against diff-match-patch's `match_main`:
`benchmarks/anchoring.py`, figures in the README.
"""

from __future__ import annotations

from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

from briefterm.notes.anchor import MIN_FUZZY_CHARS

# rapidfuzz scores (0-100) a changed quote must keep to be the same words.
WINDOW_SCORE = 80.0
CONTEXT_SIMILARITY = 0.75
# At least this much of the old prefix/suffix must be found to trust the context.
MIN_CONTEXT_CHARS = 8
_MAX_HITS = 64


def context_span(text: str, exact: str, prefix: str, suffix: str, old_start: int) -> tuple[int, int] | None:
    """The words between the old prefix and suffix, if they are close to `exact`."""
    ctx_prefix = prefix[-MIN_CONTEXT_CHARS * 2 :]
    ctx_suffix = suffix[: MIN_CONTEXT_CHARS * 2]
    at_start = not prefix and old_start == 0
    if (len(ctx_prefix) < MIN_CONTEXT_CHARS and not at_start) or (len(ctx_suffix) < MIN_CONTEXT_CHARS and suffix):
        return None
    lo_len, hi_len = max(0, len(exact) // 2 - 4), len(exact) * 3 // 2 + 4
    best: tuple[int, int, int, int] | None = None  # (distance, nearness, start, end)
    for begin in _starts_after(text, ctx_prefix, at_start):
        for end in _ends_between(text, ctx_suffix, begin + lo_len, begin + hi_len):
            if end < begin:
                continue
            found = text[begin:end]
            if not found.strip():
                continue
            distance = Levenshtein.distance(exact, found)
            if not _close(exact, found, distance):
                continue
            key = (distance, abs(begin - old_start), begin, end)
            if best is None or key < best:
                best = key
    return (best[2], best[3]) if best else None


def _close(exact: str, found: str, distance: int) -> bool:
    if distance <= 1:
        return True
    if len(exact) < MIN_FUZZY_CHARS:
        return False
    return Levenshtein.normalized_similarity(exact, found) >= CONTEXT_SIMILARITY


def _starts_after(text: str, prefix: str, at_start: bool) -> list[int]:
    if at_start:
        return [0]
    return [h + len(prefix) for h in hits(text, prefix, 0, len(text))[:_MAX_HITS]]


def _ends_between(text: str, suffix: str, lo: int, hi: int) -> list[int]:
    if not suffix:
        return [len(text)] if lo <= len(text) <= hi else []
    return hits(text, suffix, lo, min(len(text), hi + len(suffix)))[:_MAX_HITS]


def hits(text: str, piece: str, lo: int, hi: int, limit: int = _MAX_HITS) -> list[int]:
    """Offsets of `piece` in text[lo:hi], at most `limit` + 1."""
    out: list[int] = []
    at = text.find(piece, lo, hi)
    while at >= 0 and len(out) <= limit:
        out.append(at)
        at = text.find(piece, at + 1, hi)
    return out


def window_span(
    text: str, exact: str, candidates: list[int], old_start: int, edges: tuple[bool, bool] = (False, False)
) -> tuple[int, int] | None:
    """The best-aligned close match of `exact` near one of the `candidates` starts.
    `edges`: whether the old quote began / ended inside a word (then the new may too)."""
    if len(exact.strip()) < MIN_FUZZY_CHARS:
        return None
    slack = max(16, len(exact) // 4)
    best: tuple[float, int] | None = None
    best_span: tuple[int, int] | None = None
    for c in candidates:
        lo, hi = max(0, c - slack), min(len(text), c + len(exact) + slack)
        if hi - lo < len(exact) // 2:
            continue
        window = text[lo:hi]
        if len(window) < len(exact):
            score = fuzz.ratio(exact, window, score_cutoff=WINDOW_SCORE)
            span = (lo, hi)
        else:
            r = fuzz.partial_ratio_alignment(exact, window, score_cutoff=WINDOW_SCORE)
            if r is None:
                continue
            score, span = r.score, _refine(text, exact, lo + r.dest_start, lo + r.dest_end)
        if not score or score < _cutoff(exact) or _cuts_a_word(text, span, edges):
            continue
        key = (score, -abs(span[0] - old_start))
        if best is None or key > best:
            best, best_span = key, span
    return best_span


def _cutoff(exact: str) -> float:
    """Short quotes must match more closely: a few characters alike mean little."""
    return WINDOW_SCORE if len(exact) >= 30 else WINDOW_SCORE + 8


def _cuts_a_word(text: str, span: tuple[int, int], edges: tuple[bool, bool]) -> bool:
    """A span starting or ending inside a word where the old quote did not."""
    s, e = span
    inside_start = 0 < s < len(text) and text[s - 1].isalnum() and text[s].isalnum()
    inside_end = 0 < e < len(text) and text[e - 1].isalnum() and text[e].isalnum()
    return (inside_start and not edges[0]) or (inside_end and not edges[1])


def inside_word_edges(prefix: str, exact: str, suffix: str) -> tuple[bool, bool]:
    """Whether a quote begins and ends inside a word (a selection cut mid-word)."""
    return (prefix[-1:].isalnum() and exact[:1].isalnum(), exact[-1:].isalnum() and suffix[:1].isalnum())


def _refine(text: str, exact: str, start: int, end: int) -> tuple[int, int]:
    """The alignment has the old length: let its edges move a few characters to the
    span closest to the old words (a character inserted or deleted inside)."""
    best = (Levenshtein.distance(exact, text[start:end]), start, end)
    for ds in range(-3, 4):
        for de in range(-3, 4):
            s, e = start + ds, end + de
            if 0 <= s < e <= len(text):
                d = Levenshtein.distance(exact, text[s:e], score_cutoff=best[0])
                if d < best[0]:
                    best = (d, s, e)
    return best[1], best[2]


def passage_similarity(old: str, new: str) -> float:
    """0..1: how much of a whole passage's text is still the same."""
    return fuzz.ratio(old, new) / 100.0
