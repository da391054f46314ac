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
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import yaml

from briefterm.core.text import printable
from briefterm.core.types import Document, Passage
from briefterm.notes.note import (
    Note,
    NoteError,
    edit_note,
    make_note,
    note_from_record,
    note_to_record,
    reanchor_all,
    utc_now,
)
from briefterm.store.atomic import StoreError, atomic_write, reason
from briefterm.store.lock import locked
from briefterm.store.paths import notes_file_for

FORMAT_VERSION = 1
MAX_TOMBSTONES = 10_000

__all__ = ["DocumentNotes", "FORMAT_VERSION", "NotesStore"]




@dataclass
class _FileState:
    """What the notes file holds, as far as this version understands it."""

    notes: dict[str, Note] = field(default_factory=dict)
    deleted: dict[str, str] = field(default_factory=dict)  # id -> when
    unreadable: list[Any] = field(default_factory=list)  # entries kept verbatim
    extra: dict[str, Any] = field(default_factory=dict)  # unknown top-level keys, kept
    version: int = FORMAT_VERSION


class NotesStore:
    """One document's notes file. Thread- and process-safe writes; lock-free reads."""

    def __init__(self, path: Path, *, source: str | None = None, sha256: str | None = None) -> None:
        self.path = Path(path)
        self.lock_path = self.path.with_name(self.path.name + ".lock")
        self.source = source
        self.sha256 = sha256
        self._warnings: list[str] = []

    # -- reading ---------------------------------------------------------------

    def load(self) -> list[Note]:
        """The notes as stored (not re-anchored). A file that cannot be parsed is
        moved aside (see take_warnings); a file that cannot be read raises StoreError."""
        return list(self._read().notes.values())

    def warn(self, message: str) -> None:
        self._warnings.append(message)

    def take_warnings(self) -> list[str]:
        """Messages for the user since the last call (a corrupt file moved aside...)."""
        out, self._warnings = self._warnings, []
        return out

    # -- writing ---------------------------------------------------------------

    def add(self, note: Note) -> list[Note]:
        """Save a new note (idempotent by id); returns every note now in the file."""

        def change(state: _FileState) -> None:
            if note.id in state.deleted:
                return  # deleted meanwhile: a retried add must not bring it back
            state.notes[note.id] = note

        return self._transact(change)

    def update(self, note: Note) -> list[Note]:
        """Save a changed note; returns every note now in the file."""

        def change(state: _FileState) -> None:
            state.deleted.pop(note.id, None)
            state.notes[note.id] = note

        return self._transact(change)

    def delete(self, note_id: str) -> list[Note]:
        """Delete a note by id (remembered, so no merge brings it back)."""

        def change(state: _FileState) -> None:
            state.notes.pop(note_id, None)
            state.deleted[note_id] = utc_now()

        return self._transact(change)

    # -- internals -------------------------------------------------------------

    def _transact(self, change: Callable[[_FileState], None]) -> list[Note]:
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
        return list(state.notes.values())

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


    def _read(self, under_lock: bool = False) -> _FileState:
        try:
            raw = self.path.read_bytes()
        except FileNotFoundError:
            return _FileState()
        except IsADirectoryError:
            raise StoreError(f"cannot read notes from {printable(self.path)}: it is a directory") from None
        except OSError as e:
            raise StoreError(f"cannot read notes from {printable(self.path)}: {reason(e)}") from None
        try:
            state = _parse(raw)
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
                return _FileState()
            aside = self._move_aside()
            self._warnings.append(
                f"notes file {printable(self.path)} could not be read ({e}); "
                f"it was moved to {printable(aside)} and briefterm starts with no notes"
            )
            return _FileState()
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
                if not _copy_exclusive(self.path, aside):
                    continue
            try:
                os.unlink(self.path)
            except OSError as e:
                raise StoreError(
                    f"cannot move the unreadable notes file {printable(self.path)} aside: {reason(e)}"
                ) from None
            return aside
        raise StoreError(f"cannot find a free name to move {printable(self.path)} aside")

    def _write(self, state: _FileState) -> None:
        deleted = sorted(state.deleted.items(), key=lambda kv: kv[1])[-MAX_TOMBSTONES:]
        document: dict[str, Any] = {}
        if self.source is not None:
            document["source"] = self.source
        if self.sha256 is not None:
            document["sha256"] = self.sha256
        data: dict[str, Any] = {"version": FORMAT_VERSION}
        if document:
            data["document"] = document
        notes = sorted(state.notes.values(), key=lambda n: (n.created, n.id))
        data["notes"] = [note_to_record(n) for n in notes] + list(state.unreadable)
        data["deleted"] = [{"id": k, "at": v} for k, v in deleted]
        for key, value in state.extra.items():
            data.setdefault(key, value)
        text = yaml.dump(data, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=100)
        atomic_write(self.path, text.encode("utf-8", "surrogateescape"), what="notes")


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
        self._settle(self.store.load())

    def get(self, note_id: str) -> Note | None:
        return next((n for n in self.notes if n.id == note_id), None)


    def passages_with_notes(self) -> set[int]:
        """Passage numbers that carry a (non-orphaned) note: for the passage pane's marker."""
        return {n.passage for n in self.notes if n.passage is not None and not n.orphaned}

    def add(self, passage_no: int, body: str, quote: str | None = None) -> Note:
        note = make_note(self.text, self.passages, passage_no, body, quote)
        self._settle(self.store.add(note))
        return self.get(note.id) or note

    def edit(self, note_id: str, body: str, quote: str | None = None) -> Note:
        """New body (and quote: None or blank = whole passage) for a note."""
        current = self.get(note_id)
        if current is None:
            raise NoteError(f"no note {note_id}")
        note = edit_note(current, self.text, self.passages, body, quote)
        self._settle(self.store.update(note))
        return self.get(note.id) or note

    def delete(self, note_id: str) -> None:
        self._settle(self.store.delete(note_id))

    def _settle(self, stored: list[Note]) -> None:
        self.notes = reanchor_all(stored, self.text, self.passages)


