"""A helper for the tests that run the whole engine on a short text of our own."""

from __future__ import annotations

from briefterm.engine.analyse import analyse
from briefterm.sources.document import from_text


def actor_types(text: str) -> dict[str, str]:
    """Each actor's name and type, the engine alone (no brief)."""
    return {a.name: a.type for a in analyse(from_text(text), None).actors}


def direct_speakers(text: str) -> list[tuple[str, str | None]]:
    """(quotation, speaker name) of the direct quotations of `text` under a headline."""
    quotes = analyse(from_text("Headline\n\n" + text), None).to_dict()["quotes"]
    return [(q["text"], q["speaker_name"]) for q in quotes if q["kind"] == "direct"]


def speakers_or_described(text: str) -> list[tuple[str, str | None]]:
    """(quotation, speaker id or, for a description, its words) of the direct quotations."""
    quotes = analyse(from_text(text), None).to_dict()["quotes"]
    return [(q["text"], q["speaker"] or q["speaker_name"]) for q in quotes if q["kind"] == "direct"]
