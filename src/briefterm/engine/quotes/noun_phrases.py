"""Find the noun phrase that names a speaker, next to a reporting verb.

No parser: a few moves over tokens that cover how news writes attribution.
- `subject_before`: the phrase just before a verb, skipping adverbs ("Smith also said"), an
  apposition ("Smith, a spokesman, said"; "The head of it, Jane Roe, said" -> Jane Roe)
  and a relative clause ("Officials who spoke on condition of anonymity said" -> Officials).
- `phrase_after`: the phrase after a verb or "according to" ("said the agency", "according to
  the Crown prosecutor, Jane Roe, QC").
All return (start, end) offsets into the text, or None.
"""

from __future__ import annotations

from briefterm.engine.lexicon.speech import Token, is_abbreviation, is_possessive, tokens
from briefterm.engine.lexicon.words import lexicon
from briefterm.engine.quotes.clause_marks import last_index, office_fields, relative_clause
from briefterm.engine.quotes.phrase_links import PLACE_LINKS, goes_on_left, links_place, possessor_start, possessor_step
from briefterm.engine.quotes.phrase_shapes import (
    DATELINE_RE,
    abbreviation_period,
    adverb,
    age_comma,
    bracket_aside,
    capitalised_end,
    clause_cut,
    describes,
    duration_start,
    ends_in_an_aside_s_object,
    last_conjunct,
    may_hold_reduced_relative,
    name_after_office,
    name_before_of,
    name_before_where,
    name_like,
    name_number,
    named_after_description,
    opening_phrase,
    particle,
    party,
    past_punctuation,
    region_of_place,
    restrictive_who,
    where_opening_end,
)
from briefterm.engine.quotes.phrase_shapes import Span as Span  # (re-exported: other quote modules take it here)
from briefterm.engine.quotes.speaker_words import age_noun

_MAX_NP_TOKENS = 20
_MAX_LOWER_WORDS = 6
_ONE_OF = ("them", "us", "one", "another")  # "One (of them), a deckhand who …, said"
_PLURAL_ENDS = ("men", "people", "children")
_SOME = frozenset("one two three some several many most few".split())
# A speaker's phrase (with an apposition) fits in this many characters; looking no
# further keeps each lookup bounded.
_MAX_PHRASE_CHARS = 400
_FIRST_WINDOW = 64


def subject_before(text: str, lo: int, hi: int) -> Span | None:
    """The subject noun phrase ending just before offset `hi` (a verb), not before `lo`."""
    dateline = DATELINE_RE.match(text, lo, hi)
    lo = dateline.end() if dateline is not None else lo  # "COLUMBIA, S.C. — State Sen. X, …, said"
    # Most subjects sit in the last few words: read a short window first, and the long one
    # only when the phrase (or an apposition's comma) may reach past it.
    start = max(lo, hi - _FIRST_WINDOW)
    if start > lo:
        toks = _window(text, start, hi)
        found, whole = _subject(text, toks)
        if whole and (found is None or not toks or found[0] > toks[0].start) \
                and not _after_preposition(toks, found) and not _reaches_back(toks, found):
            return last_conjunct(text, found)  # a preposition's object is no subject ("… with her employer said")
    found = _subject(text, _window(text, max(lo, hi - _MAX_PHRASE_CHARS), hi, lo))[0]
    return last_conjunct(text, found)


def _after_preposition(toks: list[Token], found: Span | None) -> bool:
    """Does the phrase found follow a preposition ("with her employer"), a subject pronoun ("she
    still works for the campaign", "he feared losing his job") or a verb in "-ing" that takes it
    ("losing his job"), so that the clause's subject lies further back?"""
    before = [t for t in toks if found is not None and t.end <= found[0]]
    return bool(before) and (before[-1].lower in lexicon().prepositions and before[-1].text.islower()
                             or before[-1].text.islower() and before[-1].lower.endswith("ing")
                             or any(t.text in ("he", "she", "they") for t in before[-3:]))


