"""Helpers for the quotes and questions tests: run the passes on a short text, with
hand-made actors whose mentions are every occurrence of the names given."""

from __future__ import annotations

import re

from briefterm.core.types import Actor, ActorType, Mention, Question, Quote
from briefterm.engine.passage_index import PassageIndex
from briefterm.engine.passages import split_passages
from briefterm.engine.questions import find_questions
from briefterm.engine.quotes.find import find_quotes


def make_actors(text: str, names: dict[str, tuple[ActorType, list[str]]]) -> list[Actor]:
    """names: actor name -> (type, other forms the text uses); mentions are whole-word hits."""
    index = PassageIndex(split_passages(text))
    actors = []
    for name, (kind, aliases) in names.items():
        actor = Actor(id=name.lower().replace(" ", "-"), name=name, type=kind, aliases=list(aliases))
        forms = sorted([name, *aliases], key=len, reverse=True)
        pattern = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(f) for f in forms) + r")(?!\w)")
        for m in pattern.finditer(text):
            p = index.at(m.start())
            if p is not None:
                actor.mentions.append(Mention(p.index, m.start(), m.end(), m.group(0)))
        actors.append(actor)
    return actors


def quotes_of(text: str, names: dict[str, tuple[ActorType, list[str]]] | None = None) -> list[Quote]:
    index = PassageIndex(split_passages(text))
    return find_quotes(text, index, make_actors(text, names or {}))


def questions_of(text: str, names: dict[str, tuple[ActorType, list[str]]] | None = None) -> list[Question]:
    index = PassageIndex(split_passages(text))
    actors = make_actors(text, names or {})
    return find_questions(text, index, actors, find_quotes(text, index, actors))


def direct(quotes: list[Quote]) -> list[tuple[str, str | None]]:
    """(text, speaker_name) of the direct quotations."""
    return [(q.text, q.speaker_name) for q in quotes if q.kind == "direct"]


def kinds(quotes: list[Quote]) -> list[tuple[str, str]]:
    return [(q.text, q.kind) for q in quotes]
