"""Reporting words in use: which "said", "told", "according to" or "per" around a quotation
really reports speech ("in a blog post" and "was told" do not), judged once per offset."""

from __future__ import annotations

import re
from typing import Final

from briefterm.engine.lexicon.speech import Token, cue_regex, is_possessive, tokens, tokens_before
from briefterm.engine.lexicon.words import lexicon

_BE_FORMS = frozenset("is are was were be been being am".split())

_SPEECH_FORMS = ("verb", "participle", "addressee", "source")

_ALL_FORMS = (*_SPEECH_FORMS, "evaluative")

_RELATIVES = frozenset(("who", "which", "that"))

# Reporting verbs that are never nouns or adjectives, so "Another said" and "One told" are speech.
ONLY_VERBS = frozenset(
    "said says told tells wrote writes asked asks explained replied insisted argued declared".split()
)

_NEAR_CHARS = 40  # how far back to look for the words before a cue

# Reporting verbs that are also common nouns: after a determiner or preposition
# within two words ("in a blog post", "his latest comments") they are nouns.
_NOUN_LIKE = frozenset(
    """post posts tweet tweets note notes report reports comment comments claim claims remark remarks answer answers
    call calls reason reasons stress counter joke jokes quip quips vow vows pledge promise promises reply replies
    cry state states warning warnings statement""".split()
)

# A particle that turns a reporting verb into another verb: "add up", "tell apart", "say so", "call it off".
_PARTICLE_AFTER_RE = re.compile(  # (also after a pronoun: "would call it off")
    r"(?:[ \t]+(?:up|apart|so|off)|[ \t]+(?:it|them)[ \t]+(?:up|apart|off))\b(?![ \t]+(?:to|that)\b)")
_ACCUSED_OF_RE = re.compile(r"[ \t]+of\b")  # "people wrongly accused of crimes": done to them, no speech
_RULED_OUT_RE = re.compile(r"[ \t]+out\b")  # "ruled out a deal": no ruling
_READ_OUT_RE = re.compile(r"[ \t]+(?:out|aloud|on|at|by|during|over)\b")  # "a statement read on the radio": done to it

_NEGATION_RE = re.compile(r"not|never|cannot|\w+n['’]t")  # the word before a verb that reports nothing

class _Cue:
    """A reporting word in use (a plain class, made without a Python call: see `QuoteSpan`)."""

    __slots__ = ("end", "form", "prev", "start", "text")

    def __init__(self, start: int, end: int, text: str, form: str, prev: Token | None) -> None:
        self.start: Final = start
        self.end: Final = end
        self.text: Final = text
        self.form: Final = form  # verb | participle | addressee | source
        self.prev: Final = prev  # the token just before it

    def label(self) -> str:
        """The reporting word as a quotation's cue: lower case, one space apart ("shot back")."""
        return " ".join(self.text.lower().split())


