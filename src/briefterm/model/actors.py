"""Actors: find names in the text, type them, merge their mentions (placeholder engine)."""

from __future__ import annotations

from briefterm.model.passages import PassageIndex
from briefterm.model.types import Actor


def find_actors(text: str, passages: PassageIndex) -> list[Actor]:
    """Actors of `text`, each with all its mentions, in order of first mention."""
    return []
