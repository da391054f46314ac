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
Nested quotations are scare. Speakers: `noun_phrases` finds the phrase, a `Voice`;
"he said" also looks back at the subjects of reporting verbs used without quotation
marks. All this needs the text alone (`read_quotes`); `voices` then turns each voice
into an actor (by mention, name, pronoun or description) and a name as the text gives
it, once the actors are known.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefterm.core.types import Actor, Passage, Quote
from briefterm.engine.gc_pause import gc_paused
from briefterm.engine.lexicon.speech import cue_regex, tokens
from briefterm.engine.lexicon.words import lexicon
from briefterm.engine.passage_index import PassageIndex
from briefterm.engine.quotes.asides import aside_voice, named_apposition
from briefterm.engine.quotes.attribution import _EDGE_PUNCT, Attribution
from briefterm.engine.quotes.clause_subject import clause_subject
from briefterm.engine.quotes.cues import _NEAR_CHARS, _SPEECH_FORMS
from briefterm.engine.quotes.frames import Frame, dash_credit
from briefterm.engine.quotes.indirect import ReportIndex, reported_clause
from briefterm.engine.quotes.marks import QuoteSpan, first_mark, quote_spans
from briefterm.engine.quotes.noun_phrases import subject_before
from briefterm.engine.quotes.phrase_shapes import has_alnum, opens_in_a_statement
from briefterm.engine.quotes.speaker_words import name_tail
from briefterm.engine.quotes.voices import SCARE, Decision, Found, QuoteReading, voiced_quotes
from briefterm.engine.sentences import sentence_spans

_INHERIT_AFTER_SEMICOLON_WORDS = 3
_SAID_NOT_NAMED_WORDS = 4  # "called “…”" after an office holder: a name is shorter than this

# "an offer that the union's two members called “…”", "…, which its manager, Ana Roe, called “…”": "called"
# has a subject of its own, so the quotation is someone's words (but "a plan that is called", "that was later called")
_SUBJECT_CALLED_RE = re.compile(
    r"(?:\b(?:that|which)[ \t]+(?!(?:is|was|are|were|be|been|being|has|have|had|later|also|once|often)\b)"
    r"[\w’'.-]+\b[^.;:!?“”\"]{0,60}?"
    r"|[A-Z][\w’'.-]*,)[ \t]+called[ \t]*$")
_REPORTER_BEFORE_CALLED = frozenset("has have had he she it they we i".split())  # "he called “…”"

_REFLEXIVES = ("itself", "themselves", "himself", "herself")
_NAMING_OBJECTS = ("as", "the", "a", "an", *_REFLEXIVES)  # "known as", "calls itself"

_OPENED_BY_CUE_RE = re.compile(r"(?:[ \t]+(?:out|back|up))?[ \t]*[,:][ \t]*")  # "called out, “…”"
# A name people have taken up: "crews took to calling the shift “…”", "have long called them “…”",
# "began calling the day “…”" is a label, nobody's words.
_HABIT_RE = re.compile(r"\b(?:(?:take|takes|took|taken|taking)[ \t]+to[ \t]+(?:call|calling)"
                       r"|long[ \t]+(?:call|calls|called)"
                       r"|(?:begin|begins|began|begun|start|starts|started)[ \t]+(?:calling|to[ \t]+call))\b", re.I)
# "villagers call it “…”": a name they use (but a headline's present tense tells news: "Senators call X ‘…’")
_PEOPLE_CALL_RE = re.compile(r"\b(?:they|we|who|[a-z]+s)[ \t]+call\b", re.I)

