"""The phrases that name speakers: a reporting verb's subject ("Roe said", "…, noted the Ledger's
Tom Poe"), also the one a later "he said" points back to, and the `Voice` made of a phrase. The
base of `Attribution`, with the state both read: the passages and their quotations so far."""

from __future__ import annotations

from briefterm.core.types import Passage
from briefterm.engine.lexicon.speech import Token, cue_regex, tokens_before
from briefterm.engine.passage_index import PassageIndex
from briefterm.engine.quotes.asides import inverted_subject
from briefterm.engine.quotes.clause_subject import clause_subject
from briefterm.engine.quotes.cues import CueReader, _Cue
from briefterm.engine.quotes.noun_phrases import Span, phrase_after, subject_before
from briefterm.engine.quotes.phrase_shapes import has_alnum
from briefterm.engine.quotes.speaker_words import QuotedSpans, asks_the_one, cannot_speak, fits_pronoun, pronoun_reading
from briefterm.engine.quotes.voices import Decision, Event, Voice
from briefterm.engine.sentences import sentence_spans

# Nobody in particular: "…, someone who had ever read a report." introduces no quotation.
_ANYONE = frozenset(("someone", "somebody", "anyone", "anybody", "no one", "nobody", "everyone", "everybody"))
_RELATIVE_REACH = 4  # words before a verb back to its "who" ("who has repeatedly called")
_REPORTED_LOOKBACK = 400  # how far back "he said" may find a reported speaker
_MAX_REPORTED_CUES = 4  # reporting verbs looked at there, newest first
_REPORTED_SUBJECT_CHARS = 400  # a reported speaker's phrase, with its apposition
_ADDRESSEE_WORDS = 4  # "told the local broadcaster RPP that"


