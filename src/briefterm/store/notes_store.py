"""The notes file of one document: YAML, locked, merged, atomically replaced.

A reader's notes are the one thing briefterm cannot regenerate, so every change
is a small transaction: take the lock (`a `filelock` lock on NAME.lock), re-read the
file so that what other processes wrote meanwhile is kept, apply this one
change (add, update or delete a note by id), write a temporary file in the same
folder, fsync it, `os.replace` it over the old one and fsync the folder.
A note is reported saved only after that.

Deleted ids are kept as tombstones so that a stale copy of a note (a retried
add) cannot bring a deleted note back. An explicit update of a deleted note is
the reader saving new text: it is kept, and the tombstone cleared.

A file that cannot be parsed is moved aside to NAME.corrupt-<timestamp> (never
over an earlier aside copy); the user is told that file's name and work goes on
with an empty set. Entries that cannot be read are kept in the file as they are.
Failing writes raise StoreError with a one-line message; nothing is lost in memory.
"""

from __future__ import annotations

import errno
import os
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path

from briefterm.brief.model import Correction
from briefterm.core.text import printable
from briefterm.core.types import Document, Passage
from briefterm.notes.note import Note, NoteError, edit_note, make_note, make_note_at, reanchor_all, utc_now
from briefterm.store.atomic import StoreError, atomic_write, reason
from briefterm.store.lock import locked
from briefterm.store.notes_file import FORMAT_VERSION, FileState, copy_exclusive, dump, parse
from briefterm.store.paths import notes_file_for

__all__ = ["DocumentNotes", "FORMAT_VERSION", "NotesStore"]


