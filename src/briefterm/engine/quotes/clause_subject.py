"""The subject that opens a clause: after a dateline, an opening phrase ("After the vote,", "In
Tamale, a market town north of Accra,", "Asked about the report,") and a linking word, up to its
first verb-like word."""

from __future__ import annotations

import re

from briefterm.engine.lexicon.speech import Token, tokens
from briefterm.engine.lexicon.words import Lexicon, lexicon
from briefterm.engine.quotes.noun_phrases import _MAX_PHRASE_CHARS, Span, _head_run
from briefterm.engine.quotes.phrase_shapes import DATELINE_RE

_WH_WORDS = frozenset(("whether", "if", "why", "how", "what", "when"))


def clause_subject(text: str, lo: int, hi: int) -> Span | None:
    """The noun phrase opening the clause text[lo:hi]: up to its first verb-like word."""
    dateline = DATELINE_RE.match(text, lo, hi)
    if dateline is not None:
        lo = dateline.end()  # "DENVER — Gov. Ana Roe vetoed the bill, calling it …"
    toks = tokens(text, lo, min(hi, lo + _MAX_PHRASE_CHARS))
    lex = lexicon()
    i = _after_opening_phrase(toks, lex)
    # Skip an opening adverb or linking word: "Allegedly, ...", "But ...".
    while (
        i < len(toks)
        and (toks[i].lower in lex.function_caps or toks[i].lower.endswith("ly"))
        and (toks[i].lower not in lex.determiners and toks[i].lower not in lex.pronouns)
    ):
        i += 1
        if i < len(toks) and toks[i].text == ",":
            i += 1
    if i >= len(toks):
        return None
    run = _head_run(text, toks, i, allow_by=False)
    if run is None:
        return None
    return run[0], run[1]


def in_opening_phrase(text: str, lo: int, hi: int, pos: int) -> bool:
    """Is offset `pos` in the opening phrase of the clause text[lo:hi], before its subject ("In a
    letter posted on its website, the club …", "Asked what she would tell girls, Roe …")?"""
    subject = clause_subject(text, lo, hi)
    return subject is not None and subject[0] > pos


def outside_main_clause(text: str, lo: int, hi: int, start: int, end: int) -> bool:
    """Is the word text[start:end] outside the main clause of text[lo:hi]: in its opening phrase,
    or in an aside on its subject that a comma closes ("A colleague, who spoke on condition of
    anonymity because the whip had asked members not to comment, was blunter:")?"""
    subject = clause_subject(text, lo, hi)
    if subject is None:
        return False
    aside = _ASIDE_RE.search(text, subject[1], start) if subject[1] <= start else None
    return subject[0] > end or aside is not None and "," in text[end:hi]


_ASIDE_RE = re.compile(r",[ \t]+(?:who|which)\b")


def _after_opening_phrase(toks: list[Token], lex: Lexicon) -> int:
    """Where the clause goes on after an opening phrase and its comma ("After the vote, …",
    "In a statement, …", "With leaders worried about turnout, …", "Leaving the stage, …"), or 0."""
    if toks and toks[0].text == "Among":  # "Among those waiting was a nurse who …": the nurse
        inverted = next((k for k, t in enumerate(toks) if t.lower in ("was", "were") or t.text in ",;:"), 0)
        if toks[inverted].lower in ("was", "were"):
            return inverted + 1
    if not toks or not toks[0].is_cap or toks[0].lower not in lex.prepositions and not _participle_opens(toks, lex):
        return 0
    comma = next((k for k, t in enumerate(toks) if t.text in ",;:"), -1)
    if comma < 1 or comma == 1 and toks[0].lower not in lex.prepositions or toks[comma].text != "," \
            or comma + 1 >= len(toks):
        return 0  # (a one-word opening is a preposition standing alone: "Outside, a woman …")
    # "In Tamale, a market town north of Accra, a trader …": the place's apposition goes with it
    second = next((k for k in range(comma + 2, min(len(toks), comma + 12)) if toks[k].text in ",;:"), -1)
    if second > 0 and toks[second].text == "," and toks[comma + 1].lower in ("a", "an", "the") \
            and any(t.lower in lex.place_cues for t in toks[comma + 2 : second]):
        return second + 1
    return comma + 1


def _participle_opens(toks: list[Token], lex: Lexicon) -> bool:
    """ "Leaving the stage, …", "Asked about the report, …": a participle, then its phrase (not a
    name such as "Harding" or "Ahmed" before its verb)."""
    low = toks[0].lower

    def opens_phrase(k: int) -> bool:  # "Asked whether he …, the governor"
        return len(toks) > k and (toks[k].lower in lex.prepositions or toks[k].lower in lex.determiners
                                  or toks[k].lower in _WH_WORDS or toks[k].lower == "to")  # "Speaking to X,"

    # (or after an adverb: "Asked afterward whether …")
    participle = len(low) > 4 and low.endswith(("ing", "ed")) or low in lex.irregular_past  # "Told of the veto,"
    return participle and low not in lex.male and low not in lex.female \
        and (opens_phrase(1) or len(toks) > 2 and toks[1].lower in lex.adverbs and opens_phrase(2))
