"""What the words of a name look like: the pattern of a run of capitalised words, and the
tests the splitter puts to each word of it."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from briefterm.engine.lexicon.words import lexicon

if TYPE_CHECKING:
    from briefterm.engine.lexicon.gazetteer import Gazetteer


def _upper_class() -> str:
    """A regex class of the upper- and title-case letters of the scripts news uses."""
    ranges: list[tuple[int, int]] = []
    for code in range(0x41, 0x2000):
        ch = chr(code)
        if ch.isupper() or ch.istitle():
            if ranges and ranges[-1][1] == code - 1:
                ranges[-1] = (ranges[-1][0], code)
            else:
                ranges.append((code, code))
    return "".join(
        re.escape(chr(a)) if a == b else f"{re.escape(chr(a))}-{re.escape(chr(b))}"
        for a, b in ranges
    )


_UP = _upper_class()
_PREFIX = r"(?:al|el|ad|as|ash|at|az|ar|an|ul|bin|ibn|abd|abu|d|l)[-'’]"
# "Jong-un", "O'Brien", "U.S.", "Millimeter/submillimeter", "Pensioners' (Voice)"
_REST = rf"\w*(?:[-'’.]\w+|/[a-z]\w*)*(?:\.|(?<=s)['’](?=[ \t][{_UP}]))?"
_WORD = rf"(?:{_PREFIX})?[{_UP}]{_REST}"
_SEP = r"(?:[ \t]{1,3}|[ \t]{0,3}\n[ \t]{0,3})"
# Lower-case words inside a name: "of (the)", "and", "&", "at" (cut unless it goes on an
# institution's name: see _join_at), name particles ("de la", "van der").
_CONN = (rf"(?:(?:of|for|and|&|at)(?:{_SEP}the)?|for{_SEP}an?"  # "Citizens for a Sound Economy"
         r"|(?:de|da|di|do|dos|das|du|des|del|della|van|von|der|den|la|le|bin|ibn|bint|al|el|es"
         rf"|y|i|í|á|við|og|och|zu|ter|ten|af|av)(?:{_SEP}(?:la|le|der|den|los|las|da|de))?)")
_MAX_WORDS = 12
# A run of capitalised words with connectors and inner numbers (and a union's "Local 1186").
# It opens with a capital letter (so the engine scans for one fast) not glued to a word, a
# dot, '@', '#' or '/'.
# Repetition is bounded, and each step starts with a separator that the previous step cannot
# consume, so there is no backtracking blowup.
RUN_RE = re.compile(
    rf"[{_UP}](?<![\w.@#/].)(?<![Pp]ro-.)(?<![Aa]nti-.)(?<![Nn]on-.){_REST}"  # not "pro-Moscow"
    rf"(?:{_SEP}(?:{_CONN}{_SEP})?{_WORD}|{_SEP}(?:{_CONN}{_SEP})?\d{{1,4}}(?:st|nd|rd|th)?(?={_SEP}[{_UP}])"
    rf"|(?<=Local)[ \t]\d{{1,5}}\b)"
    rf"{{0,{_MAX_WORDS - 1}}}"
)
PART_RE = re.compile(rf"{_WORD}|\d{{1,4}}(?:st|nd|rd|th)?|&|[^\W\d_]+")
UP_RE = re.compile(rf"[{_UP}]")
CONTRACTION_RE = re.compile(r"(?:['’](?:ll|re|ve|d|m|t)|n['’]t)$", re.IGNORECASE)
POSSESSIVE_RE = re.compile(r"['’]s$")
# A US broadcaster's call sign: "KQED", "WJAR", "KSAT-TV", "KY3" (not "WWII")
CALL_SIGN_RE = re.compile(r"[KW](?:[A-Z]{2,3}(?:-(?:TV|FM|AM|DT|LP|CD))?|[A-Z]{1,2}\d{1,2})(?<!II)")
DOMAIN_RE = re.compile(r"[A-Z][\w-]*\.(?:com|org|net|gov|edu|io|news|co\.uk|[a-z]{2}\b)")  # "Politico.com"
NAME_ADJECTIVE_RE = re.compile(
    r"(?<=\w)-(?:based|born|bred|led|backed|owned|run|funded|listed|made|bound|linked|allied|aligned"
    r"|controlled|sponsored|registered|headquartered|flagged|style|era|wide)$")


def prefixed(tok: str) -> bool:
    """'al-Amr', "d'Estaing": a lower-case particle glued to a capitalised word."""
    for sep in ("-", "'", "’"):
        head, _, tail = tok.partition(sep)
        if tail and head.islower() and len(head) <= 3 and tail[:1].isupper():
            return True
    return False


def trade_noun(low: str, org_cues: frozenset[str]) -> bool:
    """A noun for what a firm does, opening a sentence before its name: "Chipmaker", "Retailer"."""
    return low.endswith("maker") or low in org_cues and low.endswith(("er", "or"))


def party_member_home(home: str, party: str) -> bool:
    """Is `home` (lower case) where a member of `party` (lower case) is from, as in "a Somerset
    Republican" (not "a House Republican", "a Liberal Democrat", "a Tea Party Republican")?"""
    lex = lexicon()
    return party in lex.affiliations and not party.endswith("s") and home not in lex.chambers \
        and home not in lex.affiliations and home not in lex.org_words


