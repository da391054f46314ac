"""What a phrase of tokens looks like: a name ("Jane Roe", "al-Amr"), a description that stands
where a name would ("Democrat of Ohio", "D-Ohio", "Chief Executive"), a name's age after it
("Ana Roe, 22,") and a full name that ends a description ("the former official Ana Roe")."""

from __future__ import annotations

import re
from functools import cache

from briefterm.engine.lexicon.gazetteer import gazetteer
from briefterm.engine.lexicon.speech import Token, alternation, is_abbreviation, tokens_before
from briefterm.engine.lexicon.words import lexicon

Span = tuple[int, int]

_PARTY_TAG_RE = re.compile(r"[DRI]-[A-Z]")
# "BRUSSELS —", "ST. PAUL, Minn. —", "LONDON (Reuters) -": where the story was filed, before its first sentence
DATELINE_RE = re.compile(
    r"[A-Z][A-Z.'’ -]*[A-Z.](?:,(?:[ \t][A-Z][\w.]*)+)?(?:[ \t]\([^)\n]{1,30}\))?[ \t]+[—–-]{1,2}[ \t]+")
# "In her words:", "In his own words:" before a quotation: the owner of the words speaks
_IN_OWN_WORDS_RE = re.compile(r"[ \t]*In[ \t]+(his|her|their)[ \t]+(?:own[ \t]+)?words[ \t]*:[ \t]*$")

# "the Democrat, Ana Roe," / "its chairman, Lt. Gov. Tom Poe," closing right before a participle
_ROLE_APPOSITION_RE = re.compile(
    r"\b(?:the|a|an|its|his|her|their)[ \t]+(?:[a-z][\w'’-]*[ \t]+){0,3}[A-Za-z][\w-]*,[ \t]+"
    r"([A-Z][\w.'’-]*(?:[ \t]+(?:(?:and|of|for|the)[ \t]+)?[A-Z][\w.'’-]*){1,5}),[ \t]*$")  # (also "X of Y and Z")


def describes(toks: list[Token]) -> bool:
    """A capitalised phrase that describes rather than names: "Democrat of Ohio", "Chief Executive",
    a party and state ("D-Ohio", "R-N.Y."); not a title before a name ("Lieutenant Ana Roe")."""
    lex = lexicon()
    first = toks[0].lower
    if first in lex.honorifics and len(toks) > 1:
        return False  # "Dr. Ana Roe": an honorific comes before a name
    if first.endswith(("'s", "’s")) and len(toks) > 1:
        return describes(toks[1:])  # "Moldova's Minister of Agriculture": a place's office
    field = next((k for k, t in enumerate(toks) if t.lower in ("of", "for")), len(toks))  # (its field names no one)
    named = [t for t in toks[1:field] if t.is_word and t.text[:1].isupper() and t.lower not in lex.titles]
    return first in lex.titles and len(named) < 2 or party(toks)


_PLACE_BEFORE = frozenset(("in", "of", "from", "near", "at", "outside"))


def region_of_place(a: list[Token], b: list[Token]) -> bool:
    """ "… in Durango, Colo.,", "… of Lyon, France,": B, after a comma, is the state or country
    of the place that A ends with, not a name set beside A."""
    core = b[:-1] if b and b[-1].text == "." else b
    if not 1 <= len(core) <= 2 or not all(t.is_cap for t in core) or not a or not a[-1].is_cap:
        return False
    k = len(a) - 1
    while k > 0 and a[k - 1].is_cap:
        k -= 1  # "in Fort Collins, Colo."
    if k == 0 or a[k - 1].lower not in _PLACE_BEFORE:
        return False
    if len(core) < len(b):
        return True  # an abbreviated state: "Colo.", "Mass."
    comma = next((i for i in range(k - 2, -1, -1) if a[i].text == ","), -1)
    if comma >= 0 and a[comma + 1].lower in ("a", "an") and len(core) == 1:
        return True  # "Ana Roe, a fisherman from Buenavista, Guimaras,": where the place is
    entry = gazetteer().lookup(" ".join(t.text for t in core))
    return entry is not None and entry.role in ("name", "alias") and entry.type in ("country", "place")


