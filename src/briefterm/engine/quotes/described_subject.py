"""A "he" or "she" that points back to a person the text describes and never names.

"Outside the station, an older man who gave no name had voted no. “…,” he said." The
sentence before the quotation has for its subject a person described by a noun that says a
man or a woman; the pronoun after the quotation is that person, not the last name in sight.
"""

from __future__ import annotations

import re
from functools import cache

from briefterm.engine.lexicon.gazetteer import gazetteer
from briefterm.engine.lexicon.speech import noun_gender
from briefterm.engine.lexicon.words import lexicon
from briefterm.engine.passage_index import PassageIndex
from briefterm.engine.quotes.clause_subject import clause_subject
from briefterm.engine.quotes.speaker_words import (
    QUOTE_MARK_RE,
    QuotedSpans,
    age_noun,
    agent_noun,
    phrase_head,
    speaker_noun,
)
from briefterm.engine.sentences import sentence_spans

Span = tuple[int, int]
# The sentence before a pronoun's quotation, its subject, that quotation (if any) and where it opens
PreviousSubject = tuple[Span, Span, Span | None, int]

_NAME_AFTER_RE = re.compile(r",[ \t]+[A-Z]")
_APPOSED_NAME_RE = re.compile(r",[ \t]+[A-Z][\w’'.-]*(?:[ \t]+[A-Z][\w’'.-]*)*,")  # "…, Ana Roe, said"
# "a nurse who gave her name only as Ana", "who would give only his first name, Ali" (or surname), "a driver
# identified only as Ali": the one name the text has for a described person.
_GIVEN_AS_RE = re.compile(
    r",?[ \t]+(?:(?:who|and)[ \t]+(?:would[ \t]+|only[ \t]+)?(?:gave|give|gives|offered|provided)[ \t]+(?:only[ \t]+)?"
    r"(?:his|her|their)[ \t]+(?:(?:first[ \t]+|given[ \t]+|last[ \t]+|family[ \t]+)?name|surname)"
    r"(?:[ \t]+only)?(?:[ \t]+as[ \t]+|,[ \t]+)"
    r"|(?:identified|named|known)[ \t]+only[ \t]+as[ \t]+"
    r"|,?[ \t]+who[ \t]+said[ \t]+(?:his|her|their)[ \t]+(?:first[ \t]+)?name[ \t]+was[ \t]+"  # "said her name was"
    # "who asked that only his first name, Ali, be used", "identified only by her family name, Roe,"
    r"|who[ \t]+asked[ \t]+(?:that[ \t]+|to[ \t]+be[ \t]+(?:identified|named)[ \t]+)only[ \t]+(?:by[ \t]+)?"
    r"(?:his|her|their)[ \t]+(?:first[ \t]+|given[ \t]+|last[ \t]+|family[ \t]+)?(?:name|surname),[ \t]+)"
    r"([A-Z][\w’'.-]*(?:[ \t]+[A-Z][\w’'.-]*)?)")
_GIVEN_AS_REACH, _NAME_CHARS = 100, 40
# what a description may go on with before its "who gave …": where the person is from, or what
# she was doing ("A woman selling potatoes at the blockade, who gave her name only as Ana")
_DESCRIPTION_GOES_ON_RE = re.compile(  # (and "a passenger on the bus, a nurse who gave …" or "one of
    # them, a nurse who gave …": an apposition; "a man who runs a shop, and who would give …")
    r"(?:[ \t]+[^,.;:!?“”\"\n]{1,100})?(?:,[ \t]+(?:an?|the)[ \t]+[^,.;:!?“”\"\n]{1,60})?(?:,[ \t]+and)?"
    r"|,[ \t]+who[ \t]+[^,.;:!?“”\"\n]{1,100}")  # "One woman, who sells fish and gave her name only as …"
