"""A reader's notes: Note, making and editing one, re-anchoring against a changed text.

On load each note is re-anchored (see `anchor.py`): the exact text at the old
offsets (`anchored`), else the exact text elsewhere (`moved`), else a fuzzy
match above a threshold (`moved`), else `orphaned`. An orphaned note keeps its
last anchor and passage number: it is shown and exported, never dropped.
"""

from __future__ import annotations

import bisect
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from typing import Any, Literal

from briefterm.core.text import clean
from briefterm.core.types import Passage
from briefterm.notes.anchor import (
    Anchor,
    anchor_to_dict,
    best_exact,
    find_quote,
    fuzzy_span,
    make_anchor,
    nearest_offset,
    relaxed_span,
)

NoteStatus = Literal["anchored", "moved", "orphaned"]
STATUSES: tuple[NoteStatus, ...] = ("anchored", "moved", "orphaned")


class NoteError(Exception):
    """A note that cannot be made as asked; the message is one line for the user."""


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
        body=clean(body),
        created=stamp,
        updated=stamp,
        anchor=anchor,
        status="anchored",
        whole_passage=whole,
    )


def make_note_at(
    text: str, passages: Sequence[Passage], passage_no: int, body: str, start: int, end: int
) -> Note:
    """A new note on exactly text[start:end], which must lie inside passage `passage_no`."""
    passage = find_passage(passages, passage_no)
    if not (passage.start <= start < end <= passage.end) or not text[start:end].strip():
        raise NoteError(f"the selection is not inside passage {passage.index}")
    stamp = utc_now()
    return Note(
        id=new_note_id(),
        passage=passage.index,
        body=clean(body),
        created=stamp,
        updated=stamp,
        anchor=make_anchor(text, start, end),
        status="anchored",
        whole_passage=(start, end) == (passage.start, passage.end),
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
    body = clean(body)
    wanted = clean(quote or "").strip()
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
    wanted = clean(quote or "").strip()
    if not wanted:
        return make_anchor(text, passage.start, passage.end), True
    span = find_quote(passage.text, wanted)
    if span is None:
        shown = wanted if len(wanted) <= 60 else wanted[:57] + "..."
        raise NoteError(f"quote not found in passage {passage.index}: {shown!r}")
    return make_anchor(text, passage.start + span[0], passage.start + span[1]), False


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
        return _orphaned(note, text, passages, starts)
    if 0 <= a.start and a.start + len(a.exact) == a.end <= len(text) and text[a.start : a.end] == a.exact:
        return _placed(note, text, passages, starts, a.start, a.end, "anchored")
    at = best_exact(text, a)
    if at is not None:
        return _placed(note, text, passages, starts, at, at + len(a.exact), "moved")
    span = relaxed_span(text, a) or fuzzy_span(text, a, passages, starts, note.whole_passage)
    if span is not None:
        return _placed(note, text, passages, starts, span[0], span[1], "moved")
    return _orphaned(note, text, passages, starts)


def _orphaned(note: Note, text: str, passages: Sequence[Passage], starts: list[int]) -> Note:
    """Its text is gone: it keeps its anchor and sits on the passage nearest to
    where that text was (where its old neighbours are now)."""
    at = nearest_offset(text, note.anchor)
    passage = note.passage
    if at is not None and passages:
        passage = _passage_index_at(passages, starts, at)
    elif passage is not None and passages:
        passage = min(max(passage, passages[0].index), passages[-1].index)
    return replace(note, status="orphaned", passage=passage)


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


# --- plain data (the notes file and exports) ------------------------------------


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
