"""The library: every document opened in the reader, to come back to.

One JSON file in the data directory (`library.json`), changed like the notes
files: under the lock, re-read, changed, atomically replaced; so two readers
opening documents at once both get recorded. Only the reader records; a file
that has moved or gone is shown as missing, never dropped, and its notes stay
in their notes file. An entry is known by its source: a file's resolved path,
a URL, or, for piped text, `-` with the SHA-256 of its text (the notes' key).
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Callable
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from briefterm.core.text import printable
from briefterm.core.types import Document
from briefterm.store.atomic import StoreError, atomic_write, reason
from briefterm.store.lock import locked

FILE_NAME = "library.json"
FORMAT_VERSION = 1
MAX_ENTRIES = 2000
STDIN = "-"


@dataclass(frozen=True)
class Entry:
    """A document opened before."""

    source: str  # resolved path (surrogate-escaped), URL, or "-" for piped text
    title: str
    sha256: str
    opened: str  # ISO 8601, UTC
    notes_file: str

    @property
    def key(self) -> str:
        return f"{STDIN}:{self.sha256}" if self.source == STDIN else self.source

    @property
    def is_file(self) -> bool:
        return self.source != STDIN and "://" not in self.source

    @property
    def missing(self) -> bool:
        """A file that is no longer where it was opened."""
        return self.is_file and not os.path.isfile(os.fsencode(self.source))

    def notes_count(self) -> int:
        """How many notes its notes file holds now (0 when it cannot be read)."""
        from briefterm.store.notes_store import NotesStore

        try:
            return len(NotesStore(Path(self.notes_file)).load())
        except (StoreError, OSError):
            return 0

    def shown_source(self) -> str:
        return "(standard input)" if self.source == STDIN else json_text(self.source)


def library_path() -> Path:
    from briefterm.store.paths import data_dir

    return data_dir() / FILE_NAME


def source_of(document: Document) -> str:
    """Where `document` came from, as the library keys it."""
    if document.path is not None:
        return os.fsdecode(document.path.resolve())
    # A URL as given (its snapshot and notes are found by it), or "-" for piped text.
    return document.source


def utc_stamp() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


_CONTROL_RE = re.compile(r"[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def json_text(value: str) -> str:
    """`value` fit for a JSON field or a terminal: bad bytes and control characters escaped."""
    text = value.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    return _CONTROL_RE.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), text)


class Library:
    """The library file; every change locked, merged and atomic."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or library_path()
        self.lock_path = self.path.with_name(self.path.name + ".lock")
        self.warnings: list[str] = []

    def entries(self) -> list[Entry]:
        """Newest first."""
        return sorted(self._read(), key=lambda e: e.opened, reverse=True)

    def find(self, source: str) -> list[Entry]:
        """Entries known by `source`: as stored, as a path resolved from here, or `-`."""
        wanted = {source}
        if source != STDIN and "://" not in source:
            wanted.add(os.fsdecode(Path(source).resolve()))
        return [e for e in self._read() if e.source in wanted or e.key in wanted]

    def record(self, document: Document, notes_file: Path, title: str | None = None) -> Entry:
        """Remember that `document` was opened now (its notes in `notes_file`), under `title`
        (the reader's header: a brief's title), else the document's own."""
        entry = Entry(source_of(document), title or document.title, document.sha256, utc_stamp(),
                      os.fsdecode(notes_file))

        def change(entries: list[Entry]) -> list[Entry]:
            kept = [e for e in entries if e.key != entry.key]
            return [entry, *sorted(kept, key=lambda e: e.opened, reverse=True)[: MAX_ENTRIES - 1]]

        self._change(change)
        return entry

    def forget(self, source: str) -> list[Entry]:
        """Remove the entries known by `source` (their notes stay); the ones removed."""
        gone = self.find(source)
        if gone:
            keys = {e.key for e in gone}
            self._change(lambda entries: [e for e in entries if e.key not in keys])
        return gone

    def missing_with_notes(self, document: Document) -> list[Entry]:
        """Missing files whose text was this document's text and that have notes."""
        here = source_of(document)
        return [
            e for e in self.entries()
            if e.sha256 == document.sha256 and e.source != here and e.missing and e.notes_count() > 0
        ]

    def adopt_notes(self, entry: Entry, document: Document, notes_file: Path) -> int:
        """Copy the notes of `entry` (a missing file with `document`'s text) into
        `notes_file`, then forget the entry; its own notes file is left as it is.
        Returns how many notes came over."""
        from briefterm.store.notes_store import NotesStore

        notes = NotesStore(Path(entry.notes_file)).load()
        target = NotesStore(notes_file, source=document.source, sha256=document.sha256)
        for note in notes:
            target.add(note)
        self._change(lambda entries: [e for e in entries if e.key != entry.key])
        return len(notes)

    # -- the file --------------------------------------------------------------

    def _read(self) -> list[Entry]:
        try:
            raw = self.path.read_bytes()
        except FileNotFoundError:
            return []
        except OSError as e:
            raise StoreError(f"cannot read the library {printable(self.path)}: {reason(e)}") from None
        try:
            data = json.loads(raw.decode("utf-8"))
            records = data["documents"] if isinstance(data, dict) else None
            if not isinstance(records, list):
                raise ValueError("no list of documents")
        except (ValueError, KeyError, UnicodeDecodeError):
            self.warnings.append(f"the library {printable(self.path)} cannot be read; it lists nothing")
            return []
        return [entry for record in records if (entry := _entry(record)) is not None]

    def _change(self, change: Callable[[list[Entry]], list[Entry]]) -> None:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as e:
            raise StoreError(f"cannot keep the library in {printable(self.path.parent)}: {reason(e)}") from None
        with locked(self.lock_path, self.path):
            before = len(self.warnings)
            entries = self._read()
            if len(self.warnings) > before and self.path.exists():
                self._move_aside()
            data = {"version": FORMAT_VERSION, "documents": [asdict(e) for e in change(entries)]}
            text = json.dumps(data, ensure_ascii=True, indent=1)
            atomic_write(self.path, text.encode("ascii"), what="the library")

    def _move_aside(self) -> None:
        """An unreadable library is kept beside, under a new name, before a fresh one is written."""
        aside = self.path.with_name(f"{self.path.name}.corrupt-{datetime.now(UTC).strftime('%Y%m%dT%H%M%S%fZ')}")
        try:
            os.replace(self.path, aside)
        except OSError as e:
            raise StoreError(f"cannot move the unreadable library aside: {reason(e)}") from None
        self.warnings.append(f"the unreadable library was moved to {printable(aside)}")


def _entry(record: Any) -> Entry | None:
    if not isinstance(record, dict):
        return None
    fields = ("source", "title", "sha256", "opened", "notes_file")
    if not all(isinstance(record.get(f), str) for f in fields):
        return None
    return Entry(*(record[f] for f in fields))