# A name in use, not a speaker's words: "known in Lisbon as the “…”", "which families know simply
# as “…”"; "growers have dubbed the levy the “…”" (dubbing names, whatever stands between);
# "the texts referred to the deals as “…”".
# "known as", "dubbed", "referred to … as" right before a quotation (one pattern: one scan)
_NAME_IN_USE_RE = re.compile(
    r"\b(?:know[ns]?(?:[ \t]+[\w’'-]+){0,3}[ \t]+as(?:[ \t]+(?:the|a|an))?"
    r"|(?:dub|dubs|dubbed|nickname[sd]?|christen(?:s|ed)?)(?:[ \t]+[\w’'-]+){0,4}"
    r"|refer(?:s|red|ring)?[ \t]+to(?:[ \t]+[\w’'-]+){1,8}[ \t]+as(?:[ \t]+(?:the|a|an))?)[ \t“\"‘']*$",
    re.I,
)
# A piece of each word that opens _NAME_IN_USE_RE, to look for in the lower-cased text first (the
# pattern's search tries every offset). None holds an i, s or k, the letters that re's ignore-case
# also matches to characters that lower() does not make them.
_NAME_IN_USE_KEYS = ("now", "dub", "nam", "chr", "efer")

_NAME_FOR_RE = re.compile(r"\b(?:a|the|their|its|his|her)[ \t]+(?:own[ \t]+)?(?:name|term|nickname)[ \t]+for\b")
# "… was brief when reporters asked whether she would meet them: “…”": her answer
_ASKED_WHETHER_RE = re.compile(r"\bask(?:ed|s)?\b[^.;:“”\"]{0,40}?\b(?:whether|if)[ \t]+(he|she)\b[^.;“”\"]*:[ \t]*$")
# "Asked by the moderator, Ana Roe, “…?”": the question is the asker's, whoever answers after it
_ASKED_BY_RE = re.compile(r"\bAsked[ \t]+by[ \t]+([^.;:“”\"]{2,80}?),?[ \t]*$")
_TRAILING_SUBJECT_WORDS = 4  # ", Jane Roe said." closing a sentence

_TRAILING_TAIL_WORDS = 16  # words after that verb before the sentence ends

_WORD_BEFORE_RE = re.compile(r"([\w’'.-]+)[\s“\"‘']*$")

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


def find_quotes(text: str, passages: PassageIndex, actors: Sequence[Actor]) -> list[Quote]:
    """Quotations of `text` in document order, each with its speaker among `actors`."""
    return voiced_quotes(read_quotes(text, passages), text, passages, actors)


def read_quotes(text: str, passages: PassageIndex, first: int = 0, stop: int | None = None) -> QuoteReading:
    """What the text alone says of the quotations of passages[first:stop]: which are speech,
    and the phrase that names each speaker (no actors needed: this may run while they are being
    found). A reading that starts at a `fresh_start` finds what a reading of the whole text
    finds there."""
    with gc_paused():
        return _QuoteFinder(text, passages, first, stop).run()