class NotesStore:
    """One document's notes file. Thread- and process-safe writes; lock-free reads."""

    def __init__(self, path: Path, *, source: str | None = None, sha256: str | None = None) -> None:
        self.path = Path(path)
        self.lock_path = self.path.with_name(self.path.name + ".lock")
        self.source = source
        self.sha256 = sha256
        self._warnings: list[str] = []
        self.stored: dict[str, Note] = {}  # as last read, before re-anchoring

    # -- reading ---------------------------------------------------------------

    def load(self) -> list[Note]:
        """The notes as stored (not re-anchored). A file that cannot be parsed is
        moved aside (see take_warnings); a file that cannot be read raises StoreError."""
        return self.load_all()[0]

    def load_all(self) -> tuple[list[Note], list[Correction]]:
        """The notes as stored and the corrections in the order made, in one read."""
        state = self._read()
        self.stored = dict(state.notes)
        return list(state.notes.values()), state.ordered_corrections()

    def record_places(self, placed: Sequence[Note]) -> list[Note]:
        """Keep where notes sit now; a note changed meanwhile by another process is left be."""
        return self._transact(lambda state: _record(state, placed))

    def warn(self, message: str) -> None:
        self._warnings.append(message)

    def take_warnings(self) -> list[str]:
        """Messages for the user since the last call (a corrupt file moved aside...)."""
        out, self._warnings = self._warnings, []
        return out

    # -- writing ---------------------------------------------------------------

    def add(self, note: Note, placed: Sequence[Note] = ()) -> list[Note]:
        """Save a new note (idempotent by id); returns every note now in the file.
        `placed`: notes re-anchored since they were read, whose new places are kept too."""

        def change(state: FileState) -> None:
            _record(state, placed)
            if note.id in state.deleted:
                return  # deleted meanwhile: a retried add must not bring it back
            state.notes[note.id] = note

        return self._transact(change)

    def update(self, note: Note, placed: Sequence[Note] = ()) -> list[Note]:
        """Save a changed note; returns every note now in the file."""

        def change(state: FileState) -> None:
            _record(state, placed)
            state.deleted.pop(note.id, None)
            state.notes[note.id] = note

        return self._transact(change)

    def delete(self, note_id: str, placed: Sequence[Note] = ()) -> list[Note]:
        """Delete a note by id (remembered, so no merge brings it back)."""

        def change(state: FileState) -> None:
            _record(state, placed)
            state.notes.pop(note_id, None)
            state.deleted[note_id] = utc_now()

        return self._transact(change)

    # -- corrections -------------------------------------------------------------

    def load_corrections(self) -> list[Correction]:
        """The reader's corrections, in the order they were made."""
        return self._read().ordered_corrections()

    def add_correction(self, correction: Correction) -> list[Correction]:
        """Save one correction (idempotent by id); returns all of them, in order."""

        def change(state: FileState) -> None:
            if correction.id not in state.deleted:
                state.corrections[correction.id] = correction

        return self._transact_state(change).ordered_corrections()

    def undo_correction(self) -> tuple[Correction | None, list[Correction]]:
        """Take back the latest correction (whoever made it): (it or None, those left)."""
        undone: list[Correction] = []

        def change(state: FileState) -> None:
            ordered = state.ordered_corrections()
            if ordered:
                latest = ordered[-1]
                undone.append(latest)
                del state.corrections[latest.id]
                state.deleted[latest.id] = utc_now()

        state = self._transact_state(change)
        return (undone[0] if undone else None), state.ordered_corrections()

    # -- internals -------------------------------------------------------------

    def _transact(self, change: Callable[[FileState], None]) -> list[Note]:
        return list(self._transact_state(change).notes.values())

    def _transact_state(self, change: Callable[[FileState], None]) -> FileState:
        self._prepare_folder()
        with locked(self.lock_path, self.path):
            state = self._read(under_lock=True)
            if state.version > FORMAT_VERSION:
                raise StoreError(
                    f"{printable(self.path)} was written by a newer briefterm "
                    f"(format {state.version}); not changing it"
                )
            change(state)
            self._write(state)
        return state

    def _prepare_folder(self) -> None:
        folder = self.path.parent
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except FileExistsError:
            raise StoreError(
                f"cannot save notes in {printable(folder)}: a part of the path is not a directory"
            ) from None
        except OSError as e:
            raise StoreError(f"cannot save notes in {printable(folder)}: {reason(e)}") from None
        if self.path.is_dir():
            raise StoreError(f"cannot save notes to {printable(self.path)}: it is a directory")


    def _read(self, under_lock: bool = False) -> FileState:
        try:
            raw = self.path.read_bytes()
        except FileNotFoundError:
            return FileState()
        except IsADirectoryError:
            raise StoreError(f"cannot read notes from {printable(self.path)}: it is a directory") from None
        except OSError as e:
            raise StoreError(f"cannot read notes from {printable(self.path)}: {reason(e)}") from None
        try:
            state = parse(raw)
        except ValueError as e:
            if not under_lock:
                # Another process may be mid-way through putting a good file in place:
                # decide under the lock, where the file cannot change.
                try:
                    with locked(self.lock_path, self.path):
                        return self._read(under_lock=True)
                except StoreError:
                    pass  # cannot lock (read-only folder): tell, but leave the file be
                self._warnings.append(
                    f"notes file {printable(self.path)} cannot be read ({e}); showing no notes"
                )
                return FileState()
            aside = self._move_aside()
            self._warnings.append(
                f"notes file {printable(self.path)} could not be read ({e}); "
                f"it was moved to {printable(aside)} and briefterm starts with no notes"
            )
            return FileState()
        if state.unreadable:
            self._warnings.append(
                f"{len(state.unreadable)} note(s) in {printable(self.path)} could not be read; "
                "they are kept in the file as they are"
            )
        if state.version > FORMAT_VERSION:
            self._warnings.append(
                f"{printable(self.path)} was written by a newer briefterm (format {state.version})"
            )
        return state

    def _move_aside(self) -> Path:
        """Move the unreadable file to a fresh NAME.corrupt-<timestamp>; never overwrite."""
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
        base = self.path.with_name(f"{self.path.name}.corrupt-{stamp}")
        for n in range(10_000):
            aside = base if n == 0 else base.with_name(f"{base.name}-{n}")
            try:
                os.link(self.path, aside)  # fails if `aside` exists: no clobbering
            except FileExistsError:
                continue
            except OSError as e:
                if e.errno not in (errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EXDEV):
                    raise StoreError(
                        f"cannot move the unreadable notes file {printable(self.path)} aside: {reason(e)}"
                    ) from None
                if not copy_exclusive(self.path, aside):
                    continue
            try:
                os.unlink(self.path)
            except OSError as e:
                raise StoreError(
                    f"cannot move the unreadable notes file {printable(self.path)} aside: {reason(e)}"
                ) from None
            return aside
        raise StoreError(f"cannot find a free name to move {printable(self.path)} aside")

    def _write(self, state: FileState) -> None:
        atomic_write(self.path, dump(state, self.source, self.sha256), what="notes")


