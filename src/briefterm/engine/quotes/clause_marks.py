"""Where a clause or an aside opens or ends in a phrase's tokens: the comma of a relative clause
("Ana Roe, who runs a shop in Lowell, Mass., said"), the last mark of a kind in the clause, the end of
an office's list of fields."""

from __future__ import annotations

from briefterm.engine.lexicon.speech import Token, is_abbreviation
from briefterm.engine.lexicon.words import lexicon


def relative_clause(toks: list[Token], described: bool) -> int:
    """Where the relative clause of the phrase's last sentence opens (its comma), or -1; with
    `described`, also a description that a clause goes on ("…, a farmer who …, Ana, said" names her)."""
    for k in range(len(toks) - 2, 0, -1):
        if toks[k].text in ".!?;:" and not (toks[k].text == "." and is_abbreviation(toks[k - 1])):
            return -1  # "Lowell, Mass., said" goes on past the abbreviation
        opener = toks[k + 2] if toks[k + 1].lower == "and" and k + 2 < len(toks) else toks[k + 1]
        if toks[k].text == "," and (opener.lower in RELATIVE_OPENERS and not opener.is_acronym
                                    or described and described_by_clause(toks, k + 1)):
            return k  # ", who …" or ", and who …" (a second clause of a described person)
    return -1


def described_by_clause(toks: list[Token], i: int) -> bool:
    """ "a former forward who took over the club when …": its relative clause may hold commas and names."""
    return toks[i].lower in ("a", "an", "the") \
        and any(t.lower in ("who", "whose") and not t.is_acronym for t in toks[i + 2 :])


RELATIVE_OPENERS = frozenset(("who", "which", "whose", "whom", "where"))


def last_index(toks: list[Token], mark: str) -> int:
    """The last `mark` in the clause that ends the token list (-1 if none)."""
    for i in range(len(toks) - 1, -1, -1):
        t = toks[i].text
        if t == mark:
            return i
        # a period that ends the list stood before the comma its caller cut off: "R-Minn.,"
        if t in ";:!?" or t == "." and i < len(toks) - 1 and not (i > 0 and is_abbreviation(toks[i - 1])):
            return -1
    return -1


def office_fields(a: list[Token], b: list[Token]) -> bool:
    """Does `a` end with an office's fields ("the Minister for Home Affairs") that `b` lists on ("A and B")?"""
    k = next((i for i in range(len(a) - 2, 0, -1) if a[i].lower in ("of", "for")), 0)
    return k > 0 and a[k - 1].lower in lexicon().offices and any(t.lower == "and" for t in b) \
        and all(t.is_cap or t.lower in ("and", "the") for t in [*a[k + 1 :], *b])
