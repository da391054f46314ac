"""The brief's YAML shape, both ways: plain data <-> typed entries.

    title: Optional title for the header
    glosses:                      # a list of anchored entries...
      - quote: The aggressor has backed off   # words of the passage
        prefix: ""                # optional: text just before them
        suffix: " its demands"    # optional: text just after them
        passage: 1                # optional: where it was (a hint once anchored)
        text: one line about that passage
    # ...or the old form, by passage number only: {1: "one line", 2: "..."}
    actors:                       # matched by id, name or alias
      - match: Putin
        name: Vladimir Putin      # optional: a better name
        type: person              # optional: person, organization, country, place, group
        description: President of Russia
        merge_into: Russia        # optional: the same actor as another one
        not_actor: true           # optional: the engine's find is no actor
    drop_actors: [Something]      # engine finds that are not actors
    quotes:                       # anchored like glosses, or `match:` a prefix of the quote
      - quote: can only be Ukrainian
        kind: direct
        speaker: Ukraine          # an actor (id, name or alias); null for nobody
        speaker_name: a Ukrainian official   # or a name that is no actor
    questions:                    # curated open questions
      - text: Would neutrality keep Ukraine out of the EU?
        quote: neutrality         # optional, anchored like glosses (or passage: 21)
        actors: [Ukraine, EU]     # ids or names

An unknown key is a warning; a malformed entry an EntryError naming it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TypeVar

from briefterm.brief.model import (
    ACTOR_TYPES,
    QUOTE_KINDS,
    ActorEntry,
    GlossEntry,
    Place,
    QuestionEntry,
    QuoteEntry,
    TextAnchor,
)
from briefterm.core.types import ActorType, QuoteKind

_ANCHOR_KEYS = ("quote", "prefix", "suffix", "passage")
GLOSS_KEYS = frozenset({"text", *_ANCHOR_KEYS})
QUESTION_KEYS = frozenset({"text", "actors", *_ANCHOR_KEYS})
ACTOR_KEYS = frozenset({"match", "name", "type", "description", "merge_into", "not_actor"})
QUOTE_KEYS = frozenset({"match", "kind", "speaker", "speaker_name", *_ANCHOR_KEYS})

Plain = dict[str, object]
T = TypeVar("T")


class EntryError(ValueError):
    """An entry that is not in the brief's format; the message says why, in a few words."""


def unknown_keys(data: Mapping[str, object], known: frozenset[str]) -> list[str]:
    return sorted(str(k) for k in data if k not in known)


def _text(data: Mapping[str, object], key: str, *, required: bool = False) -> str | None:
    value = data.get(key)
    if value is None or value == "":
        if required:
            raise EntryError(f"'{key}' is missing")
        return None
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        raise EntryError(f"'{key}' must be text")
    return str(value)


def _int(data: Mapping[str, object], key: str) -> int | None:
    value = data.get(key)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise EntryError(f"'{key}' must be a whole number")
    return value


def _place(data: Mapping[str, object]) -> Place | None:
    passage = _int(data, "passage")
    quote = _text(data, "quote")
    anchor = None
    if quote is not None:
        anchor = TextAnchor(quote, _text(data, "prefix") or "", _text(data, "suffix") or "")
    elif data.get("prefix") or data.get("suffix"):
        raise EntryError("'prefix' and 'suffix' need a 'quote'")
    if passage is None and anchor is None:
        return None
    return Place(passage, anchor)


def gloss_from(data: Mapping[str, object]) -> GlossEntry:
    text = _text(data, "text", required=True)
    place = _place(data)
    if place is None:
        raise EntryError("a gloss needs a 'quote' or a 'passage'")
    assert text is not None
    return GlossEntry(text, place)


def question_from(data: Mapping[str, object]) -> QuestionEntry:
    text = _text(data, "text", required=True)
    assert text is not None
    actors = data.get("actors") or []
    if not isinstance(actors, list) or not all(isinstance(a, str) for a in actors):
        raise EntryError("'actors' must be a list of names")
    return QuestionEntry(text, _place(data), tuple(str(a) for a in actors))


