"""Explicit questions in the author's voice.

A question is a sentence of a body, heading or list passage that ends in "?"
outside quotation marks: "He asked, “Why now?”" is someone else's question,
while "Is that “threatening?”" (a scare quote swallowing the mark, American
style) is still the author's. Excerpts (quoted material set off from the text)
and page furniture are not the author's voice. A label such as "Exit question:"
is left out of the text. Each question lists the actors mentioned in it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from briefterm.core.types import Actor, Passage, Question, Quote, QuoteKind
from briefterm.engine.mention_index import MentionIndex, mention_index
from briefterm.engine.passage_index import PassageIndex
from briefterm.engine.sentences import sentence_spans

_VOICED_KINDS = frozenset(("body", "heading", "list"))
_TRAILING_CLOSERS = ")]}”\"’'»*_ \t"
_LEADING_MARKUP = "#>*-•+ \t("
# "Exit question:", "The big question:", "Questions:", "Q:" before the question itself.
_LABEL_RE = re.compile(r"(?:[\w’'-]{1,30}[ \t]+){0,3}?(?:questions?|q)[ \t]*:[ \t]*", re.IGNORECASE)
_LIST_NUMBER_RE = re.compile(r"\d{1,3}[.)][ \t]+")
# A question mark with what may close around it: "?", "?!", "?”", "?)".
_QUESTION_END_RE = re.compile(r"\?[?!]*[”\"’'»)\]}*_]*")
_MAX_QUESTION_CHARS = 1500  # a question sentence is looked for no further back


# A quotation as the questions see it: its passage, start, end and kind.
Quoted = tuple[int, int, int, QuoteKind]
# A question found in the text: its passage, start and end.
QuestionSpan = tuple[int, int, int]


def find_questions(
    text: str, passages: PassageIndex, actors: Sequence[Actor], quotes: Sequence[Quote]
) -> list[Question]:
    """Question sentences outside quotation marks, in document order."""
    spans = question_spans(text, passages, [(q.passage, q.start, q.end, q.kind) for q in quotes])
    return questions_of(text, spans, actors)


def question_spans(text: str, passages: Iterable[Passage], quoted: Iterable[Quoted]) -> list[QuestionSpan]:
    """Where the questions of `passages` are, given their quotations: the text alone tells (so a
    large document's are found while its actors are, beside them)."""
    by_passage: dict[int, list[Quoted]] = {}
    for q in quoted:
        by_passage.setdefault(q[0], []).append(q)
    found: list[QuestionSpan] = []
    for passage in passages:
        if passage.kind not in _VOICED_KINDS or "?" not in passage.text:
            continue
        in_passage = sorted(by_passage.get(passage.index, []), key=lambda q: q[1])
        found.extend((passage.index, s, e) for s, e in _passage_questions(text, passage, in_passage))
    return found


def questions_of(text: str, spans: Iterable[QuestionSpan], actors: Sequence[Actor]) -> list[Question]:
    """The questions at `spans`, each with the actors it mentions."""
    mentions = mention_index(actors)
    return [Question(text=text[s:e], origin="explicit", passage=passage, actors=_actor_ids(mentions, passage, s, e),
                     start=s, end=e) for passage, s, e in spans]


def _passage_questions(text: str, passage: Passage, quotes: list[Quoted]) -> list[tuple[int, int]]:
    # Mark offsets sit just outside the quoted words; no sentence boundary inside them.
    protected = _outermost([(q[1] - 1, q[2] + 1) for q in quotes])
    out: list[tuple[int, int]] = []
    for s, e in _question_sentences(text, passage, protected):
        mark = _final_question_mark(text, s, e)
        if mark < 0:
            continue
        holder = _quote_at(quotes, mark)
        if holder is not None and not (holder[3] == "scare" and _has_words(text, s, holder[1] - 1)):
            continue  # the question is inside someone's quotation
        s, e = _strip_frame(text, s, e)
        if s < e:
            out.append((s, e))
    return out


def _question_sentences(text: str, passage: Passage, protected: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The sentences of the passage that end at a "?": only the text before each mark is split
    (a passage of statements costs nothing)."""
    out: list[tuple[int, int]] = []
    last_end = passage.start
    for m in _QUESTION_END_RE.finditer(text, passage.start, passage.end):
        e = m.end()
        k = e
        while k < passage.end and text[k] in " \t\n":
            k += 1
        if k < passage.end and (k == e or text[k].islower()):
            continue  # "a?b", "“Why?” he asked": the sentence goes on
        lo = max(last_end, e - _MAX_QUESTION_CHARS)
        if lo > last_end:
            space = text.find(" ", lo, e)
            lo = space if space >= 0 else lo  # not in the middle of a word
        spans = sentence_spans(text, lo, e, protected)
        if spans:
            out.append(spans[-1])
        last_end = e
    return out


def _final_question_mark(text: str, s: int, e: int) -> int:
    """Offset of the "?" that ends text[s:e] (closing marks aside), else -1."""
    k = e
    while k > s and text[k - 1] in _TRAILING_CLOSERS:
        k -= 1
    while k > s and text[k - 1] == "!":
        k -= 1  # "?!"
    return k - 1 if k > s and text[k - 1] == "?" else -1


def _strip_frame(text: str, s: int, e: int) -> tuple[int, int]:
    """Drop leading Markdown markers, list numbers and a "… question:" label; trailing markup."""
    while s < e and text[s] in _LEADING_MARKUP:
        s += 1
    m = _LIST_NUMBER_RE.match(text, s, e)
    if m:
        s = m.end()
    m = _LABEL_RE.match(text, s, e)
    if m and m.end() < e:
        s = m.end()
    while e > s and text[e - 1] in "*_ \t" or (e > s and text[e - 1] == ")" and "(" not in text[s:e]):
        e -= 1
    return s, e


def _quote_at(quotes: list[Quoted], pos: int) -> Quoted | None:
    """The innermost quotation whose words (or closing mark) hold `pos`."""
    holder = None
    for q in quotes:
        if q[1] > pos:
            break
        if q[1] <= pos <= q[2]:
            holder = q
    return holder


def _has_words(text: str, s: int, e: int) -> bool:
    return any(c.isalnum() for c in text[s:e])


def _outermost(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for span in spans:
        if out and span[0] < out[-1][1]:
            continue  # nested inside the previous one
        out.append(span)
    return out


def _actor_ids(mentions: MentionIndex, passage: int, start: int, end: int) -> list[str]:
    ids: list[str] = []
    for _s, _e, actor in mentions.within(passage, start, end):
        if actor.id not in ids:
            ids.append(actor.id)
    return ids
