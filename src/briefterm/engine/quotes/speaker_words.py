"""Word tests for speakers: can a phrase be what "he", "she" or "it" stands for, is a period an
abbreviation's, and the small span set the speaker index keeps quotations in."""

from __future__ import annotations

import bisect
import re
from functools import cache

from briefterm.core.types import Actor
from briefterm.engine.lexicon.gazetteer import gazetteer
from briefterm.engine.lexicon.speech import noun_gender, word_before
from briefterm.engine.lexicon.words import lexicon

QUOTE_MARK_RE = re.compile(r"[“”\"]")  # a quotation mark, open or close
_AGE_WORD_RE = re.compile(r"(\d{1,3})-year-old")


@cache
def _statement_heads() -> frozenset[str]:
    """Statement nouns in the singular ("report", "brief"), for "the agency's reports"."""
    return frozenset(n.rstrip("s") for n in lexicon().statement_nouns if " " not in n)


_STATEMENT_RES: dict[str, re.Pattern[str]] = {}


# "a statement in his name", "on her behalf": whose statement another reads
BEHALF_RE = re.compile(r"[ \t]+(?:in|on)[ \t]+(his|her)[ \t]+(?:name|behalf)\b")


def _statement_re(noun: str) -> re.Pattern[str]:
    """'in a statement', 'issued a written statement': a statement introduced, not 'the
    statement' referring back to one."""
    found = _STATEMENT_RES.get(noun)
    if found is None:
        found = _STATEMENT_RES[noun] = re.compile(
            rf"\b(?:an?|its|his|her|their)\s+(?:[a-z]+\s+)?({re.escape(noun)})\b", re.I)
    return found


_HEAD_ENDS = frozenset(("of", "for", "in", "at", "from", "on", "near"))


def fits_pronoun(name: str, cls: str, gender: str | None = None) -> bool:
    """Can a speaker named so, with no actor behind it, be what the pronoun stands for?
    "it": a body ("the ministry", "the report", "HWA"); "he"/"she": a person whose given
    name or title noun ("spokeswoman") does not say otherwise."""
    lex = lexicon()
    words = name.split()
    if not words:
        return False
    # The phrase's head comes before "of"/"for" or where the person is: "a spokeswoman for the Port
    # Authority", "a nurse in the hospital's care unit" are persons; so is "a woman selling beans".
    cut = next((i for i, w in enumerate(words) if i > 0 and w in _HEAD_ENDS), len(words))
    last = words[cut - 1]
    head = last.strip(".,").lower()
    body = head in lex.kind_nouns or head in lex.statement_nouns or (last.isupper() and len(last) > 1) \
        or _named_body(words[:cut])
    if cls == "thing":
        return body
    if cls == "person":
        if body or head in lex.pronouns:
            return False
        doing = next((i for i in range(2, cut) if words[i].endswith("ing") and _person_like(words[:i])), cut)
        if gender is not None and not _person_like(words[:doing]):
            return False  # "she said" does not point back to "a box" or "some"
        if gender is not None and (head in lex.quantifiers or _plural_person(head)):
            return False  # nor "he" to "most of the patients"
        return not other_gender(name, gender)
    return body or head.endswith("s")


def _named_body(words: list[str]) -> bool:
    """ "the state news agency Tanjug": a name right after a noun for a kind of body names that body."""
    k = len(words)
    while k > 0 and words[k - 1][:1].isupper():
        k -= 1
    return 0 < k < len(words) and words[k - 1].lower() in lexicon().kind_nouns


def other_gender(name: str, gender: str | None) -> bool:
    """Does a given name or noun of the phrase say the other sex than "he"/"she" does ("a woman")?"""
    lex = lexicon()
    lowered = {w.strip(".,'’").lower() for w in name.split()}
    if gender == "he":
        return not (lowered.isdisjoint(lex.female) and lowered.isdisjoint(lex.female_nouns))
    if gender == "she":
        return not (lowered.isdisjoint(lex.male) and lowered.isdisjoint(lex.male_nouns))
    return False


def phrase_gender(words: list[str]) -> str | None:
    """ "he"/"she" when a word of the phrase says so ("the congresswoman"), else None."""
    genders = {noun_gender(w) for w in words}
    return "she" if "she" in genders else "he" if "he" in genders else None


def _plural_person(word: str) -> bool:
    """A plural noun for people: "patients", "workers", "visitors"."""
    lex = lexicon()
    one = word[:-1]
    return word.endswith("s") and not word.endswith("ss") and (one in lex.person_nouns or one in lex.roles
                                                                or agent_noun(one))


