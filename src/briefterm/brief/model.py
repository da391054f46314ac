"""The curated brief's typed entries, and the reader's corrections (the same entries).

A brief file and a correction speak one format (see `load.py` for the YAML):
glosses and curated questions sit on a passage, either by number (`passage: 7`,
the old form) or anchored to words of it (`quote:` with optional `prefix:` /
`suffix:`), which follows the text when the document is edited. Actor entries
match an actor by id, name or alias; quote entries match a quote by the words it
is anchored to (or, the old form, by a prefix of its text).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from briefterm.core.types import ActorType, Passage, QuoteKind

ACTOR_TYPES: tuple[ActorType, ...] = ("person", "organization", "country", "place", "group")
QUOTE_KINDS: tuple[QuoteKind, ...] = ("direct", "indirect", "scare")


@dataclass(frozen=True)
class TextAnchor:
    """Words of the document (`quote`) with some of the text before and after them."""

    quote: str
    prefix: str = ""
    suffix: str = ""


@dataclass(frozen=True)
class Place:
    """Where an entry sits: a passage number (a hint once anchored), an anchor, or both."""

    passage: int | None = None
    anchor: TextAnchor | None = None


@dataclass(frozen=True)
class GlossEntry:
    text: str
    place: Place


@dataclass(frozen=True)
class QuestionEntry:
    text: str
    place: Place | None = None  # None: about the whole text
    actors: tuple[str, ...] = ()


@dataclass(frozen=True)
class ActorEntry:
    """A change to one actor, found by `match` (id, name or alias)."""

    match: str
    name: str | None = None
    type: ActorType | None = None
    description: str | None = None
    merge_into: str | None = None  # an actor's id, name or alias
    not_actor: bool = False


@dataclass(frozen=True)
class QuoteEntry:
    """A change to the quote(s) at `anchor` (or whose text starts with `match`).

    `speaker` is an actor's id, name or alias; "" says nobody (the quote is
    unattributed); None leaves the speaker as it is. `speaker_name` is a name
    typed for a speaker that is no actor."""

    match: str | None = None
    anchor: TextAnchor | None = None
    kind: QuoteKind | None = None
    speaker: str | None = None
    speaker_name: str | None = None


@dataclass
class Brief:
    title: str | None = None
    glosses: list[GlossEntry] = field(default_factory=list)
    actors: list[ActorEntry] = field(default_factory=list)
    drop_actors: list[str] = field(default_factory=list)
    quotes: list[QuoteEntry] = field(default_factory=list)
    questions: list[QuestionEntry] = field(default_factory=list)
    source: str = ""
    # Unknown keys met while loading: one line each, for the user.
    warnings: list[str] = field(default_factory=list)

    def place_glosses(self, text: str, passages: Sequence[Passage]) -> None:
        """Give each passage of `text` its gloss (anchored glosses placed, the rest dropped),
        for painting the passages before the analysis lands."""
        from briefterm.brief.apply import glosses_at

        glosses = glosses_at(self, text, passages)
        for p in passages:
            p.gloss = glosses.get(p.index)

    def apply(self, analysis: object) -> list[str]:
        """Merge this brief over an Analysis in place; returns what could not be placed."""
        from briefterm.brief.apply import apply_brief
        from briefterm.engine.analyse import Analysis

        assert isinstance(analysis, Analysis)
        return apply_brief(analysis, self)


@dataclass(frozen=True)
class Correction:
    """One change the reader made to the analysis, in the brief's format.

    Exactly one of `actor` (rename, retype, merge, not an actor) and `quote`
    (speaker, kind) is set."""

    id: str
    made: str
    actor: ActorEntry | None = None
    quote: QuoteEntry | None = None

    @property
    def summary(self) -> str:
        """One line for the status bar: what undoing it takes back."""
        return self.describe({})

    def describe(self, names: Mapping[str, str]) -> str:
        """`summary`, with actors named: `names` maps an actor's id to its name."""
        if self.actor is not None:
            a = self.actor
            match = names.get(a.match, a.match)
            if a.not_actor:
                return f"{match} is not an actor"
            if a.merge_into:
                return f"{match} merged into {names.get(a.merge_into, a.merge_into)}"
            if a.name and match == a.name:  # only its new name is known: "the rename to X"
                return "the rename to " + a.name + (f", typed {a.type}" if a.type else "")
            parts = [f"renamed {a.name}" if a.name else "", f"typed {a.type}" if a.type else ""]
            return f"{match} " + ", ".join(p for p in parts if p)
        q = self.quote
        assert q is not None
        words = q.anchor.quote if q.anchor else (q.match or "")
        words = words if len(words) <= 30 else words[:29] + "…"
        speaker = q.speaker_name or (names.get(q.speaker, q.speaker) if q.speaker else "") or "nobody"
        parts = [f"speaker {speaker}" if q.speaker is not None or q.speaker_name else "",
                 f"kind {q.kind}" if q.kind else ""]
        return f"“{words}”: " + ", ".join(p for p in parts if p)
