"""Quotations: spans, direct vs scare, and who speaks.

For each passage the marks are paired (`quote_marks`), the passage is split into
sentences that never break inside a quotation (`sentences`), and each outer
quotation is judged by the words around it in its sentence, its *frames*:

1. A naming word right before it ("a group called “…”", "the term “…”", "the film
   “Title”") -> scare.
2. A reporting verb right after it ("“…,” said Smith", "“…,” Smith said",
   "“…,” according to the agency", "“…,” he was quoted as saying") -> direct.
3. A reporting verb before it in the sentence ("Smith said “…”", "Smith told the
   court that, later, “…”", "…, adding “…”", "according to X, … “…”", "dismissed
   it as “…”") -> direct; but a naming verb with a name ("fans call her “the X”")
   -> scare.
4. Another quotation earlier in the same sentence with nothing reporting in
   between ("called it “a” and “b”") -> the same as that one.
5. A colon cue ("Smith on the talks: “…”") -> direct.
6. A quotation that is its whole sentence continues the speaker of the sentence
   before: its quotation, or its reporting verb ("Mayor X said the town had no
   power. “We …”"), or the paragraph it runs on from -> direct.
7. Anything else is the author's own use of quotation marks -> scare.
Nested quotations are scare. Speakers: `noun_phrases` finds the phrase,
`quote_speakers` turns it into an actor (by mention, name, pronoun or
description) and a name as the text gives it; "he said" also looks back at the
subjects of reporting verbs used without quotation marks.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from briefterm.core.types import Actor, Passage, Quote, QuoteKind
from briefterm.engine.gc_pause import gc_paused
from briefterm.engine.lexicon.speech import Lexicon, Token, cue_regex, is_possessive, lexicon, tokens, tokens_before
from briefterm.engine.passages import PassageIndex
from briefterm.engine.quotes.frames import Frame, dash_credit
from briefterm.engine.quotes.indirect import ReportIndex, reported_clause
from briefterm.engine.quotes.marks import QuoteSpan, first_mark, quote_spans
from briefterm.engine.quotes.noun_phrases import Span, clause_subject, phrase_after, subject_before
from briefterm.engine.quotes.roles import role_holder, role_words
from briefterm.engine.quotes.speakers import Speaker, SpeakerIndex, fits_pronoun
from briefterm.engine.sentences import sentence_spans

_PREPOSITIONS = frozenset(
    "in on of for with by from at about after before under over into through without against".split()
)
_BE_FORMS = frozenset("is are was were be been being am".split())
_CLAUSE_LINK_RE = re.compile(r";|,\s+and\b|\b(?:but|while|whereas|although|though|yet)\b", re.IGNORECASE)
_SPEECH_FORMS = ("verb", "participle", "addressee", "source")
_ALL_FORMS = (*_SPEECH_FORMS, "evaluative")
_RIGHT_BLOCKERS = frozenset("is are was were that which because but if than when while so".split())
_AUXILIARIES = frozenset("has have had he she it they we i".split())
_REFLEXIVES = ("itself", "themselves", "himself", "herself")
_RELATIVES = frozenset(("who", "which", "that"))
# Reporting verbs that are never nouns or adjectives, so "Another said" and "One told" are speech.
_ONLY_VERBS = frozenset(
    "said says told tells wrote writes asked asks explained replied insisted argued declared".split()
)
_RIGHT_CUE_WINDOW = 16  # words after a quotation in which "said X" may stand
_RIGHT_CUE_CHARS = 240
_NEAR_CHARS = 40  # how far back to look for the words before a cue
_CLAUSE_LOOKBACK = 600  # how far back a participle's subject may be
_REPORTED_LOOKBACK = 400  # how far back "he said" may find a reported speaker
_MAX_REPORTED_CUES = 4  # reporting verbs looked at there, newest first
_REPORTED_SUBJECT_CHARS = 400  # a reported speaker's phrase, with its apposition
_EDGE_PUNCT = ",:;.!?()[]\"'“”‘’—–-"
_LONG_QUOTE_WORDS = 4
_AGENT_ENDINGS = ("er", "ers", "or", "ors", "ist", "ists", "ian", "ians", "ant", "ants", "ent", "ents")
_ISSUER_TYPES = ("organization", "person", "country", "group")
_TRAILING_SUBJECT_WORDS = 4  # ", Jane Roe said." closing a sentence
_TRAILING_TAIL_WORDS = 16  # words after that verb before the sentence ends
_INHERIT_AFTER_SEMICOLON_WORDS = 3
# Reporting verbs that are also common nouns: after a determiner or preposition
# within two words ("in a blog post", "his latest comments") they are nouns.
_NOUN_LIKE = frozenset(
    """post posts tweet tweets note notes report reports comment comments claim claims remark remarks answer answers
    call calls reason reasons stress counter joke jokes quip quips vow vows pledge promise promises reply replies
    cry state states warning warnings statement""".split()
)


@dataclass(frozen=True)
class _Decision:
    kind: QuoteKind
    speaker: Speaker | None = None
    cue: str | None = None


_SCARE = _Decision("scare")
_WORD_BEFORE_RE = re.compile(r"([\w’'.-]+)[\s“\"‘']*$")
_OPENING_VERB_RE = re.compile(r"([A-Z][a-z]+)[ \t]+(?=[A-Z])")  # "Said Roe: …", "Added the mayor, …"
# A particle that turns a reporting verb into another verb: "add up", "tell apart", "say so".
_PARTICLE_AFTER_RE = re.compile(r"[ \t]+(?:up|apart|so|off)\b(?![ \t]+(?:to|that)\b)")

_NAME_BEFORE_RE = re.compile(r"[A-Z][\w’'.-]*[ \t]$")
_NAME_AFTER_RE = re.compile(r"[ \t][A-Z]")
_NICKNAME_MAX_WORDS = 3


def _nickname(text: str, q: QuoteSpan) -> bool:
    """A quoted nickname inside a person's name: Ernesto “Totoy” Villaflor."""
    words = text[q.start : q.end].split()
    if not 0 < len(words) <= _NICKNAME_MAX_WORDS or not all(w[:1].isupper() for w in words):
        return False
    return bool(_NAME_BEFORE_RE.search(text, max(0, q.open - 40), q.open)) and bool(
        _NAME_AFTER_RE.match(text, q.close + 1))