def _abbreviation_before(text: str, k: int) -> bool:
    """Is the period at text[k] an abbreviation's ("Mr.", "Sen.", "J.")?"""
    j = k
    while j > 0 and text[j - 1].isalpha():
        j -= 1
    word = text[j:k]
    return bool(word) and word[0].isupper() and (len(word) == 1 or word.lower() in lexicon().abbreviations)



def _person_like(words: list[str]) -> bool:
    """A proper name ("Jane Roe", "the Harbour Agency's Tom Poe") or a phrase with a noun for a
    person ("a spokeswoman", "one nurse")."""
    lex = lexicon()
    head = words[-1]
    if head[:1].isupper() and head.lower() not in lex.function_caps:
        return True  # a name ends the phrase ("the Ledger's Tom Poe"), not "Roe's plan"
    low = head.strip(".,'’").lower()
    if low in lex.person_nouns or low in lex.titles or low in lex.female_nouns or low in lex.male_nouns:
        return True
    return len(words) > 1 and agent_noun(low)  # "one maize trader", "a local activist"


# "His argument …", "In her view, …": the owner speaks, as "he" or "she" would.
OWNER_PRONOUNS = {"his": "he", "her": "she", "its": "it", "their": "they"}


def phrase_head(lows: list[str], participles: bool = False) -> str:
    """The head of a phrase of lower-case words: the word before its first preposition (or, with
    `participles`, before an -ing word after the first two: "a driver waiting for fares"), else its last."""
    prepositions = lexicon().prepositions
    return next((lows[i - 1] for i in range(1, len(lows))
                 if lows[i] in prepositions or participles and i > 1 and lows[i].endswith("ing")), lows[-1])


def own_voice(phrase: str) -> bool:
    """Does a described person speak for themselves rather than for the body named after the
    head ("A nurse at X Hospital", "One member of the House"; but "A spokesman for X", "An
    official at X" speak for X)?"""
    lows = [w.strip(".,").lower() for w in phrase.split()]
    if len(lows) < 3 or lows[0] not in ("a", "an", "one", "another"):
        return False
    head = phrase_head(lows)
    one = head[:-1] if head.endswith("s") else head
    lex = lexicon()
    return (one in lex.person_nouns or agent_noun(head)) and one not in lex.employee_roles \
        and one not in lex.body_voices


def speaker_noun(head: str) -> bool:
    """A head noun for someone who can speak: a pronoun, a person, a title, a body ("the ministry")."""
    lex = lexicon()
    if age_noun(head):
        return True  # "the 45-year-old said"
    one = head[:-1] if head.endswith("s") else head  # "aides", "sources"
    return head in lex.pronouns or one in lex.person_nouns or one in lex.titles or head in lex.kind_nouns \
        or one in lex.female_nouns or one in lex.male_nouns or head in lex.collective_nouns or agent_noun(head)


def titled_name(name: str) -> bool:
    """Does the name hold a title or a word for a man or a woman ("Chief Minister Ana Roe")?"""
    lex = lexicon()
    return any(w in lex.titles or w in lex.male or w in lex.female for w in name.lower().split())


def given_name_fits(name: str, gender: str) -> bool:
    """The name's first word after any title is no given name of the other sex."""
    lex = lexicon()
    first = next((w for w in name.lower().replace(".", " ").split() if w not in lex.titles), None)
    return first is None or first not in (lex.female if gender == "he" else lex.male)


def age_noun(low: str) -> bool:
    """An age used as a noun for a person: "45-year-old", "the 19-year-olds"."""
    return low.endswith(("-year-old", "-year-olds"))


def epithet(word: str) -> bool:
    """A word news uses for a person just named: an age ("45-year-old") or a nationality
    ("Spaniard", "Kenyan")."""
    if age_noun(word.lower()) and not word.endswith("s"):
        return True  # one person: "the 45-year-old", not "the 19-year-olds"
    entry = gazetteer().lookup(word)
    return entry is not None and entry.role == "demonym" and word[:1].isupper() and not word.endswith("s")


def epithet_age(word: str) -> str | None:
    """The age an epithet gives ("70-year-old" -> "70"), or None."""
    m = _AGE_WORD_RE.fullmatch(word.lower())
    return m.group(1) if m else None


