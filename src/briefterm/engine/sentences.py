"""Sentence spans: a small, linear splitter for news prose.

A sentence ends at `.`, `!`, `?` or `…` (closing quote marks and brackets may
follow) when whitespace and then a capital, digit or opening mark come next,
except after a known abbreviation ("Mr.", "Gen.", "U.S.") or an initial
("J."). Callers may pass `protected` spans (quotations): no boundary falls
strictly inside one, so a quoted passage of several sentences stays inside the
sentence that frames it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefterm.engine.lexicon.words import lexicon
from briefterm.engine.passages import trim_span

# A run of terminal punctuation, then closing marks, then whitespace, then the
# first character of the next sentence (looked at, not consumed; it must not be
# lower case).
_BOUNDARY_RE = re.compile(r"[.!?…]+[”\"’'»)\]]*(\s+)(?=[\"“‘'«(\[]?[\w¿¡])")
# Markdown line starts are boundaries whatever precedes them.
_LINE_START_RE = re.compile(r"\n[ \t]*(?=#{1,6}[ \t]|>|[-*+•][ \t]|\d{1,3}[.)][ \t])")
_OPENERS = frozenset("\"“‘'«([")
# After a quoted question or exclamation: a name, then the word that says who spoke it
# ("“Who came?” Dahl asked."): the sentence goes on.
_NAME_THEN_WORD_RE = re.compile(r"(?:[A-Z][\w'’-]*\.?[ \t]+){1,4}([a-z]+)\b")


def sentence_spans(
    text: str, start: int = 0, end: int | None = None, protected: Sequence[tuple[int, int]] = ()
) -> list[tuple[int, int]]:
    """Sentences of `text[start:end]` as (start, end) offsets, trimmed of surrounding whitespace.

    `protected` is a sorted sequence of (start, end) spans that no boundary may fall inside.
    """
    if end is None:
        end = len(text)
    cuts = _cuts(text, start, end)
    cuts = _outside(cuts, protected)
    spans: list[tuple[int, int]] = []
    prev = start
    for cut in [*cuts, end]:
        s, e = trim_span(text, prev, cut)
        if s < e:
            spans.append((s, e))
        prev = cut
    return spans


def _cuts(text: str, start: int, end: int) -> list[int]:
    """Offsets where a new sentence starts (after the whitespace), in order."""
    cuts: list[int] = []
    for m in _BOUNDARY_RE.finditer(text, start, end):
        nxt = m.end()
        if text[nxt] in _OPENERS:
            nxt += 1
        if text[nxt].islower():
            continue  # "“Why?” he asked", "…while the city slept"
        if text[m.start()] in "?!" and _speaker_follows(text, m):
            continue  # "“Who came?” Dahl asked."
        if text[m.start()] == "." and m.group(0)[:2] != ".." and _is_abbreviation(text, m.start(), start):
            continue
        cuts.append(m.end())
    if text.find("\n", start, end) < 0:
        return cuts
    line_cuts = [m.start() + 1 for m in _LINE_START_RE.finditer(text, start, end)]
    if line_cuts:
        cuts = sorted(set(cuts) | set(line_cuts))
    return cuts


def _speaker_follows(text: str, m: re.Match[str]) -> bool:
    """After a quotation ending in "?" or "!", a name and a speech verb ("” Dahl asked")."""
    if not any(c in "”\"’'" for c in m.group(0)):
        return False
    after = _NAME_THEN_WORD_RE.match(text, m.end())
    return after is not None and after.group(1) in lexicon().subject_verbs


_DATELINE_REST_RE = re.compile(r"[ \t]*\([^()\n]{1,30}\)[ \t]*[—–]")  # " (AP) —" after a dateline's state


def _is_abbreviation(text: str, dot: int, floor: int) -> bool:
    """Is the `.` at `dot` the end of an abbreviation or an initial rather than of a sentence?"""
    lo = max(floor, dot - 12)
    k = dot
    while k > lo and (text[k - 1].isalnum() or text[k - 1] == "."):
        k -= 1
    word = text[k:dot].lstrip(".")
    if not word:
        return False
    if len(word) == 1 and word.isalpha() and word.isupper():
        return True  # an initial: "J. Smith"
    if "." in word and all(len(part) <= 2 for part in word.split(".")):
        return True  # dotted acronym: "U.S", "a.m"
    if _DATELINE_REST_RE.match(text, dot + 1):
        return True  # "ANNAPOLIS, Md. (AP) — …": a dateline goes on
    low, lex = word.lower(), lexicon()
    if low in lex.state_titles and text[max(floor, k - 2) : k] == ", ":
        return False  # "in Dover, Del. The mayor …": the state ends the sentence
    if low in lex.number_abbreviations:
        return text[dot + 1 : dot + 3].lstrip()[:1].isdigit()  # "the No. 13 bus"
    return low in lex.abbreviations


def _outside(cuts: list[int], protected: Sequence[tuple[int, int]]) -> list[int]:
    """The cuts that are not strictly inside a protected span (both lists sorted)."""
    if not protected:
        return cuts
    kept: list[int] = []
    j = 0
    for cut in cuts:
        while j < len(protected) and protected[j][1] <= cut:
            j += 1
        # Spans may nest; the outer one comes first and is the one that matters.
        if j < len(protected) and protected[j][0] < cut:
            continue
        kept.append(cut)
    return kept


