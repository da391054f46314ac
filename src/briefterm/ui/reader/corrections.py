"""The reader's corrections: saved at once in the document's notes file, applied
over the engine and the brief each time the analysis is shown, undone with `u`.

Plain logic (no widgets): the reader screen asks this for the corrections to
apply, and hands it what the correction form returned.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefterm.brief.model import ActorEntry, Correction, QuoteEntry
from briefterm.core.types import Document
from briefterm.notes.note import new_note_id, utc_now
from briefterm.store.atomic import StoreError
from briefterm.store.notes_store import NotesStore

if TYPE_CHECKING:
    from briefterm.engine.analyse import Analysis

OFF = "Corrections are off (--no-brief shows the engine alone)."


class Corrections:
    """One document's corrections, through its notes file (locked, merged, atomic)."""

    def __init__(self, document: Document, notes_path: str | None, enabled: bool = True) -> None:
        from briefterm.store.paths import notes_file_for

        path = notes_file_for(document, notes_path)
        self.store = NotesStore(path, source=document.source, sha256=document.sha256)
        self.enabled = enabled
        self.error: str | None = None  # why the last load found none, for the status line

    def load(self) -> list[Correction]:
        """The corrections in the order made ([] when off or unreadable: `error` says why)."""
        if not self.enabled:
            return []
        try:
            self.error = None
            return self.store.load_corrections()
        except StoreError as e:
            self.error = str(e)
            return []

    def apply(self, analysis: Analysis) -> list[str]:
        """Apply every correction over `analysis` (engine + brief) in place; warnings back."""
        from briefterm.brief.apply import apply_corrections

        corrections = self.load()
        if not corrections:
            return []
        warnings = apply_corrections(analysis, corrections)
        from briefterm.engine.analyse import link_passages  # the engine: not before the first paint

        link_passages(analysis)
        return warnings

    def save(self, entry: ActorEntry | QuoteEntry) -> Correction:
        """Keep one correction (after all earlier ones); StoreError if it cannot be saved."""
        stamp = utc_now()
        if isinstance(entry, ActorEntry):
            correction = Correction(new_note_id(), stamp, actor=entry)
        else:
            correction = Correction(new_note_id(), stamp, quote=entry)
        self.store.add_correction(correction)
        return correction

    def undo(self) -> Correction | None:
        """Take back the latest correction (None: there was none); StoreError if it cannot."""
        undone, _left = self.store.undo_correction()
        return undone