def _copy_exclusive(src: Path, dst: Path) -> bool:
    """Copy src to a new file dst (False if dst already exists)."""
    try:
        fd = os.open(dst, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return False
    except OSError as e:
        raise StoreError(f"cannot move the unreadable notes file {printable(src)} aside: {reason(e)}") from None
    with os.fdopen(fd, "wb") as f:
        f.write(src.read_bytes())
        f.flush()
        os.fsync(f.fileno())
    return True




def _parse(raw: bytes) -> _FileState:
    """The file's content; ValueError when it is not a notes file we can read."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise ValueError("not UTF-8") from None
    try:
        data = yaml.load(text, Loader=_Loader)  # noqa: S506 - a safe loader, C when available
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark is not None else ""
        raise ValueError(f"not valid YAML{where}") from None
    except RecursionError:
        raise ValueError("not valid YAML (nested too deeply)") from None
    if data is None:
        return _FileState()  # an empty file: no notes yet
    if not isinstance(data, dict):
        raise ValueError("not a notes file (no mapping at the top)")
    version = data.get("version", FORMAT_VERSION)
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise ValueError("not a notes file (bad version)")
    entries = data.get("notes") or []
    if not isinstance(entries, list):
        raise ValueError("not a notes file (notes is not a list)")
    state = _FileState(version=version)
    for entry in entries:
        try:
            note = note_from_record(entry)
        except ValueError:
            state.unreadable.append(entry)
            continue
        state.notes[note.id] = note
    deleted = data.get("deleted") or []
    if isinstance(deleted, list):
        for item in deleted:
            if isinstance(item, dict) and isinstance(item.get("id"), str):
                state.deleted[item["id"]] = str(item.get("at", ""))
    for note_id in list(state.notes):
        state.deleted.pop(note_id, None)  # present wins over a stale tombstone
    state.extra = {k: v for k, v in data.items() if k not in ("version", "document", "notes", "deleted")}
    return state


# The C loader and emitter when PyYAML has them (several times faster), safe either way.
_Loader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
# The C emitter when PyYAML has it (several times faster); the same safe representer.
_BaseDumper: type[yaml.SafeDumper] = getattr(yaml, "CSafeDumper", yaml.SafeDumper)


class _Dumper(_BaseDumper):  # type: ignore[valid-type,misc]
    """Safe YAML with multi-line note bodies as readable literal blocks, no aliases."""

    def ignore_aliases(self, data: Any) -> bool:
        return True


def _represent_str(dumper: Any, value: str) -> yaml.ScalarNode:
    # Literal blocks for multi-line bodies; text with edge whitespace (prefixes,
    # suffixes) reads better double-quoted than under YAML's chomping indicators.
    style: str | None = None
    if "\n" in value:
        style = "|" if value == value.strip() else '"'
    node: yaml.ScalarNode = dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)
    return node


_Dumper.add_representer(str, _represent_str)
