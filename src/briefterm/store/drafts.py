"""Drafts: the note being written, kept in the data dir as it is typed.

One draft per notes file (so per document), in `<data dir>/drafts/`. The editor
hands every change to a `DraftKeeper`, which writes it atomically at most
`INTERVAL_S` after the change (a timer calls `flush_due`), and at once on
`flush()`: on save/cancel the draft is removed, on SIGHUP (a closed terminal)
and SIGTERM every live keeper is flushed before the process ends (signal_flush.py).
The next open of the document finds the draft (`load_draft`) and offers it.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

import yaml

from briefterm.core.yaml_text import YAMLError, load_yaml
from briefterm.notes.note import utc_now
from briefterm.store.atomic import StoreError, atomic_write
from briefterm.store.paths import data_dir

INTERVAL_S = 0.5


@dataclass(frozen=True)
class Draft:
    passage: int
    body: str
    saved: str  # ISO 8601, UTC
    note_id: str | None = None  # editing this note, else a new one
    quote: str | None = None  # the quote typed in the editor
    start: int | None = None  # a selection's exact span, for a note made with `v` ... `a`
    end: int | None = None

    @property
    def first_line(self) -> str:
        return next((line.strip() for line in self.body.split("\n") if line.strip()), "")


def draft_path(notes_path: Path) -> Path:
    key = hashlib.sha256(os.fsencode(Path(notes_path).resolve())).hexdigest()[:16]
    return data_dir() / "drafts" / f"{Path(notes_path).stem[:60]}-{key}.draft.yaml"


def load_draft(notes_path: Path) -> Draft | None:
    """The draft left for this notes file, if any (an unreadable one is none)."""
    try:
        data = load_yaml(draft_path(notes_path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, YAMLError):
        return None
    if not isinstance(data, dict):
        return None
    body, passage, saved = data.get("body"), data.get("passage"), data.get("saved")
    if not isinstance(body, str) or not body.strip() or not isinstance(passage, int) or not isinstance(saved, str):
        return None

    def opt_int(key: str) -> int | None:
        v = data.get(key)
        return v if isinstance(v, int) and not isinstance(v, bool) else None

    def opt_str(key: str) -> str | None:
        v = data.get(key)
        return v if isinstance(v, str) else None

    return Draft(passage, body, saved, opt_str("note_id"), opt_str("quote"), opt_int("start"), opt_int("end"))


def discard_draft(notes_path: Path) -> None:
    with contextlib.suppress(FileNotFoundError):
        draft_path(notes_path).unlink()


class DraftKeeper:
    """Keeps one draft on disk while it is typed; never more than INTERVAL_S behind."""

    def __init__(self, notes_path: Path, draft: Draft, clock: Callable[[], float] = time.monotonic) -> None:
        self.path = draft_path(notes_path)
        self.draft = draft
        self._clock = clock
        self._dirty = False
        self._written_at = float("-inf")
        self.error: str | None = None  # the last write's failure, for the editor to show

    def update(self, body: str, quote: str | None = None) -> None:
        if body == self.draft.body and quote == self.draft.quote:
            return
        self.draft = replace(self.draft, body=body, quote=quote, saved=utc_now())
        self._dirty = True
        if self._clock() - self._written_at >= INTERVAL_S:
            self.flush()

    def flush_due(self) -> None:
        """Called by a timer: write what changed since the last write."""
        if self._dirty:
            self.flush()

    def flush(self) -> None:
        if not self._dirty:
            return
        self._dirty = False
        self._written_at = self._clock()
        if not self.draft.body.strip():
            with contextlib.suppress(OSError):
                self.path.unlink()
            return
        data = {k: v for k, v in vars(self.draft).items() if v is not None}
        text = yaml.safe_dump(data, allow_unicode=True, sort_keys=False)
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            atomic_write(self.path, text.encode("utf-8", "surrogateescape"), what="the draft")
            self.error = None
        except (OSError, StoreError) as e:
            self._dirty = True
            self.error = str(e)

    def discard(self) -> None:
        """The note was saved or given up: no draft to offer."""
        self._dirty = False
        with contextlib.suppress(OSError):
            self.path.unlink()