def _reaches_back(toks: list[Token], found: Span | None) -> bool:
    """Does the phrase found lie in a clause the window opens inside, so that the subject lies
    further back: after a relative "who" ("[a farmer] who had driven to Riga (said)"), or opening
    with a preposition ("[a farmer who had driven] to Riga for a meeting (said)")?"""
    if found is None:
        return False
    first = next((t for t in toks if t.start >= found[0]), None)
    opens_object = first is not None and first.text.islower() and (first.lower in lexicon().prepositions
                                                                   or first.lower == "to")
    return opens_object or any(t.lower in ("who", "whom", "whose") and not t.is_acronym
                               for t in toks if t.end <= found[0])


def _window(text: str, start: int, hi: int, lo: int = -1) -> list[Token]:
    toks = tokens(text, start, hi)
    if start > lo and toks and start > 0 and text[start - 1].isalnum():
        toks = toks[1:]  # cut in two by the window
    return toks


def _subject(text: str, toks: list[Token]) -> tuple[Span | None, bool]:
    """The subject at the end of `toks`, and whether the answer cannot depend on earlier text."""
    lex = lexicon()
    while toks:
        cut = duration_start(toks)  # "have for years warned": how long, between the subject and its verb
        if cut < 0 and toks[-1].is_word and toks[-1].lower not in lex.pronouns \
                and (adverb(toks[-1]) or toks[-1].lower in ("there", "here") and len(toks) > 2):
            cut = len(toks) - 1  # (also "A cooperative there said")
        if cut < 0:
            break
        del toks[cut:]
    if not toks:
        return None, False
    toks = bracket_aside(toks)
    if toks[-1].text == ",":
        return _apposition(text, toks[:-1]), False
    who = restrictive_who(toks)
    return _tail(text, toks[:who] if who > 0 else toks), who < 0 and not may_hold_reduced_relative(toks)


def _apposition(text: str, toks: list[Token], depth: int = 0) -> Span | None:
    """`A, B,` before a verb: B when it is a name ("the head, Jane Roe,"), else the end of A.
    A name in A wins over a name-like description in B ("Jane Roe, Democrat of Ohio,"), and a
    relative clause is skipped, whatever commas it holds ("Jane Roe, who runs a shop in Lowell,
    Mass., said")."""
    toks = bracket_aside(toks)
    aged = age_comma(toks)
    if aged > 0:
        return _tail(text, toks[:aged])  # "Ana Roe, 22, a student at the University of X, Y,": Ana Roe
    subject = _aside_after_subject(text, toks)
    if subject is not None:
        return subject  # "The press service, in a reply to X, the Y of Z, said": the service
    opening = where_opening_end(toks)
    if opening > 0 and depth < _MAX_APPOSITIONS:
        return _apposition(text, toks[opening + 1 :], depth + 1)  # "In X, where …, a voter, Ana," : Ana
    last = last_index(toks, ",")
    relative = relative_clause(toks, described=last < 0 or not name_like(toks[last + 1 :]))
    if relative > 0 and depth < _MAX_APPOSITIONS:
        return _past_relative(text, toks, relative, last, depth)
    cut = last_index(toks, ",")
    if cut < 0:
        who = restrictive_who(toks)  # "A firefighter who carried them out, and who …, said"
        return _tail(text, toks[:who] if who > 0 else toks)
    b, a = toks[cut + 1 :], bracket_aside(toks[:cut])
    if b and b[0].lower == "or" and depth < _MAX_APPOSITIONS:
        return _apposition(text, a, depth + 1)  # "Ana Roe, the village head, or “karbari”,": its other name
    if len(a) > 2 and a[-2].text == "," and a[-1].text.isdigit():
        a = a[:-2]  # "Jane Roe, 45, a teacher,": her age is a second aside
    elif (inner := last_index(a, ",")) > 0 and party(a[inner + 1 :]):
        a = a[:inner]  # "Rep. Jane Roe, D-Ohio, the chair of …,": her party is a second aside
    if len(b) > 2 and b[0].lower == "the" and b[1].lower in lexicon().honorifics and name_like(b[1:]):
        b = b[1:]  # "the board chairman, the Rev. Ana Roe,": her title's article
    if region_of_place(a, b) and depth < _MAX_APPOSITIONS:
        return _apposition(text, a, depth + 1)  # "Ana Roe, a nurse in Durango, Colo., said": Ana Roe
    if depth < _MAX_APPOSITIONS and office_fields(a, b):
        return _apposition(text, a, depth + 1)  # "X, the Minister for Home Affairs, Climate and Y,": X
    if name_like(b) and depth < _MAX_APPOSITIONS and ends_in_an_aside_s_object(a):
        return _apposition(text, a, depth + 1)  # "Ana Roe, a handler … with her dog, Rex, said": Ana Roe
    if name_like(b):
        titled = name_after_office(b)
        if titled and a and a[0].lower in ("the", "a", "an"):
            return titled[0].start, titled[-1].end  # "The head of the X Department, Councillor of State Ana Roe,"
        if describes(b):
            found = _tail(text, a)
            if found is not None and text[found[1] - 1 : found[1]].isalpha() and capitalised_end(a):
                return found
        return b[0].start, b[-1].end
    named = named_after_description(b) or name_before_of(b)
    if not named and opening_phrase(a) and all(t.text != "," for t in a) and b and b[0].lower in ("a", "an", "the"):
        return _tail(text, b)  # "Asked about it, a detective, who …, said": the detective
    if named:
        return named[0].start, named[-1].end
    inner = last_index(a, ",")
    if inner > 0 and name_like(a[:inner]) and a[inner + 1].text[:1].islower():
        return a[0].start, a[inner - 1].end  # "Ana Roe, director of X, a group that has …, said": Ana Roe
    return _tail(text, a[:cut] if (cut := clause_cut(a, b)) > 0 else a)  # "The union that …, an affiliate,"