def party(toks: list[Token]) -> bool:
    """ "D-Ohio", "Democrat of Ohio", "Republican": a member's party (and home), not a name."""
    return bool(toks) and (_PARTY_TAG_RE.match(toks[0].text) is not None or toks[0].lower in lexicon().affiliations)


def capitalised_end(toks: list[Token]) -> bool:
    return bool(toks) and toks[-1].is_word and toks[-1].is_cap


def name_like(toks: list[Token]) -> bool:
    """Capitalised words (name particles and initials allowed), 1-7 words, not a function word first."""
    words = [t for t in toks if t.text != "."]
    if not 1 <= len(words) <= 7:  # "María Fernanda Erazo de la Rosa"
        return False
    lex = lexicon()
    if words[0].lower in lex.function_caps or words[0].lower in lex.determiners:
        return False
    if not any(t.is_cap for t in words):
        return False
    return all(t.is_cap or (t.lower in lex.connectors and i > 0) or particle(t) for i, t in enumerate(words))


def particle(tok: Token) -> bool:
    """Lower-case name particles joined to a name: "al-Amr", "bin", "de"."""
    low = tok.lower
    return low.startswith(("al-", "el-", "ad-", "as-", "ash-", "ibn-")) or low in ("bin", "ibn", "de", "van", "von")


def age_comma(toks: list[Token]) -> int:
    """Where a name's age opens (its comma: "Ana Roe, 22, …"), in the phrase's last sentence, or -1."""
    for k in range(len(toks) - 2, 0, -1):
        if toks[k].text in ".!?;:" and not (toks[k].text == "." and is_abbreviation(toks[k - 1])):
            return -1
        if toks[k].text == "," and (k + 2 == len(toks) or toks[k + 2].text == ",") \
                and toks[k + 1].text.isdecimal() and int(toks[k + 1].text) <= 120 and toks[k - 1].is_cap:
            return k
    return -1


def named_after_description(toks: list[Token]) -> list[Token]:
    """The full name ending a description ("the former electoral official Ana Maria Roe", "former
    state Rep. Ana Roe of Eastport": her home town after it), or []."""
    home = next((i for i in range(len(toks) - 2, 1, -1) if toks[i].lower in ("of", "from")), 0)
    if home and toks[home - 1].is_cap and all(t.is_cap or t.text == "." for t in toks[home + 1 :]):
        toks = toks[:home]
    k = len(toks)
    while k > 0 and (toks[k - 1].is_cap or particle(toks[k - 1]) or toks[k - 1].text == "." and k > 1
                     and is_abbreviation(toks[k - 2])):
        k -= 1
    lex = lexicon()
    before = toks[k - 1] if k else None
    if before is None or not before.is_word or before.is_cap or before.lower in lex.determiners \
            or any(t.lower in lex.prepositions or t.lower in lex.connectors for t in toks[:k]):
        return []  # "an analyst at the Harbour Bank": the bank is where she works, not who she is
    titles = lex.titles
    while k < len(toks) - 2 and (toks[k].lower.rstrip(".") in titles or toks[k].text == "."):
        k += 1  # "former state Attorney General Ana Roe", "state Rep. Ana Roe": the title is no part of the name
    name = toks[k:]
    return name if len(name) >= 2 and name_like(name) and not describes(name) else []


def name_after_office(toks: list[Token]) -> list[Token]:
    """ "Councillor of State Fabio Roe": the full name after an office whose name holds "of", or []."""
    lex = lexicon()
    if len(toks) < 4 or toks[0].lower not in lex.titles:
        return []
    for g in range(2, len(toks) - 1):
        if (toks[g].lower in lex.male or toks[g].lower in lex.female) and all(t.is_cap for t in toks[g:]) \
                and all(t.is_cap or t.lower in ("of", "for", "the", "and") for t in toks[1:g]):
            return toks[g:]
    return []


def name_before_of(toks: list[Token]) -> list[Token]:
    """ "Ana Roe of the public defender's office": the name that opens a phrase, then where she works."""
    k = next((i for i, t in enumerate(toks) if not (t.is_cap or t.text == ".")), len(toks))
    return toks[:k] if 2 <= k < len(toks) and toks[k].lower in ("of", "from", "at") and name_like(toks[:k]) \
        and not describes(toks[:k]) else []


