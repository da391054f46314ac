"""A small document of our own and a hand-built analysis of it, for UI tests.

The UI tests do not depend on the engine: the app gets this analyser instead,
so what the panes show is fixed here.
"""

from __future__ import annotations

import re
import threading
from typing import Any

from briefterm.core.types import Actor, Document, Mention, Passage, Question, Quote
from briefterm.engine.analyse import Analysis, link_passages
from briefterm.sources.document import from_text

TEXT = """\
# The river deal at Ostby

The council of Ostby met on Monday to argue about the river. \
Mayor Anna Berg opened the session with a warning about the water.

Berg said the town could not wait: “The river will be clean by spring, or we will have failed.”

Nordland's water agency answered with a letter. \
Its director, Piet Vos, wrote that the plan was “ambitious” and asked who would pay.

The agency's letter put it plainly:

Nobody doubts the goal, but the money is not there, \
and the pipes under the old town are older than the council itself…

The mayor's office posted a short reply on its website:

What does a clean river cost, and who in Nordland pays for it?

Vos told reporters: “We will help, but not alone.” Berg replied that Nordland had promised help before.

Will the council vote before spring? The mayor hopes so.

You Might Like
Learn more about Riverstripe
"""

ACTORS: list[tuple[str, str, str, str | None, list[str]]] = [
    ("anna-berg", "Anna Berg", "person", "Mayor of Ostby", ["Anna Berg", "Berg"]),
    ("nordland", "Nordland", "country", None, ["Nordland"]),
    ("piet-vos", "Piet Vos", "person", "Director of Nordland's water agency", ["Piet Vos", "Vos"]),
    ("ostby", "Ostby", "place", "A town on the river", ["Ostby"]),
]

QUOTES: list[tuple[str, str, str | None]] = [
    ("The river will be clean by spring, or we will have failed.", "direct", "anna-berg"),
    ("ambitious", "scare", None),
    ("We will help, but not alone.", "direct", "piet-vos"),
]

CURATED = [
    ("Can Ostby pay for the pipes without Nordland?", None),
    ("Is spring a real deadline?", 4),
]


def document(text: str = TEXT, name: str = "ostby") -> Document:
    return from_text(text, f"{name}.md", name=name)


def _passage_of(passages: list[Passage], offset: int) -> int:
    return next(p.index for p in passages if p.start <= offset < p.end)


def fake_analysis(doc: Document, brief: Any, passages: list[Passage]) -> Analysis:
    """Actors, quotes and questions found by plain string search for the names above."""
    text = doc.text
    actors = []
    for actor_id, name, kind, description, aliases in ACTORS:
        pattern = re.compile("|".join(rf"\b{re.escape(a)}\b" for a in aliases))
        mentions, last_end = [], -1
        for m in pattern.finditer(text):
            if m.start() < last_end:
                continue
            last_end = m.end()
            mentions.append(Mention(_passage_of(passages, m.start()), m.start(), m.end(), m.group()))
        actors.append(Actor(actor_id, name, kind, aliases=aliases[1:], description=description,  # type: ignore[arg-type]
                            mentions=mentions))
    names = {a.id: a.name for a in actors}
    quotes = []
    for words, kind, speaker in QUOTES:
        start = text.index(words)
        quotes.append(Quote(words, kind, speaker, names.get(speaker) if speaker else None,  # type: ignore[arg-type]
                            None, _passage_of(passages, start), start, start + len(words)))
    questions = []
    for m in re.finditer(r"[A-Z][^.?!:\n]*\?", text):
        questions.append(Question(m.group(), "explicit", _passage_of(passages, m.start()),
                                  start=m.start(), end=m.end()))
    for words, passage in CURATED:
        questions.append(Question(words, "curated", passage))
    for p in passages:
        p.gloss = f"Gloss of passage {p.index}." if p.index in (2, 3) else None
    analysis = Analysis(doc, passages, actors, quotes, questions)
    link_passages(analysis)
    return analysis


class GatedAnalyser:
    """An analyser that waits until the test lets it finish: to see the first paint."""

    def __init__(self) -> None:
        self.release = threading.Event()

    def __call__(self, doc: Document, brief: Any, passages: list[Passage]) -> Analysis:
        self.release.wait(10)
        return fake_analysis(doc, brief, passages)


def long_text(paragraphs: int) -> str:
    """Many short numbered paragraphs (a search term in every tenth)."""
    return "\n\n".join(
        f"Paragraph {i} about {'the river' if i % 10 == 0 else 'the town'} and its council."
        for i in range(1, paragraphs + 1)
    )