@dataclass(frozen=True)
class _Cue:
    start: int
    end: int
    text: str
    form: str  # verb | participle | addressee | source
    prev: Token | None  # the token just before it


def find_quotes(text: str, passages: PassageIndex, actors: Sequence[Actor]) -> list[Quote]:
    """Quotations of `text` in document order."""
    with gc_paused():
        return _QuoteFinder(text, passages, actors).run()


class _QuoteFinder:
    def __init__(self, text: str, passages: PassageIndex, actors: Sequence[Actor]) -> None:
        self.text = text
        self.passages = passages
        self.index = SpeakerIndex(text, passages, actors)
        self.reports = ReportIndex(text)
        self.lex = lexicon()
        self.quotes: list[Quote] = []
        # What the sentence before the current one left behind.
        self.prev_direct: _Decision | None = None  # its last direct quotation
        self.prev_sentence: tuple[int, int] | None = None
        self.run_on: _Decision | None = None  # a quotation left open at the end of the last passage
        self.prev_plain: Passage | None = None  # the passage before, when it had no quotations
        self._cue_seen: dict[int, _Cue | None] = {}

    def run(self) -> list[Quote]:
        for k, passage in enumerate(self.passages):
            if passage.kind == "boilerplate":
                self.prev_direct = self.prev_sentence = self.run_on = None
                continue
            nxt = self.passages[k + 1] if k + 1 < len(self.passages) else None
            self._passage(passage, first_mark(self.text, nxt.start, nxt.end) if nxt else "")
        self.quotes.sort(key=lambda q: q.start)  # indirect speech is found before a passage's quotations
        return self.quotes

    # --- one passage ------------------------------------------------------------------------
    def _passage(self, passage: Passage, next_opening: str) -> None:
        text = self.text
        spans = quote_spans(text, passage.start, passage.end, next_opening)
        if not spans:
            self.run_on = None
            self.prev_direct = None
            self.prev_sentence = None
            self.prev_plain = passage  # its last sentence is found only if a quotation needs it
            if self.reports.may_report(passage.start, passage.end):
                for ss, se in sentence_spans(text, passage.start, passage.end):
                    self._indirect(passage, ss, se)
            return
        outer = [s for s in spans if s.depth == 0]
        self.index.add_quoted(passage.index, [(s.open, s.close + 1) for s in outer])
        sentences = sentence_spans(text, passage.start, passage.end, [(s.open, s.close) for s in outer])
        decisions: dict[int, _Decision] = {}
        j = 0
        run_on, self.run_on = self.run_on, None
        for si, (ss, se) in enumerate(sentences):
            in_sentence: list[QuoteSpan] = []
            while j < len(outer) and outer[j].open < se:
                in_sentence.append(outer[j])
                j += 1
            last_direct: _Decision | None = None
            prev: _Decision | None = None
            if not in_sentence and self.reports.may_report(ss, se):
                self._indirect(passage, ss, se)
            for qi, q in enumerate(in_sentence):
                left_lo = in_sentence[qi - 1].close + 1 if qi else ss
                right_hi = in_sentence[qi + 1].open if qi + 1 < len(in_sentence) else se
                at_passage_start = si == 0 and qi == 0 and not text[passage.start : q.open].strip(" \t#>*-•")
                frame = Frame(ss, se, left_lo, right_hi)
                d = self._decide(passage, q, frame, prev, run_on if at_passage_start else None)
                decisions[q.open] = d
                prev = d
                if d.kind == "direct":
                    last_direct = d
                if not q.closed:
                    self.run_on = d
            self.prev_direct = last_direct
            self.prev_sentence = (ss, se)
        self.prev_plain = None
        for q in spans:
            d = decisions.get(q.open, _SCARE) if q.depth == 0 else _SCARE
            self._emit(passage, q, d)

    def _indirect(self, passage: Passage, ss: int, se: int) -> None:
        """Indirect speech in a sentence without quotation marks: "Roe said the pier would close"."""
        found = reported_clause(self.text, ss, se)
        if found is None:
            return
        speaker = self._speaker(passage, found.subject)
        self.quotes.append(Quote(
            text=self.text[found.start : found.end], kind="indirect",
            speaker=speaker.actor.id if speaker.actor else None, speaker_name=_shown_name(speaker),
            cue=found.cue, passage=passage.index, start=found.start, end=found.end))

    def _last_sentence(self, passage: Passage) -> tuple[int, int] | None:
        spans = sentence_spans(self.text, passage.start, passage.end)
        return spans[-1] if spans else None

    def _emit(self, passage: Passage, q: QuoteSpan, d: _Decision) -> None:
        speaker = d.speaker
        self.quotes.append(
            Quote(
                text=self.text[q.start : q.end],
                kind=d.kind,
                speaker=speaker.actor.id if speaker and speaker.actor else None,
                speaker_name=_shown_name(speaker),
                cue=d.cue,
                passage=passage.index,
                start=q.start,
                end=q.end,
            )
        )

    # --- the decision for one outer quotation --------------------------------------------------
    def _decide(
        self, passage: Passage, q: QuoteSpan, frame: Frame, prev: _Decision | None, run_on: _Decision | None
    ) -> _Decision:
        text = self.text
        ss, left_lo, right_hi = frame.sentence_start, frame.left_lo, frame.right_hi
        if text[q.open - 1 : q.open] == "=":
            return _SCARE  # markup left in the text: <tweet author="…">
        if _nickname(text, q) or self._named_by(left_lo, q.open, text[q.start : q.start + 1].isupper()):
            return _SCARE
        if _title_like(text[q.start : q.end]) and self._after_preposition(left_lo, q.open):
            return _SCARE  # "on “Meet the Voters,”", "CBS's “Evening Desk”": a programme's name
        credit = dash_credit(text, q.close, passage.end)
        if credit is not None:
            return self._said(passage, self._decision(passage, credit, None, cue_text="―"), q)
        right = self._right_cue(passage, q, right_hi)
        if right is not None:
            return self._said(passage, right, q)
        found = self._left_cue(passage, q, ss, left_lo)
        if found is not None:
            if _title_like(text[q.start : q.end]) and (
                    found.cue in self.lex.naming or self._after_determiner(left_lo, q.open)):
                return _SCARE  # "fans call her “the Harbour Express”", "at a “Town Hall” forum": names
            return self._said(passage, found, q)
        if prev is not None and self._continues(left_lo, q.open):
            return prev
        if run_on is not None:
            return run_on
        frame_text = text[left_lo : q.open].rstrip()
        if frame_text.endswith(":") and _has_alnum(frame_text):
            return self._colon(passage, left_lo, q)
        if self._alone(left_lo, q, right_hi):
            return self._whole_sentence(passage, q)
        trailing = self._trailing_cue(passage, q, frame.sentence_end)
        return self._said(passage, trailing, q) if trailing is not None else _SCARE

    def _word_before(self, lo: int, hi: int) -> str:
        m = _WORD_BEFORE_RE.search(self.text, max(lo, hi - _NEAR_CHARS), hi)
        return m.group(1).lower() if m else ""

    def _after_preposition(self, lo: int, hi: int) -> bool:
        word = self._word_before(lo, hi)
        return word in _PREPOSITIONS or word.endswith(("'s", "’s"))

    def _after_determiner(self, lo: int, hi: int) -> bool:
        return self._word_before(lo, hi) in ("a", "an", "the")

    def _trailing_cue(self, passage: Passage, q: QuoteSpan, se: int) -> _Decision | None:
        """A sentence that ends by saying whose words it holds: "A clerk who “…” is fired, Roe
        said." / "“…” to push the price up, she said, citing …"."""
        text = self.text
        for m in cue_regex().finditer(text, q.close + 1, se):
            cue = self._cue(q.close + 1, m.start(), m.end())
            if cue is None or cue.form != "verb":
                continue
            comma = text.rfind(",", q.close + 1, cue.start)
            subject = text[comma + 1 : cue.start].split() if comma >= 0 else []
            if not 1 <= len(subject) <= _TRAILING_SUBJECT_WORDS or self.index.quoted_at(comma):
                continue
            if not (subject[0].lower() in ("he", "she", "they", "it") or _name_tail(" ".join(subject))):
                continue
            if len(text[cue.end : se].split()) > _TRAILING_TAIL_WORDS:
                return None
            np = subject_before(text, comma + 1, cue.start)
            return self._decision(passage, np, cue) if np is not None else None
        return None

    def _continues(self, lo: int, hi: int) -> bool:
        """Nothing but a few linking words since the last quotation ("and", "; and, later,")."""
        semi = self.text.rfind(";", lo, hi)
        if semi < 0:
            return True
        return sum(t.is_word for t in tokens(self.text, semi + 1, hi)) <= _INHERIT_AFTER_SEMICOLON_WORDS

    def _said(self, passage: Passage, d: _Decision, q: QuoteSpan) -> _Decision:
        if d.speaker is not None:
            self.index.add_said(passage.index, q.open, d.speaker)
        return d

    def _named_by(self, lo: int, hi: int, capitalised: bool) -> bool:
        """A naming word right before the quotation: "called “…”", "the term “…”", "known as “…”",
        or a named thing before a capitalised quotation: "the film “Harbour Lights”"."""
        tail = self.text[max(lo, hi - _NEAR_CHARS) : hi].rstrip()
        if not tail or not (tail[-1].isalnum() or tail[-1] in ",:"):
            return False
        words = [w.strip(_EDGE_PUNCT).lower() for w in tail.split()[-3:]]
        words = [w for w in words if w]
        if not words:
            return False
        last = words[-1]
        if last in ("as", "the", "a", "an", *_REFLEXIVES) and len(words) > 1 and words[-2] in self.lex.naming:
            # "known as “…”", "calls itself “…”", "what they call the “…”"; but a named speaker's
            # words are speech: "what he called a “…”", "Roe called the “…”".
            raw = tail.split()[-3:]
            return not (last in ("a", "an", "the") and len(raw) == 3 and _speaker_word(raw[0]))
        if capitalised and last in self.lex.named_things:
            return True
        if last not in self.lex.naming:
            return False
        # "he called “…”" and "has called “…”" report speech; "a group called “…”" names.
        return not (len(words) > 1 and words[-2] in _AUXILIARIES)

    def _alone(self, left_lo: int, q: QuoteSpan, right_hi: int) -> bool:
        text = self.text
        return not _has_alnum(text[left_lo : q.open]) and not _has_alnum(text[q.close + 1 : right_hi])

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
            if cue is not None and not (cue.prev is not None and cue.prev.lower in _RELATIVES):
                return cue
        return None

    def _last_cue(self, lo: int, hi: int, forms: tuple[str, ...] = _ALL_FORMS) -> _Cue | None:
        for m in reversed(list(cue_regex().finditer(self.text, lo, hi))):
            cue = self._cue(lo, m.start(), m.end())
            if cue is not None and cue.form in forms:
                return cue
        return None

    def _cue(self, lo: int, start: int, end: int) -> _Cue | None:
        """The reporting word at text[start:end] if it is used as one (judged once per offset:
        the same verb is looked at for its quotation, a later participle and "he said")."""
        if start in self._cue_seen:
            return self._cue_seen[start]
        cue = self._judge_cue(lo, start, end)
        self._cue_seen[start] = cue
        return cue

    def _judge_cue(self, lo: int, start: int, end: int) -> _Cue | None:
        text, lex = self.text, self.lex
        word = text[start:end]
        low = " ".join(word.lower().split())
        before = tokens_before(text, start, lo, 2)
        prev = before[-1] if before else None
        if " " in low or low == "per":
            if low == "per" and not self._per_source(end):
                return None
            return _Cue(start, end, low, "source", prev)
        if _PARTICLE_AFTER_RE.match(text, end):
            return None  # "did not add up", "spoke out of turn": not reporting words
        if prev is not None and prev.is_word:
            pl = prev.lower
            if pl in lex.determiners and low not in _ONLY_VERBS or is_possessive(text, prev):
                return None  # "a post", "Russia's stated aim"; but "Another said"
            if pl in _PREPOSITIONS or pl in _BE_FORMS:
                return None  # "in remarks", "was told"
            if low in ("read", "reads") and pl not in lex.statement_nouns:
                return None
            if low in _NOUN_LIKE and len(before) > 1 and self._noun_context(before[0]):
                return None  # "in a blog post", "his latest comments"
        elif low in ("read", "reads"):
            return None
        if low in lex.evaluative:
            # "dismissed the claims as “…”": speech only when "as" brings the quotation.
            return _Cue(start, end, word, "evaluative", prev)
        form = "addressee" if low in lex.addressee else "participle" if low.endswith("ing") else "verb"
        return _Cue(start, end, word, form, prev)

    def _per_source(self, end: int) -> bool:
        """"per Reuters", "per the agency" name a source; "per cent", "per day" do not."""
        nxt = tokens(self.text, end, min(len(self.text), end + _NEAR_CHARS))[:1]
        return bool(nxt) and (nxt[0].is_cap or nxt[0].lower in ("the", "a", "an"))

    def _noun_context(self, tok: Token) -> bool:
        low = tok.lower
        return low in self.lex.determiners or low in _PREPOSITIONS or is_possessive(self.text, tok)

    def _right_cue(self, passage: Passage, q: QuoteSpan, hi: int) -> _Decision | None:
        """“…,” said Smith / “…,” Smith said / “…,” according to the agency."""
        text = self.text
        lo = q.close + 1
        frame = text[lo : min(hi, lo + 4)].lstrip()
        last_inside = text[q.end - 1] if q.end > q.start else ""
        if not (last_inside in ",.?!…—–-:" or frame[:1] in ",—–-"):
            return None
        limit = min(hi, lo + _RIGHT_CUE_CHARS)
        semi = text.find(";", lo, limit)
        if semi >= 0:
            limit = semi
        cue = self._first_cue(lo, limit)
        if cue is None or cue.form == "evaluative":
            return None
        if cue.form == "participle":
            # "“…,” he was quoted as saying": the clause's subject speaks.
            if cue.prev is None or cue.prev.lower != "as":
                return None
            np = clause_subject(text, lo, cue.start)
            return self._decision(passage, np, cue) if np else None
        before = text[lo : cue.start]
        if not _has_alnum(before):
            if cue.form == "addressee":
                return None
            np = phrase_after(text, cue.end, hi, allow_by=True)
            return self._decision(passage, np, cue) if np else None
        words = before.split()
        if len(words) > _RIGHT_CUE_WINDOW or any(w.strip(",—–-").lower() in _RIGHT_BLOCKERS for w in words):
            return None
        if cue.form == "source":
            np = phrase_after(text, cue.end, hi)
        else:
            np = subject_before(text, lo, cue.start)
        return self._decision(passage, np, cue) if np else None

    def _left_cue(self, passage: Passage, q: QuoteSpan, ss: int, lo: int) -> _Decision | None:
        """Smith said “…” / Smith told the court that, later, “…” / …, adding “…” / according to X, “…”."""
        text = self.text
        as_before = text[lo : q.open].rstrip(" ,:“\"‘'").split()[-1:] == ["as"]
        forms = _ALL_FORMS if as_before else _SPEECH_FORMS
        cue = self._last_cue(lo, q.open, forms)
        if cue is None:
            return None
        if cue.form == "evaluative":
            cue = _Cue(cue.start, cue.end, cue.text, "verb", cue.prev)
        if ";" in text[cue.end : q.open]:
            return None
        if cue.form == "source":
            np = phrase_after(text, cue.end, q.open)
            return self._decision(passage, np, cue) if np else None
        if cue.form == "participle" or (cue.prev is not None and cue.prev.lower == "to"):
            return self._participle(passage, ss, lo, cue)  # "…, adding “…”", "went on to say “…”"
        np = subject_before(text, lo, cue.start)
        if np is None and cue.prev is not None and cue.prev.lower in ("who", "which"):
            np = subject_before(text, lo, cue.prev.start)
        if np is None and cue.form == "verb":
            np = phrase_after(text, cue.end, q.open)
        if np is not None and self._thing(np):
            # "Roe said the spate of protests demands “…”": the thing speaks for nobody; the verb
            # before it in the sentence tells who does.
            earlier = self._last_cue(max(ss, lo), cue.start, ("verb", "addressee"))
            found = subject_before(text, max(ss, lo), earlier.start) if earlier is not None else None
            np = found or np
        return self._decision(passage, np, cue) if np else _Decision("direct", None, cue.text.lower())

    def _thing(self, np: Span) -> bool:
        """A phrase that cannot speak: no name, no pronoun, no noun for a person or a body."""
        words = self.text[np[0] : np[1]].split()
        if any(w[:1].isupper() for w in words):
            return False
        head = words[-1].strip(".,").lower()
        lex = self.lex
        return not (head in lex.pronouns or head in lex.person_nouns or head in lex.titles or head in lex.kind_nouns
                    or head in lex.statement_nouns or head.rstrip("s") in lex.statement_nouns
                    or head in lex.female_nouns or head in lex.male_nouns or head.endswith(_AGENT_ENDINGS))

    def _participle(self, passage: Passage, ss: int, lo: int, cue: _Cue) -> _Decision:
        """“…, adding …”: the participle's subject is the clause's (or the earlier verb's)."""
        text = self.text
        if cue.prev is not None and cue.prev.is_word and cue.prev.start >= lo:
            np = subject_before(text, lo, cue.start)  # "with one poster writing “…”"
            if np is not None:
                return self._decision(passage, np, cue)
        # An earlier reporting verb in the sentence speaks for it.
        ss = max(ss, cue.start - _CLAUSE_LOOKBACK)
        earlier = self._last_cue(ss, cue.start, ("verb", "addressee"))
        if earlier is not None:
            np = subject_before(text, ss, earlier.start)
            if np is not None:
                return self._decision(passage, np, cue)
        start = self._clause_start(ss, cue.start)
        np = clause_subject(text, start, cue.start)
        return self._decision(passage, np, cue) if np else _Decision("direct", None, cue.text.lower())

    def _clause_start(self, ss: int, end: int) -> int:
        """Where the clause holding offset `end` begins: after ";", "but", ", and", "while"."""
        start = ss
        for m in _CLAUSE_LINK_RE.finditer(self.text, ss, end):
            start = m.end()
        return start

    def _colon(self, passage: Passage, lo: int, q: QuoteSpan) -> _Decision:
        """ "Smith on the talks: “…”" -> Smith; "Their motto: “…”" is a name, so scare."""
        opening = _OPENING_VERB_RE.match(self.text, self._skip_space(lo, q.open), q.open)
        if opening is not None and opening.group(1).lower() in self.lex.speech:
            np = phrase_after(self.text, opening.end(1), q.open)  # "Said Roe: “…”"
        else:
            np = clause_subject(self.text, lo, q.open)
        if np is None:
            return _Decision("direct", None, ":")
        head = self.text[np[0] : np[1]].split()[-1].lower()
        if head in self.lex.naming:
            return _SCARE
        return self._said(passage, self._decision(passage, np, None, cue_text=":"), q)

    def _skip_space(self, lo: int, hi: int) -> int:
        while lo < hi and not self.text[lo].isalnum():
            lo += 1
        return lo

    def _whole_sentence(self, passage: Passage, q: QuoteSpan) -> _Decision:
        """A quotation standing as its own sentence: the words of whoever the sentence before
        quoted or reported ("Mayor X said the town had no power. “We evacuated …”")."""
        if self.prev_direct is not None:
            return self.prev_direct
        prev = self.prev_sentence
        if prev is None and self.prev_plain is not None:
            prev = self._last_sentence(self.prev_plain)
        if prev is not None:
            pp = self.passages.at(prev[0]) or passage
            found = self._reporting_subject(prev[0], prev[1])
            if found is not None:
                np, cue_text = found
                return self._said(passage, self._decision(pp, np, None, cue_text=cue_text), q)
            if self.text[prev[1] - 1] == ":":
                opening = clause_subject(self.text, prev[0], prev[1])
                if opening is not None:
                    return self._said(passage, self._decision(pp, opening, None, cue_text=":"), q)
        words = len(self.text[q.start : q.end].split())
        return _Decision("direct") if words >= _LONG_QUOTE_WORDS else _SCARE

    def _reporting_subject(self, lo: int, hi: int) -> tuple[Span, str] | None:
        """The speaker of the last reporting verb in text[lo:hi] (outside quotations) and the verb."""
        for m in reversed(list(cue_regex().finditer(self.text, lo, hi))[-_MAX_REPORTED_CUES:]):
            if self.index.quoted_at(m.start()):
                continue
            cue = self._cue(lo, m.start(), m.end())
            if cue is None or cue.form not in ("verb", "addressee", "source"):
                continue
            np = self._cue_subject(lo, hi, cue)
            if np is not None:
                return np, " ".join(cue.text.lower().split())
        return None

    def _cue_subject(self, lo: int, hi: int, cue: _Cue) -> Span | None:
        text = self.text
        if cue.form == "source":
            return phrase_after(text, cue.end, hi)
        if cue.prev is not None and cue.prev.text == ",":
            inverted = self._inverted_subject(cue, hi)  # "…, noted the Ledger's Tom Poe."
            if inverted is not None:
                return inverted
        np = subject_before(text, lo, cue.start)
        if np is None and cue.prev is not None and cue.prev.lower in ("who", "which"):
            np = subject_before(text, lo, cue.prev.start)  # "One pensioner, who said …"
        return np

    def _reported(self, passage: Passage, at: int, cls: str, gender: str | None) -> tuple[int, Speaker] | None:
        """For "he"/"it": the newest subject of a reporting verb before `at` (speech reported
        without quotation marks counts: "A police spokeswoman said … . “…,” she said")."""
        text = self.text
        first = self.passages[max(0, passage.index - 2)]
        lo = max(first.start, at - _REPORTED_LOOKBACK)
        for m in reversed(list(cue_regex().finditer(text, lo, at))[-_MAX_REPORTED_CUES:]):
            if self.index.quoted_at(m.start()):
                continue
            cue = self._cue(lo, m.start(), m.end())
            if cue is None or cue.form not in ("verb", "addressee", "source"):
                continue
            prev = cue.prev
            if prev is None and not self._opens_passage(cue.start):
                continue  # "“…,” said X" belongs to a quotation; "According to X, …" opens a passage
            if prev is not None and (prev.lower in self.lex.pronouns or self.index.quoted_at(prev.start)):
                continue  # "he said" points back itself; "“…,” said X" belongs to a quotation
            np = self._cue_subject(max(first.start, cue.start - _REPORTED_SUBJECT_CHARS), at, cue)
            if np is None:
                continue
            phrase = text[np[0] : np[1]]
            if phrase.lower() in self.lex.pronouns or not fits_pronoun(phrase, cls, gender):
                continue
            psg = self.passages.at(np[0]) or passage
            return np[0], self._speaker(psg, np)
        return None

    def _inverted_subject(self, cue: _Cue, hi: int) -> Span | None:
        """The named phrase after a reporting verb that ends its sentence: "…, said Jane Roe."."""
        np = phrase_after(self.text, cue.end, hi)
        words = self.text[np[0] : np[1]].split() if np is not None else []
        if np is None or not words[-1][:1].isupper() or sum(not w[:1].isupper() for w in words) > 1:
            return None  # a name ends it: "the Ledger's Tom Poe", not "Roe's plan failed badly"
        rest = self.text[np[1] : np[1] + 2].lstrip(" ")
        return np if rest[:1] in (".", "\n", "") else None

    def _opens_passage(self, pos: int) -> bool:
        psg = self.passages.at(pos)
        return psg is not None and not _has_alnum(self.text[psg.start : pos])

    # --- from a phrase to a speaker --------------------------------------------------------------
    def _decision(self, passage: Passage, np: Span | None, cue: _Cue | None, cue_text: str | None = None) -> _Decision:
        label = " ".join(cue.text.lower().split()) if cue is not None else cue_text
        if np is None:
            return _Decision("direct", None, label)
        return _Decision("direct", self._speaker(passage, np), label)

    def _speaker(self, passage: Passage, np: Span) -> Speaker:
        who = self._who(passage, np)
        return Speaker(who.actor, who.name, np)

    def _who(self, passage: Passage, np: Span) -> Speaker:
        s, e = np
        phrase = self.text[s:e]
        words = phrase.lower().split()
        if len(words) == 1 and words[0] in self.lex.pronouns:
            low = words[0]
            cls = self.lex.pronouns[low]
            gender = low if low in ("he", "she") else None
            reported = self._reported(passage, s, cls, gender) if cls != "author" else None
            return self.index.pronoun(passage.index, s, phrase, reported)
        if len(words) == 2 and words[0] in ("the", "this", "that") and words[1] in self.lex.kind_nouns:
            # "The city argued" points back; "the interior ministry" describes a body of its own.
            if not phrase.split()[1][:1].isupper():
                return self.index.described(passage.index, s, phrase, self.lex.kind_nouns[words[1]])
        if words[-1].strip(".,").rstrip("s") in self.lex.statement_nouns and not _name_tail(phrase):
            # "a statement said", "the report added": whoever issued it
            issuer = self.index.described(passage.index, e, phrase, _ISSUER_TYPES)
            if issuer.actor is not None:
                return issuer
        roles = role_words(phrase)
        if roles:
            holder = role_holder(self.text, s, self.index.persons_before(passage.index, s), roles)
            if holder is None:
                holder = self.index.salient_person(passage.index, s, _gender_of(words, self.lex))
            if holder is not None:
                return Speaker(holder, phrase)
        return self.index.named(passage.index, s, e)


