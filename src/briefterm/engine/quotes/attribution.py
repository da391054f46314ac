"""Who speaks: from the words around a quotation (a reporting verb before or after it, a colon,
the sentence before) to the phrase that names the speaker, a `Voice` (`voices.py` turns it
into an actor or a name)."""

from __future__ import annotations

import re

from briefterm.core.types import Passage
from briefterm.engine.lexicon.speech import tokens_before
from briefterm.engine.passage_index import PassageIndex
from briefterm.engine.quotes.asides import aside_after, named_apposition
from briefterm.engine.quotes.clause_subject import clause_subject, in_opening_phrase, outside_main_clause
from briefterm.engine.quotes.cues import _ALL_FORMS, _SPEECH_FORMS, _Cue
from briefterm.engine.quotes.marks import QuoteSpan
from briefterm.engine.quotes.named_after import speaker_named_after
from briefterm.engine.quotes.noun_phrases import Span, phrase_after, subject_before
from briefterm.engine.quotes.phrase_shapes import (
    about_the_quotation,
    agent_start,
    bare_object,
    has_alnum,
    object_of_preposition,
    opens_in_a_statement,
    own_words,
    role_apposition_before,
)
from briefterm.engine.quotes.reporters import Reporters
from briefterm.engine.quotes.speaker_words import QUOTE_MARK_RE, someone_named
from briefterm.engine.quotes.voices import ABOUT_CUE, SCARE, Decision

_AND_THEN_RE = re.compile(
    r"\b(?:and|but)[ \t]+(?:later|then|also|again|would|will|could|can|may|had|has|have|[a-z]+ly)[ \t]+$")
_COMMA_THEN_RE = re.compile(r"[ \t]([a-z]+),[ \t]+then[ \t]+$")
_CLAUSE_LINK_RE = re.compile(r";|,\s+and\b|\b(?:but|while|whereas|although|though|yet)\b", re.IGNORECASE)
# "quoted him as saying", "quoted Roe, a teacher from Bosa, as saying", "quoted an unnamed official at X as saying"
# "“…,” a name Roe said was …": the quotation is named, and Roe speaks of the name
_A_NAME_RE = re.compile(r"an?[ \t]+(?:name|nickname|phrase|term|label|slogan|line|title)[ \t]+[A-Z]")
_QUOTED_AS_RE = re.compile(  # (and the name apposed to "the governor of X, Ana Roe," as its second group)
    r"\bquoted[ \t]+(him|her|them|[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,3}|(?:an?|one|the)[ \t][^,.;“”\"]{1,60}?)"
    r"(?:,[ \t]([^,.;“”\"]{1,60}),)?[ \t]+as[ \t]")
_RIGHT_BLOCKERS = frozenset(  # they open a clause: "“…!” before Roe asked" is not Roe's
    "is are was were that which because but if than when while so before after until unless though although".split())

_WHO_ASIDE_RE = re.compile(r",[ \t]+who[ \t][^,.;:“”\"]*,")
_RIGHT_CUE_WINDOW = 16  # words after a quotation in which "said X" may stand
_RIGHT_CUE_CHARS = 240
_CLAUSE_LOOKBACK = 600  # how far back a participle's subject may be
_EARLIER_FORMS = ("verb", "addressee", "evaluative")  # the verbs whose subject a participle shares
_SUBORDINATORS = frozenset("since after because when while before until once as".split())
_APPOSITION_CHARS = 80  # "the Democrat, Ana Roe," right before a participle

_EDGE_PUNCT = ",:;.!?()[]\"'“”‘’—–-"
_LONG_QUOTE_WORDS = 4
_WORD_RE = re.compile(r"[\w’'-]+")


# "Said Roe: …", "Added the mayor, …", "Said her co-sponsor, Rep. Ana Roe: …"
_OPENING_VERB_RE = re.compile(r"[\W_]*([A-Z][a-z]+)[ \t]+(?=[A-Z]|(?:her|his|their|its)[ \t])")