class _QuoteFinder(Attribution):
    def __init__(self, text: str, passages: PassageIndex, first: int, stop: int | None) -> None:
        super().__init__(text, passages)
        self.first, self.stop = first, len(passages) if stop is None else stop
        lo = passages[first].start if first < len(passages) else len(text)
        hi = passages[self.stop - 1].end if self.stop else 0
        self.reports = ReportIndex(text, lo, hi)
        self.found: list[Found] = []
        self.run_on: Decision | None = None  # a quotation left open at the end of the last passage
        if first:
            self.prev_plain = passages[first - 1]  # as a reading of the passages before leaves it

    def run(self) -> QuoteReading:
        for k in range(self.first, self.stop):
            passage = self.passages[k]
            if passage.kind == "boilerplate":
                self.run_on = None
                self._forget_speaker()
                self._remember(None, None, self.prev_plain)
                continue
            nxt = self.passages[k + 1] if k + 1 < len(self.passages) else None
            self._passage(passage, first_mark(self.text, nxt.start, nxt.end) if nxt else "")
        return QuoteReading(self.found, self.events, self.quoted)

    # --- one passage ------------------------------------------------------------------------
    def _passage(self, passage: Passage, next_opening: str) -> None:
        text = self.text
        spans = quote_spans(text, passage.start, passage.end, next_opening)
        if not spans:
            self.run_on = None
            self._forget_speaker()
            # the passage's last sentence is found only if a quotation needs it
            self._remember(None, None, passage)
            if self.reports.may_report(passage.start, passage.end):
                for ss, se in sentence_spans(text, passage.start, passage.end):
                    self._indirect(passage, ss, se)
            return
        outer = [s for s in spans if s.depth == 0]
        self.quoted.add(passage.index, [(s.open, s.close + 1) for s in outer])
        sentences = sentence_spans(text, passage.start, passage.end, [(s.open, s.close) for s in outer])
        decisions: dict[int, Decision] = {}
        j = 0
        run_on, self.run_on = self.run_on, None
        for si, (ss, se) in enumerate(sentences):
            in_sentence: list[QuoteSpan] = []
            while j < len(outer) and outer[j].open < se:
                in_sentence.append(outer[j])
                j += 1
            last_direct: Decision | None = None
            prev: Decision | None = None
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
            if last_direct is not None:
                self._heard(last_direct)
            self._remember(last_direct, (ss, se), self.prev_plain)
        self._remember(self.prev_direct, self.prev_sentence, None)
        for q in spans:
            d = decisions.get(q.open, SCARE) if q.depth == 0 else SCARE
            self._emit(passage, q, d)

    def _indirect(self, passage: Passage, ss: int, se: int) -> None:
        """Indirect speech in a sentence without quotation marks: "Roe said the pier would close"."""
        found = reported_clause(self.text, ss, se)
        if found is None:
            return
        voice = self._voice(passage, found.subject)
        self.found.append((passage.index, found.start, found.end, "indirect", found.cue, voice))

    def _emit(self, passage: Passage, q: QuoteSpan, d: Decision) -> None:
        self.found.append((passage.index, q.start, q.end, d.kind, d.cue, d.speaker))

    # --- the decision for one outer quotation --------------------------------------------------
    def _decide(
        self, passage: Passage, q: QuoteSpan, frame: Frame, prev: Decision | None, run_on: Decision | None
    ) -> Decision:
        """Speech, with the phrase naming its speaker, or scare: by the cues beside the quotation,
        else by an aside of its sentence ("The arrests, she said, marked “…”")."""
        decided = self._decide_by_cues(passage, q, frame, prev, run_on)
        if decided.kind != "scare" or _title_like(self.text[q.start : q.end]):
            return decided
        aside = aside_voice(self.text, frame.sentence_start, q.open, q.close, frame.sentence_end)
        if aside is None:
            return decided
        return self._said(passage, self._decision(passage, aside[0], None, cue_text=aside[1]), q)

    def _cried_out(self, q: QuoteSpan, lo: int) -> bool:
        """Is the quotation opened by a reporting verb and its comma or colon, and closed by its own
        "!" or "?" before a sentence that starts anew?"""
        text = self.text
        inside = text[q.start : q.end].rstrip("’'”\"")
        if not inside.endswith(("!", "?")) or not text[q.close + 1 : q.close + 4].lstrip()[:1].isupper():
            return False
        cue = self._last_cue(lo, q.open, _SPEECH_FORMS)
        return cue is not None and _OPENED_BY_CUE_RE.fullmatch(text, cue.end, q.open) is not None

    def _decide_by_cues(
        self, passage: Passage, q: QuoteSpan, frame: Frame, prev: Decision | None, run_on: Decision | None
    ) -> Decision:
        text = self.text
        ss, left_lo, right_hi = frame.sentence_start, frame.left_lo, frame.right_hi
        if text[q.open - 1 : q.open] == "=":
            return SCARE  # markup left in the text: <tweet author="…">
        if _nickname(text, q) or self._named_by(left_lo, q.open, text[q.start : q.start + 1].isupper(),
                                                len(text[q.start : q.end].split())):
            return SCARE
        if _title_like(text[q.start : q.end]) and self._after_preposition(left_lo, q.open):
            return SCARE  # "on “Meet the Voters,”", "CBS's “Evening Desk”": a programme's name
        credit = dash_credit(text, q.close, passage.end)
        if credit is not None:
            return self._said(passage, self._decision(passage, credit, None, cue_text="―"), q)
        asked = _ASKED_BY_RE.search(text, left_lo, q.open) if text[q.start : q.end].rstrip(" ,")[-1:] == "?" else None
        if asked is not None:  # (no "said" to point back to: "he" after it is the one asked)
            return self._decision(passage, asked.span(1), None, cue_text="asked")
        right = self._right_cue(passage, q, right_hi)
        if right is not None and self._cried_out(q, left_lo):
            right = None  # "a man called out, “Answer it!” Ms. Roe asked the crowd …": the man's
        found = self._left_cue(passage, q, ss, left_lo) if right is None or right.cue == "according to" else None
        if right is not None and (found is None or found.speaker is None):
            return self._said(passage, right, q)  # but "Roe told them it was “…,” according to an aide": Roe's
        if found is not None and found.cue in self.lex.naming and (_HABIT_RE.search(text, left_lo, q.open) or (
                passage.kind != "heading" and _PEOPLE_CALL_RE.search(text, left_lo, q.open))):
            return SCARE
        if found is not None and (asked := _ASKED_WHETHER_RE.search(text, left_lo, q.open)) is not None:
            found = self._decision(passage, asked.span(1), None, cue_text=":")  # the one asked answers
        if found is not None:
            if _title_like(text[q.start : q.end]) and (
                    found.cue in self.lex.naming or self._after_determiner(left_lo, q.open)):
                return SCARE  # "fans call her “the Harbour Express”", "at a “Town Hall” forum": names
            return self._said(passage, found, q)
        if prev is not None and prev.cue != "asked" and self._continues(left_lo, q.open):  # (not the asker's answer)
            return prev
        if run_on is not None:
            return run_on
        frame_text = text[left_lo : q.open].rstrip()
        if frame_text.endswith(":") and _NAME_FOR_RE.search(frame_text):
            return SCARE  # "Herders have a name for such a swarm: “…”"
        if frame_text.endswith(":") and has_alnum(frame_text):
            return self._colon(passage, left_lo, q)
        if self._alone(left_lo, q, right_hi):
            return self._whole_sentence(passage, q)
        trailing = self._trailing_cue(passage, q, frame.sentence_end)
        if trailing is None and opens_in_a_statement(text, ss, q.open):
            # "In a two-page order, she directed that the ballots be “…”": the statement's words
            subject = clause_subject(text, ss, q.open)  # (its apposed name: "the minister, Ana Roe, thanked")
            subject = named_apposition(text, subject, q.open) if subject else None
            trailing = self._decision(passage, subject, None, cue_text="statement") if subject else None
        return self._said(passage, trailing, q) if trailing is not None else SCARE

    def _word_before(self, lo: int, hi: int) -> str:
        m = _WORD_BEFORE_RE.search(self.text, max(lo, hi - _NEAR_CHARS), hi)
        return m.group(1).lower() if m else ""

    def _after_preposition(self, lo: int, hi: int) -> bool:
        word = self._word_before(lo, hi)
        return word in self.lex.prepositions or word.endswith(("'s", "’s"))

    def _after_determiner(self, lo: int, hi: int) -> bool:
        return self._word_before(lo, hi) in ("a", "an", "the")

    def _trailing_cue(self, passage: Passage, q: QuoteSpan, se: int) -> Decision | None:
        """A sentence that ends by saying whose words it holds: "A clerk who “…” is fired, Roe
        said." / "“…” to push the price up, she said, citing …"."""
        text = self.text
        for m in cue_regex().finditer(text, q.close + 1, se):
            cue = self._cue(q.close + 1, m.start(), m.end())
            if cue is None or cue.form not in ("verb", "addressee"):  # (", Roe told reporters.")
                continue
            comma = text.rfind(",", q.close + 1, cue.start)
            if comma >= 0 and not text[comma + 1 : cue.start].strip():  # "…, its president, Dr. Ana Roe, told"
                comma = text.rfind(",", q.close + 1, comma)
            subject = text[comma + 1 : cue.start].split() if comma >= 0 else []
            if not 1 <= len(subject) <= _TRAILING_SUBJECT_WORDS or self.quoted_at(comma):
                continue
            if not (subject[0].lower() in ("he", "she", "they", "it") or name_tail(" ".join(subject))):
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

    def _named_by(self, lo: int, hi: int, capitalised: bool, length: int) -> bool:
        """A naming word right before the quotation (of `length` words): "called “…”", "the term
        “…”", "known as “…”", or a named thing before a capitalised quotation: "the film “Harbour Lights”"."""
        phrase = length > 1
        tail = self.text[max(lo, hi - _NEAR_CHARS) : hi].rstrip()
        if not tail or not (tail[-1].isalnum() or tail[-1] in ",:") or self._opens_with_a_particle(hi):
            return False
        words = [w.strip(_EDGE_PUNCT).lower() for w in tail.split()[-3:]]
        words = [w for w in words if w]
        if not words:
            return False
        last = words[-1]
        if last in _NAMING_OBJECTS and len(words) > 1 and words[-2] in self.lex.naming:
            # "known as “…”", "calls itself “…”", "what they call the “…”"; but a named speaker's
            # words are speech: "what he called a “…”", "Roe called the “…”". What a people
            # call a thing ("what Ohioans call a “…”") is their term for it, not one speaker's.
            raw = tail.split()[-3:]
            return not (last in ("a", "an", "the") and len(raw) == 3 and _speaker_word(raw[0])
                        and raw[1].lower() != "call")
        wide = self.text[max(lo, hi - 2 * _NEAR_CHARS) : hi]
        low = wide.lower()
        if any(key in low for key in _NAME_IN_USE_KEYS) and _NAME_IN_USE_RE.search(wide):
            return True
        if capitalised and last in self.lex.named_things:
            return True
        if last not in self.lex.naming or last == "marked" and phrase and not capitalised:
            return False  # "marked “Top Secret”", "“vacant”" name; "the rollout marked “a turning point”" claims
        if tail.endswith(":") and phrase and capitalised:
            return False  # "before the roll was called: “Nobody on this board …”": a sentence, no name
        if last == "call" and len(words) > 2 and words[-3] == "what":
            return True  # "what they call “…”": a term people use, not one speaker's words
        # "he called “…”" and "has called “…”" report speech; "a group called “…”" names, but not
        # "a plan one lawmaker called “…”", "an offer the union called “…”": an office holder's or a
        # body's words, too long and plain for a name.
        plain = length >= _SAID_NOT_NAMED_WORDS and not capitalised
        return not (len(words) > 1 and (words[-2] in _REPORTER_BEFORE_CALLED
                                        or (words[-2] in self.lex.roles or words[-2] in self.lex.org_cues) and plain)
                    or plain and _SUBJECT_CALLED_RE.search(wide) is not None)

    def _alone(self, left_lo: int, q: QuoteSpan, right_hi: int) -> bool:
        text = self.text
        return not has_alnum(text[left_lo : q.open]) and not has_alnum(text[q.close + 1 : right_hi])


def _speaker_word(word: str) -> bool:
    """A word that names who speaks: "he", "she", "they" (the observers just named: "what they
    called the “…”"), or a capitalised name ("Roe")."""
    w = word.strip(_EDGE_PUNCT)
    return w.lower() in ("he", "she", "they") or (w[:1].isupper() and w.lower() not in lexicon().function_caps)


_TITLE_MAX_CHARS = 80


_SMALL_WORDS = frozenset("a an the of and or in on at to for de la von van".split())


def _title_like(quoted: str) -> bool:
    """A short quotation whose words are capitalised, as a name or title is ("the Harbour Express")."""
    if len(quoted) > _TITLE_MAX_CHARS:
        return False
    words = [w for w in quoted.split() if w.lower() not in _SMALL_WORDS]
    return 0 < len(words) <= 6 and all(w[:1].isupper() or w[:1].isdigit() for w in words)