def _past_relative(text: str, toks: list[Token], relative: int, last: int, depth: int) -> Span | None:
    """The subject of `A, who …,` (the relative clause opening at its comma `relative`)."""
    if relative == last and toks[relative + 1].lower in ("a", "an") and toks[relative - 1].lower in _ONE_OF:
        # "A crew member on one of them, a deckhand who asked not to be named …, said": the
        # description its clause goes on, not "them"
        who = next(k for k in range(relative + 2, len(toks)) if toks[k].lower in ("who", "whose"))
        return _tail(text, toks[relative + 1 : who])
    own = toks[relative + 2 :]  # "the party X, whose leader, Ana Roe, told": the clause's own subject
    if toks[relative + 1].lower == "whose" and relative < last and name_like(toks[last + 1 :]) \
            and all(t.is_word and t.text.islower() for t in own[: last - relative - 2]):
        return toks[last + 1].start, toks[-1].end
    # "Ana Roe, who runs a shop in Lowell, Mass., said": the clause is an aside, commas and all
    return _apposition(text, toks[:relative], depth + 1)


def _aside_after_subject(text: str, toks: list[Token]) -> Span | None:
    """The noun phrase that opens the last sentence in `toks` when a comma and a preposition follow
    it ("The ministry's press service, in a reply to questions from X, …"), else None."""
    prepositions = lexicon().prepositions
    start = next((k + 1 for k in range(len(toks) - 1, -1, -1)
                  if toks[k].text in ".!?;:" and not abbreviation_period(toks, k)), 0)
    first = next((k for k in range(start, len(toks)) if toks[k].text == ","), -1)
    if not start < first < len(toks) - 1 or toks[first + 1].text not in prepositions \
            or not toks[start].is_cap or toks[start].lower in prepositions:
        return None
    run = _head_run(text, toks, start, allow_by=False)
    return (run[0], run[1]) if run is not None and run[2] == first else None


_MAX_APPOSITIONS = 3


