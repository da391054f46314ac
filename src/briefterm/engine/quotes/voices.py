"""Who speaks: from the phrase beside a quotation (a `Voice`) to an actor or a name.

Reading the quotations needs only the text: which are speech, and which phrase names each
speaker. Who that phrase is needs the actors, and what was said before it ("he added" points
back to an earlier speaker), so voices are resolved afterwards, in the order they were met
(`VoiceResolver`). The text can then be read while the actors are being found.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

from briefterm.core.types import Actor, Quote, QuoteKind
from briefterm.engine.lexicon.gazetteer import gazetteer
from briefterm.engine.lexicon.words import lexicon
from briefterm.engine.passage_index import PassageIndex
from briefterm.engine.quotes.clause_subject import clause_subject
from briefterm.engine.quotes.described_subject import (
    PLAIN_PERSONS,
    PreviousSubject,
    described_subject,
    met_before,
    name_given_as,
    occupation_named_again,
    office_subject,
    previous_subject,
)
from briefterm.engine.quotes.headline_echoes import headline_echoes
from briefterm.engine.quotes.issuers import Issuers, is_statement
from briefterm.engine.quotes.named_before import NamedBefore
from briefterm.engine.quotes.named_later import LaterNames, lede_end, stated_age
from briefterm.engine.quotes.noun_phrases import Span
from briefterm.engine.quotes.roles import fits_roles, role_holder, role_words
from briefterm.engine.quotes.shown_names import one_word, shown_name
from briefterm.engine.quotes.speaker_words import (
    OWNER_PRONOUNS,
    QuotedSpans,
    epithet,
    epithet_age,
    phrase_gender,
    speaker_noun,
)
from briefterm.engine.quotes.speakers import FIRM_NOUNS, Speaker, SpeakerIndex
from briefterm.engine.sentences import sentence_spans

_ISSUER_TYPES = ("organization", "person", "country", "group")
_ANY_BODY = frozenset(("agency", "organisation", "organization", "body"))  # words any body's name may lack
_VENUE_BEFORE_RE = re.compile(r"\b(?:at|in|inside|outside)[ \t]+(?:the[ \t]+)?$")  # "at the X Centre"
_POSSESSOR_RE = re.compile(r"(.+?)['’]s[ \t]+\S+$")  # "the district council's message"


@dataclass(eq=False)
class Voice:
    """The phrase text[span] of passage `passage` that names a speaker. For "he"/"she"/"it":
    `reported` is the subject of an earlier reporting verb it may point back to (where it is
    named, and its own voice)."""

    passage: int
    span: Span
    reported: tuple[int, Voice] | None = None


class Decision:
    """What a quotation is, and who says it (a plain class, made without a Python call: see
    `QuoteSpan`)."""

    __slots__ = ("cue", "kind", "speaker")

    def __init__(self, kind: QuoteKind, speaker: Voice | None = None, cue: str | None = None) -> None:
        self.kind: Final = kind
        self.speaker: Final = speaker
        self.cue: Final = cue


SCARE = Decision("scare")


# What a reading leaves for resolution, in the order met: a voice to resolve, or a voice that
# spoke at an offset of a passage (a later "he said" may point back to it).
Event = Voice | tuple[int, int, Voice]

# A quotation found: passage, start, end, kind, cue, and its voice.
Found = tuple[int, int, int, QuoteKind, str | None, Voice | None]


@dataclass
class QuoteReading:
    """What the text alone says of its quotations, for `VoiceResolver` to finish."""

    found: list[Found]
    events: list[Event]
    quoted: QuotedSpans


def voiced_quotes(reading: QuoteReading, text: str, passages: PassageIndex, actors: Sequence[Actor]) -> list[Quote]:
    """The quotations of `reading`, each with its speaker, in document order."""
    return VoiceResolver(text, passages, actors).voiced(reading)


def _quotes(found: Sequence[Found], text: str, speakers: dict[Voice, Speaker]) -> list[Quote]:
    """The quotations `found` as Quotes, their voices resolved to `speakers`."""
    quotes = []
    for passage, start, end, kind, cue, voice in found:
        speaker = speakers[voice] if voice is not None else None
        if cue == ABOUT_CUE and (speaker is None or speaker.actor is None or speaker.actor.type != "person"):
            speaker = None  # a quotation after a sentence about a person is hers; about a state, nobody's
        quotes.append(Quote(
            text=text[start:end], kind=kind,
            speaker=speaker.actor.id if speaker is not None and speaker.actor else None,
            speaker_name=shown_name(speaker), cue=cue, passage=passage, start=start, end=end))
    return quotes


# The cue of a quotation standing after a sentence about someone, with no reporting verb
ABOUT_CUE = "."


_INDEFINITE = frozenset(("a", "an", "one", "another"))  # a person described, not named



class VoiceResolver:
    """Voices to speakers, through the actors' mentions and the speakers seen so far. Made from
    the actors alone (a large document's while its quotations are still being read), then given
    the readings of the document's runs of passages to hear, in order; `quotes` gives them all."""

    def __init__(self, text: str, passages: PassageIndex, actors: Sequence[Actor]) -> None:
        self.text = text
        self.index = SpeakerIndex(text, passages, actors)
        self.passages = passages
        # the quotations of the readings heard so far (the speaker index looks in them too)
        self.quoted = self.index.quoted = QuotedSpans()
        self.lex = lexicon()
        self.persons = [a for a in actors if a.type == "person" and a.mentions]
        self.bodies = [a for a in actors if a.type != "person" and a.mentions]
        self.issuers = Issuers(text, passages, self.index)
        self.named_before = NamedBefore(text, self.persons, self.bodies, self.lex.court_words)
        self.later_names = LaterNames(text, self.persons, self.index.gender_fits, lede_end(text, passages))
        self._court_spoke: dict[Voice, Actor] = {}  # the voices resolved to a court, in order
        self._speakers: dict[Voice, Speaker] = {}
        self._quotes: list[Quote] = []  # those of the readings heard, in the order found

    def voiced(self, reading: QuoteReading) -> list[Quote]:
        """The quotations of `reading` (the only one heard), each with its speaker, in document order."""
        self.hear(reading)
        return self.quotes()

    def hear(self, reading: QuoteReading) -> None:
        """Resolve the voices of the reading of the next run of passages (the runs in document
        order, each as it is read: every voice looks back, never ahead of its own passage)."""
        self.quoted.extend(reading.quoted)
        self._resolve(reading.events)
        self._quotes += _quotes(reading.found, self.text, self._speakers)

    def quotes(self) -> list[Quote]:
        """The quotations of the readings heard, each with its speaker, in document order."""
        quotes = sorted(self._quotes, key=lambda q: q.start)  # indirect speech is found before a passage's quotations
        return headline_echoes(quotes, self.passages, self.later_names.lede)

    def _resolve(self, events: Sequence[Event]) -> None:
        speakers = self._speakers
        for event in events:
            if isinstance(event, Voice):
                who = self._who(event, speakers)
                speakers[event] = Speaker(who.actor, who.name, event.span)
                if who.actor is not None and id(who.actor) in self.named_before.courts:
                    self._court_spoke[event] = who.actor
                else:
                    self._court_spoke.pop(event, None)
            else:
                passage, at, voice = event
                self.index.add_said(passage, at, speakers[voice])

    def _who(self, voice: Voice, speakers: dict[Voice, Speaker]) -> Speaker:
        s, e = voice.span
        passage = voice.passage
        phrase = self.text[s:e]
        words = phrase.lower().split()
        lex = self.lex
        if words in (["him"], ["them"]) or len(words) == 1 and words[0] in lex.pronouns:  # "quoted him as saying"
            found = self._pronoun(voice, {"him": "he", "them": "they"}.get(words[0], phrase), speakers)
            return found if found.actor is not None or words[0] in lex.pronouns else Speaker(None, phrase)
        given = self._given_name(passage, voice.span)
        if given is not None:
            return given  # "A driver who gave his name only as Ali told …"
        if words[0] in _INDEFINITE and (apposed := self.index.apposed_to(passage, s)) is not None:
            return apposed  # "Ana Roe, a retired teacher who said …": Ana Roe
        if len(words) > 1 and phrase.endswith(("'s", "’s")):  # "The senator's reply drew …: “…”"
            if "of" in words[1:]:
                return Speaker(None, phrase)  # "a colleague of Roe's": one of Roe's, not Roe
            return self._who(Voice(passage, (s, e - 2), voice.reported), speakers)
        owner = self._owner(voice, words, speakers)
        if owner is not None:
            return owner
        if len(words) > 2 and words[0] == "the" and (body := self.named_before.body(s, words[1:])) is not None \
                and (words[-1] in lex.kind_nouns
                     or phrase[4:].islower() and body.name.lower().split()[1 - len(words):] == words[1:]):
            return Speaker(body, phrase)  # "the European court", "the coast guard": the body so named
        if len(words) == 2 and words[0] in ("the", "this", "that") and words[1] in lex.kind_nouns:
            # "The city argued" points back; "the interior ministry" describes a body of its own.
            if not phrase.split()[1][:1].isupper():
                found = self.issuers.sent_by(passage, s, words[1]) \
                    or self.index.described(passage, s, phrase, lex.kind_nouns[words[1]])
                if found.actor is not None and words[1] in found.actor.name.lower().split():
                    return found
                return self._named_for(s, words[1], phrase) or self._talked_about(voice, words[1], found) or found
        if words[-1] in lex.judgment_nouns:
            return Speaker(self._court_before(s), phrase)  # its court, or the judgment alone
        if is_statement(phrase, words) and (issuer := self._issuer(voice, words, speakers)) is not None:
            return issuer  # "a report released in May by the Audit Office", "a statement said"
        if one_word(words) and epithet(phrase.split()[-1]):
            # "the Spaniard told reporters", "the 45-year-old said": the person just named
            age = epithet_age(phrase.split()[-1])
            holder = self._of_age(passage, s, age) or self.index.salient_person(passage, s, None, any_mention=True)
            if holder is not None and (age is None or stated_age(self.text, holder) in (None, age)):
                return Speaker(holder, phrase)  # never one the text gave another age ("Ana Roe, 46,")
        if len(words) > 1 and words[0] == "the" and words[1] in PLAIN_PERSONS:
            plain = self._plain_person(passage, s, words[1])  # "the woman", "the man with the dog"
            if plain is not None or len(words) > 2:
                return plain or Speaker(None, phrase)
        roles = role_words(phrase)
        held = self._role_holder(voice, roles, speakers) if roles else None
        if held is not None:
            return held
        named = self.index.named(passage, s, e)
        unnamed = named.actor is None or named.actor.type != "person"  # "A Labour MP": no person yet
        later = self.later_names.named_later(passage, s, words) if unnamed else None
        if later is None and unnamed \
                and occupation_named_again(self.text, self.passages, self.quoted, passage, s, words):
            later = self.index.salient_person(passage, s, None)  # "Dr Roe said …. “…,” the physician told"
        return Speaker(later, phrase) if later is not None else named

    def _owner(self, voice: Voice, words: list[str], speakers: dict[Voice, Speaker]) -> Speaker | None:
        """Whose thing speaks: "His argument was …: “…”" (his), "X, whose board said" (X's)."""
        (s, e), lex = voice.span, self.lex
        phrase = self.text[s:e]
        if words[-1] in lex.kind_nouns and self.text[max(0, s - 6) : s] == "whose ":
            owner = self.index.described(voice.passage, s, phrase, ("organization", "group", "country"))
            return owner if owner.actor is not None else Speaker(None, phrase)
        owned = words[: words.index("of")] if "of" in words[1:] else words  # "Her account of the final days"
        if words[0] in OWNER_PRONOUNS and len(owned) <= 3 \
                and not any(speaker_noun(w.removesuffix("'s").removesuffix("’s")) and w not in lex.collective_nouns
                            for w in owned[1:]):
            # "His argument was the one he has made for years: “…”", "In her view, …", "His campaign": theirs
            found = self._pronoun(voice, OWNER_PRONOUNS[words[0]], speakers)
            someone = found.actor is not None or found.name not in OWNER_PRONOUNS.values()  # "A woman …"
            return found if someone else Speaker(None, phrase)
        return None

    def _plain_person(self, passage: int, at: int, noun: str) -> Speaker | None:
        """Whom "the man" or "the woman" at `at` is: the one described ("A retired welder … said
        his rent had doubled. “…,” the man said"), or met, just before ("asking a woman on her porch")."""
        previous = previous_subject(self.text, self.passages, self.quoted, passage, at, PLAIN_PERSONS[noun])
        described = self._described(passage, previous, PLAIN_PERSONS[noun])
        met = met_before(self.text, previous, noun) if described is None and previous is not None else None
        return described or (Speaker(None, self.text[met[0] : met[1]]) if met is not None else None)

    def _issuer(self, voice: Voice, words: list[str], speakers: dict[Voice, Speaker]) -> Speaker | None:
        """Whoever gave out the statement the voice names, where the text says."""
        (s, e), passage = voice.span, voice.passage
        owner = _POSSESSOR_RE.match(self.text, s, e)
        if owner is not None and owner.group(1).lower() not in OWNER_PRONOUNS \
                and owner.group(1).split()[0].lower() not in self.lex.quantifiers:  # "The council's message was"
            return self._who(Voice(passage, (s, owner.end(1)), None), speakers)
        sent = self.issuers.sent_by(passage, s, words[-1]) if len(words) == 2 else None  # "the email continued"
        issuer = self.issuers.issued_by(passage, e) or sent
        if issuer is None and (posted := self.issuers.poster(passage, s)) is not None:
            issuer = self._who(Voice(passage, posted, None), speakers)
        if issuer is None or issuer.actor is None:
            issuer = self.index.described(passage, e, self.text[s:e], _ISSUER_TYPES)
        return issuer if issuer.actor is not None else None

    def _pronoun(self, voice: Voice, word: str, speakers: dict[Voice, Speaker]) -> Speaker:
        """Whom "he", "she", "it" or "they" at the voice points back to."""
        s, passage = voice.span[0], voice.passage
        previous = previous_subject(self.text, self.passages, self.quoted, passage, s, word)
        if previous is not None and previous[2] is not None \
                and len(sentence_spans(self.text, previous[2][1], s + 1)) > 1:
            previous = None  # "“…,” a spokesman, X, told reporters. He added": not the subject before it
        described = self._described(passage, previous, word)
        if described is not None:  # "An older man … had voted no. “…,” he said."
            return described
        office = office_subject(self.text, previous) if previous is not None and word in ("he", "she") \
            else None  # "The mayor returned to it. …, he said": whoever holds the office
        held = self._who(Voice(passage, office, None), speakers) if office is not None else None
        if held is not None and held.actor is not None and self.index.gender_fits(held.actor, word):
            return Speaker(held.actor, word)
        document = self._document_before(passage, s, speakers) if word.lower() == "it" else None
        if document is not None:
            return document  # "The email, sent by Ana Roe, … . It described him as “…”"
        reported = None
        if voice.reported is not None:
            at, earlier = voice.reported
            reported = (at, speakers[earlier])
        found = self.index.pronoun(passage, s, word, reported)
        later = self.later_names.named_next(passage, s, word.lower()) if found.actor is None else None
        return Speaker(later, word) if later is not None else found

    def _described(self, passage: int, previous: PreviousSubject | None, word: str) -> Speaker | None:
        """The person described, never named, whom "he" or "she" (`word`) points back to, if any."""
        described = described_subject(self.text, previous, word) if previous is not None else None
        if described is None:
            return None
        return self._given_name(passage, described) or self.index.apposed_to(passage, described[0]) \
            or Speaker(None, self.text[described[0] : described[1]])  # (but "Ana Roe, 64, a nurse who")

    def _document_before(self, passage: int, at: int, speakers: dict[Voice, Speaker]) -> Speaker | None:
        """Whoever sent the written thing ("the email", "the bank's statement") the sentence before `at` has
        for its subject, if the text says who, or the named body it describes ("The coast guard …. It said")."""
        psg = self.passages[passage - 1]
        sentences = sentence_spans(self.text, psg.start, at + len("it"))
        subject = clause_subject(self.text, *sentences.pop())
        before = subject is not None and subject[0] == at  # "It said", "In a post on its website, it said":
        if before:
            subject = clause_subject(self.text, *sentences[-1]) if sentences else None  # the sentence before
        if subject is None:
            return None
        phrase = self.text[subject[0] : subject[1]]
        words = phrase.lower().split()
        if before and len(words) > 2 and words[0] == "the" and words[-1] in self.lex.org_words:
            body = self._who(Voice(passage, subject, None), speakers)  # "The coast guard gave …. It said"
            return Speaker(body.actor, body.actor.name) if body.actor is not None else None
        if not (2 <= len(words) <= 3 and words[0] in ("the", "this", "that") and words[-1] in self.lex.statement_nouns):
            return None
        # "The email, sent by Ana Roe,"
        sent = self.issuers.sent_by(passage, at, words[-1]) if len(words) == 2 else None
        sender = sent or self._who(Voice(passage, subject, None), speakers)  # "The bank's statement"
        return sender if sender.actor is not None or sender.name != phrase else None

    def _role_holder(self, voice: Voice, roles: tuple[str, ...], speakers: dict[Voice, Speaker]) -> Speaker | None:
        """Who the role description at the voice ("the Vermont senator") stands for, if anyone."""
        (s, e), passage = voice.span, voice.passage
        phrase = self.text[s:e]
        persons = self.index.persons_before(passage, s)
        holder = role_holder(self.text, s, persons, roles) or self.named_before.only_titled(s, roles)
        if holder is None and len(phrase.split()) == 2 and (last := self._described_last(passage, speakers, persons)):
            return last  # "the lawmaker" after "One Republican member of the House, who …, said"
        if holder is None:
            holder = self.index.salient_person(passage, s, phrase_gender(phrase.lower().split()))
            if holder is not None and not fits_roles(holder, roles):
                holder = None  # "the minister for care" is not the council leader just named
        return Speaker(holder, phrase) if holder is not None else None

    def _described_last(self, passage: int, speakers: dict[Voice, Speaker],
                        persons: Sequence[tuple[int, int, Actor]]) -> Speaker | None:
        """ "One member of the House, who …, said “…”. “…,” the lawmaker said": a role noun that no
        person named with it carries is the last speaker when that one was described, not named
        ("a …", "one …"), and nobody has been named since its sentence."""
        voice, last = next(reversed(speakers.items()), (None, None))
        if voice is None or last is None or voice.passage < passage - 1 \
                or last.name.split()[0].lower() not in _INDEFINITE:
            return None
        psg = self.passages[voice.passage - 1]
        spans = sentence_spans(self.text, psg.start, psg.end, self.quoted.of(voice.passage).spans)
        end = next((e for _s, e in spans if e > voice.span[1]), psg.end)
        return last if not persons or persons[0][0] < end else None

    def _given_name(self, passage: int, described: Span) -> Speaker | None:
        """The person a description names by the one name they gave ("a nurse who gave her name
        only as Ana"), if it does."""
        given = name_given_as(self.text, *described)
        if given is None:
            return None
        named = self.index.named(passage, *given)
        return named if named.actor is not None and named.actor.type == "person" \
            else Speaker(None, self.text[given[0] : given[1]])

    def _talked_about(self, voice: Voice, noun: str, found: Speaker) -> Speaker | None:
        """ "the agency" where no agency's name says so, and the body nearest is a venue: the body
        talked about, as "it" would be ("X postponed the launch at the Y Centre. …, the agency said")."""
        at = voice.span[0]
        last = max((m.start for m in found.actor.mentions if m.start < at), default=-1) if found.actor else -1
        if noun not in _ANY_BODY or last < 0 or not _VENUE_BEFORE_RE.search(self.text, max(0, last - 10), last):
            return None
        it = self.index.pronoun(voice.passage, at, "it")
        return Speaker(it.actor, self.text[at : voice.span[1]]) \
            if it.actor is not None and it.actor.type == "organization" else None

    def _named_for(self, at: int, noun: str, phrase: str) -> Speaker | None:
        """ "the union" far from the union's last mention: the body whose name holds the word, named
        before however far back (not for "the company", which names no firm by its word)."""
        body = self.named_before.body(at, [noun]) if noun not in FIRM_NOUNS else None
        if body is None or body.type not in self.lex.kind_nouns[noun] or gazetteer().lookup(body.name) is not None:
            return None  # (a union of states, "the European Union", is no trade union)
        return Speaker(body, phrase)

    def _court_before(self, at: int) -> Actor | None:
        """The court that gave a judgment: the last court to speak ("the European court wrote"),
        else the one named last before `at` (a body named with "Court" or "Tribunal")."""
        return next(reversed(self._court_spoke.values()), None) or self.named_before.court(at)

    def _of_age(self, passage: int, at: int, age: str | None) -> Actor | None:
        """The newest person named before `at` whom the text gave that age ("the 70-year-old")."""
        if age is None:
            return None
        persons = self.index.persons_before(passage, at)
        return next((a for _s, _e, a in persons if stated_age(self.text, a) == age), None)
