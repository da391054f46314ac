"""Merging a brief, then the reader's corrections, over the engine's analysis.

Order: engine -> curated brief -> corrections (a correction wins). Anchored
entries are placed with the notes' anchoring (`notes.anchor.locate`): an entry
whose words are gone is dropped with a warning, never put on another passage.
Every step is idempotent: applying a brief or a correction twice changes nothing.
An actor keeps its id when renamed; corrections mark what they changed
(`corrected`).
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from typing import TYPE_CHECKING

from briefterm.brief.model import ActorEntry, Brief, Correction, Place, QuoteEntry
from briefterm.core.types import Actor, Passage, Question, Quote
from briefterm.notes.anchor import Anchor, locate

if TYPE_CHECKING:  # the engine is not needed to read a brief (the reader's first paint)
    from briefterm.engine.analyse import Analysis


def _key(name: str) -> str:
    return " ".join(name.casefold().replace("’", "'").split())


def _names(actor: Actor) -> set[str]:
    return {_key(actor.id), _key(actor.name), *(_key(a) for a in actor.aliases)}


def find_actor(actors: Sequence[Actor], name: str) -> Actor | None:
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


class Placer:
    """Finds the passage (or span) an entry's place points at in the current text."""

    def __init__(self, text: str, passages: Sequence[Passage]) -> None:
        self.text = text
        self.passages: Sequence[Passage] = passages
        self.starts = [p.start for p in self.passages]

    def span(self, place: Place) -> tuple[int, int] | None:
        """The anchored words' span now, or None (gone). Needs an anchor."""
        assert place.anchor is not None
        hint = 0
        if place.passage is not None and 1 <= place.passage <= len(self.passages):
            hint = self.passages[place.passage - 1].start
        a = place.anchor
        anchor = Anchor(a.quote, a.prefix, a.suffix, hint, hint + len(a.quote))
        return locate(self.text, anchor, self.passages, self.starts)

    def passage(self, place: Place) -> int | None:
        """The passage number the place is on now, or None when it fits nowhere."""
        if place.anchor is not None:
            span = self.span(place)
            return None if span is None else self.passage_at(span[0])
        n = place.passage
        return n if n is not None and 1 <= n <= len(self.passages) else None

    def passage_at(self, offset: int) -> int:
        i = max(0, bisect.bisect_right(self.starts, offset) - 1)
        return self.passages[i].index


def _where(place: Place) -> str:
    if place.anchor is not None:
        words = place.anchor.quote
        return f"“{words if len(words) <= 40 else words[:39] + '…'}”"
    return f"passage {place.passage}"


def glosses_at(brief: Brief, text: str, passages: Sequence[Passage]) -> dict[int, str]:
    """Passage number -> gloss, for painting the passages before the analysis lands."""
    placer = Placer(text, passages)
    out: dict[int, str] = {}
    for gloss in brief.glosses:
        n = placer.passage(gloss.place)
        if n is not None:
            out[n] = gloss.text
    return out


def apply_brief(analysis: Analysis, brief: Brief) -> list[str]:
    """Merge `brief` over `analysis` in place; returns warnings for entries dropped."""
    warnings: list[str] = []
    placer = Placer(analysis.document.text, analysis.passages)
    if brief.title:
        analysis.document.title = brief.title
    by_index = {p.index: p for p in analysis.passages}
    for gloss in brief.glosses:
        n = placer.passage(gloss.place)
        if n is None:
            warnings.append(f"gloss on {_where(gloss.place)} dropped: its text is no longer in the document")
        else:
            by_index[n].gloss = gloss.text
    for name in brief.drop_actors:
        drop_actor(analysis, name)
    for entry in brief.actors:
        apply_actor(analysis, entry, mark=False)
    for q_entry in brief.quotes:
        if not apply_quote(analysis, placer, q_entry, mark=False):
            warnings.append(f"quote entry on {_quote_where(q_entry)} dropped: no such quote in the document")
    for question in brief.questions:
        passage = None if question.place is None else placer.passage(question.place)
        if question.place is not None and passage is None and question.place.anchor is not None:
            warnings.append(f"question “{question.text[:40]}” is no longer on a passage: about the whole text")
        ids = [a.id for name in question.actors if (a := find_actor(analysis.actors, name)) is not None]
        curated = Question(text=question.text, origin="curated", passage=passage, actors=ids)
        if not any(q.origin == "curated" and q.text == curated.text for q in analysis.questions):
            analysis.questions.append(curated)
    return warnings


