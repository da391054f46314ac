"""Who gave out a statement that speaks ("a statement said", "a note on Facebook urging"):
the body named after "by", the sender the text named before, or whoever posted it."""

from __future__ import annotations

import re
from functools import cache

from briefterm.engine.lexicon.speech import tokens_before
from briefterm.engine.lexicon.words import lexicon
from briefterm.engine.passage_index import PassageIndex
from briefterm.engine.quotes.clause_subject import clause_subject
from briefterm.engine.quotes.noun_phrases import Span, phrase_after
from briefterm.engine.quotes.speaker_words import name_tail
from briefterm.engine.quotes.speakers import Speaker, SpeakerIndex
from briefterm.engine.sentences import sentence_spans

_SOURCE_PASSAGES = 3  # how far back "the email" may look for where it came from
# "… released in May by the", "issued by": what comes between a statement and its issuer
_BY_RE = re.compile(r"[^,.;:\"“”]{0,50}?\bby[ \t]+(?:the[ \t]+)?")
_WHERE_SENT = frozenset(("on", "to", "in", "for"))  # "a note on Facebook", "a letter to parents"


def is_statement(phrase: str, words: list[str]) -> bool:
    """Is the phrase a statement ("a statement", "the bank's reports", not "the Ledger Report")
    or one with where it went ("a note on Facebook", "a letter to parents")?"""
    statements = lexicon().statement_nouns
    return words[-1].strip(".,").rstrip("s") in statements and not name_tail(phrase) \
        or len(words) > 3 and words[0] in ("a", "an") and words[1] in statements and words[2] in _WHERE_SENT


class Issuers:
    """Where the text says who gave out a statement."""

    def __init__(self, text: str, passages: PassageIndex, index: SpeakerIndex) -> None:
        self.text, self.passages, self.index = text, passages, index

    def poster(self, passage: int, at: int) -> Span | None:
        """The subject of the verb that gave out the statement at `at`: "Ana Roe, 33, posted a
        note on Facebook urging …", "The club put out a statement saying …"."""
        start = self.passages[passage - 1].start
        verb = tokens_before(self.text, at, start, 1)
        if not verb or verb[0].lower not in lexicon().issuing_verbs:
            return None
        sentences = sentence_spans(self.text, start, verb[0].start)
        subject = clause_subject(self.text, sentences[-1][0], verb[0].start) if sentences else None
        return subject if subject is not None and subject[1] <= verb[0].start else None

    def issued_by(self, passage: int, end: int) -> Speaker | None:
        """The body named after "by" in the words that follow a statement, if one is."""
        by = _BY_RE.match(self.text, end)
        found = self.index.mention_at(passage, by.end()) if by is not None else None
        if by is None or found is None or found[1].type != "organization":
            return None
        return Speaker(found[1], self.text[by.end() : found[0]])

    def sent_by(self, passage: int, at: int, noun: str) -> Speaker | None:
        """Who the thing that "the email" or "the mission" points back to came from, where the text
        said so ("an observer mission from the …", "The email, sent on May 2 by …")."""
        pattern = _from_re(noun)
        for p in range(passage, max(0, passage - _SOURCE_PASSAGES), -1):
            psg = self.passages[p - 1]
            found = list(pattern.finditer(self.text, psg.start, at if p == passage else psg.end))
            np = phrase_after(self.text, found[-1].end(), psg.end) if found else None
            named = self.index.named(p, *np) if np is not None else None
            if named is not None and named.actor is not None:
                return Speaker(named.actor, named.actor.name)
            if found:
                return None
        return None


@cache
def _from_re(noun: str) -> re.Pattern[str]:
    # (not "identified in the statement only by his first name": by a name, no sender)
    return re.compile(r"\b" + re.escape(noun) + r"\b[^.;:“”\"]{0,60}?\b(?:from|by)[ \t]+(?!(?:his|her|their)\b)",
                      re.IGNORECASE)
