"""A reader's notes: Note, Anchor, and re-anchoring against a changed text.

The anchor follows W3C Web Annotation's TextQuoteSelector + TextPositionSelector:
the exact quoted text (the whole passage when no quote was chosen), up to 32
characters of prefix and suffix, and start/end offsets into the normalised text.

On load each note is re-anchored: the exact text at the old offsets
(`anchored`), else the exact text elsewhere, prefix and suffix choosing between
repeats and nearness to the old offset breaking ties (`moved`), else a fuzzy
match above a threshold (`moved`), else `orphaned`. An orphaned note keeps its
last anchor and passage number: it is shown and exported, never dropped.

Every search here is bounded so that re-anchoring stays fast on a 3 MB text.
"""

from __future__ import annotations

import bisect
import re
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from difflib import SequenceMatcher
from typing import Any, Literal

from briefterm.model.document import normalise_newlines, sanitise
from briefterm.model.types import Passage

NoteStatus = Literal["anchored", "moved", "orphaned"]
STATUSES: tuple[NoteStatus, ...] = ("anchored", "moved", "orphaned")

CONTEXT_CHARS = 32
# Fuzzy matches must share at least this share of words (difflib ratio) with the old text.
FUZZY_THRESHOLD = 0.75
# Shorter quotes must be found exactly: a fuzzy match on a few characters means nothing.
MIN_FUZZY_CHARS = 12
_MAX_OCCURRENCES = 20_000
_CHUNK_MAX_HITS = 64
_MAX_CHUNKS = 16
_MAX_CANDIDATES = 8
_NEAR_CHARS = 20_000
_WORD_RE = re.compile(r"\S+")
_QUOTE_EQUIVALENTS = {
    '"': "\"“”„«»",
    "“": "\"“”„«»",
    "”": "\"“”„«»",
    "'": "'‘’‚",
    "‘": "'‘’‚",
    "’": "'‘’‚",
}


class NoteError(Exception):
    """A note that cannot be made as asked; the message is one line for the user."""


@dataclass(frozen=True)
class Anchor:
    exact: str
    prefix: str
    suffix: str
    start: int
    end: int


@dataclass(frozen=True)
class Note:
    id: str
    passage: int | None
    body: str
    created: str
    updated: str
    anchor: Anchor
    status: NoteStatus = "anchored"
    # True when the note is on the whole passage rather than a chosen quote:
    # a fuzzy re-anchoring then snaps to the whole passage again.
    whole_passage: bool = False

    @property
    def first_line(self) -> str:
        for line in self.body.split("\n"):
            if line.strip():
                return line.strip()
        return ""

    @property
    def orphaned(self) -> bool:
        return self.status == "orphaned"


def utc_now() -> str:
    """ISO 8601 in UTC with milliseconds: '2025-01-31T12:00:00.000Z'."""
    return datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def new_note_id() -> str:
    return uuid.uuid4().hex


def clean_text(value: str) -> str:
    """A body or quote as typed, minus what must never reach a terminal or a file:
    control characters, escape sequences, bidi overrides, undecodable bytes."""
    value = value.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    return sanitise(normalise_newlines(value))[0]


# --- making and editing notes -------------------------------------------------


def make_note(
    text: str,
    passages: Sequence[Passage],
    passage_no: int,
    body: str,
    quote: str | None = None,
    *,
    note_id: str | None = None,
    now: str | None = None,
) -> Note:
    """A new note on passage `passage_no` (1-based), anchored to `quote` inside it
    or, when no quote is given, to the whole passage. Raises NoteError."""
    passage = find_passage(passages, passage_no)
    anchor, whole = anchor_in_passage(text, passage, quote)
    stamp = now or utc_now()
    return Note(
        id=note_id or new_note_id(),
        passage=passage.index,
        body=clean_text(body),
        created=stamp,
        updated=stamp,
        anchor=anchor,
        status="anchored",
        whole_passage=whole,
    )


def edit_note(
    note: Note,
    text: str,
    passages: Sequence[Passage],
    body: str,
    quote: str | None = None,
    *,
    now: str | None = None,
) -> Note:
    """`note` with a new body and, if the quote changed, a new anchor inside its passage.

    `quote` None or blank means the whole passage, as in make_note. Raises NoteError."""
    body = clean_text(body)
    wanted = clean_text(quote or "").strip()
    same_anchor = (not wanted and note.whole_passage) or (
        bool(wanted) and not note.whole_passage and wanted == note.anchor.exact.strip()
    )
    stamp = now or utc_now()
    if same_anchor:
        return replace(note, body=body, updated=stamp)
    if note.passage is None:
        raise NoteError("this note has no passage to anchor a quote in")
    passage = find_passage(passages, note.passage)
    anchor, whole = anchor_in_passage(text, passage, quote)
    return replace(
        note,
        body=body,
        updated=stamp,
        anchor=anchor,
        passage=passage.index,
        status="anchored",
        whole_passage=whole,
    )


def find_passage(passages: Sequence[Passage], passage_no: int) -> Passage:
    if not passages:
        raise NoteError("the document has no passages to add a note to")
    if not 1 <= passage_no <= len(passages) or passages[passage_no - 1].index != passage_no:
        raise NoteError(f"no passage {passage_no}: the document has passages 1 to {len(passages)}")
    return passages[passage_no - 1]