def restrictive_who(toks: list[Token]) -> int:
    """Where a relative clause with no comma opens in the phrase's last sentence ("One official
    who has worked with both men (described …)": the subject is "One official"), or -1. A "who"
    right before the verb is its subject ("an architect who said"), not a clause of its own. So
    does a participle after a described person ("An art dealer accused of selling drawings
    attributed to X (told …)"), unless "by" names who did it ("the report released by X")."""
    found = -1
    for k in range(len(toks) - 2, 0, -1):
        if toks[k].text in ".!?;:,":
            break
        if toks[k].lower in ("who", "whose") and not toks[k].is_acronym and toks[k - 1].is_word:
            return k  # (and "A farmer whose family has worked land there (said)")
        if _reduced_relative(toks, k):
            found = k
    return found


def relative_that(toks: list[Token]) -> int:
    """Where "that" after a lower-case noun opens a clause on it ("the union that represents …"), or -1."""
    stop = lexicon().stop
    return next((k for k in range(len(toks) - 2, 0, -1) if toks[k].lower == "that" and toks[k - 1].is_word
                 and toks[k - 1].text.islower() and toks[k - 1].lower not in stop), -1)


def last_conjunct(text: str, span: Span | None) -> Span | None:
    """ "… of sitting on an audit of the hospital and the incumbent (dismissed it)": a phrase with
    "and the/a" in it that opens after a preposition is that preposition's object joined to the next
    clause's subject, which is the part after its last "and"."""
    if span is None:
        return None
    cut = text.rfind(" and ", *span)
    before = text[max(0, span[0] - 16) : span[0]].split()
    if cut < 0 or not _DETERMINER_AFTER_RE.match(text, cut + 5) or not before \
            or before[-1] not in lexicon().prepositions:
        return span
    return cut + 5, span[1]


_DETERMINER_AFTER_RE = re.compile(r"(?:the|a|an)[ \t]")


def clause_cut(phrase: list[Token], aside: list[Token]) -> int:
    """Where the subject of `phrase` ends when a clause on it follows, or -1: "The union that
    represents them, an affiliate,": at "that"; "A voter who backed the plan, speaking on
    condition of anonymity,": at "who" (before an aside in "-ing" the plan is no speaker)."""
    if aside and aside[0].text.islower() and aside[0].lower.endswith("ing") and (who := restrictive_who(phrase)) > 0:
        return who
    return relative_that(phrase)


def _reduced_relative(toks: list[Token], k: int) -> bool:
    low, noun = toks[k].lower, toks[k - 1]
    lex = lexicon()
    # not "the Botswana-based group": a hyphened "-based" after an article is an adjective
    done = len(low) > 4 and low.endswith("ed") and "-" not in low and toks[k + 1].lower != "by" \
        and not noun.lower.endswith("ing")  # "a woman selling smoked fish": the thing she sells
    doing = len(low) > 5 and low.endswith("ing") and toks[k + 1].lower in lex.prepositions  # "sheltering in"
    return (done or doing) and noun.is_word and noun.text.islower() \
        and noun.lower not in lex.pronouns and noun.lower not in lex.stop and noun.lower not in lex.determiners \
        and any(t.lower in ("a", "an") for t in toks[max(0, k - 4) : k - 1])


def may_hold_reduced_relative(toks: list[Token]) -> bool:
    """Whether a participle after a noun may open a reduced relative clause that an earlier
    (unread) article would show ("An art dealer accused of … attributed to X")."""
    after = lexicon().prepositions | {"to"}
    return any(toks[k].lower.endswith(("ed", "ing")) and toks[k - 1].text.islower() and toks[k + 1].lower in after
               and toks[k + 1].lower != "by" for k in range(1, len(toks) - 1))


def object_of_preposition(text: str, lo: int, pos: int) -> bool:
    """Is the phrase at `pos` the object of a preposition ("since June"), reading no further back than `lo`?"""
    before = tokens_before(text, pos, lo, 1)
    return bool(before) and (before[0].lower in lexicon().prepositions or before[0].lower in ("since", "until"))


