"""A brief written back as YAML, anchored, with the reader's corrections merged in
(`briefterm export DOC --format brief`).

Entries keyed only by a passage number are written anchored to the passage's
first words (as many as make them unique in the text), so the written brief
follows the text through later edits. A correction updates the brief's entry
for the same actor or quote, or is added as a new entry.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from briefterm.brief import format as fmt
from briefterm.brief.apply import find_actor
from briefterm.brief.model import ActorEntry, Brief, Correction, Place, QuoteEntry, TextAnchor
from briefterm.core.types import Passage
from briefterm.core.yaml_text import dump_yaml
from briefterm.engine.analyse import Analysis

_MIN_WORDS = 5
_MIN_CHARS = 24


def opening_words(text: str, passage: Passage) -> TextAnchor:
    """The passage's first words, enough of them to occur once in the whole text."""
    words = passage.text.split()
    n = min(len(words), _MIN_WORDS)
    while True:
        quote = " ".join(words[:n])
        if (len(quote) >= _MIN_CHARS and text.count(quote) <= 1) or n >= len(words):
            break
        n += 1
    at = passage.text.find(quote)
    if at < 0:  # the passage's own whitespace differs: quote it as it stands
        quote = passage.text[: len(quote)]
    return TextAnchor(quote)


def anchored(place: Place, analysis: Analysis) -> Place:
    """`place` with an anchor (the passage's opening words) if it had only a number."""
    if place.anchor is not None or place.passage is None:
        return Place(anchor=place.anchor) if place.anchor is not None else place
    if not 1 <= place.passage <= len(analysis.passages):
        return place
    passage = analysis.passages[place.passage - 1]
    return Place(anchor=opening_words(analysis.document.text, passage))


def merged(brief: Brief, corrections: Sequence[Correction], analysis: Analysis) -> Brief:
    """`brief` anchored, with `corrections` merged in (`analysis`: the engine's result
    with the brief applied, on which actor names and quotes are found)."""
    out = Brief(
        title=brief.title,
        glosses=[replace(g, place=anchored(g.place, analysis)) for g in brief.glosses],
        actors=list(brief.actors),
        drop_actors=list(brief.drop_actors),
        quotes=[_anchored_quote(q, analysis) for q in brief.quotes],
        questions=[replace(q, place=anchored(q.place, analysis) if q.place else None) for q in brief.questions],
        source=brief.source,
    )
    for c in corrections:
        if c.actor is not None:
            _merge_actor(out, c.actor, analysis)
        elif c.quote is not None:
            _merge_quote(out, c.quote)
    return out


def _anchored_quote(entry: QuoteEntry, analysis: Analysis) -> QuoteEntry:
    if entry.anchor is not None or not entry.match:
        return entry
    hit = next((q for q in analysis.quotes if q.text.startswith(entry.match)), None)
    if hit is None:
        return entry
    text = analysis.document.text
    return replace(entry, match=None, anchor=TextAnchor(text[hit.start : hit.end]))


def _merge_actor(out: Brief, entry: ActorEntry, analysis: Analysis) -> None:
    if entry.not_actor:
        if entry.match not in out.drop_actors:
            out.drop_actors.append(entry.match)
        return
    actor = find_actor(analysis.actors, entry.match)
    for i, old in enumerate(out.actors):
        same = old.match == entry.match or (
            actor is not None and find_actor([actor], old.match) is actor
        )
        if same:
            out.actors[i] = ActorEntry(
                match=old.match,
                name=entry.name or old.name,
                type=entry.type or old.type,
                description=entry.description or old.description,
                merge_into=entry.merge_into or old.merge_into,
            )
            return
    out.actors.append(entry)


def _merge_quote(out: Brief, entry: QuoteEntry) -> None:
    for i, old in enumerate(out.quotes):
        if old.anchor is not None and entry.anchor is not None and old.anchor.quote == entry.anchor.quote:
            out.quotes[i] = QuoteEntry(
                anchor=old.anchor,
                kind=entry.kind or old.kind,
                speaker=entry.speaker if entry.speaker is not None else old.speaker,
                speaker_name=entry.speaker_name if entry.speaker is not None else old.speaker_name,
            )
            return
    out.quotes.append(entry)


def brief_dict(brief: Brief) -> dict[str, object]:
    data: dict[str, object] = {}
    if brief.title:
        data["title"] = brief.title
    data["glosses"] = [fmt.gloss_dict(g) for g in brief.glosses]
    data["actors"] = [fmt.actor_dict(a) for a in brief.actors]
    if brief.drop_actors:
        data["drop_actors"] = list(brief.drop_actors)
    data["quotes"] = [fmt.quote_dict(q) for q in brief.quotes]
    data["questions"] = [fmt.question_dict(q) for q in brief.questions]
    return data


def brief_yaml(brief: Brief) -> str:
    head = (
        "# Curated brief (briefterm export --format brief): glosses, actors, quotes and questions,\n"
        "# anchored to the words they are about; the format is in briefterm/brief/format.py.\n"
    )
    return head + dump_yaml(brief_dict(brief))