def agent_noun(low: str) -> bool:
    """A noun for someone who does something, by its ending ("trader", "activist", "migrant",
    "residents"); not a short "-ant"/"-ent" word ("plant", "event") nor a "-ment" ("statement")."""
    stem = low[:-1] if low.endswith("s") else low
    if stem in lexicon().not_agents:
        return False
    if stem.endswith(("ant", "ent")):
        return len(stem) >= 6 and not stem.endswith("ment")
    if low.endswith(("man", "men", "woman", "women", "person")) and len(low) > 6:
        return True  # "fisherman", "tradeswomen", "chairperson" (not "human", "German" lower-cased)
    return stem.endswith(("er", "or", "ist", "ian"))


def _unpossessed_run(start: int, run: str) -> tuple[int, str]:
    """A name run without a possessor before it: "Germany's Lukas Brenner" -> "Lukas Brenner"
    (and "Thomas'" -> "Thomas")."""
    words = run.split()
    for k, w in enumerate(words[:-1]):
        if w.endswith(("'s", "’s", "'", "’")):
            cut = run.index(words[k + 1], run.index(w) + len(w))
            return start + cut, run[cut:]
    return start, _unpossessed(run)


def _unpossessed(word: str) -> str:
    """ "Thomas'" -> "Thomas", "Russia's" -> "Russia"."""
    if word.endswith(("'s", "’s")):
        return word[:-2]
    return word.rstrip("'’")


class _Spans:
    """Sorted, disjoint (start, end) spans with a membership test."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        self.spans = spans
        self.starts = [sp[0] for sp in spans]

    def __reduce__(self) -> tuple[type[_Spans], tuple[list[tuple[int, int]]]]:
        # Pickled from a child process by its spans (a compiled class has no __dict__ to copy)
        return _Spans, (self.spans,)

    def holds(self, pos: int) -> bool:
        i = bisect.bisect_right(self.starts, pos) - 1
        return i >= 0 and self.spans[i][0] <= pos < self.spans[i][1]


_NO_SPANS = _Spans([])


class QuotedSpans:
    """The quotations of each passage (by index): a mention inside one is not a candidate."""

    def __init__(self) -> None:
        self._by_passage: dict[int, _Spans] = {}

    def add(self, passage: int, spans: list[tuple[int, int]]) -> None:
        """The quotation spans of a passage, sorted."""
        self._by_passage[passage] = _Spans(spans)

    def extend(self, other: QuotedSpans) -> None:
        """Add the spans of `other`, which holds other passages."""
        self._by_passage.update(other._by_passage)

    def of(self, passage: int) -> _Spans:
        return self._by_passage.get(passage, _NO_SPANS)


def name_words(name: str) -> set[str]:
    """ "Information Commissioner's Office" -> {"information", "commissioner", "office"}."""
    return {w.removesuffix("'s").removesuffix("’s") for w in name.lower().split()}


_NORM_RE = re.compile(r"[^\w]+")


def norm_name(name: str) -> str:
    low = _NORM_RE.sub(" ", name.replace("’", "'").replace("'s ", " ").lower()).strip()
    return low[4:] if low.startswith("the ") else low


def name_tail(phrase: str) -> list[str]:
    """The capitalised words ending a phrase, after any possessive: "the Ledger's Tom Poe" ->
    ["tom", "poe"]."""
    out: list[str] = []
    for w in reversed(phrase.replace(".", " ").split()):
        if not w[:1].isupper() or w.endswith(("'s", "’s")):
            break
        out.append(w.lower())
    return out[::-1]


def titled_gender(text: str, actor: Actor) -> str | None:
    """ "he" or "she" from a word written before one of the person's mentions: "Mrs.", "Mr.",
    "his wife"; None where none says."""
    honorifics = lexicon().honorifics
    for m in actor.mentions:
        word = word_before(text, m.start)
        if text[max(0, m.start - 12) : m.start].rstrip().endswith(".") and word not in honorifics:
            continue  # "… for the missing men. Rosalía Quispe said": a sentence's end, no title
        gender = noun_gender(word or _word_before_comma(text, m.start))  # "her son, Tavish,"
        if gender is not None:
            return gender
    return None


def _word_before_comma(text: str, start: int) -> str:
    """The word before a comma and a space right before offset `start`, in lower case, or ""."""
    if text[max(0, start - 2) : start] != ", ":
        return ""
    k = start - 2
    while k > 0 and text[k - 1].isalpha():
        k -= 1
    return text[k : start - 2].lower()


_SUFFIX_RE = re.compile(r"(?:[A-Z]{2,4}|Jr\.?|Sr\.?|I{1,3}|IV)")  # "Jane Roe, QC", "John Doe Jr."


def heads_phrase(text: str, start: int, mention: tuple[int, int, Actor], end: int) -> bool:
    """Does `mention` head the phrase text[start:end]: end it (a suffix like ", QC" aside) or come
    before its post-modifier? Not a place that only says where a described person is from: "a
    farmer in Kansas", "the mother of a victim from Berlin" (the farmer, the mother speak)."""
    ms, me, actor = mention
    rest = text[me:end].strip(" ,")
    if rest and _SUFFIX_RE.fullmatch(rest) is None and not post_modifier(text, me, end):
        return False
    before = text[start:ms].split()
    agent = before[before.index("for", 1) - 1] if "for" in before[1:] else ""  # (not "Minister for X Ana Roe")
    if actor.type == "person" and agent.islower() and speaker_noun(agent):
        return False  # "A spokesman for Mayor Ana Roe": the spokesman speaks, not the mayor
    described = len(before) > 1 and (before[0].islower() or before[0].lower() in lexicon().determiners
                                     or speaker_noun(before[0].lower()))  # "Officials at the X in Geneva"
    return not (described and actor.type in ("place", "country") and before[-1] in ("from", "in", "near", "outside"))