def ends_in_an_aside_s_object(toks: list[Token]) -> bool:
    """Do `toks` end in a preposition's object of a few lower-case words, in a relative clause on
    an earlier subject ("Ana Roe, a handler who came with her dog"), so that a name apposed to it
    ("…, Rex, said") is the object's, not the subject's?"""
    prepositions = lexicon().prepositions
    k = next((i for i in range(len(toks) - 2, max(0, len(toks) - 5), -1)
              if toks[i].lower in prepositions and toks[i].text.islower()), -1)
    if k < 1 or not all(t.is_word and t.text.islower() for t in toks[k + 1 :]):
        return False
    relative = False
    for t in reversed(toks[:k]):  # back to the subject's comma, in the same sentence
        if t.text in ".!?;:,":
            return relative and t.text == ","
        relative = relative or t.lower in ("who", "which")
    return False


def name_before_where(toks: list[Token]) -> Span | None:
    """The name that opens `toks`, before where the person is from: "Ana Roe of West Des Moines"."""
    cut = next((k for k, t in enumerate(toks) if k and t.lower in ("of", "from")), len(toks))
    return (toks[0].start, toks[cut - 1].end) if cut and name_like(toks[:cut]) else None


def opening_phrase(toks: list[Token]) -> bool:
    """Do the tokens make a sentence's opening phrase ("After the vote", "Asked about it", "In
    Tamale"): a capitalised preposition or participle first, no name or description to speak?"""
    first = toks[0] if toks else None
    return first is not None and first.is_cap and (
        first.lower in lexicon().prepositions or len(first.lower) > 4 and first.lower.endswith(("ed", "ing")))


def where_opening_end(toks: list[Token]) -> int:
    """The comma that ends an opening place and its "where" clause ("In X, where Y won, …"), or -1."""
    comma = next((k for k, t in enumerate(toks[:6]) if t.text == ","), -1)
    if comma < 2 or toks[0].lower not in lexicon().locative or comma + 1 >= len(toks) \
            or toks[comma + 1].lower != "where" or not all(t.is_cap for t in toks[1:comma]):
        return -1
    return next((k for k in range(comma + 2, len(toks) - 1) if toks[k].text == ","), -1)


def role_apposition_before(text: str, lo: int, hi: int) -> Span | None:
    """The name of a role and its holder that text[lo:hi] ends with: "…, and the Democrat, Ana
    Roe," gives "Ana Roe", who is the subject of the participle after it ("calling it “…”")."""
    m = _ROLE_APPOSITION_RE.search(text, lo, hi)
    return m.span(1) if m is not None else None


def about_the_quotation(gap: str) -> bool:
    """ "a line", "a claim": a lower-case phrase between a quotation and the subject of a verb
    after it, which the verb's clause describes (a comma would make it an apposition)."""
    words = gap.strip().split()
    return len(words) >= 2 and words[0] in ("a", "an") and all(w.isalpha() and w.islower() for w in words)


_PASSIVE_AGENT_RE = re.compile(r"\b(?:was|were|is|are|been)[ \t]+[a-z][^:;.]{0,60}?[ \t]by[ \t]+")
_ASKED_BY_RE = re.compile(r"[ \t]*(?:A|The|One)[ \t]+(?:\w+[ \t]+)?question[^:;.]{0,40}?[ \t](?:by|from)[ \t]+")


@cache
def _in_statement_re() -> re.Pattern[str]:
    """ "in a joint statement", "In their letter": a written statement (and, in a group, its noun)."""
    nouns = alternation(lexicon().statement_nouns)
    return re.compile(rf"\b[Ii]n[ \t]+(?:an?|the|its|his|her|their)[ \t]+(?:[\w-]+[ \t]+){{0,3}}?({nouns})\b")


@cache
def _sent_from_re() -> re.Pattern[str]:
    # "in a … release from X" (but "A statement from X read:" is the statement's own clause)
    return re.compile(_in_statement_re().pattern + r"[ \t]+from[ \t]+")


def opens_in_a_statement(text: str, lo: int, hi: int) -> bool:
    """Does the sentence text[lo:hi] open with "In a statement …," (its quotations are then words
    of that statement, whatever verb brings them: "they welcomed “…”")?"""
    m = _in_statement_re().match(text, lo, hi)
    return m is not None and text.find(",", m.end(), hi) >= 0


def agent_start(text: str, lo: int, hi: int) -> int | None:
    """Where text[lo:hi], before a colon, names who spoke after a passive, a question or a written
    statement: "The position was set out … by Ana Roe:", "A question … by a student …:", "… came in
    a news release from the union, Local 9:"; or None."""
    m = _PASSIVE_AGENT_RE.search(text, lo, hi) or _ASKED_BY_RE.match(text, lo, hi) \
        or _sent_from_re().search(text, lo, hi)
    return m.end() if m is not None else None


