"""What joins words into a noun phrase leftwards, as the phrase is read back from its last word:
a place it is in ("a farmer in Kansas"), its possessor ("the state auditor's office") and a
preposition that lets a description go on ("a spokesman for the …")."""

from __future__ import annotations

from briefterm.engine.lexicon.speech import Token
from briefterm.engine.lexicon.words import lexicon
from briefterm.engine.quotes.speaker_words import speaker_noun

PLACE_LINKS = frozenset(("in", "from", "near", "at", "outside", "with"))  # "a volunteer with the Red Cross"
_POSSESSOR_WORDS = 4  # words between a possessor's article and the possessor


def links_place(toks: list[Token], i: int) -> bool:
    """"… Institute in Heidelberg", "a farmer in (the) Kansas": where a named body or a person
    described is from, part of the phrase."""
    lex = lexicon()
    after = toks[i + 1] if 0 < i < len(toks) - 1 else None
    if after is None or not (after.is_cap or after.lower in lex.determiners  # (and "a farmer in western Kansas")
                             or after.lower in lex.compass and i + 2 < len(toks) and toks[i + 2].is_cap):
        return False
    before = toks[i - 1]  # a name, a person or a body ("Residents in the valley", "a nurse at a clinic in Hale")
    return before.is_cap and after.is_cap or before.text == ")" \
        or before.is_word and before.text[1:].islower() and speaker_noun(before.lower) \
        and before.lower not in lex.pronouns or before.text.islower() and before.lower in lex.org_words


def possessor_start(toks: list[Token], i: int) -> tuple[int, int]:
    """Where a phrase whose possessor is at `i` starts, and where to read on (-1: nowhere)."""
    # its article, before at most a few words: "the state auditor's", "the State Auditor and Inspector's"
    k = next((k for k in range(i - 1, max(-1, i - _POSSESSOR_WORDS - 2), -1) if not toks[k].is_word
              or toks[k].lower in ("the", "a", "an") or toks[k].lower in lexicon().stop), -1)
    first = k if k >= 0 and toks[k].lower in ("the", "a", "an") else i
    go_on = first < i and goes_on_left(toks, first) and speaker_noun(toks[first - 2].lower)
    return first, first - 2 if go_on else -1  # "a spokesman for the city's fire service" goes on


def goes_on_left(toks: list[Token], i: int) -> bool:
    """Does the phrase go on left of the determiner at `i` ("Roe of the Planet", "a farmer in the village")?"""
    before = toks[i - 1].lower if i > 0 else ""
    return i > 1 and before in lexicon().connectors and toks[i - 2].is_word \
        or before in PLACE_LINKS and links_place(toks, i - 1)


def possessor_step(toks: list[Token], i: int) -> tuple[int, int, bool] | None:
    """One step left inside a possessor ("the State Auditor and Inspector's office"): (its first
    token so far, or -1; where to read on; still inside it), or None where the phrase ends."""
    t, lex = toks[i], lexicon()
    if t.is_cap and t.lower not in lex.function_caps:
        return i, i - 1, True
    if t.lower in lex.connectors and i > 0 and toks[i - 1].is_cap:
        return -1, i - 1, True
    if t.lower in ("the", "a", "an") and i > 1 and goes_on_left(toks, i) and speaker_noun(toks[i - 2].lower):
        return i, i - 2, False  # "a spokesman for the X's office" goes on
    return None

