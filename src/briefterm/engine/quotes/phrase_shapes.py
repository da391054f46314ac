"""What a phrase of tokens looks like: a name ("Jane Roe", "al-Amr"), or a description that
stands where a name would ("Democrat of Ohio", "D-Ohio", "Chief Executive")."""

from __future__ import annotations

import re

from briefterm.engine.lexicon.speech import Token
from briefterm.engine.lexicon.words import lexicon

_PARTY_TAG_RE = re.compile(r"[DRI]-[A-Z]")


def describes(toks: list[Token]) -> bool:
    """A capitalised phrase that describes rather than names: "Democrat of Ohio", "Chief Executive",
    a party and state ("D-Ohio", "R-N.Y.")."""
    lex = lexicon()
    first = toks[0].lower
    if first in lex.honorifics and len(toks) > 1:
        return False  # "Dr. Ana Roe": an honorific comes before a name
    return first in lex.titles or party(toks)


def party(toks: list[Token]) -> bool:
    """ "D-Ohio", "Democrat of Ohio", "Republican": a member's party (and home), not a name."""
    return bool(toks) and (_PARTY_TAG_RE.match(toks[0].text) is not None or toks[0].lower in lexicon().affiliations)


def capitalised_end(toks: list[Token]) -> bool:
    return bool(toks) and toks[-1].is_word and toks[-1].is_cap


def name_like(toks: list[Token]) -> bool:
    """Capitalised words (name particles and initials allowed), 1-5 words, not a function word first."""
    words = [t for t in toks if t.text != "."]
    if not 1 <= len(words) <= 5:
        return False
    lex = lexicon()
    if words[0].lower in lex.function_caps or words[0].lower in lex.determiners:
        return False
    if not any(t.is_cap for t in words):
        return False
    return all(t.is_cap or (t.lower in lex.connectors and i > 0) or particle(t) for i, t in enumerate(words))


def particle(tok: Token) -> bool:
    """Lower-case name particles joined to a name: "al-Amr", "bin", "de"."""
    low = tok.lower
    return low.startswith(("al-", "el-", "ad-", "as-", "ash-", "ibn-")) or low in ("bin", "ibn", "de", "van", "von")