_PLACE_AFTER_RE = re.compile(  # "… in Vista Flores," or "… in Vista Flores who" after a description: where she is
    r"[ \t]+(?:in|from|near)[ \t]+(?:the[ \t]+)?[A-Z][\w’'.-]*(?:[ \t]+[A-Z][\w’'.-]*){0,3}"
    r"(?=[,.;]|[ \t]+(?:who|told|said)\b)")  # (or "… from Bamako told")
_NUMBER_REACH = 24  # ". 13 bus" after "No"
_PRONOUN_CHAIN = 2  # sentences back through the same pronoun as subject ("She laughed.")
_PRONOUN_RE = re.compile(r"\b(?:he|she|him|her|his)\b", re.IGNORECASE)
_ASKED_RE = re.compile(r"\b(?:ask|asks|asked|whether|if)\b")
# "A nurse, who asked … because she …," (or "… who read it, and who …", "…, speaking on condition
# of anonymity because he …,", "…, because her husband …,"): the person's own clause (also after a
# description: "…, a deckhand who asked … because he …,"); a period inside it ends no clause when
# a name goes on ("at Tromvik-St. Paul Airport", "with Mr. Roe")
_OWN_PRONOUN_RE = re.compile(
    r"(?:[^,.;]|\.(?=[ \t][A-Z0-9])){0,100}?,[ \t]+(?:and[ \t]+|(?P<described>an?[ \t]+[^,.;]{0,70}?)[ \t]+)?"
    r"(?:who|because|[a-z]+ing)[ \t]"
    r"[^,.;]*?\b(?P<pronoun>he|his|him|she|her)\b(?:[^,.;]|\.(?=[ \t][A-Z]))*,")

# "a welder who asked that his name not be used said", "… who asked not to be named because she …": a
# clause with no commas whose pronoun is the person's own (not "a teacher who knew her")
_UNNAMED_RE = re.compile(  # (and "who has guided tours for years, and asked not to be named because he …")
    r"(?:[ \t]+(?:from|in|near|at)[ \t]+[^,.;“”\"]{1,40}?)?"  # ("a welder from X who …")
    r"[ \t]+who[ \t](?:[^,.;“”\"]|,[ \t]+and\b){0,120}?\b(?:(his|her)[ \t]+(?:\w+[ \t]+)?name|because[ \t]+(he|she))\b")


