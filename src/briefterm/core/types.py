"""The engine's result types: plain dataclasses in the schema's shape.

Offsets are Python str indices into the document's normalised text and every
`text` field is the exact slice `text[start:end]` (quotes: the words inside the
marks). Passage numbers (`index`, `passage`) are 1-based, as shown on screen.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

PassageKind = Literal["body", "heading", "excerpt", "list", "boilerplate"]
ActorType = Literal["person", "organization", "country", "place", "group"]
QuoteKind = Literal["direct", "indirect", "scare"]
QuestionOrigin = Literal["explicit", "curated", "note"]


@dataclass
class Passage:
    index: int
    kind: PassageKind
    start: int
    end: int
    text: str
    gloss: str | None = None
    actors: list[str] = field(default_factory=list)
    quotes: list[int] = field(default_factory=list)
    questions: list[int] = field(default_factory=list)


@dataclass
class Mention:
    passage: int
    start: int
    end: int
    text: str


@dataclass
class Actor:
    id: str
    name: str
    type: ActorType
    aliases: list[str] = field(default_factory=list)
    description: str | None = None
    mentions: list[Mention] = field(default_factory=list)
    # True when the reader's corrections renamed, retyped or merged into it.
    corrected: bool = False


@dataclass
class Quote:
    text: str
    kind: QuoteKind
    speaker: str | None
    speaker_name: str | None
    cue: str | None
    passage: int
    start: int
    end: int
    # True when the reader's corrections changed its speaker or kind.
    corrected: bool = False


@dataclass
class Question:
    text: str
    origin: QuestionOrigin
    passage: int | None
    actors: list[str] = field(default_factory=list)
    start: int | None = None
    end: int | None = None


class DocumentError(Exception):
    """A document that cannot be read; the message is one line for the user."""


class Crashed(Exception):
    """An internal error caught where it happened (the reader's): its name and its traceback, for the log."""

    def __init__(self, name: str, report: str) -> None:
        super().__init__(name)
        self.name = name
        self.report = report


@dataclass(frozen=True)
class Block:
    """A span of the document's text that a source knows to be one passage
    (a web page's paragraph, a Markdown heading), with its kind."""

    start: int
    end: int
    kind: PassageKind


@dataclass(frozen=True)
class Emphasis:
    """A span the source marked up (Markdown emphasis, code, a link's words)."""

    start: int
    end: int
    style: Literal["em", "strong", "code", "link"]


@dataclass
class Document:
    """The normalised text every offset refers to, where it came from, and what
    the source knew of its structure (`blocks`: None means split by blank lines)."""

    text: str
    source: str
    title: str
    sha256: str
    warnings: list[str] = field(default_factory=list)
    path: Path | None = None
    blocks: list[Block] | None = None
    emphasis: list[Emphasis] = field(default_factory=list)
    site: str | None = None
    author: str | None = None
    published: str | None = None
    url: str | None = None

    @property
    def chars(self) -> int:
        return len(self.text)