def actor_from(data: Mapping[str, object]) -> ActorEntry:
    match = _text(data, "match", required=True)
    assert match is not None
    kind = _text(data, "type")
    if kind is not None and kind not in ACTOR_TYPES:
        raise EntryError(f"'type' must be one of {', '.join(ACTOR_TYPES)}")
    not_actor = data.get("not_actor", False)
    if not isinstance(not_actor, bool):
        raise EntryError("'not_actor' must be true or false")
    return ActorEntry(
        match=match,
        name=_text(data, "name"),
        type=_actor_type(kind),
        description=_text(data, "description"),
        merge_into=_text(data, "merge_into"),
        not_actor=not_actor,
    )


def quote_from(data: Mapping[str, object]) -> QuoteEntry:
    kind = _text(data, "kind")
    if kind is not None and kind not in QUOTE_KINDS:
        raise EntryError(f"'kind' must be one of {', '.join(QUOTE_KINDS)}")
    place = _place(data)
    match = _text(data, "match")
    if match is None and (place is None or place.anchor is None):
        raise EntryError("a quote entry needs a 'quote' (or 'match')")
    speaker: str | None = None
    if "speaker" in data:
        speaker = _text(data, "speaker") or ""
    return QuoteEntry(
        match=match,
        anchor=place.anchor if place else None,
        kind=_quote_kind(kind),
        speaker=speaker,
        speaker_name=_text(data, "speaker_name"),
    )


def _actor_type(value: str | None) -> ActorType | None:
    return next((t for t in ACTOR_TYPES if t == value), None)


def _quote_kind(value: str | None) -> QuoteKind | None:
    return next((k for k in QUOTE_KINDS if k == value), None)


def entries(
    raw: object, section: str, parse: Callable[[Mapping[str, object]], T], known: frozenset[str]
) -> tuple[list[T], list[str]]:
    """The entries of one list section and the warnings (unknown keys); EntryError
    names the entry ("actors entry 3 (Putin): 'type' must be ...")."""
    if raw is None:
        return [], []
    if not isinstance(raw, list):
        raise EntryError(f"'{section}' must be a list")
    out: list[T] = []
    warnings: list[str] = []
    for i, item in enumerate(raw, 1):
        if not isinstance(item, dict):
            raise EntryError(f"{section} entry {i} is not a mapping")
        name = _entry_name(section, i, item)
        try:
            out.append(parse(item))
        except EntryError as e:
            raise EntryError(f"{name}: {e}") from None
        warnings += [f"{name}: unknown key '{k}' ignored" for k in unknown_keys(item, known)]
    return out, warnings


def _entry_name(section: str, i: int, item: Mapping[str, object]) -> str:
    label = item.get("match") or item.get("quote") or item.get("text")
    if isinstance(label, str) and label:
        shown = label if len(label) <= 30 else label[:29] + "…"
        return f"{section} entry {i} ({shown})"
    return f"{section} entry {i}"


# --- typed entries -> plain data (export --format brief, the corrections file) ----


def place_dict(place: Place | None) -> Plain:
    if place is None:
        return {}
    out: Plain = {}
    if place.anchor is not None:
        out.update(anchor_dict(place.anchor))
    if place.passage is not None:
        out["passage"] = place.passage
    return out


def anchor_dict(anchor: TextAnchor) -> Plain:
    out: Plain = {"quote": anchor.quote}
    if anchor.prefix:
        out["prefix"] = anchor.prefix
    if anchor.suffix:
        out["suffix"] = anchor.suffix
    return out


def gloss_dict(entry: GlossEntry) -> Plain:
    return {**place_dict(entry.place), "text": entry.text}


def question_dict(entry: QuestionEntry) -> Plain:
    out: Plain = {"text": entry.text, **place_dict(entry.place)}
    if entry.actors:
        out["actors"] = list(entry.actors)
    return out


def actor_dict(entry: ActorEntry) -> Plain:
    out: Plain = {"match": entry.match}
    for key in ("name", "type", "description", "merge_into"):
        value = getattr(entry, key)
        if value is not None:
            out[key] = value
    if entry.not_actor:
        out["not_actor"] = True
    return out


def quote_dict(entry: QuoteEntry) -> Plain:
    out: Plain = {}
    if entry.anchor is not None:
        out.update(anchor_dict(entry.anchor))
    if entry.match is not None:
        out["match"] = entry.match
    if entry.kind is not None:
        out["kind"] = entry.kind
    if entry.speaker is not None:
        out["speaker"] = entry.speaker or None
    if entry.speaker_name is not None:
        out["speaker_name"] = entry.speaker_name
    return out