class CueReader:
    """Finds and judges reporting words in the text; each offset is judged once."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.lex = lexicon()
        self._cue_seen: dict[int, _Cue | None] = {}

    # --- cues -------------------------------------------------------------------------------------
    def _cues(self, lo: int, hi: int) -> list[_Cue]:
        """Reporting verbs and source phrases in text[lo:hi] that are used as such."""
        out: list[_Cue] = []
        for m in cue_regex().finditer(self.text, lo, hi):
            cue = self._cue(lo, m.start(), m.end())
            if cue is not None:
                out.append(cue)
        return out

    def _first_cue(self, lo: int, hi: int) -> _Cue | None:
        """The first cue of the main clause: "one official, who asked not to be named, told …"
        skips the relative clause's verb."""
        for m in cue_regex().finditer(self.text, lo, hi):
            cue = self._cue(lo, m.start(), m.end())
            relative = cue is not None and cue.prev is not None and cue.prev.lower in _RELATIVES \
                and not cue.prev.is_acronym
            if cue is not None and not relative:
                return cue
        return None

    def _last_cue(self, lo: int, hi: int, forms: tuple[str, ...] = _ALL_FORMS) -> _Cue | None:
        for m in reversed(list(cue_regex().finditer(self.text, lo, hi))):
            cue = self._cue(lo, m.start(), m.end())
            if cue is not None and cue.form in forms:
                return cue
        return None

    def _last_said(self, lo: int, hi: int, forms: tuple[str, ...]) -> _Cue | None:
        """The last cue that is not negated: "said that the agency does not comment on …, but that
        it was “…”" is the earlier verb's."""
        cue = self._last_cue(lo, hi, forms)
        while cue is not None and cue.prev is not None and _NEGATION_RE.fullmatch(cue.prev.lower):
            cue = self._last_cue(lo, cue.prev.start, forms)
        return cue

    def _cue(self, lo: int, start: int, end: int) -> _Cue | None:
        """The reporting word at text[start:end] if it is used as one (judged once per offset:
        the same verb is looked at for its quotation, a later participle and "he said")."""
        if start in self._cue_seen:
            return self._cue_seen[start]
        cue = self._judge_cue(lo, start, end)
        self._cue_seen[start] = cue
        return cue

    def _judge_cue(self, lo: int, start: int, end: int, after_verb: bool = True) -> _Cue | None:
        """`after_verb`: a word right after a reporting verb in use is no cue (looked at one word
        back only, so that a run of reporting words costs no more than one)."""
        text, lex = self.text, self.lex
        word = text[start:end]
        low = " ".join(word.lower().split())
        before = tokens_before(text, start, lo, 2)
        prev = before[-1] if before else None
        if " " in low and low not in lex.speech or low == "per":  # (but "shot back" is a verb)
            if low == "per" and not self._per_source(end):
                return None
            return _Cue(start, end, low, "source", prev)
        if _PARTICLE_AFTER_RE.match(text, end) or low == "accused" and _ACCUSED_OF_RE.match(text, end) \
                or low == "ruled" and _RULED_OUT_RE.match(text, end) or low == "read" and _READ_OUT_RE.match(text, end):
            return None  # "did not add up", "spoke out of turn": not reporting words
        if low.startswith("continu") and (nxt := tokens(text, end, min(len(text), end + _NEAR_CHARS))[:1]) \
                and (nxt[0].lower in lex.prepositions or nxt[0].lower == "to"):
            return None  # "shipments would continue by truck", "prices continued to fall": going on
        if prev is not None and prev.is_word:
            pl = prev.lower
            if pl in lex.determiners and low not in ONLY_VERBS or is_possessive(text, prev):
                return None  # "a post", "Russia's stated aim"; but "Another said"
            if pl in self.lex.prepositions or pl in _BE_FORMS:
                return None  # "in remarks", "was told"
            if after_verb and pl in lex.speech and self._verb_at(lo, prev):
                return None  # "said demand had fallen": a noun that opens the reported clause
            if low in ("read", "reads") and pl not in lex.statement_nouns:
                return None
            # "in a blog post", "his latest comments" (but "the letter calls it …" speaks)
            statements = lex.statement_nouns
            if low in _NOUN_LIKE and len(before) > 1 and self._noun_context(before[0]) \
                    and (pl not in statements or low.rstrip("s") in statements):
                return None
        elif low in ("read", "reads"):
            return None
        if low in lex.evaluative:
            # "dismissed the claims as “…”": speech only when "as" brings the quotation.
            return _Cue(start, end, word, "evaluative", prev)
        form = "participle" if low.endswith("ing") else "addressee" if low in lex.addressee else "verb"  # "telling"
        return _Cue(start, end, word, form, prev)

    def _verb_at(self, lo: int, tok: Token) -> bool:
        """Is the token a reporting verb in use ("said", not "the report", not "the Post")?"""
        if cue_regex().fullmatch(self.text, tok.start, tok.end) is None:
            return False
        if tok.start in self._cue_seen:
            cue = self._cue_seen[tok.start]
        else:
            cue = self._judge_cue(lo, tok.start, tok.end, after_verb=False)
        return cue is not None and cue.form in ("verb", "addressee")

    def _per_source(self, end: int) -> bool:
        """"per Reuters", "per the agency" name a source; "per cent", "per day" do not."""
        nxt = tokens(self.text, end, min(len(self.text), end + _NEAR_CHARS))[:1]
        return bool(nxt) and (nxt[0].is_cap or nxt[0].lower in ("the", "a", "an"))

    def _noun_context(self, tok: Token) -> bool:
        low = tok.lower
        return low in self.lex.determiners or low in self.lex.prepositions or is_possessive(self.text, tok)
