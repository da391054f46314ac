"""A definite role description as a speaker: "the Vermont senator said", "the mayor added".

The phrase points back to a person already named: the newest person in the window
whose mentions carry that role beside them ("Sen. Jane Roe", "Jane Roe, the mayor
of Eastport", "Governor Roe"), else, for a role noun alone, nobody: a guess would
do more harm than an unnamed speaker.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from briefterm.core.types import Actor
from briefterm.engine.lexicon.speech import alternation
from briefterm.engine.lexicon.words import lexicon
from briefterm.engine.quotes.cues import ONLY_VERBS

NEAR_BEFORE = 48  # "Vermont Sen. " / "Foreign Minister "
NEAR_AFTER = 96  # ", the foreign minister of France,"
_MAX_ROLE_PHRASE_WORDS = 6
_DEFINITE = frozenset(("the", "this", "that"))


def role_words(phrase: str) -> tuple[str, ...]:
    """The role nouns of a definite description ("the Vermont senator" -> ("senator",)), or ()."""
    lex = lexicon()
    words = [w.strip(".,'’").lower() for w in phrase.split()]
    if not 2 <= len(words) <= _MAX_ROLE_PHRASE_WORDS or words[0] not in _DEFINITE:
        return ()
    kin = _kin_nouns()
    return tuple(w for w in words[owned_from(words) or 1 :] if w in lex.offices or w in kin)


def owned_from(words: Sequence[str]) -> int:
    """Where what a possessor owns begins when the phrase names it through the possessor ("the
    agency's president", "the secretary of state's office": an office, no secretary), else 0 ("a
    senator from Ohio's Iron Range" is a senator). `words` are lower case."""
    return max((k + 1 for k, w in enumerate(words[:-1])
                if k and w.endswith(("'s", "’s")) and words[k - 1] in ("the", "of")), default=0)


def fits_roles(person: Actor, roles: Sequence[str]) -> bool:
    """Whether `person` may be the one `roles` describe: a kin noun fits anyone ("the mother");
    an office fits a person the text gave no role, or that office ("the minister" is not
    "the council's leader")."""
    lex = lexicon()
    offices = [canonical_office(r) for r in roles if r in lex.offices]
    said = [w.strip(".,'’").lower() for w in (person.description or "").split()]
    # an office once held is no office now: "a former secretary of state" may be the nominee
    words = {w for k, w in enumerate(said) if not (k and said[k - 1] in ("former", "ex"))}
    held = {canonical_office(w) for w in words if w in lex.roles or w in lex.title_abbreviations}
    return not offices or not held or any(r in held for r in offices)


def canonical_office(word: str) -> str:
    """One name for each office: "sen" and "senator", "congressman" and "representative"."""
    return lexicon().title_abbreviations.get(word, word)


@cache
def _kin_nouns() -> frozenset[str]:
    """Gendered nouns that describe a person ("the mother of three", "the man"), not titles."""
    lex = lexicon()
    return (lex.female_nouns | lex.male_nouns) - lex.titles


@cache
def role_forms(role: str) -> frozenset[str]:
    """The words that write a role out: the office and its abbreviations ("senator", "sen")."""
    role = canonical_office(role)
    return frozenset((role, *(abbr for abbr, full in lexicon().title_abbreviations.items() if full == role)))


@cache
def _role_res(role: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The role right before a name ("Sen. ", "Vermont Sen. ", "Senator ", or a capitalised office
    and a comma: "Minister of Labour and Social Security, ", "the mayor of Eastport, ") and anywhere
    in an apposition."""
    forms = role_forms(role)
    alts = alternation(forms)
    office = alternation(f[:1].upper() + f[1:] for f in forms)
    # an abbreviation's period, not a sentence's: "Sen. Ana Roe", but not "… with the sheriff. Supervisor Ana Roe"
    short = forms - {canonical_office(role)}
    written = rf"(?i:{alternation(forms - short)}|{alternation(short)}\.?)" if short else rf"(?i:{alts})"
    before = re.compile(rf"(?<![\w-]){written}[ \t]+(?:[A-Z][\w’'.-]*[ \t]+){{0,3}}$"
                        rf"|(?<![\w-])(?:{office}|[Tt]he[ \t]+(?i:{alts}))[ \t]+(?:of|for)[ \t]"
                        rf"[^.;:!?\"“”\n]{{0,50}},[ \t]+$"
                        # "That leader, ", "The university's rector, Professor " (but "a spokeswoman for
                        # the governor, X" is not the governor)
                        rf"|(?<!for )(?<!to )(?<!of )\b(?:[Tt]hat|[Tt]his|[Tt]he|[Tt]heir|[Ii]ts)[ \t]+"
                        rf"(?:[a-z]+['’]s[ \t]+)?(?i:{alts}),[ \t]+(?:[A-Z][a-z]+\.?[ \t]+)?$")
    return before, re.compile(rf"(?<![\w-])(?:{alts})(?![\w-])", re.IGNORECASE)


def role_holder(text: str, at: int, mentions: Sequence[tuple[int, int, Actor]], roles: Sequence[str]) -> Actor | None:
    """The person of the first of `mentions` (newest first, all before `at`) named with one of
    `roles` beside it: just before it ("Sen. Jane Roe") or in its apposition (", the mayor of
    Eastport,")."""
    patterns = [_role_res(r) for r in roles]
    for start, end, actor in mentions:
        before = text[max(0, start - NEAR_BEFORE) : start]
        after = text[end : min(at, end + NEAR_AFTER)]
        after = after[: _apposition_end(after)] if after.startswith(",") else ""
        if any(b.search(before) or a.search(after) for b, a in patterns):
            return actor
    return None


def _apposition_end(after: str) -> int:
    """Where the apposition opened by the comma at after[0] ends: the next comma or full stop,
    or a reporting verb ("Tom Poe, said the mayor, …": what follows is a clause, not Poe's role)."""
    end = min((k for k in (after.find(",", 1), after.find(". ", 1)) if k > 0), default=len(after))
    verb = next((m.start() for m in _WORD_RE.finditer(after, 1, end) if m.group().lower() in ONLY_VERBS), end)
    return min(end, verb)


_WORD_RE = re.compile(r"[A-Za-z]+")