def name_given_as(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of the name that the description text[start:end] gives its person, in it or
    right after it ("a driver identified only as Ali", "… who gave her name only as Ana")."""
    reach = end + _GIVEN_AS_REACH + _NAME_CHARS  # (the name whole)
    if text.find("name", start, reach) < 0 and text.find("only", start, reach) < 0:
        return None  # every way the pattern gives a name says "name" or "only": most descriptions have neither
    given = _GIVEN_AS_RE.search(text, start, reach)
    if given is None or given.start() > end + _GIVEN_AS_REACH \
            or given.start() > end and not _DESCRIPTION_GOES_ON_RE.fullmatch(text, end, given.start()):
        return None  # but "one driver from Ganja, who gave only his first name, Ali"
    s, e = given.span(1)
    stop = text.find(". ", s + 2, e)  # "… her first name, Opal. A man …": the sentence ends (not "J. Roe")
    while stop > 0 and text[s:stop].split()[-1].lower() in lexicon().honorifics:
        stop = text.find(". ", stop + 2, e)  # nor at "Mrs." in "Mrs. Roe"
    e = stop if stop > 0 else e
    return (s, e - 1) if text[e - 1] == "." and e - s > 2 else (s, e)  # the sentence's full stop


def office_subject(text: str, previous: PreviousSubject) -> Span | None:
    """The office that the sentence before a pronoun's quotation has for its subject ("The mayor
    returned to the subject. …, he said"), for the holder to be found; else None."""
    subject = previous[1]
    words = text[subject[0] : subject[1]].lower().split()
    if _NAME_AFTER_RE.match(text, subject[1]):
        return None  # "The House speaker, Clay Roe, …": the name says who
    return subject if words[0] == "the" and 1 < len(words) <= 3 and words[-1] in lexicon().offices else None


def previous_subject(
    text: str, passages: PassageIndex, quoted: QuotedSpans, passage: int, at: int, pronoun: str
) -> PreviousSubject | None:
    """The sentence before the quotation the `pronoun` at `at` closes (or before the pronoun),
    its subject (outside quotations), the quotation and where it opens: what `described_subject`
    and `office_subject` read."""
    spans = [sp for sp in quoted.of(passage).spans if sp[1] <= at]
    if not 0 < passage <= len(passages):
        return None
    psg = passages[passage - 1]
    # the quotation mark, or with none before, the pronoun itself ("…. Through his lawyer, he told …")
    opening = spans[-1][0] - 1 if spans else at
    if not text[psg.start : opening].strip():  # the paragraph opens with it: the last one's end
        if passage < 2:
            return None
        psg = passages[passage - 2]
        opening = psg.end
    sentences = sentence_spans(text, psg.start, opening)
    if not spans and sentences and text[sentences[-1][1] - 1] not in ".!?":
        sentences.pop()  # the pronoun's own sentence, up to the pronoun
    found = _subject_back(text, sentences, pronoun)
    # a subject inside a quotation ("“The men …,” he said") is nobody's
    if found is None or quoted.of(psg.index).holds(found[1][0]):
        return None
    return found[0], found[1], spans[-1] if spans else None, opening


def described_subject(text: str, previous: PreviousSubject, pronoun: str) -> tuple[int, int] | None:
    """The span of the description ("an older man") that the `pronoun` points back to, if the
    sentence before its quotation (`previous`) has one for its subject; else None."""
    sentence, subject, last_quote, opening = previous
    words = _without_modifiers(text[subject[0] : subject[1]].split())
    lex = lexicon()
    office = any(w.strip(".,").lower() in lex.offices for w in words)  # (but "a ticket clerk …" holds none)
    named = office and (words[0].lower() not in ("a", "an") or _APPOSED_NAME_RE.search(text, subject[1], sentence[1]))
    if words[0].lower() not in lex.determiners or _names_someone(words) or _NAME_AFTER_RE.match(text, subject[1]) \
            or named:
        return None  # a name ("a friend of Ana Roe", "the chairwoman, Ana Roe,"), or an office a name holds
    head = phrase_head([w.strip(".,").lower() for w in words], participles=True)  # "a man selling plates"
    if head in ("men", "women", "people") or head.endswith("s") and not head.endswith("ss"):
        return None  # "the men who escaped" is no "he"
    genders = {noun_gender(w.lower().strip(".,")) for w in words[1:]}
    own = _OWN_PRONOUN_RE.match(text, subject[1], sentence[1])  # "A nurse, who asked … because she was …,"
    if own is not None:
        genders.add("she" if own.group("pronoun").lower() in ("she", "her") else "he")
        if own.group("described"):  # "One of them, a crane operator who …": the description
            subject = own.span("described")
    elif (unnamed := _UNNAMED_RE.match(text, subject[1], sentence[1])) is not None:
        genders.add("she" if (unnamed.group(1) or unnamed.group(2)) in ("her", "she") else "he")
    rest = text[subject[1] : sentence[1]]
    between = text[sentence[1] : opening].split()  # the quotation opens a sentence, or the pronoun one with no name
    ended = text[sentence[1] - 1] in ".!?" and (not between or last_quote is None and not _names_in(between[1:]))
    sexless = pronoun.lower() in ("he", "she") and not genders & {"he", "she"}  # but never "it" or "they"
    whole = _whole(text, subject)
    if _NAME_AFTER_RE.match(text, whole[1]):
        return None  # "A woman in Ashby, Ana Roe, said": named after where she is
    # "… told X that he had …" is his own; not "asked him", nor "asked whether she would …" (the one asked)
    mine = () if _ASKED_RE.search(rest) else {"he": ("he", "his"), "she": ("she",)}.get(pronoun.lower(), ())
    if ended and sexless and _person_head(words) and all(p.lower() in mine for p in _PRONOUN_RE.findall(rest)) \
            and not _names_in(rest.split()):
        return whole  # "a taxi driver waiting outside was less patient. “…,” he said."
    return whole if pronoun.lower() in genders else None


def met_before(text: str, previous: PreviousSubject, noun: str) -> Span | None:
    """ "… asking a woman on her porch how long …. “…,” the woman answered": the person met with
    an indefinite article in the sentence before, anywhere in it (`noun`: "man", "woman")."""
    sentence = previous[0]
    met = _indefinite_re(noun).search(text, *sentence)
    return met.span() if met is not None else None


@cache
def _indefinite_re(noun: str) -> re.Pattern[str]:
    """ "a woman", "an elderly woman on her porch" (and where she was, up to its first words)."""
    return re.compile(rf"\b(?:[Aa]n?|[Oo]ne)[ \t]+(?:[a-z-]+[ \t]+)?{noun}\b"
                      r"(?:[ \t]+(?:on|in|at|from|outside|near)[ \t]+(?:the|a|an|her|his|their)[ \t]+[a-z-]+)?")


def _whole(text: str, subject: Span) -> Span:
    """A description with the place it is in ("the manager of one winery in Vista Flores"), and one
    cut at "No." before its number taken to its comma ("a home health aide waiting for the No" ->
    "… for the No. 13 bus")."""
    words = text[subject[0] : subject[1]].split()
    if len(words) > 2 and len(words[-1]) > 5 and words[-1].endswith("ing") \
            and not _PLACE_AFTER_RE.match(text, subject[1]):
        # "A teacher sheltering" cut before "in one of the camps": the description without its verb
        cut = text.rfind(words[-1], subject[0], subject[1])
        return subject[0], subject[0] + len(text[subject[0] : cut].rstrip())
    if words[-1].lower() not in lexicon().number_abbreviations:
        place = _PLACE_AFTER_RE.match(text, subject[1])
        return (subject[0], place.end()) if place is not None else subject
    comma = text.find(",", subject[1], subject[1] + _NUMBER_REACH)
    return (subject[0], comma) if comma > 0 else subject


def _subject_back(text: str, sentences: list[Span], pronoun: str) -> tuple[Span, Span] | None:
    """The last sentence and its subject, or, where that subject is the pronoun itself ("…, said
    she had not followed it. Told of the veto, she laughed. “…,” she said."), the one before."""
    for sentence in sentences[::-1][:_PRONOUN_CHAIN + 1]:
        subject = clause_subject(text, *sentence)
        if subject is None or text[subject[0] : subject[1]].lower() != pronoun.lower():
            return (sentence, subject) if subject is not None else None
    return None


def _names_someone(words: list[str]) -> bool:
    """Does a description hold a name ("a friend of Ana Roe")? Not a nationality ("a Filipino
    deckhand") nor where the person is ("a screener at Tromvik Airport")."""
    gaz, lex = gazetteer(), lexicon()
    for k, w in enumerate(words[1:], 1):
        if _place_follows(words, k):
            return False  # what follows is a place ("a guide from the neighbouring village of Saas-Grund")
        low = w.strip(".,").lower()
        if w.endswith(("'s", "’s", "s'", "s’")) or low in lex.number_abbreviations:
            continue  # a possessor ("one of Roe's aides"): the person is someone else; "the No. 13 bus"
        if low in lex.bodies or low in lex.chambers or low in lex.affiliations or low in lex.party_adjectives:
            continue  # a chamber and a party describe ("a veteran Senate Democrat"): they name nobody
        entry = gaz.lookup(w.strip(".,")) if w[:1].isupper() else None
        if w[:1].isupper() and (entry is None or entry.role != "demonym" and entry.type not in ("country", "place")):
            return True  # but "a buyer who has worked on Louisiana campaigns": a place as a modifier
    return False


def _without_modifiers(words: list[str]) -> list[str]:
    """A description without the name that says what its person belongs to, before the noun for
    her ("a Port of Tilbury docker" -> "a docker"): the name of a club or a firm names nobody,
    where "a friend of Ana Roe", which ends on the name, does."""
    connectors = lexicon().connectors
    kept, skipping = [], False
    for k, w in enumerate(words):
        in_name = w[:1].isupper() or skipping and w.lower() in connectors
        skipping = k > 0 and in_name and any(
            later[:1].islower() and later.lower() not in connectors for later in words[k + 1 :])
        if not skipping:
            kept.append(w)
    return kept


_WHEN = lexicon().weekdays | lexicon().months


def _names_in(words: list[str]) -> bool:
    """Does the rest of a sentence hold a name? A place after a preposition does not ("a guide
    from the village of Saas-Grund, who …"), but "in Perth, Ana Roe," does."""
    placed, gaz, locative = False, gazetteer(), lexicon().locative
    words = [w for k, w in enumerate(words) if not (k and w == "the" and words[k - 1].lower() in locative)]
    for k, w in enumerate(words):
        entry = gaz.lookup(w.strip(".,")) if w[:1].isupper() else None
        if entry is not None and entry.role == "demonym" or w.strip(".,").lower() in _WHEN:
            continue  # "a Taiwanese national", "on Tuesday"
        if not w[:1].isupper():
            placed = False
        elif k and (_place_follows(words, k) or placed and not words[k - 1].endswith(",")):
            placed = True  # (a place of two words: "in New Delhi")
        elif not _modifies_people(words, k):
            return True
    return False


def _modifies_people(words: list[str], k: int) -> bool:
    """Is the name at words[k] a modifier of people after it ("told Red Cross volunteers")?"""
    after = next((w for w in words[k + 1 :] if not w[:1].isupper()), "")
    return after.rstrip(".,").endswith(("ers", "ists", "ants", "ents", "ors")) and not words[k].endswith(",")


def _place_follows(words: list[str], k: int) -> bool:
    """Does words[k] follow a preposition of place ("from", "in") or "the village of"?"""
    lex = lexicon()
    return words[k - 1].lower() in lex.locative \
        or k > 1 and words[k - 1] == "of" and words[k - 2].lower() in lex.place_cues


def _person_head(words: list[str]) -> bool:
    """Is the phrase's head (its last word, or the one before a preposition or participle) a
    noun for a person ("a taxi driver waiting for fares", "the cook")?"""
    lex = lexicon()
    head = phrase_head([w.strip(".,").lower() for w in words], participles=True)
    return (head in lex.person_nouns or agent_noun(head) or age_noun(head)) and not head.endswith("s") \
        and head != "people"  # (also "a 17-year-old from X")


# "the man" is whom "he" would be: the one met before, never a name
PLAIN_PERSONS = {"man": "he", "boy": "he", "woman": "she", "girl": "she"}


def occupation_named_again(text: str, passages: PassageIndex, quoted: QuotedSpans, passage: int, at: int,
                           words: list[str]) -> bool:
    """ "Dr Ana Roe said … . “…,” the emergency physician told …": is the description at `at` a
    definite occupation the text has not used before ("a road crew foreman" has), after a
    sentence that quotes nobody, so that it stands for the person just named?"""
    lex, head = lexicon(), words[-1]
    if words[0] != "the" or not 2 <= len(words) <= 3 or head in lex.kind_nouns or head in PLAIN_PERSONS \
            or head in lex.org_words or head.endswith("s") and not head.endswith("ss") or not speaker_noun(head):
        return False
    if re.search(rf"\b{re.escape(head)}(?:e?s)?\b", text[passages[max(0, passage - 2)].start : at], re.IGNORECASE):
        return False
    previous = previous_subject(text, passages, quoted, passage, at, "he")
    return previous is not None and not quoted.of(passage).holds(previous[0][0]) \
        and not QUOTE_MARK_RE.search(text, *previous[0])
