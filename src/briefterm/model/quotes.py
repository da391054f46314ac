"""Quotations: spans, direct vs scare vs indirect, speaker attribution (placeholder engine)."""

from __future__ import annotations

from collections.abc import Sequence

from briefterm.model.passages import PassageIndex
from briefterm.model.types import Actor, Quote


def find_quotes(text: str, passages: PassageIndex, actors: Sequence[Actor]) -> list[Quote]:
    """Quotations of `text` in document order."""
    return []