def own_words(text: str, lo: int, hi: int) -> Span | None:
    """ "her" when text[lo:hi] is "In her words:": the owner of the words is the speaker; else None."""
    m = _IN_OWN_WORDS_RE.match(text, lo, hi)
    return m.span(1) if m is not None else None


def has_alnum(s: str) -> bool:
    return any(c.isalnum() for c in s)


_DURATIONS = frozenset("years decades months weeks days year decade month week".split())
_COUNTS = frozenset("a an two three four five six seven eight nine ten many several some recent".split())


def duration_start(toks: list[Token]) -> int:
    """Where a stretch of time that `toks` ends with begins ("for years", "for two decades", "in
    recent weeks"), or -1."""
    if not toks or toks[-1].lower not in _DURATIONS:
        return -1
    k = len(toks) - 2
    while k >= 0 and (toks[k].lower in _COUNTS or toks[k].text.isdigit()):
        k -= 1
    return k if k >= 0 and toks[k].lower in ("for", "in", "over") else -1


def adverb(tok: Token) -> bool:
    """Words between a subject and its verb: "also", "has long", "repeatedly", "himself" (not "Kelly")."""
    low = tok.lower
    if tok.text.isupper() and len(low) > 1:
        return False  # "HERE" in "UNITE HERE said": part of a name in capitals
    return low in lexicon().adverbs or (low.endswith("ly") and tok.text[0].islower() and len(low) > 4) \
        or low in ("himself", "herself", "themselves", "itself")


def name_number(toks: list[Token], i: int) -> bool:
    """A number that ends a name ("SEIU Local 503", "Apollo 11"), not a date ("May 2016")."""
    return toks[i].text[0].isdigit() and i > 0 and toks[i - 1].is_cap and toks[i - 1].lower not in lexicon().months


def bare_object(text: str, start: int) -> bool:
    """Is the phrase at `start` the object of a verb that takes a bare infinitive ("let Baltimore
    and four counties ask voters", "made the staff say"), not the subject of a clause?"""
    verbs = lexicon().bare_infinitive_verbs
    for tok in reversed(tokens_before(text, start, max(0, start - _OBJECT_CHARS), _OBJECT_WORDS)):
        if not tok.is_word or tok.lower in verbs:
            return tok.is_word  # (a comma or a full stop: a clause of its own)
    return False


_OBJECT_CHARS, _OBJECT_WORDS = 48, 4  # "let Kent and two| other counties ask"


_MAX_BRACKET_TOKENS = 6


def bracket_aside(toks: list[Token]) -> list[Token]:
    """ "Rep. Jane Roe (D-Ohio)": the phrase without the short bracket that ends it."""
    if toks and toks[-1].text == ")":
        opening = opening_bracket(toks, len(toks) - 1)
        if opening > 0:
            return toks[:opening]
    return toks


def opening_bracket(toks: list[Token], close: int) -> int:
    """Index of the "(" matching the ")" at `close`, within a few tokens (else -1)."""
    for k in range(close - 1, max(-1, close - _MAX_BRACKET_TOKENS - 1), -1):
        if toks[k].text == "(":
            return k
        if toks[k].text in "();:":
            return -1
    return -1


def past_punctuation(toks: list[Token], i: int, possessor: bool) -> int | None:
    """The index to go on from when the walk meets punctuation at `i`, or None: it ends."""
    t = toks[i]
    if t.text == ".":
        return i - 1 if abbreviation_period(toks, i) else None
    if t.text == ")" and not possessor:
        # "the Institute for Astronomy (MPIA) in Heidelberg": a short bracket inside the phrase.
        opening = opening_bracket(toks, i)
        if opening > 0 and toks[opening - 1].is_word:
            return opening - 1
    return None


def abbreviation_period(toks: list[Token], i: int) -> bool:
    """Is toks[i] the period of an abbreviation ("Corp.", "Gen.") rather than a sentence's end?"""
    return toks[i].text == "." and i > 0 and toks[i - 1].is_word and is_abbreviation(toks[i - 1])
