"""analyse(document, brief) -> Analysis: the engine's passes, then the curated brief."""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import partial
from typing import TYPE_CHECKING, Any

from briefterm.core.types import Actor, Document, Mention, Passage, Question, Quote
from briefterm.engine.beside import Shared
from briefterm.engine.gc_pause import gc_paused
from briefterm.engine.passage_index import PassageIndex
from briefterm.engine.passages import document_passages
from briefterm.engine.questions import QuestionSpan, question_spans, questions_of
from briefterm.engine.quotes.marks import fresh_start

if TYPE_CHECKING:
    from briefterm.brief.model import Brief, Correction
    from briefterm.engine.quotes.voices import QuoteReading


@dataclass
class Analysis:
    document: Document
    passages: list[Passage]
    actors: list[Actor]
    quotes: list[Quote]
    questions: list[Question]
    brief_applied: bool = False
    # Brief entries and corrections that no longer fit the text (dropped), for the user.
    brief_warnings: list[str] = field(default_factory=list)

    def actor(self, actor_id: str) -> Actor | None:
        return next((a for a in self.actors if a.id == actor_id), None)

    def to_dict(self, as_objects: bool = False) -> dict[str, Any]:
        """The schema's shape (`../shared/schema/analysis.schema.json`). `as_objects`: each
        passage and mention stays a dataclass, for an encoder that writes one as the dict of its
        fields (orjson does, in a fraction of the time it takes to copy the 55,000 of 3 MB)."""
        doc = self.document
        # (as objects, the lists are copied whole: a call per item cost 3 ms on 3 MB)
        mentions: Callable[[list[Mention]], list[Any]] = list if as_objects else _mention_dicts
        passages: Callable[[list[Passage]], list[Any]] = list if as_objects else _passage_dicts
        return {
            "document": {
                "title": doc.title,
                "source": doc.source,
                "sha256": doc.sha256,
                "chars": doc.chars,
                "warnings": list(doc.warnings),
                "brief": self.brief_applied,
                "url": doc.url,
                "site": doc.site,
                "author": doc.author,
                "published": doc.published,
            },
            # Flat copies of the dataclasses' fields: dataclasses.asdict deep-copies
            # recursively and costs as much as the engine on a large document.
            "passages": passages(self.passages),
            "actors": [_marked(_fields(a, aliases=list(a.aliases), mentions=mentions(a.mentions)))
                       for a in self.actors],
            "quotes": [_marked(_fields(q)) for q in self.quotes],
            "questions": [_question_dict(q) for q in self.questions],
        }


def _fields(obj: object, **replace: Any) -> dict[str, Any]:
    return {**vars(obj), **replace}


def _passage_dicts(passages: list[Passage]) -> list[dict[str, Any]]:
    return [_fields(p, actors=list(p.actors), quotes=list(p.quotes), questions=list(p.questions)) for p in passages]


def _mention_dicts(mentions: list[Mention]) -> list[dict[str, Any]]:
    return [_fields(m) for m in mentions]


def _marked(d: dict[str, Any]) -> dict[str, Any]:
    """`corrected` only where a correction changed something (the schema's optional field)."""
    if not d["corrected"]:
        del d["corrected"]
    return d


def _question_dict(q: Question) -> dict[str, Any]:
    d = _fields(q, actors=list(q.actors))
    if d["start"] is None:
        del d["start"], d["end"]
    return d


_CHARS_WORTH_A_PROCESS = 250_000  # below this, forking costs more than the second core saves


def analyse(
    document: Document,
    brief: Brief | None = None,
    passages: list[Passage] | None = None,
    corrections: Sequence[Correction] = (),
) -> Analysis:
    """Run the engine over `document`; merge `brief` over the result if given, then
    the reader's `corrections` (engine -> brief -> corrections)."""
    with gc_paused():  # also over linking and the brief, between the passes' own pauses
        return _analyse(document, brief, passages, corrections)


_CHUNK_CHARS = 100_000  # the quotations of a large document are read in pieces of about this size


def _reading_pieces(text: str, index: PassageIndex, big: bool) -> list[tuple[int, int | None]]:
    """The passages, as [first, stop) pairs, whose quotations can each be read on their own: a
    piece starts at a `fresh_start`, so the pieces' readings joined are the reading of the
    whole. A small document is one piece."""
    firsts = [0]
    for near in range(_CHUNK_CHARS, len(text) if big else 0, _CHUNK_CHARS):
        first = fresh_start(text, index, max(firsts[-1] + 1, bisect.bisect_left(index.starts, near)))
        if not first:
            break
        firsts.append(first)
    return list(zip(firsts, [*firsts[1:], None], strict=True))


def _read_piece(text: str, index: PassageIndex, pieces: list[tuple[int, int | None]],
                k: int) -> tuple[QuoteReading, list[QuestionSpan]]:
    """The quotations of piece k, and where its questions are (which the quotations tell)."""
    from briefterm.engine.quotes.find import read_quotes

    first, stop = pieces[k]
    reading = read_quotes(text, index, first, stop)
    return reading, question_spans(text, index[first:stop], (found[:4] for found in reading.found))


def _analyse(
    document: Document, brief: Brief | None, passages: list[Passage] | None, corrections: Sequence[Correction]
) -> Analysis:
    text = document.text
    index = PassageIndex(passages if passages is not None else document_passages(document))
    big = len(text) >= _CHARS_WORTH_A_PROCESS
    # The quotations are read from the text alone, beside the actors: a large document's pieces
    # by a forked child from its start while the actors are found here (and what voices them is
    # made of the actors). Then the pieces the child has read are voiced here in order, and
    # while the next has not come, one is read here from the end.
    pieces = _reading_pieces(text, index, big)
    spans: list[QuestionSpan] = []
    with Shared(partial(_read_piece, text, index, pieces), len(pieces), big) as readings:
        # The passes are imported where they run (a third of start-up): a command that needs
        # only passages does without them, and a large document's child imports the reading
        # while this process imports the actors.
        from briefterm.engine.actors.find import find_actors
        from briefterm.engine.quotes.voices import VoiceResolver

        actors = find_actors(text, index)
        if document.emphasis:
            from briefterm.engine.markup import outside_code

            actors = outside_code(actors, document.emphasis)
        voicer = VoiceResolver(text, index, actors)
        for reading, piece_spans in readings.in_order():  # voiced while later pieces are read
            voicer.hear(reading)
            spans += piece_spans
    quotes = voicer.quotes()
    questions = questions_of(text, spans, actors)
    analysis = Analysis(document, list(index), actors, quotes, questions)
    if brief is not None or corrections:
        from briefterm.brief.apply import apply_brief, apply_corrections

        if brief is not None:
            analysis.brief_warnings += apply_brief(analysis, brief)
            analysis.brief_applied = True
        analysis.brief_warnings += apply_corrections(analysis, corrections)
    link_passages(analysis)
    return analysis


def link_passages(analysis: Analysis) -> None:
    """Fill each passage's actors, quotes and questions from the top-level lists."""
    by_index = {p.index: p for p in analysis.passages}
    for p in analysis.passages:
        p.actors, p.quotes, p.questions = [], [], []
    for actor in analysis.actors:
        for index in dict.fromkeys(m.passage for m in actor.mentions):  # each passage once, in order
            if (holder := by_index.get(index)) is not None:
                holder.actors.append(actor.id)
    for i, q in enumerate(analysis.quotes):
        if (holder := by_index.get(q.passage)) is not None:
            holder.quotes.append(i)
    for i, question in enumerate(analysis.questions):
        if question.passage is not None and (holder := by_index.get(question.passage)) is not None:
            holder.questions.append(i)