class Reporters(CueReader):
    """Speaker phrases and their voices; what resolution needs later is left in `events`."""

    def __init__(self, text: str, passages: PassageIndex) -> None:
        super().__init__(text)
        self.passages = passages
        self.quoted = QuotedSpans()
        self.events: list[Event] = []

    def quoted_at(self, pos: int) -> bool:
        """Is `pos` inside a quotation (of a passage seen so far)?"""
        p = self.passages.at(pos)
        return p is not None and self.quoted.of(p.index).holds(pos)

    def _relative_before(self, lo: int, cue: _Cue) -> Token | None:
        """The "who" or "which" of the verb at `cue`, before it or its auxiliaries and adverbs."""
        for tok in reversed(tokens_before(self.text, cue.start, lo, _RELATIVE_REACH)):
            if tok.lower in ("who", "which") and not tok.is_acronym:
                return tok
            if tok.lower not in self.lex.auxiliaries and not tok.lower.endswith("ly"):
                return None
        return None

    def _thing(self, np: Span) -> bool:
        return cannot_speak(self.text[np[0] : np[1]])

    def _reporting_subject(self, lo: int, hi: int) -> tuple[Span, str] | None:
        """The speaker of the last reporting verb in text[lo:hi] (outside quotations) and the verb."""
        for m in reversed(list(cue_regex().finditer(self.text, lo, hi))[-_MAX_REPORTED_CUES:]):
            if self.quoted_at(m.start()):
                continue
            cue = self._cue(lo, m.start(), m.end())
            if cue is None or cue.form not in ("verb", "addressee", "source"):
                continue
            np = self._cue_subject(lo, hi, cue)
            if np is not None and self.text[np[0] : np[1]].lower() not in _ANYONE:
                return np, cue.label()
        return None

    def _cue_subject(self, lo: int, hi: int, cue: _Cue) -> Span | None:
        text = self.text
        if cue.form == "source":
            return phrase_after(text, cue.end, hi)
        if cue.prev is not None and cue.prev.text == ",":
            inverted = inverted_subject(text, cue.end, hi)  # "…, noted the Ledger's Tom Poe."
            if inverted is not None:
                return inverted
        np = subject_before(text, lo, cue.start)
        if np is None and (relative := self._relative_before(lo, cue)) is not None:
            np = subject_before(text, lo, relative.start)  # "One pensioner, who (had) said …"
        return np

    def _reported(self, passage: Passage, at: int, cls: str, gender: str | None,
                  verb: str | None) -> tuple[int, Voice] | None:
        """For "he"/"it": the newest subject of a reporting verb before `at` (speech reported
        without quotation marks counts: "A police spokeswoman said … . “…,” she said"), and where
        it stands for the pronoun: where it is named, or, where the pronoun's `verb` is that verb,
        where what it reports ends ("X wrote that his aide, Y, had … . “…,” he wrote": X's, not Y's)."""
        text = self.text
        first = self.passages[max(0, passage.index - 2)]
        lo = max(first.start, at - _REPORTED_LOOKBACK)
        for m in reversed(list(cue_regex().finditer(text, lo, at))[-_MAX_REPORTED_CUES:]):
            if self.quoted_at(m.start()):
                continue
            cue = self._cue(lo, m.start(), m.end())
            if cue is None or cue.form not in ("verb", "addressee", "source"):
                continue
            prev = cue.prev
            if prev is None and not self._opens_passage(cue.start):
                continue  # "“…,” said X" belongs to a quotation; "According to X, …" opens a passage
            if prev is not None and (prev.lower in self.lex.pronouns or self.quoted_at(prev.start)):
                continue  # "he said" points back itself; "“…,” said X" belongs to a quotation
            if gender is not None and asks_the_one(text, cue.end, gender):
                continue  # "a reporter asked him whether …. “…,” he said": the one asked answers
            if text[at - 2 : at] == ", " and len(sentence_spans(text, cue.end, at + 1)) == 1:
                continue  # "In a statement posted on its site, it said": a verb in the pronoun's opening phrase
            np = self._cue_subject(max(first.start, cue.start - _REPORTED_SUBJECT_CHARS), at, cue)
            if np is None:
                continue
            phrase = text[np[0] : np[1]]
            if phrase.lower() in self.lex.pronouns or not fits_pronoun(phrase, cls, gender) \
                    or np[0] < cue.start and self._reported_by_another(lo, np[0]):
                continue
            if self._subject_since(cue.end, at, cls, gender):
                return None  # "… called out, “…” The mayor went on. …, he said": the mayor, not the caller
            psg = self.passages.at(np[0]) or passage
            clause = sentence_spans(text, cue.end, at)[:1] if verb == cue.label() else []
            return clause[0][1] if clause else np[0], self._voice(psg, np)
        return None

    def _reported_by_another(self, lo: int, at: int) -> bool:
        """Does the subject at `at` open what an earlier verb reports ("X said his client denied …")?
        Then its speaker is X's, and "he" after it is X, not the client."""
        before = tokens_before(self.text, at, lo, 1)
        if before and before[-1].lower == "that":  # "X told the paper that …": the verb and its addressee
            before = tokens_before(self.text, before[-1].start, lo, _ADDRESSEE_WORDS + 1)
            return any(self._verb_at(lo, tok) for tok in before if tok.is_word)
        return bool(before) and self._verb_at(lo, before[-1])

    def _subject_since(self, lo: int, at: int, cls: str, gender: str | None) -> bool:
        """Does a later sentence before `at` open with a subject the pronoun may stand for?"""
        subjects = (clause_subject(self.text, s, e) for s, e in sentence_spans(self.text, lo, at)[1:])
        return any(np is not None and not self.quoted_at(np[0]) and fits_pronoun(self.text[np[0] : np[1]], cls, gender)
                   for np in subjects)

    def _opens_passage(self, pos: int) -> bool:
        return (psg := self.passages.at(pos)) is not None and not has_alnum(self.text[psg.start : pos])

    def _last_sentence(self, passage: Passage) -> tuple[int, int] | None:
        spans = sentence_spans(self.text, passage.start, passage.end)
        return spans[-1] if spans else None

    def _decision(self, passage: Passage, np: Span | None, cue: _Cue | None, cue_text: str | None = None) -> Decision:
        label = cue.label() if cue is not None else cue_text
        if np is None or self._thing(np):  # "a box labeled “…”": a thing speaks for nobody
            return Decision("direct", None, label)
        return Decision("direct", self._voice(passage, np, label), label)

    def _voice(self, passage: Passage, np: Span, verb: str | None = None) -> Voice:
        """The voice of the phrase text[np] (the subject of `verb`); for "he"/"she"/"it", with the
        subject of an earlier reporting verb it may point back to."""
        reading = pronoun_reading(self.text[np[0] : np[1]])  # "he", or "her" in "In her words,"
        reported = self._reported(passage, np[0], *reading, verb) if reading is not None else None
        voice = Voice(passage.index, np, reported)
        self.events.append(voice)
        return voice
