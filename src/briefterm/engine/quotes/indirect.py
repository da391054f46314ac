"""Indirect speech: what someone said in the author's words, with no quotation marks.

Three shapes, each in a sentence that holds no quotation:
- "Jane Roe said (on Monday) (that) the pier would close." -> "the pier would close"
- "Jane Roe told reporters (that) the pier would close."   -> "the pier would close"
- "The pier will close, Jane Roe said." and "According to Roe, the pier will close."
The reported clause is the quote's text; its speaker is the reporting verb's subject,
found as for direct quotations. Only a short list of verbs that report a clause
counts ("said", "told", "warned"), so "said goodbye" or "told a story" are rare.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import cache

from briefterm.engine.lexicon.speech import word_matches, words_pattern
from briefterm.engine.lexicon.words import lexicon
from briefterm.engine.quotes.noun_phrases import Span, phrase_after, subject_before
from briefterm.engine.quotes.phrase_shapes import DATELINE_RE
from briefterm.engine.quotes.speaker_words import speaker_noun

_MIN_CLAUSE_WORDS = 4
_MAX_INVERTED_SUBJECT_WORDS = 5
_ACCORDING_RE = re.compile(r"[ \t]*According to[ \t]+")
_THAT_RE = re.compile(r"[ \t]*(?:(?:on|last|this)[ \t]+[A-Z]?[a-z]+[ \t]+)?(?:that[ \t]+)?")
_QUOTE_MARKS = frozenset("\"“”«»")


@dataclass(frozen=True)
class Reported:
    start: int  # the reported clause, text[start:end]
    end: int
    subject: Span  # who reports it
    cue: str


@cache
def _verb_re() -> re.Pattern[str]:
    return words_pattern(lexicon().indirect)


class ReportIndex:
    """Where a reporting verb or "According to" may stand, found once for the whole text, so that
    a passage or sentence is read for indirect speech only if it may hold some. A superset: each
    place the word's letters appear, inside another word too (a plain substring search runs
    faster than a pattern that checks where words begin)."""

    def __init__(self, text: str, lo: int = 0, hi: int | None = None) -> None:
        """Of text[lo:hi]."""
        hi = len(text) if hi is None else hi
        starts = []
        for word in _first_words():
            at = text.find(word, lo, hi)
            while at >= 0:
                starts.append(at)
                at = text.find(word, at + 1, hi)
        starts.sort()
        self.starts = starts

    def may_report(self, start: int, end: int) -> bool:
        i = bisect.bisect_left(self.starts, start)
        return i < len(self.starts) and self.starts[i] < end


@cache
def _first_words() -> tuple[str, ...]:
    return (*sorted(lexicon().indirect), "According")


def reported_clause(text: str, ss: int, se: int) -> Reported | None:
    """The indirect speech of the sentence text[ss:se], if it is one."""
    if any(c in _QUOTE_MARKS for c in text[ss:se]):
        return None
    end = _clause_end(text, ss, se)
    according = _ACCORDING_RE.match(text, ss)
    if according is not None:
        np = phrase_after(text, according.end(), end)
        comma = text.find(",", np[1], end) if np is not None else -1
        if np is None or comma < 0:
            return None
        return _checked(text, comma + 1, end, np, "according to")
    m = next(word_matches(_verb_re(), text, ss, end), None)
    if m is None:
        return None
    return _inverted(text, ss, end, m) or _forward(text, ss, end, m)


def _inverted(text: str, ss: int, end: int, m: re.Match[str]) -> Reported | None:
    """"The pier will close, Jane Roe said (on Monday)." / "…, said Jane Roe.": the verb and its
    subject close the sentence after a comma."""
    comma = text.rfind(",", ss, m.start())
    if comma < 0 or _PARTICIPLE_OPENING_RE.match(text, ss, comma):
        return None  # "Speaking in the Commons, Ms Roe said …": a circumstance, not what was said
    tail = text[m.end() : end].split()
    if text[comma + 1 : m.start()].strip():  # "…, Jane Roe said (Monday)."
        subject_words = text[comma + 1 : m.start()].split()
        if len(subject_words) > _MAX_INVERTED_SUBJECT_WORDS or len(tail) > 3:
            return None
        np = subject_before(text, comma + 1, m.start())
    else:  # "…, said Jane Roe."
        np = phrase_after(text, m.end(), end)
        if np is None or text[np[1] : end].strip() or len(tail) > _MAX_INVERTED_SUBJECT_WORDS \
                or text[np[0] : np[1]] in _OBJECT_PRONOUNS:
            return None  # "Ana Roe, the editor, wrote it.": the verb's object, not its subject
    return _checked(text, ss, comma, np, m.group(0)) if np is not None else None


def _opens(before: str) -> bool:
    """Whether a subject after `before` opens its sentence: nothing before it, or what it is the
    apposition of ("A spokeswoman for the police, Ana Roe, said …") and its title ("The Democrat,
    Attorney General Ana Roe, said …")."""
    apposed = before.rstrip(" \t").endswith(",")
    before = before.strip(" \t,")
    head, comma, title = before.rpartition(",")
    words = title.split()
    if apposed and not comma and words and words[0].lower() in ("a", "an", "the"):
        return True
    return not before or bool(comma) and "," not in head and bool(words) \
        and words[0].lower().rstrip(".") in lexicon().titles and all(w[:1].isupper() for w in words)


def _forward(text: str, ss: int, end: int, m: re.Match[str]) -> Reported | None:
    """"Jane Roe said (on Monday) (that) …" / "Jane Roe told reporters (that) …"."""
    np = subject_before(text, ss, m.start())
    if np is None or not _opens(text[ss : np[0]]):
        return None  # the subject must open the sentence: no "After the flood the town said …"
    after = m.end()
    that_word = _THAT_WORD_RE.search(text, after, min(end, after + _ADDRESSEE_CHARS))
    if that_word is not None and _SUBJECT_PRONOUN_RE.search(text, after, that_word.start()):
        that_word = None  # "said she liked that …": the clause has begun before its "that"
    if that_word is not None:
        after = that_word.start()  # "said in a statement on Monday that …"
    elif m.group(0) in ("told", "tells", "tell"):
        addressee = _ADDRESSEE_RE.match(text, after, end)
        if addressee is None:
            return None
        after = addressee.end()
    that = _THAT_RE.match(text, after, end)
    return _checked(text, that.end() if that is not None else after, end, np, m.group(0))


_THAT_WORD_RE = re.compile(r"[ \t]that[ \t]")
_SUBJECT_PRONOUN_RE = re.compile(r"\b(?:I|he|she|it|we|they|you)\b")
_PARTICIPLE_OPENING_RE = re.compile(r"[A-Z][a-z]{2,}(?<!th)ing[ \t]+(?:in|at|on|to|after|before|from|with|during)[ \t]")
_ADDRESSEE_CHARS = 60
# "told reporters", "told the council", "told The Harbour Times": one noun, or a capitalised name.
_ADDRESSEE_RE = re.compile(r"[ \t]+(?:(?:the|a|an)[ \t]+)?(?:[A-Z][\w’'.-]*(?:[ \t]+[A-Z][\w’'.-]*)*|[a-z]+)")


def _clause_end(text: str, ss: int, se: int) -> int:
    end = se
    while end > ss and (text[end - 1].isspace() or text[end - 1] in ".!?"):
        end -= 1
    return end


def _checked(text: str, start: int, end: int, np: Span, cue: str) -> Reported | None:
    while start < end and text[start].isspace():
        start += 1
    dateline = DATELINE_RE.match(text, start, end)
    if dateline is not None:
        start = dateline.end()  # "BRUSSELS — The deal was signed, the ministry said."
    while end > start and text[end - 1] in " \t,;:":
        end -= 1
    words = text[start:end].split()
    if len(words) < _MIN_CLAUSE_WORDS or not words[0][:1].isalnum() or words[0].lower() in _NOT_CLAUSES:
        return None
    if not _can_speak(text[np[0] : np[1]].split()):
        return None
    return Reported(start, end, np, cue.lower())


_OBJECT_PRONOUNS = frozenset("it them him her us me this that".split())
_NOT_CLAUSES = frozenset("little nothing much something anything goodbye yes no so more less".split())


def _can_speak(words: list[str]) -> bool:
    """A name, a pronoun, or a noun for a person or a body ("the mayor", "the ministry")."""
    lex = lexicon()
    if any(w[:1].isupper() and w.lower() not in lex.function_caps for w in words):
        return True
    head = words[-1].strip(".,").lower() if words else ""
    return speaker_noun(head)