def _record(state: FileState, placed: Sequence[Note]) -> None:
    """Where re-anchored notes sit now, unless another process changed them meanwhile."""
    for note in placed:
        old = state.notes.get(note.id)
        if old is not None and old.updated == note.updated and old.body == note.body:
            state.notes[note.id] = note


class DocumentNotes:
    """A document's notes, re-anchored against its current text, saved through a NotesStore.

    This is what the reader and the CLI use: every method that changes a note
    writes it through before returning, and raises NoteError (bad passage or
    quote) or StoreError (cannot save) otherwise, changing nothing in memory.
    """

    def __init__(self, store: NotesStore, text: str, passages: Sequence[Passage]) -> None:
        self.store = store
        self.text = text
        self.passages = list(passages)
        self.notes: list[Note] = []
        self.corrections: list[Correction] = []

    @classmethod
    def open(
        cls,
        document: Document,
        passages: Sequence[Passage],
        notes_file: str | os.PathLike[str] | None = None,
        *,
        strict: bool = False,
    ) -> DocumentNotes:
        """The notes of `document` (from `notes_file`, else its default notes file), loaded.

        A file that cannot be read raises StoreError when `strict`; otherwise it
        becomes a warning (take_warnings) and the set starts empty: a later save
        re-reads under the lock, so it can never overwrite notes it did not see."""
        path = notes_file_for(document, notes_file)
        store = NotesStore(path, source=document.source, sha256=document.sha256)
        notes = cls(store, document.text, passages)
        try:
            notes.reload()
        except StoreError as e:
            if strict:
                raise
            store.warn(str(e))
        return notes

    @property
    def path(self) -> Path:
        return self.store.path

    def take_warnings(self) -> list[str]:
        return self.store.take_warnings()

    def reload(self) -> None:
        """Re-read the file (other processes' notes included) and re-anchor everything."""
        notes, self.corrections = self.store.load_all()
        self._settle(notes)

    def record_places(self) -> None:
        """Write where each note sits now (after re-anchoring) into the notes file."""
        changed = self._moved()
        if changed:
            self._settle(self.store.record_places(changed))

    def _moved(self) -> list[Note]:
        """Notes whose place differs from what the file says (every write records it)."""
        return [n for n in self.notes if n != self.store.stored.get(n.id, n)]

    def get(self, note_id: str) -> Note | None:
        return next((n for n in self.notes if n.id == note_id), None)


    def passages_with_notes(self) -> set[int]:
        """Passage numbers that carry a (non-orphaned) note: for the passage pane's marker."""
        return {n.passage for n in self.notes if n.passage is not None and not n.orphaned}

    def add(self, passage_no: int, body: str, quote: str | None = None) -> Note:
        note = make_note(self.text, self.passages, passage_no, body, quote)
        self._settle(self.store.add(note, self._moved()))
        return self.get(note.id) or note

    def edit(self, note_id: str, body: str, quote: str | None = None) -> Note:
        """New body (and quote: None or blank = whole passage) for a note."""
        current = self.get(note_id)
        if current is None:
            raise NoteError(f"no note {note_id}")
        note = edit_note(current, self.text, self.passages, body, quote)
        self._settle(self.store.update(note, self._moved()))
        return self.get(note.id) or note

    def add_at(self, passage_no: int, body: str, start: int, end: int) -> Note:
        """A note on exactly text[start:end] (a selection) inside passage `passage_no`."""
        note = make_note_at(self.text, self.passages, passage_no, body, start, end)
        self._settle(self.store.add(note, self._moved()))
        return self.get(note.id) or note

    def delete(self, note_id: str) -> None:
        self._settle(self.store.delete(note_id, self._moved()))

    def correct(self, correction: Correction) -> None:
        """Save a correction at once (after every earlier one)."""
        self.corrections = self.store.add_correction(correction)

    def undo(self) -> Correction | None:
        """Take back the latest correction; None when there is none."""
        undone, self.corrections = self.store.undo_correction()
        return undone

    def _settle(self, stored: list[Note]) -> None:
        self.store.stored = {n.id: n for n in stored}
        self.notes = reanchor_all(stored, self.text, self.passages)
