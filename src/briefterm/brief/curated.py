"""A curated brief: YAML next to a document, merged over what the engine found.

    title: Optional title for the header
    glosses: {1: "one line about passage 1", ...}
    actors:                       # corrections and descriptions, matched by id or name/alias
      - match: Putin
        name: Vladimir Putin      # optional: a better name
        type: person              # optional: a corrected type
        description: President of Russia
    drop_actors: [Something]      # engine finds that are not actors
    quotes:                       # corrections, matched by a prefix of the quoted text
      - match: "can only be"
        kind: direct
        speaker: Ukraine          # an actor's id or name; or speaker_name: "a Ukrainian official"
    questions:                    # curated open questions
      - text: Would neutrality keep Ukraine out of the EU?
        passage: 21               # optional
        actors: [Ukraine, EU]     # ids or names
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml

from briefterm.core.text import clean, printable
from briefterm.core.types import Actor, Question

if TYPE_CHECKING:
    from briefterm.engine.analyse import Analysis

_ACTOR_TYPES = {"person", "organization", "country", "place", "group"}
_QUOTE_KINDS = {"direct", "indirect", "scare"}


class BriefError(Exception):
    """A brief that cannot be used; the message is one line for the user."""


@dataclass
class Brief:
    title: str | None = None
    glosses: dict[int, str] = field(default_factory=dict)
    actors: list[dict[str, Any]] = field(default_factory=list)
    drop_actors: list[str] = field(default_factory=list)
    quotes: list[dict[str, Any]] = field(default_factory=list)
    questions: list[dict[str, Any]] = field(default_factory=list)
    source: str = ""

    def apply(self, analysis: Analysis) -> None:
        """Merge this brief over `analysis` in place."""
        if self.title:
            analysis.document.title = self.title
        for p in analysis.passages:
            if p.index in self.glosses:
                p.gloss = self.glosses[p.index]
        dropped = {_key(n) for n in self.drop_actors}
        analysis.actors = [a for a in analysis.actors if not _names(a) & dropped]
        for entry in self.actors:
            actor = _find_actor(analysis.actors, str(entry.get("match", "")))
            if actor is None:
                continue
            if entry.get("name"):
                if actor.name not in actor.aliases:
                    actor.aliases.append(actor.name)
                actor.name = str(entry["name"])
                actor.aliases = [a for a in actor.aliases if a != actor.name]
            if entry.get("type") in _ACTOR_TYPES:
                actor.type = entry["type"]
            if entry.get("description"):
                actor.description = str(entry["description"])
        kept = {a.id for a in analysis.actors}
        for q in analysis.quotes:
            if q.speaker is not None and q.speaker not in kept:
                q.speaker = None
        for entry in self.quotes:
            prefix = str(entry.get("match", ""))
            for q in analysis.quotes:
                if prefix and q.text.startswith(prefix):
                    if entry.get("kind") in _QUOTE_KINDS:
                        q.kind = entry["kind"]
                    if "speaker" in entry:
                        who = _find_actor(analysis.actors, str(entry["speaker"] or ""))
                        q.speaker = who.id if who else None
                        q.speaker_name = who.name if who else q.speaker_name
                    if "speaker_name" in entry:
                        q.speaker_name = entry["speaker_name"]
        for question in analysis.questions:
            for a_id in list(question.actors):
                if a_id not in kept:
                    question.actors.remove(a_id)
        n = len(analysis.passages)
        for entry in self.questions:
            passage = entry.get("passage")
            ids = [a.id for name in entry.get("actors", []) or []
                   if (a := _find_actor(analysis.actors, str(name))) is not None]
            analysis.questions.append(Question(
                text=str(entry["text"]),
                origin="curated",
                passage=passage if isinstance(passage, int) and 1 <= passage <= n else None,
                actors=ids,
            ))


def _key(name: str) -> str:
    return " ".join(name.casefold().replace("’", "'").split())


def _names(actor: Actor) -> set[str]:
    return {_key(actor.id), _key(actor.name), *(_key(a) for a in actor.aliases)}


def _find_actor(actors: list[Actor], name: str) -> Actor | None:
    """By id, name or alias; else the one actor whose name ends with it ("Blinken"
    for "Antony Blinken", a person the text names in full only)."""
    key = _key(name)
    if not key:
        return None
    exact = next((a for a in actors if key in _names(a)), None)
    if exact is not None:
        return exact
    tail = [a for a in actors if _key(a.name).endswith(" " + key)]
    return tail[0] if len(tail) == 1 else None


def brief_path(document_path: Path) -> Path:
    """The brief beside a document: `.brief.yaml` in place of its extension."""
    return document_path.with_name(document_path.stem + ".brief.yaml")


def load_brief(path: Path) -> Brief:
    """Parse a brief file, or raise BriefError with a one-line message."""
    shown = printable(os.fspath(path))
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as e:
        raise BriefError(f"{shown}: cannot read the brief ({e.__class__.__name__})") from None
    except yaml.YAMLError as e:
        where = getattr(e, "problem_mark", None)
        at = f" at line {where.line + 1}" if where is not None else ""
        raise BriefError(f"{shown}: not valid YAML{at}") from None
    if raw is None:
        return Brief(source=shown)
    raw = _clean(raw)
    if not isinstance(raw, dict):
        raise BriefError(f"{shown}: a brief must be a mapping")
    try:
        glosses = {int(k): str(v) for k, v in (raw.get("glosses") or {}).items() if v}
        return Brief(
            title=str(raw["title"]) if raw.get("title") else None,
            glosses=glosses,
            actors=[a for a in raw.get("actors") or [] if isinstance(a, dict)],
            drop_actors=[str(n) for n in raw.get("drop_actors") or []],
            quotes=[q for q in raw.get("quotes") or [] if isinstance(q, dict)],
            questions=[q for q in raw.get("questions") or [] if isinstance(q, dict) and q.get("text")],
            source=shown,
        )
    except (AttributeError, TypeError, ValueError):
        raise BriefError(f"{shown}: not in the brief format (see briefterm.brief.curated)") from None


def _clean(value: Any) -> Any:
    """Every string of a parsed brief without control characters or escape sequences
    (YAML's "\\x1b" escapes produce them after parsing)."""
    if isinstance(value, str):
        return clean(value)
    if isinstance(value, list):
        return [_clean(v) for v in value]
    if isinstance(value, dict):
        return {_clean(k): _clean(v) for k, v in value.items()}
    return value


def find_brief(document_path: Path | None) -> Brief | None:
    """The brief beside a document if there is one (BriefError if it is broken)."""
    if document_path is None:
        return None
    path = brief_path(document_path)
    return load_brief(path) if path.is_file() else None