def _speaker_word(word: str) -> bool:
    """A word that names who speaks: "he", "she", or a capitalised name ("Roe")."""
    w = word.strip(_EDGE_PUNCT)
    return w.lower() in ("he", "she") or (w[:1].isupper() and w.lower() not in lexicon().function_caps)


def _gender_of(words: list[str], lex: Lexicon) -> str | None:
    """ "he"/"she" when a word of the phrase says so ("the congresswoman"), else None."""
    if any(w in lex.female_nouns for w in words):
        return "she"
    if any(w in lex.male_nouns for w in words):
        return "he"
    return None


def _name_tail(phrase: str) -> list[str]:
    """The capitalised words ending a phrase, after any possessive: "the Ledger's Tom Poe" ->
    ["tom", "poe"]."""
    out: list[str] = []
    for w in reversed(phrase.replace(".", " ").split()):
        if not w[:1].isupper() or w.endswith(("'s", "’s")):
            break
        out.append(w.lower())
    return out[::-1]


def _shown_name(speaker: Speaker | None) -> str | None:
    """One person is named the same way throughout: by the actor's full name ("Mr. Roe" and
    "Roe" are Jane Roe); anyone else as the text names them."""
    if speaker is None:
        return None
    actor = speaker.actor
    if actor is not None and actor.type == "person":
        full = set(actor.name.lower().replace(".", " ").split())
        tail = _name_tail(speaker.name)
        if tail and all(w in full for w in tail):
            return actor.name  # "the Ledger's Tom Poe", "Sen. Roe" -> "Tom Poe", "Jane Roe"
        titles = lexicon().titles
        words = [w for w in speaker.name.lower().replace(".", " ").split() if w not in titles]
        if words and all(w in full for w in words):
            return actor.name  # "Roe", "Mr. Roe" -> "Jane Roe"; a pronoun keeps the actor's name too
        if speaker.name.lower() in lexicon().pronouns or role_words(speaker.name):
            return actor.name  # "he", "the Vermont senator" resolved to a person
    return speaker.name


_TITLE_MAX_CHARS = 80
_SMALL_WORDS = frozenset("a an the of and or in on at to for de la von van".split())


def _title_like(quoted: str) -> bool:
    """A short quotation whose words are capitalised, as a name or title is ("the Harbour Express")."""
    if len(quoted) > _TITLE_MAX_CHARS:
        return False
    words = [w for w in quoted.split() if w.lower() not in _SMALL_WORDS]
    return 0 < len(words) <= 6 and all(w[:1].isupper() or w[:1].isdigit() for w in words)


def _has_alnum(s: str) -> bool:
    return any(c.isalnum() for c in s)