def advocates(word: str) -> bool:
    """People in the plural who name a group before "for": "Parents", "Americans", "Kansans"."""
    low = word.lower()
    return low in lexicon().advocate_plurals or word[:1].isupper() and low.endswith("ans") and len(low) > 5


def ordinal(tok: str) -> bool:
    """ "6th", "41st": a number that may stand inside or open a name."""
    return tok[:1].isdigit() and tok[-1:].isalpha()


def name_word(tok: str) -> bool:
    return bool(UP_RE.match(tok)) or prefixed(tok)


_ORDINAL_WORDS = frozenset(("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
                            "tenth", "eleventh", "twelfth"))


def numbered(first: str, last: str, heads: frozenset[str]) -> bool:
    """ "First Baptist Church", "Second Avenue": an ordinal word opening a body's or a place's name
    (its last word one of `heads`), not a sentence's "First, …"."""
    return first.lower() in _ORDINAL_WORDS and last.lower() in heads


# What follows a dateline's city: a state ("Pa.", "N.D.", "Ohio", "New Mexico"), an agency in
# brackets, a dash.
_DATELINE_AFTER_RE = re.compile(
    r"(?:,[ \t]+(?:[A-Z][a-z]{0,4}\.(?:[ \t]?[A-Z]\.)?|[A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?))?[ \t]*"
    r"(?:\([A-Za-z .]{1,30}\)[ \t]*)?[—–]")


def opens_dateline(text: str, start: int, end: int) -> bool:
    """ "WASHINGTON (AP) —", "HARRISBURG, Pa. —": is text[start:end] the city in capitals that
    opens a story's dateline line?"""
    name = text[start:end]
    if not name.isupper() or len(name.split()[0]) < 2 or not _DATELINE_AFTER_RE.match(text, end):
        return False
    line_start = text.rfind("\n", 0, start) + 1
    return not text[line_start:start].strip(" \t#>*")


def party_tag(text: str, run: str, start: int) -> bool:
    """ "D-Ohio", "(R-Fort Smith)": a party's initial glued to a member's state or home town,
    after a comma or a bracket."""
    return run[:1] in ("D", "R", "I") and run[1:2] == "-" and run[2:3].isupper() \
        and text[max(0, start - 2) : start].endswith((", ", "("))


def modifier_word(word: str, gaz: Gazetteer, stop: frozenset[str]) -> bool:
    """A word that may stand before a person's name without being part of it: an office, a
    party, a calling, a place ("Bassist", "Libertarian", "Senators", "Ukraine"); not an unknown
    first name ("Nirmal Chandra Sahu": the given-name lists are not every language's)."""
    low, lex = word.lower(), lexicon()
    place = gaz.lookup(word)
    return low in lex.roles or low in lex.title_words or low in lex.affiliations or low in lex.person_nouns \
        or low in stop or low in lex.irregular_past \
        or low.endswith(("ist", "ian", "ess", "er", "or", "s", "ed")) \
        or place is not None and place.type in ("country", "place")


def singular(word: str) -> str:
    """ "provinces" -> "province", "bodies" -> "body" (enough for the nouns the lexicon lists)."""
    return word[:-3] + "y" if word.endswith("ies") else word[:-1] if word.endswith("s") else word
