"""`briefterm note list` and `briefterm note delete`."""

from __future__ import annotations

import json

from briefterm.commands import CommandError
from briefterm.commands.analysis import warn
from briefterm.core.types import Document
from briefterm.notes.note import Note, note_to_dict
from briefterm.store.notes_store import DocumentNotes


def open_notes(document: Document, notes_file: str | None) -> DocumentNotes:
    from briefterm.engine.passages import document_passages
    from briefterm.store.atomic import StoreError

    try:
        notes = DocumentNotes.open(document, document_passages(document), notes_file, strict=True)
    except StoreError as e:
        raise CommandError(str(e)) from None
    warn(notes.take_warnings())
    return notes


def list_notes(notes: DocumentNotes, fmt: str) -> str:
    """Every note: id, passage (where it sits now), status, quote, body."""
    if fmt == "json":
        return json.dumps([note_to_dict(n) for n in notes.notes], ensure_ascii=False, indent=2) + "\n"
    if not notes.notes:
        return "no notes\n"
    return "".join(_note_text(n) for n in notes.notes)


def _note_text(note: Note) -> str:
    where = f"passage {note.passage}" if note.passage is not None else "no passage"
    quote = "whole passage" if note.whole_passage else "“" + " ".join(note.anchor.exact.split()) + "”"
    if len(quote) > 72:
        quote = quote[:70] + "…”"
    body = "".join(f"    {line}\n" for line in (note.body.split("\n") or [""]))
    return f"{note.id}  {where}  {note.status}  {quote}\n{body}"


def delete_note(notes: DocumentNotes, wanted: str) -> Note:
    """Delete the note with id `wanted` (or a unique prefix of 4 characters or more)."""
    from briefterm.store.atomic import StoreError

    note = notes.get(wanted)
    if note is None and len(wanted) >= 4:
        found = [n for n in notes.notes if n.id.startswith(wanted)]
        if len(found) > 1:
            raise CommandError(f"note id {wanted!r} is ambiguous: {len(found)} notes start with it")
        note = found[0] if found else None
    if note is None and len(wanted) < 4 and any(n.id.startswith(wanted) for n in notes.notes):
        raise CommandError(f"note id {wanted!r} is too short: give 4 characters or more (see 'briefterm note list')")
    if note is None:
        raise CommandError(f"no note {wanted!r} in {notes.path}")
    try:
        notes.delete(note.id)
    except StoreError as e:
        raise CommandError(str(e)) from None
    return note