def anchor_in_passage(text: str, passage: Passage, quote: str | None) -> tuple[Anchor, bool]:
    """The anchor for `quote` inside `passage` (whole passage if blank), and whether it is whole."""
    wanted = clean_text(quote or "").strip()
    if not wanted:
        return make_anchor(text, passage.start, passage.end), True
    span = find_quote(passage.text, wanted)
    if span is None:
        shown = wanted if len(wanted) <= 60 else wanted[:57] + "..."
        raise NoteError(f"quote not found in passage {passage.index}: {shown!r}")
    return make_anchor(text, passage.start + span[0], passage.start + span[1]), False


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


# --- re-anchoring ---------------------------------------------------------------


def reanchor_all(notes: Iterable[Note], text: str, passages: Sequence[Passage]) -> list[Note]:
    """Every note re-anchored against `text`, in reading order (orphans last)."""
    starts = [p.start for p in passages]
    placed = [reanchor(n, text, passages, _starts=starts) for n in notes]
    return sort_notes(placed)


def sort_notes(notes: Iterable[Note]) -> list[Note]:
    return sorted(notes, key=lambda n: (n.orphaned, n.passage or 0, n.anchor.start, n.created, n.id))


def reanchor(
    note: Note,
    text: str,
    passages: Sequence[Passage],
    *,
    _starts: list[int] | None = None,
) -> Note:
    """`note` placed on the current `text`: anchored, moved, or orphaned (never dropped)."""
    a = note.anchor
    starts = _starts if _starts is not None else [p.start for p in passages]
    if not a.exact:
        return replace(note, status="orphaned")
    if 0 <= a.start and a.start + len(a.exact) == a.end <= len(text) and text[a.start : a.end] == a.exact:
        return _placed(note, text, passages, starts, a.start, a.end, "anchored")
    at = _best_exact(text, a)
    if at is not None:
        return _placed(note, text, passages, starts, at, at + len(a.exact), "moved")
    span = _fuzzy_span(text, a, passages, starts, note.whole_passage)
    if span is not None:
        return _placed(note, text, passages, starts, span[0], span[1], "moved")
    return replace(note, status="orphaned")


def _placed(
    note: Note,
    text: str,
    passages: Sequence[Passage],
    starts: list[int],
    start: int,
    end: int,
    status: NoteStatus,
) -> Note:
    passage = _passage_index_at(passages, starts, start)
    return replace(
        note,
        anchor=make_anchor(text, start, end),
        passage=passage if passage is not None else note.passage,
        status=status,
    )


def _passage_index_at(passages: Sequence[Passage], starts: list[int], offset: int) -> int | None:
    """The passage holding `offset`, or the last one starting before it."""
    i = bisect.bisect_right(starts, offset) - 1
    if i < 0:
        return passages[0].index if passages else None
    return passages[i].index


def _best_exact(text: str, a: Anchor) -> int | None:
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


def _fuzzy_span(
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


# --- plain data (the notes file and exports) ------------------------------------


def anchor_to_dict(a: Anchor) -> dict[str, Any]:
    return {"exact": a.exact, "prefix": a.prefix, "suffix": a.suffix, "start": a.start, "end": a.end}


def note_to_dict(note: Note) -> dict[str, Any]:
    """The schema's shape of a note (`notes` in `export --format json`)."""
    return {
        "id": note.id,
        "passage": note.passage,
        "body": note.body,
        "status": note.status,
        "created": note.created,
        "updated": note.updated,
        "anchor": anchor_to_dict(note.anchor),
    }


def note_to_record(note: Note) -> dict[str, Any]:
    """What the notes file keeps: the schema's fields plus `whole_passage`."""
    record = note_to_dict(note)
    record["whole_passage"] = note.whole_passage
    return record


def note_from_record(data: object) -> Note:
    """A Note from a notes-file entry; raises ValueError when the entry is unusable."""
    if not isinstance(data, dict):
        raise ValueError("a note entry is not a mapping")
    note_id = data.get("id")
    if isinstance(note_id, int) and not isinstance(note_id, bool):
        note_id = str(note_id)
    if not isinstance(note_id, str) or not note_id:
        raise ValueError("a note entry has no id")
    body = data.get("body", "")
    if body is None:
        body = ""
    if not isinstance(body, str):
        raise ValueError(f"note {note_id}: body is not text")
    anchor = data.get("anchor")
    if not isinstance(anchor, dict):
        raise ValueError(f"note {note_id}: no anchor")
    exact, start, end = anchor.get("exact"), anchor.get("start"), anchor.get("end")
    if not isinstance(exact, str) or not isinstance(start, int) or not isinstance(end, int):
        raise ValueError(f"note {note_id}: anchor needs exact, start and end")
    passage = data.get("passage")
    status = data.get("status", "anchored")
    return Note(
        id=note_id,
        passage=passage if _is_int(passage) else None,
        body=body,
        created=_timestamp(data.get("created")),
        updated=_timestamp(data.get("updated") or data.get("created")),
        anchor=Anchor(
            exact=exact,
            prefix=_text(anchor.get("prefix")),
            suffix=_text(anchor.get("suffix")),
            start=int(start),
            end=int(end),
        ),
        status=status if status in STATUSES else "anchored",
        whole_passage=data.get("whole_passage") is True,
    )


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _text(value: object) -> str:
    return value if isinstance(value, str) else ""


def _timestamp(value: object) -> str:
    """A hand-edited file may hold bare YAML timestamps: keep them as ISO 8601 text."""
    if isinstance(value, datetime):
        if value.tzinfo is None:
            value = value.replace(tzinfo=UTC)
        return value.astimezone(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")
    if isinstance(value, date):
        return value.isoformat()
    return value if isinstance(value, str) else ""
