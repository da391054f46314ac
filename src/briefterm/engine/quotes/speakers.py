"""Who a speaker phrase is: an actor by its mention or name, or the person or
body a pronoun ("he added") or a description ("the city argued") points back to.

Back-reference looks at the current and the two previous passages, newest first, outside
quotations: first at actors in subject position (opening a clause, or speakers of earlier
quotations), then at any mention of a fitting type. "he"/"she" skip people whose given name
says otherwise. With no actors, capitalised names in subject position stand in.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from briefterm.core.types import Actor
from briefterm.engine.lexicon.words import lexicon
from briefterm.engine.mention_index import mention_index
from briefterm.engine.passage_index import PassageIndex
from briefterm.engine.quotes.clause_subject import clause_subject
from briefterm.engine.quotes.mention_position import adjective, after_preposition, apposed_end, owned_voice, stands_out
from briefterm.engine.quotes.name_runs import name_run_before
from briefterm.engine.quotes.speaker_words import (
    BEHALF_RE,
    OWNER_PRONOUNS,
    QuotedSpans,
    _statement_re,
    fits_pronoun,
    given_name_fits,
    heads_phrase,
    name_words,
    norm_name,
    other_gender,
    own_voice,
    post_modifier,
    titled_gender,
    titled_name,
)

_WINDOW_PASSAGES = 2
_SPEAKER_REACH = 4  # passages back to the last speaker when no one nearer fits
_HEARD_REACH = 2  # passages over which a person the text just called "he" is no "she"
_OTHER = {"he": "she", "she": "he"}
FIRM_NOUNS = frozenset(("company", "firm"))  # words for a firm that no firm's name need hold
_ROLE_WINDOW_PASSAGES = 12  # how far back a role description may point ("the senator")
# Bounds that keep back-reference linear however many quotes and mentions a passage has:
# salience fades long before these.
_MAX_CANDIDATES = 120  # mentions looked at, newest first
_MAX_SAID = 16  # earlier speakers looked at
_MENTION_AT_CHARS = 160  # the longest name looked for at an offset


class Speaker:
    """Who a voice is: an actor, or only a name (a plain class: see `QuoteSpan`)."""

    __slots__ = ("actor", "name", "span")

    def __init__(self, actor: Actor | None, name: str, span: tuple[int, int] | None = None) -> None:
        self.actor: Final = actor
        self.name: Final = name
        self.span: Final = span  # the phrase that names the speaker, where the text has one


# "Mr. Roe had “made his choice,” he said": the clause's subject is whom the quotation is about, not its speaker
_QUOTED_PREDICATE_RE = re.compile(r"[ \t]+(?:[a-z]+[ \t]+){1,3}[“\"][a-z][^”\"]*[”\"]?,?[ \t]*[”\"]?[ \t]*$")


class _Said:
    """A speaker already attributed: a candidate for "he added"."""

    __slots__ = ("at", "passage", "speaker")

    def __init__(self, passage: int, at: int, speaker: Speaker) -> None:
        self.passage: Final = passage
        self.at: Final = at  # the quotation's opening mark
        self.speaker: Final = speaker

    @property
    def pos(self) -> int:
        """Where the speaker is named (else the quotation)."""
        return self.speaker.span[0] if self.speaker.span else self.at


class SpeakerIndex:
    """Actors' mentions by passage, names by normal form, and the speakers seen so far."""

    def __init__(self, text: str, passages: PassageIndex, actors: Sequence[Actor]) -> None:
        self.text = text
        self.passages = passages
        self._mentions = mention_index(actors)
        self._by_name: dict[str, Actor] = {}
        surnames: dict[str, list[Actor]] = {}
        for actor in actors:
            for name in (actor.name, *actor.aliases):
                self._by_name.setdefault(norm_name(name), actor)
            if actor.type == "person":
                parts = norm_name(actor.name).split()
                if parts:
                    surnames.setdefault(parts[-1], []).append(actor)
        self._by_surname = {k: v[0] for k, v in surnames.items() if len(v) == 1}
        # "Mrs. Roe" is a she, "Mr. Roe" a he, whatever a given name says (read when first asked)
        self._titled_gender: dict[str, str | None] = {}
        self.has_actors = bool(actors)
        self._heard_as: dict[str, tuple[str, int]] = {}  # a person of no known sex: "he" or "she", and where
        self._now = 0  # the passage of the pronoun being resolved
        self._said: list[_Said] = []
        self.quoted = QuotedSpans()  # the reading's quotations: a mention inside one names nobody

    # --- what the quotes pass tells us as it goes -------------------------------------------
    def add_said(self, passage: int, at: int, speaker: Speaker) -> None:
        if speaker.actor is None and speaker.name.lower() in lexicon().pronouns:
            return  # an unresolved "he" cannot stand for anyone later
        self._said.append(_Said(passage, at, speaker))

    # --- lookups --------------------------------------------------------------------------------
    def mention_at(self, passage: int, start: int) -> tuple[int, Actor] | None:
        """The end and actor of the mention that starts at `start`, if one does."""
        found = self._mentions.within(passage, start, start + _MENTION_AT_CHARS)
        return (found[0][1], found[0][2]) if found and found[0][0] == start else None

    def apposed_to(self, passage: int, start: int) -> Speaker | None:
        """The person a description at `start` is the apposition of: "Ana Roe, a retired teacher"."""
        end = apposed_end(self.text, start)
        before = self._mentions.within(passage, max(0, end - _MENTION_AT_CHARS), end) if end is not None else []
        person = before[-1] if before and before[-1][1] == end and before[-1][2].type == "person" \
            and not after_preposition(self.text, before[-1][0]) else None
        return Speaker(person[2], person[2].name) if person is not None else None

    def named(self, passage: int, start: int, end: int) -> Speaker:
        """The speaker that the phrase text[start:end] names."""
        phrase = self.text[start:end].strip(" ,")
        mentions = self._mentions.within(passage, start, end)
        # the tail of a longer name, or its head where the reading cut it at "and" ("Ministry of Trade")
        held = None if mentions else self._mentions.covering(passage, start, end) \
            or self._mentions.cut_at_and(passage, start, end, self.text)
        if held is not None:
            return Speaker(held[2], self.text[held[0] : held[1]])
        # An actor speaks when it heads the phrase ("spokesperson Jane Roe", "Jane Roe of the Planet"),
        # not when it only qualifies another noun ("a Ukrainian official", "Roe's spokesman").
        heads = [m for m in mentions if heads_phrase(self.text, start, m, end)]
        persons = [m for m in heads if m[2].type == "person"]
        if persons:
            _ms, me, person = persons[0]  # "Jane Roe for the Ledger": the first
            if me < end and post_modifier(self.text, me, end):
                phrase = self.text[start:me]  # "Jane Roe of the Daily Planet" -> "Jane Roe"
            return Speaker(person, phrase)
        if heads and not own_voice(phrase):  # but "One member of the House" speaks for herself
            return Speaker(heads[0][2], phrase)
        if mentions:  # "the Harbour Agency report", "the Roe campaign", "X's Asia office": theirs
            owner = mentions[0]
            return Speaker(owner[2] if owned_voice(phrase, self.text[owner[0] : owner[1]], owner[2].type) else None,
                           phrase)
        key = norm_name(phrase)
        actor = self._by_name.get(key)
        if actor is None:
            words = key.split()
            if words and words[-1] in self._by_surname and any(w[:1].isupper() for w in phrase.split()):
                actor = self._by_surname[words[-1]]
        return Speaker(actor, phrase)

    def persons_before(self, passage: int, at: int) -> list[tuple[int, int, Actor]]:
        """Mentions of people in the window before `at`, newest first (a bounded number)."""
        out: list[tuple[int, int, Actor]] = []
        for p in range(passage, max(0, passage - _ROLE_WINDOW_PASSAGES - 1), -1):
            lst = self._mentions.passage(p)
            hi = self._mentions.count_before(p, at) if p == passage else len(lst)
            out.extend(m for m in lst[max(0, hi - _MAX_CANDIDATES) : hi][::-1] if m[2].type == "person")
            if len(out) >= _MAX_CANDIDATES:
                break
        return out

    def salient_person(self, passage: int, at: int, gender: str | None, any_mention: bool = False) -> Actor | None:
        """The person a role noun most likely stands for: the newest person named as a subject or
        as an earlier quotation's speaker ("Roe said … . The senator added …"); with `any_mention`,
        the newest person named at all ("… beat Roe. The 45-year-old said …")."""
        found = self._antecedent(passage, at, {"person"}, gender)
        if found is not None and (found[2] or any_mention):
            return found[1]
        said = self._said_before(passage, at, {"person"}, gender)
        return said.speaker.actor if said is not None and said.speaker.actor is not None else None

    def described(self, passage: int, at: int, phrase: str, kinds: Sequence[str]) -> Speaker:
        """ "the city" -> the latest actor of a fitting type before `at`."""
        # The nearest fitting mention: a description names what was just talked about,
        # subject or not ("… was put forward by the council of X. The city argued …").
        words = phrase.split()
        if words and words[-1].lower() in lexicon().statement_nouns:
            issuer = self._issuer(passage, at, words[-1].lower(), kinds)
            if issuer is not None:
                return Speaker(issuer, phrase)
        cands = [c for c in self._candidates(passage, at) if c[2].type in kinds]
        # one whose name says what the phrase calls it first: "the union" is the "… Union" named
        # earlier, not a news agency named since
        head = words[-1].lower() if words else ""
        lex = lexicon()
        if head in lex.regulator_nouns:  # "the regulator": a body so named, not the firm it fined
            named = [c for c in cands if not lex.regulator_heads.isdisjoint(name_words(c[2].name))]
            return Speaker(named[0][2] if named else None, phrase)
        named = [c for c in cands if head in c[2].name.lower().split()]
        if not named and head in FIRM_NOUNS:  # "the company" is the firm, not the court just named
            named = [c for c in cands if lex.public_bodies.isdisjoint(c[2].name.lower().split())]
        return Speaker((named or cands)[0][2] if cands else None, phrase)

    def _issuer(self, passage: int, at: int, noun: str, kinds: Sequence[str]) -> Actor | None:
        """"the statement said" -> who made it: the subject of the latest sentence that
        introduced one ("X said in a statement", "In a statement, X said")."""
        text = self.text
        for p in self._window(passage):
            psg = self.passages[p - 1] if 0 < p <= len(self.passages) else None
            if psg is None:
                continue
            quoted = self.quoted.of(p)
            hi = at if p == passage else psg.end
            for m in reversed(list(_statement_re(noun).finditer(text, psg.start, hi))):
                pos = m.start(1)
                if quoted.holds(pos):
                    continue
                lo = max(psg.start, *(text.rfind(c, psg.start, pos) + 1 for c in ".!?\n"))
                end = min((k for c in ".!?\n" if (k := text.find(c, pos, psg.end)) >= 0), default=psg.end)
                if (behalf := BEHALF_RE.match(text, m.end())) and (owner := self._antecedent(
                        p, lo, {"person"}, OWNER_PRONOUNS[behalf.group(1)])) is not None:
                    return owner[1]  # "his deputy read a statement in his name": his statement
                fits = [a for ms, _me, a in self._mentions.passage(p)
                        if lo <= ms < end and a.type in kinds and not quoted.holds(ms)]
                if fits:
                    return fits[0]  # the sentence's subject comes first
                subject = clause_subject(text, lo, end)  # or "the prosecution said": the body so named
                head = text[subject[0] : subject[1]].split()[-1].lower() if subject is not None else "\0"
                named = [a for _s, _e, a in self._candidates(p, lo) if a.type in kinds and head in name_words(a.name)]
                if named:
                    return named[0]
        return None

    def pronoun(
        self, passage: int, at: int, word: str, reported: tuple[int, Speaker] | None = None
    ) -> Speaker:
        """ "he", "it", "they" -> the actor or earlier speaker it points back to: the newest of
        an actor in subject position, an earlier speaker, and `reported` (a reporting verb's
        subject the caller found)."""
        self._now = passage
        found = self._pronoun(passage, at, word, reported)
        low = word.lower()
        if found.actor is not None and low in ("he", "she") and self.text[max(0, at - 3) : at].rstrip().endswith(
                ("”", '"')) and given_name_fits(found.actor.name, _OTHER[low]) \
                and self._titled_as(found.actor) is None:
            # a name that tells no sex, right after a quotation of hers ("“…,” she said"): what the text called her
            self._heard_as[found.actor.id] = (low, passage)
        return found

    def _pronoun(self, passage: int, at: int, word: str, reported: tuple[int, Speaker] | None) -> Speaker:
        low = word.lower()
        cls = lexicon().pronouns.get(low, "author")
        if cls == "author":
            return Speaker(None, word)
        if cls == "person":
            types = {"person"}
        elif cls == "thing":
            types = {"organization", "country", "place", "group"}
        else:
            types = {"organization", "group", "country"}
        gender = low if low in ("he", "she") else None
        options: list[tuple[int, Speaker]] = []
        found = self._antecedent(passage, at, types, gender)
        fallback: Speaker | None = None
        if found is not None:
            if found[2]:
                options.append((found[0], Speaker(found[1], found[1].name)))
            elif found[1].type != "place":  # only named, not as a subject: used when nothing better comes
                fallback = Speaker(found[1], found[1].name)  # (but "sent to voters on the North Side. It …")
        said = self._said_before(passage, at, types, gender)
        if said is not None and said.speaker.actor is None and fits_pronoun(said.speaker.name, cls, gender):
            options.append((said.pos, Speaker(None, said.speaker.name)))  # "the ministry said …. It added"
        elif said is not None and said.speaker.actor is not None:
            options.append((said.pos, Speaker(said.speaker.actor, said.speaker.actor.name)))  # "…," she said. She added
        if reported is not None and self._may_be(reported[1], types, gender):
            options.append(reported)  # "Merkley said" is Jeff Merkley's: not a "she"; "the House agreed" is no "she"
        if cls == "person" and not self.has_actors:
            run = name_run_before(self.text, self.passages, self.quoted, self._window(passage), at, gender)
            if run is not None:
                options.append((run[0], Speaker(None, run[1])))
        if options:
            best = max(options, key=lambda o: o[0])[1]
            return Speaker(best.actor, best.name)
        if fallback is not None:
            return fallback
        if said is None and cls == "person":  # nobody in sight: the last person quoted a little further
            said = self._said_before(passage, at, types, gender, _SPEAKER_REACH)  # back ("“…,” she said"
            said = said if said is not None and said.speaker.actor is not None else None  # after background)
        if said is not None:
            return Speaker(said.speaker.actor, said.speaker.name)
        loose = self._antecedent(passage, at, types, None) if gender is not None else None
        if loose is not None and loose[2] and self._titled_as(loose[1]) is None:
            # nobody of that sex in sight but a subject whose sex a given-name list told: the text wins
            return Speaker(loose[1], loose[1].name)
        return Speaker(None, word)

    # --- back-reference -------------------------------------------------------------------------
    def _window(self, passage: int) -> range:
        return range(passage, max(0, passage - _WINDOW_PASSAGES - 1), -1)

    def _candidates(self, passage: int, at: int) -> list[tuple[int, int, Actor]]:
        """Mentions before `at` in the window, newest first, outside quotations."""
        out: list[tuple[int, int, Actor]] = []
        for p in self._window(passage):
            lst = self._mentions.passage(p)
            if not lst:
                continue
            hi = self._mentions.count_before(p, at) if p == passage else len(lst)
            quoted = self.quoted.of(p)
            for k in range(hi - 1, max(-1, hi - 1 - _MAX_CANDIDATES), -1):
                if not quoted.holds(lst[k][0]):
                    out.append(lst[k])
            if len(out) >= _MAX_CANDIDATES:
                break
        return out

    def _antecedent(self, passage: int, at: int, types: set[str], gender: str | None) -> tuple[int, Actor, bool] | None:
        """The mention a pronoun points back to: the newest in subject position or a speaker's
        (a later speaker of a fitting type overriding it), else the newest of a fitting type;
        and whether it was found as a subject. (Each candidate is judged only when reached.)"""
        text = self.text
        newest: tuple[int, int, Actor] | None = None
        spans: list[tuple[int, int]] = []
        for ms, me, actor in self._candidates(passage, at):
            if actor.type not in types or not self.gender_fits(actor, gender) \
                    or _QUOTED_PREDICATE_RE.match(text, me, at) or adjective(text[ms:me]):
                continue
            if newest is None:
                newest = (ms, me, actor)
                spans = [s.speaker.span for s in self._recent_said(passage, at) if s.speaker.span is not None]
            if any(a <= ms < b for a, b in spans) or stands_out(text, ms, me, actor):
                return (*self._said_override(passage, at, ms, actor, types, gender), True)
        return (newest[0], newest[2], False) if newest is not None else None

    def _recent_said(self, passage: int, at: int, reach: int = _WINDOW_PASSAGES) -> list[_Said]:
        """Speakers attributed before `at` within `reach` passages, newest first."""
        out: list[_Said] = []
        floor = passage - reach
        for k in range(len(self._said) - 1, max(-1, len(self._said) - 1 - _MAX_SAID), -1):
            s = self._said[k]
            if s.passage < floor:
                break  # records come in document order
            if s.passage <= passage and s.at < at:
                out.append(s)
        return out

    def _said_override(
        self, passage: int, at: int, ms: int, actor: Actor, types: set[str], gender: str | None
    ) -> tuple[int, Actor]:
        """A later speaker of a fitting type wins over an earlier subject."""
        for s in self._recent_said(passage, at):
            if s.pos <= ms:
                break
            a = s.speaker.actor
            if a is not None and a.type in types and self.gender_fits(a, gender):
                return s.pos, a
        return ms, actor

    def _said_before(self, passage: int, at: int, types: set[str], gender: str | None,
                     reach: int = _WINDOW_PASSAGES) -> _Said | None:
        for s in self._recent_said(passage, at, reach):
            a = s.speaker.actor
            if a is not None:  # the person's sex, as her title or given name tells it ("said Fallon" is
                if a.type in types and self.gender_fits(a, gender):  # Brian Fallon: not a "she")
                    return s
            elif gender is None or given_name_fits(s.speaker.name, gender) \
                    and not other_gender(s.speaker.name, gender) and not self._voiced_as(s.speaker, _OTHER[gender]):
                return s  # but "a woman shouted" is no "he", nor "a voter … “…,” she said"
        return None

    def _voiced_as(self, speaker: Speaker, pronoun: str) -> bool:
        """Was the voice that named an unnamed speaker that pronoun ("“…,” he said")?"""
        return speaker.span is not None and self.text[speaker.span[0] : speaker.span[1]].lower() == pronoun

    def _may_be(self, speaker: Speaker, types: set[str], gender: str | None) -> bool:
        """Can "he"/"she" point to this speaker (a body cannot), or "it" and "they" (anyone may):
        an actor of the right sex, or a phrase that does not say the other ("a woman" is no "he")."""
        if speaker.actor is None:
            return not other_gender(speaker.name, gender)
        if "person" in types and speaker.actor.type in ("organization", "country", "place") \
                and not titled_name(speaker.name) and not titled_name(speaker.actor.name):
            return False  # "the House agreed" is no "she"; "Chief Minister Ana Roe" typed wrong may be
        return self.gender_fits(speaker.actor, gender)

    def gender_fits(self, actor: Actor, gender: str | None) -> bool:
        if gender is None or actor.type != "person":
            return True
        titled = self._titled_as(actor)
        if titled is not None:
            return titled == gender
        heard = self._heard_as.get(actor.id)
        if heard is not None and heard[0] != gender and self._now - heard[1] <= _HEARD_REACH:
            return False  # "Ana Poe and Gift Roe …. “…,” he said. … she said": the he is no she
        return given_name_fits(actor.name, gender)

    def _titled_as(self, actor: Actor) -> str | None:
        if actor.id not in self._titled_gender:
            self._titled_gender[actor.id] = titled_gender(self.text, actor) if actor.type == "person" else None
        return self._titled_gender[actor.id]