def _tail(text: str, toks: list[Token]) -> Span | None:
    """The noun phrase that ends the token list, found going left from its head."""
    lex = lexicon()
    if toks and abbreviation_period(toks, len(toks) - 1):
        found = _tail(text, toks[:-1])  # "The Palmetto Freight Corp. (said)": the name with its period
        return (found[0], toks[-1].end) if found is not None else None
    if not toks or not toks[-1].is_word:
        return None
    last = toks[-1]
    if last.lower in lex.pronouns:
        return last.start, last.end
    if last.lower in ("them", "us") and len(toks) > 2 and toks[-2].lower == "of" and toks[-3].lower in _SOME:
        return toks[-3].start, last.end  # "“…,” one of them said"
    capitals = last.text.isupper() and len(last.text) > 1  # "UNITE HERE": a name in capitals, no stop word
    if (last.lower in lex.stop or last.lower in lex.connectors) and not capitals or last.text[0].isdigit() \
            and not age_noun(last.lower) and not name_number(toks, len(toks) - 1):  # but "the 45-year-old"
        return None  # "… is reported to (have said)": no noun ends the phrase
    start = _phrase_start(text, toks)
    if start > 1 and toks[start - 1].lower in ("in", "of") and toks[start - 2].lower in _SOME \
            and (toks[start - 2].text.islower() or start == 2 or not toks[start - 3].is_word):
        start -= 2  # "some in her own party", "two of his aides": a part of the group, not the group
    elif start + 1 < len(toks) and toks[start].lower == "that" and _plural(toks[start + 1].lower) \
            and not text[toks[start].end : toks[start + 1].start].strip():  # (not "that “hundreds of …”")
        start += 1  # "a decision that fishermen in X called": a relative "that", no determiner
    return toks[start].start, last.end


def _plural(word: str) -> bool:
    return word.endswith(_PLURAL_ENDS) or word.endswith("s") and not word.endswith("ss")


def _phrase_start(text: str, toks: list[Token]) -> int:
    """The index of the first token of the phrase that ends with the last token (a word)."""
    lex = lexicon()
    first = len(toks) - 1
    lower_words = 0
    possessor = False
    i = len(toks) - 1
    while i >= 0 and len(toks) - i <= _MAX_NP_TOKENS:
        t = toks[i]
        if not t.is_word:
            past = past_punctuation(toks, i, possessor)
            if past is None:
                break
            i = past
            continue
        low = t.lower
        if low in PLACE_LINKS and links_place(toks, i) or name_number(toks, i):
            i, possessor = i - 1, possessor and low not in PLACE_LINKS  # "in Kansas", "from Ohio's X", "Local 503"
            continue
        if possessor:
            step = possessor_step(toks, i)
            if step is None:
                break
            first, i, possessor = step[0] if step[0] >= 0 else first, step[1], step[2]
            continue
        if t.is_cap or particle(t):
            if low in lex.function_caps and low not in lex.determiners:
                break
            first = i
            if low in lex.determiners:
                # "The" inside a name ("of The Globe") goes on; a phrase-initial "The" ends it.
                if i > 0 and toks[i - 1].lower in lex.connectors:
                    i -= 1
                    continue
                break
            if is_possessive(text, t) and i != len(toks) - 1:
                possessor = True
            i -= 1
            continue
        if low in lex.determiners:
            first = i
            if goes_on_left(toks, i):
                i -= 1
                continue
            break
        if is_possessive(text, t) and i != len(toks) - 1:  # with its article: "the agency's president"
            first, i = possessor_start(toks, i)
            continue
        if low in lex.connectors and i > 0 and toks[i - 1].is_word:
            i -= 1  # kept only if a word to its left joins the phrase
            continue
        if low in lex.stop or low.endswith("ly") or t.text[0].isdigit() and not age_noun(low) \
                or lower_words >= _MAX_LOWER_WORDS:  # but "the 68-year-old editor"
            if low in lex.auxiliaries and first < len(toks) - 1 and not toks[first].is_cap:
                first += 1  # "had sent messages": the word after an auxiliary is its verb
            break
        lower_words += 1
        first = i
        i -= 1
    return first


