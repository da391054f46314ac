"""Explicit questions in the author's voice (placeholder engine)."""

from __future__ import annotations

from collections.abc import Sequence

from briefterm.model.passages import PassageIndex
from briefterm.model.types import Actor, Question, Quote


def find_questions(
    text: str, passages: PassageIndex, actors: Sequence[Actor], quotes: Sequence[Quote]
) -> list[Question]:
    """Question sentences outside quotation marks, in document order."""
    return []