def post_modifier(text: str, me: int, end: int) -> bool:
    """Does a phrase that goes on past offset `me` go on with a preposition ("Jane Roe of the Ledger"),
    after the name's bracketed acronym if it has one ("the Agency (HA) in Geneva")?"""
    rest = text[me:end].lstrip(" ,").lower()
    if rest.startswith("(") and 0 < rest.find(")") <= 12:
        rest = rest[rest.find(")") + 1 :].lstrip(" ,")
    return rest.startswith(("of ", "at ", "for ", "from ", "with ", "on ", "in "))


def cannot_speak(phrase: str) -> bool:
    """A phrase that cannot speak: no name, no pronoun, no noun for a person or a body."""
    words = phrase.split()
    if any(w[:1].isupper() for w in words):
        return False
    lex = lexicon()
    lows = [w.strip(".,").lower() for w in words]
    if lows == [lows[0]] and lows[0] in OWNER_PRONOUNS or lows[1:] in (["of", "them"], ["of", "us"]):
        return False  # "In his words, …": his; "one of them said"
    if lows[0] in ("someone", "somebody") and len(lows) > 1:
        return False  # "Someone in the audience shouted"
    # The head is the last word or, in a phrase that opens with a determiner, the one before
    # a phrase that modifies it: "the minister for care", "the spate of protests", "a farmer selling eggs".
    heads = {lows[-1]}
    if lows[0] in lex.determiners:
        heads |= {lows[i - 1] for i in range(2, len(lows)) if lows[i] in lex.prepositions or lows[i][-3:] == "ing"}
    statements = lex.statement_nouns  # "the report said" speaks for its issuer
    return not any(speaker_noun(h) or h in statements or h.rstrip("s") in statements for h in heads)


def someone_named(phrase: str) -> bool:
    """ "he", "she" or a name (its last word capitalised, not a function word): who a sentence is about."""
    words = phrase.split()
    return bool(words) and (words[0].lower() in ("he", "she") or len(words) == len(name_tail(phrase)) > 0
                            and words[0].lower() not in lexicon().function_caps)


_ASKED_ONE_RE = {
    "he": re.compile(r"[ \t]+(?:him[ \t]|(?:whether|if)[ \t]+he\b)"),
    "she": re.compile(r"[ \t]+(?:her[ \t]|(?:whether|if)[ \t]+she\b)"),
}


def asks_the_one(text: str, end: int, gender: str) -> bool:
    """Does the verb ending at `end` ask someone of `gender` ("asked him …", "asked whether she
    …")? Then the "he said" or "she said" that follows is the answer of the one asked."""
    asked = _ASKED_ONE_RE.get(gender)
    return asked is not None and asked.match(text, end) is not None


_OBJECT_PRONOUNS = {"him": "he", "them": "they"}  # ("her" is an owner's too)


def pronoun_reading(phrase: str) -> tuple[str, str | None] | None:
    """A lone pronoun's class ("person", "thing", "plural") and gender ("he", "she" or None), an
    owner pronoun read as its subject ("her" in "In her words," is "she"); None for any other
    phrase, and for "I" and "you" (the author and the reader)."""
    word = " ".join(phrase.lower().split())
    word = OWNER_PRONOUNS.get(word) or _OBJECT_PRONOUNS.get(word, word)  # "quoted him as saying"
    cls = lexicon().pronouns.get(word, "author")
    return None if cls == "author" else (cls, word if word in ("he", "she") else None)