def phrase_after(text: str, lo: int, hi: int, allow_by: bool = False) -> Span | None:
    """The noun phrase starting at `lo` (after a verb): up to punctuation or a word that ends it.
    `A, B,` where A is a description and B a name ("the prosecutor, Jane Roe, QC") gives B."""
    toks = tokens(text, lo, min(hi, lo + _MAX_PHRASE_CHARS))
    first = _head_run(text, toks, 0, allow_by)
    if first is None:
        return None
    s, e, nxt = first
    if nxt > 2 and toks[nxt - 1].lower.endswith("ing") and toks[nxt - 1].text.islower() \
            and toks[0].lower in lexicon().determiners:
        e = toks[nxt - 2].end  # "said a cleaner waiting at a stop": the cleaner, not her waiting
    if nxt + 1 < len(toks) and toks[nxt].lower in PLACE_LINKS and toks[nxt + 1].is_cap:
        nxt += 1  # "the agency's representative in East Timor, Ana Roe,": where the post is
        while nxt < len(toks) and toks[nxt].is_cap:
            nxt += 1
        if toks[0].lower in ("a", "an") and (nxt >= len(toks) or toks[nxt].lower == "who" or not toks[nxt].is_word):
            e = toks[nxt - 1].end  # "said a shopkeeper in Ashby who …": the description with its place
    if not name_like(tokens(text, s, e)) and nxt < len(toks) and toks[nxt].text == "," \
            and not any(t.lower == "by" for t in toks[:nxt]):  # "a copy seen by the broadcaster, X": X saw it
        second = _head_run(text, toks, nxt + 1, allow_by)
        # B closed by punctuation: "said the prosecutor, Jane Roe." (but "According to the board,
        # Medicare spent …" goes on with a verb: B is the next clause's subject)
        if second is not None and (second[2] >= len(toks) or not toks[second[2]].is_word) \
                and not party(tokens(text, second[0], second[1])):  # not "state Sen. Ana Roe, R-Mesa,"
            named = name_before_where(tokens(text, second[0], second[1]))
            if named is not None:
                return named
    return s, e


def _head_run(text: str, toks: list[Token], i: int, allow_by: bool) -> tuple[int, int, int] | None:
    """The phrase starting at token i: (start, end, index of the token after it)."""
    lex = lexicon()
    if i >= len(toks) or not toks[i].is_word:
        return None
    t0 = toks[i]
    if t0.lower in lex.pronouns and not (t0.text == "I" and i + 2 < len(toks) and toks[i + 1].is_cap
                                         and toks[i + 2].is_cap):  # (but "said I Nyoman Arsa", a name)
        return t0.start, t0.end, i + 1
    if t0.lower in lex.stop and t0.text != "I" or t0.lower in lex.np_after_stop or t0.text[0].isdigit():
        return None
    end_i = i
    lower_words = 0
    has_cap = False
    j = i
    while j < len(toks) and j - i < _MAX_NP_TOKENS:
        t = toks[j]
        low = t.lower
        if t.text == ".":
            if j > i and is_abbreviation(toks[j - 1]):
                end_i = j
                j += 1
                continue
            break
        if not t.is_word:
            break
        if j > i and (low in lex.np_after_stop or low in lex.pronouns) and not t.is_cap:
            if not (allow_by and low == "by" and not has_cap):
                break
        if t.is_cap or particle(t):
            if j > i and low in lex.function_caps and low not in lex.determiners \
                    and not (low in lex.name_prepositions and j + 1 < len(toks) and toks[j + 1].is_cap):
                break
            has_cap = True
            end_i = j
        elif low in lex.determiners or (low in lex.connectors and j > i) or (allow_by and low == "by"):
            pass  # kept only if a word follows
        elif low.endswith("ly") and j > i and (toks[j - 1].lower.endswith(("'s", "’s")) or _after_determiner(toks, j)):
            pass  # "the board's only Democrat", "an elderly woman": kept only if a word follows
        elif low in lex.stop or low.endswith("ly") or t.text[0].isdigit() and not age_noun(low) \
                or lower_words >= _MAX_LOWER_WORDS:  # but "said the 26-year-old"
            break
        elif _looks_verbal(low) and j > i and not _after_determiner(toks, j) \
                and not (low.endswith("ed") and toks[j - 1].lower.endswith("ing")):  # "selling smoked fish"
            break
        else:
            lower_words += 1
            end_i = j
        j += 1
    return toks[i].start, toks[end_i].end, end_i + 1


def _looks_verbal(low: str) -> bool:
    lex = lexicon()
    return (low.endswith("ed") or low in lex.speech or low in lex.addressee or low in lex.stop
            or low in lex.irregular_past)


def _after_determiner(toks: list[Token], j: int) -> bool:
    return j > 0 and toks[j - 1].lower in lexicon().determiners

