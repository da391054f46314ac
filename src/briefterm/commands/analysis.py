"""The analysis a command shows: engine -> curated brief -> the reader's corrections."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from dataclasses import dataclass

from briefterm.brief.model import Brief
from briefterm.commands import CommandError
from briefterm.core.text import printable
from briefterm.core.types import Document
from briefterm.engine.analyse import Analysis
from briefterm.store.notes_store import DocumentNotes


@dataclass
class Shown:
    analysis: Analysis
    notes: DocumentNotes
    brief: Brief | None
    no_brief: bool = False


def corrected_analysis(
    document: Document, brief: Brief | None, no_brief: bool, notes_file: str | None
) -> Shown:
    """The document's analysis as the reader shows it, and its notes (corrections
    included). With `no_brief`, the engine alone: no brief and no corrections."""
    from briefterm.engine.analyse import analyse
    from briefterm.engine.passages import document_passages
    from briefterm.store.atomic import StoreError

    passages = document_passages(document)
    try:
        notes = DocumentNotes.open(document, passages, notes_file, strict=True)
    except StoreError as e:
        raise CommandError(str(e)) from None
    warn(notes.take_warnings())
    corrections = () if no_brief else notes.corrections
    analysis = analyse(document, None if no_brief else brief, passages=passages, corrections=corrections)
    if brief is not None and not no_brief:
        warn(brief.warnings)
    warn(analysis.brief_warnings)
    return Shown(analysis, notes, None if no_brief else brief, no_brief)


def warn(messages: Sequence[str]) -> None:
    for message in messages:
        print(f"briefterm: warning: {printable(message)}", file=sys.stderr)
