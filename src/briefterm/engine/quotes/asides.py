"""Asides that give a sentence's quotations a speaker without a reporting verb beside them.

"The arrests, she said, marked “…”", "As one captain put it, he had “…”", "In her view, the
loss was “…”", "Roe thanked him for “…” in a statement": the quotation's own neighbours may
name nothing (or a naming verb such as "marked"), yet the sentence says whose words they are.
"""

from __future__ import annotations

import re
from functools import cache

from briefterm.engine.lexicon.speech import alternation, tokens
from briefterm.engine.lexicon.words import lexicon
from briefterm.engine.quotes.clause_subject import clause_subject
from briefterm.engine.quotes.noun_phrases import Span, phrase_after
from briefterm.engine.quotes.phrase_shapes import party

# "In her view,", "In his words,", "In the words of the mayor,"
_IN_VIEW_RE = re.compile(r"In[ \t]+(?:(his|her|their|its)[ \t]+(?:view|words|opinion|telling)"
                         r"|the[ \t]+words[ \t]+of[ \t]+([^,]{2,60})),")

_NAMED_APPOSITION_RE = re.compile(  # "…, Ana Roe,", "…, the Ashby Company of Water and Gas (AWG),"
    r",[ \t]+(?:the[ \t]+)?([A-Z][\w’'.-]*(?:[ \t]+(?:(?:of|and|for)[ \t]+)?[A-Z][\w’'.-]*){0,5})"
    r"(?:[ \t]+\([A-Z]{2,}\))?,")


@cache
def _aside_res() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    verbs = alternation(lexicon().indirect)
    who = r"((?:he|she|they|it)|(?:the|a|an|one|[A-Z][\w’'.-]*)(?:[ \t]+[\w’'.-]+){0,6}?)"
    parenthetical = re.compile(r",[ \t]+" + who + r"[ \t]+(?:" + verbs + r"),[ \t]")
    as_put = re.compile(r"(?<![\w’'-])[Aa]s[ \t]+" + who + r"[ \t]+(?:put[ \t]+it|" + verbs + r")(?=,)")
    statement = re.compile(r"[ \t]+in[ \t]+(?:a|an|his|her|their|its)[ \t]+(?:[\w-]+[ \t]+)?(?:"
                           + alternation(lexicon().statement_nouns) + r")\b")
    return parenthetical, as_put, statement


def aside_voice(text: str, ss: int, opening: int, closing: int, se: int) -> tuple[Span, str] | None:
    """The phrase that an aside of the sentence text[ss:se] names as the speaker of the quotation
    that opens at `opening` and closes at `closing`, and the aside's words; or None."""
    parenthetical, as_put, statement = _aside_res()
    for pattern in (parenthetical, as_put):
        found = list(pattern.finditer(text, ss, opening))[-1:]
        if found:
            return found[0].span(1), " ".join(text[found[0].end(1) : found[0].end()].strip(" ,").split())
    view = _IN_VIEW_RE.search(text, ss, opening)
    if view is not None:
        return (view.span(1) if view.group(1) else view.span(2)), "in the view of"
    said_in = statement.match(text, closing + 1, se)  # "… thanked him for “…” in a statement"
    subject = clause_subject(text, ss, opening) if said_in is not None else None
    return (named_apposition(text, subject, opening), said_in.group().strip()) \
        if subject is not None and said_in is not None else None


def named_apposition(text: str, np: Span, hi: int) -> Span:
    """The name in apposition right after the phrase `np`, if one is ("The chairman, Ana Roe,
    thanked …" -> Ana Roe), else `np`."""
    named = _NAMED_APPOSITION_RE.match(text, np[1], hi)
    if named is None or party(tokens(text, *named.span(1))):
        return np  # "State Sen. Ana Roe, R-Eagle River,": her party and home, no other name
    return named.span(1)


def aside_after(text: str, start: int, hi: int) -> Span | None:
    """The phrase after a reporting verb at `start` that an aside closes: "Passengers, said the
    association, were “…”" gives "the association"; None if no comma closes it."""
    np = phrase_after(text, start, hi)
    if np is None or not text.startswith(",", np[1]):
        return None  # no aside: the phrase is not closed by a comma
    first = text[np[0] : np[1]].split()[0]
    return None if first in lexicon().prepositions or first == "to" else np


def inverted_subject(text: str, end: int, hi: int) -> Span | None:
    """The named phrase after a reporting verb ending at `end` that ends its sentence or its clause:
    "…, said Jane Roe.", "…, said Jane Roe, who teaches …"."""
    np = phrase_after(text, end, hi)
    words = text[np[0] : np[1]].split() if np is not None else []
    if np is None or not words[-1][:1].isupper() or sum(not w[:1].isupper() for w in words) > 1:
        return None  # a name ends it: "the Ledger's Tom Poe", not "Roe's plan failed badly"
    rest = text[np[1] : np[1] + 2].lstrip(" ")
    return np if rest[:1] in (".", ",", "\n", "") else None