class Attribution(Reporters):
    """The speaker-finding moves of the quote finder, with the state they read: the passages,
    their quotations so far, and what the sentence before left behind; and what they leave for
    the voices' resolution (`events`)."""

    def __init__(self, text: str, passages: PassageIndex) -> None:
        super().__init__(text, passages)
        # What the sentence before the current one left behind.
        self.prev_direct: Decision | None = None  # its last direct quotation
        self.prev_sentence: tuple[int, int] | None = None
        self.prev_plain: Passage | None = None  # the passage before, when it had no quotations
        # The last quotation with a speaker, in this passage or the one before: who answers a
        # question the text asks ("Would she stay? “Ask me in June.”").
        self.last_speaker: Decision | None = None

    def _remember(self, direct: Decision | None, sentence: tuple[int, int] | None,
                  plain: Passage | None) -> None:
        """What the sentence just read leaves behind for the next one."""
        self.prev_direct, self.prev_sentence, self.prev_plain = direct, sentence, plain

    def _heard(self, direct: Decision) -> None:
        """A sentence's last direct quotation: the last speaker, if it names one."""
        if direct.speaker is not None:
            self.last_speaker = direct

    def _forget_speaker(self) -> None:
        """A passage without quotations (or boilerplate) ends what a question may point back to."""
        self.last_speaker = None

    def _said(self, passage: Passage, d: Decision, q: QuoteSpan) -> Decision:
        if d.speaker is not None:
            self.events.append((passage.index, q.open, d.speaker))
        return d

    def _right_cue(self, passage: Passage, q: QuoteSpan, hi: int) -> Decision | None:
        """“…,” said Smith / “…,” Smith said / “…,” according to the agency."""
        text = self.text
        lo = q.close + 1
        frame = text[lo : min(hi, lo + 4)].lstrip()
        end = q.end
        while end > q.start and text[end - 1] in "’'”\"":
            end -= 1  # “‘…,’” ends with the quotation inside it: its comma counts
        last_inside = text[end - 1] if end > q.start else ""
        if not (last_inside in ",.?!…—–-:" or frame[:1] in ",—–-"):
            return None
        if text[lo : min(hi, lo + 8)].lstrip(" ,").startswith("and "):
            return None  # "“…,” and his campaign manager said …": the next clause has its own speaker
        limit = min(hi, lo + _RIGHT_CUE_CHARS)
        limit = semi if (semi := text.find(";", lo, limit)) >= 0 else limit
        cue = self._first_cue(lo, limit)
        if cue is None or cue.form == "evaluative":
            return None
        if cue.form == "participle":
            # "“…,” he was quoted as saying": the clause's subject speaks.
            if cue.prev is None or cue.prev.lower != "as":
                return None
            quoted_as = _QUOTED_AS_RE.search(text, lo, cue.start)  # "“…,” the paper quoted him as saying"
            if quoted_as is not None:  # ("him" is no thing that cannot speak)
                return Decision("direct", self._voice(passage, _quoted_one(quoted_as)), cue.text.lower())
            np = clause_subject(text, lo, cue.start)
            return self._decision(passage, np, cue) if np else None
        before = text[lo : cue.start]
        if not has_alnum(before):
            if cue.form == "addressee":
                return None
            np = phrase_after(text, cue.end, hi, allow_by=True)
            return self._decision(passage, np, cue) if np else None
        words = _WHO_ASIDE_RE.sub(" ", before).split()  # "“…,” an agent, who asked that his name …, told"
        # (and "“…,” a woman whose brother is missing told": a relative clause's verb opens no clause)
        mine = next((k for k, w in enumerate(words) if k > 1 and w.lower() in ("who", "whose")), len(words))
        if len(words) > _RIGHT_CUE_WINDOW or any(w.strip(",—–-").lower() in _RIGHT_BLOCKERS for w in words[:mine]):
            return None
        if cue.form == "source":
            np = phrase_after(text, cue.end, hi)
        else:
            np = subject_before(text, lo, cue.start)
            if np is not None and (about_the_quotation(text[lo : np[0]]) or _A_NAME_RE.match(text, np[0], np[1])):
                return None  # "“…,” a line his rivals mocked", "a name Roe said was": about it, not its speaker
        return self._decision(passage, np, cue) if np else None

    def _left_cue(self, passage: Passage, q: QuoteSpan, ss: int, lo: int) -> Decision | None:
        """Smith said “…” / Smith told the court that, later, “…” / …, adding “…” / according to X, “…”."""
        text = self.text
        as_before = text[lo : q.open].rstrip(" ,:“\"‘'").split()[-1:] == ["as"]
        forms = _ALL_FORMS if as_before or opens_in_a_statement(text, ss, q.open) else _SPEECH_FORMS
        cue = self._last_said(lo, q.open, forms)
        if cue is None:
            return None
        if cue.form == "evaluative":
            cue = _Cue(cue.start, cue.end, cue.text, "verb", cue.prev)
        if ";" in text[cue.end : q.open] or self._in_opening_phrase(ss, lo, cue, q):
            return None
        if cue.form == "source":
            np = phrase_after(text, cue.end, q.open)
            return self._decision(passage, np, cue) if np else None
        quoted_as = _QUOTED_AS_RE.search(text, max(ss, lo), cue.start)  # "UzA quoted him as saying “…”"
        if quoted_as is not None:  # ("him" is no thing that cannot speak)
            return Decision("direct", self._voice(passage, _quoted_one(quoted_as)), cue.text.lower())
        if cue.form == "participle" or (cue.prev is not None and cue.prev.lower == "to"):
            return self._participle(passage, ss, lo, cue)  # "…, adding “…”", "went on to say “…”"
        if _AND_THEN_RE.search(text, max(lo, cue.start - 24), cue.start):
            return self._participle(passage, ss, lo, cue)  # "… and later called", "… and would answer it"
        then = _COMMA_THEN_RE.search(text, max(lo, cue.start - _RIGHT_CUE_CHARS), cue.start)  # "she paused, then said"
        np = self._inverted_aside(cue, q.open) or self._apposed_subject(lo, cue) \
            or subject_before(text, lo, then.start(1) if then else cue.start)
        if np is not None and text[np[0] : np[1]].split()[0] in ("The", "the") and text[np[0] + 4 : np[1]].islower():
            np = named_apposition(text, np, cue.start)  # "The state utility, the Ashby Water Company (AWC), said"
        if np is not None and ss < lo and object_of_preposition(text, lo, np[0]):
            # "X, who ran a program the campaign called “Y” since June, said": the subject starts before
            np = subject_before(text, ss, cue.start) or np
        if np is not None and (told := self._addressee_before(lo, np[0])) is not None:
            # "Roe told reporters claims were “…”": after an addressee comes a noun, not a verb.
            cue, np = told, subject_before(text, lo, told.start)
        if np is None and (relative := self._relative_before(lo, cue)) is not None:
            np = subject_before(text, lo, relative.start)  # "X, who had called it “…”,"
        if np is None and ss < lo and not has_alnum(text[lo : cue.start]):
            # "X, who drives a truck his staff calls “…,” told them he had “…”": the sentence's subject
            np = clause_subject(text, ss, cue.start)
            np = np if np is not None and not self.quoted_at(np[0]) else None
        if np is None and cue.prev is not None and cue.prev.lower in ("and", "but"):
            return self._participle(passage, ss, lo, cue)  # "she called it “…” and called for “…”"
        if np is None and cue.form == "verb":
            np = phrase_after(text, cue.end, q.open)
            first = text[np[0] : np[1]].split()[0] if np is not None else ""
            if first in self.lex.prepositions or first == "to":
                np = None  # "called for pay to be “…”": no speaker after a preposition
        if (np is None or self._thing(np)) and (clause := self._clause_start(max(ss, lo), cue.start)) > max(ss, lo) \
                and not text[max(ss, lo) : clause].rstrip().endswith("and"):  # (not "…, and who asked …, said")
            np = subject_before(text, clause, cue.start) or np  # "…, while the X Council, which …, called"
        if np is None or self._thing(np):
            # "Roe said the spate of protests demands “…”": the thing speaks for nobody (nor "could …
            # ask for a refund “…”" for anybody); the verb before it in the sentence tells who does.
            earlier = self._last_cue(max(ss, lo), cue.start, ("verb", "addressee"))
            found = subject_before(text, max(ss, lo), earlier.start) if earlier is not None else None
            np = found or np
        if np is not None and np[1] <= cue.start:  # (a subject before its verb: not "…, noted X")
            np = self._outer_reporter(max(ss, lo), np, q)
        return self._decision(passage, np, cue) if np else Decision("direct", None, cue.text.lower())

    def _opens_with_a_particle(self, mark: int) -> bool:
        """Does the quotation at `mark` open with a lower-case preposition or adverb ("would be named
        “within days”", "named “later this month”")? No name does."""
        first = _WORD_RE.match(self.text, mark + 1)
        low = first.group() if first is not None else ""
        return low.islower() and (low in self.lex.prepositions or low in self.lex.adverbs)

    def _outer_reporter(self, lo: int, np: Span, q: QuoteSpan) -> Span:
        """ "X told them that the town had warned the agency “at least twice”": a phrase that opens with a
        preposition is no verb's object, so in a report inside X's it is X's words (else `np`, the verb's)."""
        if not self._opens_with_a_particle(q.open) or not self._reported_by_another(lo, np[0]):
            return np
        earlier = self._last_cue(lo, np[0], ("verb", "addressee"))
        return (subject_before(self.text, lo, earlier.start) if earlier is not None else None) or np

    def _apposed_subject(self, lo: int, cue: _Cue) -> Span | None:
        """ "…, which the union's manager, Ana Roe, called “…”": the name apposed right before the verb."""
        if cue.prev is None or cue.prev.text != ",":
            return None
        return role_apposition_before(self.text, max(lo, cue.start - _APPOSITION_CHARS), cue.start)

    def _inverted_aside(self, cue: _Cue, hi: int) -> Span | None:
        """ "Passengers, said the association, were “…”": the speaker named in an aside after the verb."""
        if cue.form != "verb" or cue.prev is None or cue.prev.text != ",":
            return None
        return aside_after(self.text, cue.end, hi)

    def _in_opening_phrase(self, ss: int, lo: int, cue: _Cue, q: QuoteSpan) -> bool:
        """ "Asked what she would tell girls, Roe did not stop to think: “…”": a cue inside the
        opening phrase of a sentence that a colon ends speaks for nobody; the colon's subject does."""
        return self.text[cue.end : q.open].rstrip().endswith(":") \
            and outside_main_clause(self.text, max(ss, lo), q.open, cue.start, cue.end)

    def _addressee_before(self, lo: int, pos: int) -> _Cue | None:
        """The verb with an addressee ("told", "asked") right before offset `pos`, if there is one."""
        before = tokens_before(self.text, pos, lo, 1)
        if not before or before[0].lower not in self.lex.addressee:
            return None
        cue = self._cue(lo, before[0].start, before[0].end)
        return cue if cue is not None and cue.form == "addressee" else None

    def _participle(self, passage: Passage, ss: int, lo: int, cue: _Cue) -> Decision:
        """“…, adding …”: the participle's subject is the clause's (or the earlier verb's)."""
        text = self.text
        if cue.prev is not None and cue.prev.is_word and cue.prev.start >= lo:
            np = subject_before(text, lo, cue.start)  # "with one poster writing “…”"
            if np is not None:
                return self._decision(passage, np, cue)
        np = role_apposition_before(text, max(lo, cue.start - _APPOSITION_CHARS), cue.start)
        if np is not None:  # "…, and the Democrat, Ana Roe, calling it “…”"
            return self._decision(passage, np, cue)
        # An earlier reporting verb in the sentence speaks for it.
        ss = max(ss, cue.start - _CLAUSE_LOOKBACK)
        earlier = self._last_cue(ss, cue.start, _EARLIER_FORMS)  # "X praised it, writing"
        while earlier is not None and self.quoted_at(earlier.start):  # not "had “answered every …”"
            earlier = self._last_cue(ss, earlier.start, _EARLIER_FORMS)
        # (a verb in the sentence's opening phrase speaks for nobody: "In a letter posted …, the club said")
        if earlier is not None and not in_opening_phrase(text, ss, cue.start, earlier.end):
            earlier = self._reporting(ss, earlier, cue)
            np = subject_before(text, ss, earlier.start)  # but "… let X ask voters …, writing", and a
            if np is not None and not bare_object(text, np[0]) and not QUOTE_MARK_RE.search(text, *np):
                return self._decision(passage, np, cue)  # quotation's words ("that “…” had asked") speak for no one
        # "The ministry relaunched …, and said …": the verbs share the clause before the "and"
        shared = cue.prev is not None and cue.prev.lower in ("and", "but")
        start = self._clause_start(ss, cue.prev.start if shared and cue.prev is not None else cue.start)
        np = clause_subject(text, start, cue.start)  # with its name: "The chairman, Ana Roe, thanked …"
        np = named_apposition(text, np, cue.start) if np is not None else None
        return self._decision(passage, np, cue) if np else Decision("direct", None, cue.text.lower())

    def _reporting(self, ss: int, earlier: _Cue, cue: _Cue) -> _Cue:
        """The verb whose clause `earlier` is in, when `cue` comes after ", and": in "X said Y had
        insisted on more, and called it “…”", X called it, not Y."""
        if cue.prev is None or self.text[max(0, cue.prev.start - 2) : cue.prev.start].strip() != ",":
            return earlier
        np = subject_before(self.text, ss, earlier.start)
        if np is None:
            return earlier
        outer = self._last_cue(ss, np[0], _EARLIER_FORMS)
        between = self.text[outer.end : np[0]].split() if outer is not None else ["."]
        # (also "X said prices fell since Y announced duties, and called …": Y's verb is in X's report)
        inside = between in ([], ["that"]) or between[-1] in _SUBORDINATORS and not any(";" in w for w in between)
        return outer if outer is not None and inside else earlier

    def _clause_start(self, ss: int, end: int) -> int:
        """Where the clause holding offset `end` begins: after ";", "but", ", and", "while"."""
        start = ss
        for m in _CLAUSE_LINK_RE.finditer(self.text, ss, end):
            start = m.end()
        return start

    def _colon(self, passage: Passage, lo: int, q: QuoteSpan) -> Decision:
        """ "Smith on the talks: “…”" -> Smith; "Their motto: “…”" is a name, so scare."""
        own = own_words(self.text, lo, q.open)
        if own is not None:  # "In her words: “…”": hers
            return self._said(passage, self._decision(passage, own, None, cue_text=":"), q)
        opening = _OPENING_VERB_RE.match(self.text, lo, q.open)
        said = opening is not None and opening.group(1).lower() in self.lex.speech  # "Said Roe: “…”"
        np = phrase_after(self.text, opening.end(1), q.open) if opening is not None and said \
            else clause_subject(self.text, lo, q.open)
        np = named_apposition(self.text, np, q.open) if np is not None else None  # "Her lawyer, Ana Roe, was blunt:"
        if not said:
            agent = agent_start(self.text, lo, q.open)  # "… set out by Ana Roe:", "… a release from X:"
            if agent is not None and not QUOTE_MARK_RE.search(self.text, agent, q.open):  # not "Asked by X, “…?” he:"
                np = phrase_after(self.text, agent, q.open) or np
        if np is None:
            return Decision("direct", None, ":")
        head = self.text[np[0] : np[1]].split()[-1].lower()
        if head in self.lex.naming:
            return SCARE
        return self._said(passage, self._decision(passage, np, None, cue_text=":"), q)

    def _whole_sentence(self, passage: Passage, q: QuoteSpan) -> Decision:
        """A quotation standing as its own sentence: the words of whoever the sentence before
        quoted or reported ("Mayor X said the town had no power. “We evacuated …”")."""
        if (after := speaker_named_after(self.text, self.passages, passage, q.close)) is not None:
            return self._said(passage, self._decision(after[0], after[1], None, cue_text="from"), q)
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
            if self.text[prev[1] - 1] == "?" and self.last_speaker is not None:
                return self.last_speaker
            # the quotation opens its paragraph, as a sentence (a quoted heading ends in no stop)
            opens = not self.text[passage.start : q.open].strip() and self.text[q.start : q.end].rstrip()[-1:] in ".!?"
            subject = clause_subject(self.text, prev[0], prev[1]) if prev[0] >= passage.start or opens else None
            if subject is not None and someone_named(self.text[subject[0] : subject[1]]):
                # "Sen. X, who lost the primary, blamed fatigue. “…”": whom the paragraph is about
                # (or the one before: "Mrs. X, 71, is not a lawyer.\n\n“I did the books …”")
                return self._said(passage, self._decision(pp, subject, None, cue_text=ABOUT_CUE), q)
        return Decision("direct") if len(self.text[q.start : q.end].split()) >= _LONG_QUOTE_WORDS else SCARE


def _quoted_one(quoted_as: re.Match[str]) -> Span:
    """Whom "quoted … as saying" names: the name apposed to a description ("the governor of X, Ana
    Roe,"), else the object."""
    named = quoted_as.group(2)
    return quoted_as.span(2) if named and named[:1].isupper() and quoted_as.group(1)[:1].islower() \
        else quoted_as.span(1)
