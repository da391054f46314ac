"""The notes file's content: what it holds, read from YAML and written back.

    version: 1
    document: {source: ..., sha256: ...}
    notes: [...]                 # see notes.note.note_to_record
    corrections:                 # the reader's corrections, in the order made
      - id: 3f2a...
        made: '2026-01-31T12:00:00.000Z'
        actor: {match: vladimir-putin, name: V. Putin}     # brief format (brief/format.py)
      - id: 9b1c...
        made: ...
        quote: {quote: can only be Ukrainian, prefix: ..., speaker: Ukraine}
    deleted: [{id: ..., at: ...}]   # deleted notes and undone corrections

A file written before corrections existed simply has none.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from briefterm.brief import format as fmt
from briefterm.brief.model import Correction
from briefterm.core.text import printable
from briefterm.notes.note import Note, note_from_record, note_to_record
from briefterm.store.atomic import StoreError, reason

if TYPE_CHECKING:
    import yaml

FORMAT_VERSION = 1
MAX_TOMBSTONES = 10_000
_KNOWN = ("version", "document", "notes", "corrections", "deleted")


@dataclass
class FileState:
    """What the notes file holds, as far as this version understands it."""

    notes: dict[str, Note] = field(default_factory=dict)
    corrections: dict[str, Correction] = field(default_factory=dict)  # in the order made
    deleted: dict[str, str] = field(default_factory=dict)  # id -> when
    unreadable: list[Any] = field(default_factory=list)  # note entries kept verbatim
    unreadable_corrections: list[Any] = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict)  # unknown top-level keys, kept
    version: int = FORMAT_VERSION

    def ordered_corrections(self) -> list[Correction]:
        return sorted(self.corrections.values(), key=lambda c: (c.made, c.id))


def correction_to_record(c: Correction) -> dict[str, object]:
    record: dict[str, object] = {"id": c.id, "made": c.made}
    if c.actor is not None:
        record["actor"] = fmt.actor_dict(c.actor)
    if c.quote is not None:
        record["quote"] = fmt.quote_dict(c.quote)
    return record


def correction_from_record(data: object) -> Correction:
    """A Correction from the file; ValueError when the entry is unusable."""
    if not isinstance(data, dict):
        raise ValueError("a correction is not a mapping")
    cid, made = data.get("id"), data.get("made")
    if not isinstance(cid, str) or not cid or not isinstance(made, str):
        raise ValueError("a correction needs an id and a time")
    actor, quote = data.get("actor"), data.get("quote")
    if isinstance(actor, dict) and quote is None:
        return Correction(cid, made, actor=fmt.actor_from(actor))
    if isinstance(quote, dict) and actor is None:
        return Correction(cid, made, quote=fmt.quote_from(quote))
    raise ValueError(f"correction {cid}: needs one of 'actor' or 'quote'")


def parse(raw: bytes) -> FileState:
    """The file's content; ValueError when it is not a notes file we can read."""
    data = _load_yaml(raw)
    if data is None:
        return FileState()  # an empty file: no notes yet
    if not isinstance(data, dict):
        raise ValueError("not a notes file (no mapping at the top)")
    version = data.get("version", FORMAT_VERSION)
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise ValueError("not a notes file (bad version)")
    entries = data.get("notes") or []
    corrections = data.get("corrections") or []
    if not isinstance(entries, list) or not isinstance(corrections, list):
        raise ValueError("not a notes file (notes or corrections is not a list)")
    state = FileState(version=version)
    for entry in entries:
        try:
            note = note_from_record(entry)
        except ValueError:
            state.unreadable.append(entry)
            continue
        state.notes[note.id] = note
    for entry in corrections:
        try:
            c = correction_from_record(entry)
        except ValueError:
            state.unreadable_corrections.append(entry)
            continue
        state.corrections[c.id] = c
    deleted = data.get("deleted") or []
    if isinstance(deleted, list):
        for item in deleted:
            if isinstance(item, dict) and isinstance(item.get("id"), str):
                state.deleted[item["id"]] = str(item.get("at", ""))
    for note_id in list(state.notes):
        state.deleted.pop(note_id, None)  # present wins over a stale tombstone
    for cid in [c for c in state.corrections if c in state.deleted]:
        del state.corrections[cid]  # an undone correction stays undone
    state.extra = {k: v for k, v in data.items() if k not in _KNOWN}
    return state


def _load_yaml(raw: bytes) -> object:
    # PyYAML is imported here, not with the module: `analyze` opens the notes store of every
    # document and most have no notes file, so its 20 ms of imports would be for nothing.
    from briefterm.core.yaml_text import YAMLError, error_line, load_yaml

    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise ValueError("not UTF-8") from None
    try:
        return load_yaml(text)
    except YAMLError as e:
        raise ValueError(f"not valid YAML{error_line(e)}") from None
    except RecursionError:
        raise ValueError("not valid YAML (nested too deeply)") from None


def dump(state: FileState, source: str | None, sha256: str | None) -> bytes:
    deleted = sorted(state.deleted.items(), key=lambda kv: kv[1])[-MAX_TOMBSTONES:]
    document: dict[str, Any] = {}
    if source is not None:
        document["source"] = source
    if sha256 is not None:
        document["sha256"] = sha256
    data: dict[str, Any] = {"version": FORMAT_VERSION}
    if document:
        data["document"] = document
    notes = sorted(state.notes.values(), key=lambda n: (n.created, n.id))
    data["notes"] = [note_to_record(n) for n in notes] + list(state.unreadable)
    if state.corrections or state.unreadable_corrections:
        data["corrections"] = [correction_to_record(c) for c in state.ordered_corrections()]
        data["corrections"] += list(state.unreadable_corrections)
    data["deleted"] = [{"id": k, "at": v} for k, v in deleted]
    for key, value in state.extra.items():
        data.setdefault(key, value)
    from briefterm.core.yaml_text import dump_yaml

    return dump_yaml(data, _dumper()).encode("utf-8", "surrogateescape")


def copy_exclusive(src: Path, dst: Path) -> bool:
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


@cache
def _dumper() -> type[yaml.SafeDumper]:
    """Safe YAML with multi-line note bodies as readable literal blocks, no aliases."""
    from briefterm.core.yaml_text import SAFE_DUMPER

    class Dumper(SAFE_DUMPER):  # type: ignore[valid-type,misc]
        def ignore_aliases(self, data: Any) -> bool:
            return True

    Dumper.add_representer(str, _represent_str)
    return Dumper


def _represent_str(dumper: Any, value: str) -> yaml.ScalarNode:
    # Literal blocks for multi-line bodies; text with edge whitespace (prefixes,
    # suffixes) reads better double-quoted than under YAML's chomping indicators.
    style: str | None = None
    if "\n" in value:
        style = "|" if value == value.strip() else '"'
    node: yaml.ScalarNode = dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)
    return node