def apply_corrections(analysis: Analysis, corrections: Sequence[Correction]) -> list[str]:
    """The reader's corrections, in the order made; returns warnings for those that no
    longer fit (their actor or quote is gone)."""
    placer = Placer(analysis.document.text, analysis.passages)
    warnings: list[str] = []
    for c in corrections:
        if c.actor is not None:
            fits = apply_actor(analysis, c.actor, mark=True)
        else:
            assert c.quote is not None
            fits = apply_quote(analysis, placer, c.quote, mark=True)
        if not fits:
            warnings.append(f"correction “{c.summary}” no longer fits: its actor or quote is gone")
    return warnings


def drop_actor(analysis: Analysis, name: str) -> bool:
    """Remove an actor (not an actor after all) and every reference to it."""
    actor = find_actor(analysis.actors, name)
    if actor is None:
        return False
    analysis.actors = [a for a in analysis.actors if a is not actor]
    for q in analysis.quotes:
        if q.speaker == actor.id:
            q.speaker = None
    for question in analysis.questions:
        question.actors = [a for a in question.actors if a != actor.id]
    return True


def apply_actor(analysis: Analysis, entry: ActorEntry, *, mark: bool) -> bool:
    """One actor entry; False when its actor is not there (any more)."""
    actor = find_actor(analysis.actors, entry.match)
    if actor is None:
        return False
    if entry.not_actor:
        return drop_actor(analysis, actor.id)
    if entry.merge_into:
        target = find_actor(analysis.actors, entry.merge_into)
        if target is None or target is actor:
            return target is actor
        _merge(analysis, actor, target)
        target.corrected = target.corrected or mark
        return True
    changed = False
    if entry.name and entry.name != actor.name:
        if actor.name not in actor.aliases:
            actor.aliases.append(actor.name)
        actor.name = entry.name
        actor.aliases = [a for a in actor.aliases if a != actor.name]
        changed = True
    if entry.type and entry.type != actor.type:
        actor.type, changed = entry.type, True
    if entry.description and entry.description != actor.description:
        actor.description = entry.description
    actor.corrected = actor.corrected or (mark and changed)
    return True


def _merge(analysis: Analysis, actor: Actor, target: Actor) -> None:
    """`actor` is `target` under another name: one actor, the target's id."""
    for name in (actor.name, *actor.aliases):
        if name != target.name and name not in target.aliases:
            target.aliases.append(name)
    seen = {(m.start, m.end) for m in target.mentions}
    target.mentions += [m for m in actor.mentions if (m.start, m.end) not in seen]
    target.mentions.sort(key=lambda m: m.start)
    if not target.description:
        target.description = actor.description
    analysis.actors = [a for a in analysis.actors if a is not actor]
    for q in analysis.quotes:
        if q.speaker == actor.id:
            q.speaker = target.id
    for question in analysis.questions:
        if actor.id in question.actors:
            kept = [target.id if a == actor.id else a for a in question.actors]
            question.actors = list(dict.fromkeys(kept))


def apply_quote(analysis: Analysis, placer: Placer, entry: QuoteEntry, *, mark: bool) -> bool:
    """One quote entry on the quotes it is anchored to; False when there is none."""
    targets = _quotes_for(analysis, placer, entry)
    for q in targets:
        before = (q.kind, q.speaker, q.speaker_name)
        if entry.kind is not None:
            q.kind = entry.kind
        if entry.speaker is not None:
            _set_speaker(analysis, q, entry.speaker, entry.speaker_name)
        elif entry.speaker_name is not None:
            q.speaker_name = entry.speaker_name
        q.corrected = q.corrected or (mark and (q.kind, q.speaker, q.speaker_name) != before)
    return bool(targets)


def _set_speaker(analysis: Analysis, q: Quote, speaker: str, speaker_name: str | None) -> None:
    """An actor by id, name or alias; a typed name that is no actor stays a name."""
    who = find_actor(analysis.actors, speaker) if speaker else None
    if who is not None:
        q.speaker, q.speaker_name = who.id, who.name
    elif speaker:
        q.speaker, q.speaker_name = None, speaker_name or speaker
    else:
        q.speaker, q.speaker_name = None, speaker_name


def _quotes_for(analysis: Analysis, placer: Placer, entry: QuoteEntry) -> list[Quote]:
    if entry.anchor is not None:
        span = placer.span(Place(anchor=entry.anchor))
        if span is None:
            return []
        start, end = span
        inside = [q for q in analysis.quotes if q.start < end and start < q.end]
        # The one quote the words are most of, when the span touches several.
        inside.sort(key=lambda q: -(min(end, q.end) - max(start, q.start)))
        return inside[:1]
    prefix = entry.match or ""
    return [q for q in analysis.quotes if prefix and q.text.startswith(prefix)]


def _quote_where(entry: QuoteEntry) -> str:
    if entry.anchor is not None:
        return _where(Place(anchor=entry.anchor))
    return f"“{entry.match}”"
