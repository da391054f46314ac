"""A helper for the tests that run the whole engine on a short text of our own."""

from __future__ import annotations

from briefterm.engine.analyse import analyse
from briefterm.sources.document import from_text


def actor_types(text: str) -> dict[str, str]:
    """Each actor's name and type, the engine alone (no brief)."""
    return {a.name: a.type for a in analyse(from_text(text), None).actors}
