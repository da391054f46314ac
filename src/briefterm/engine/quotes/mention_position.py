"""Where a mention stands in its sentence: opening its clause as the subject, or introduced by
an apposition. A later "he", "she" or "it" points back to such a mention rather than to a name
that only qualified something ("its Enugu members", "Roe's deputy")."""

from __future__ import annotations

import re
from functools import cache

from briefterm.core.types import Actor
from briefterm.engine.lexicon.gazetteer import gazetteer
from briefterm.engine.lexicon.speech import alternation, tokens
from briefterm.engine.lexicon.words import lexicon
from briefterm.engine.quotes.speaker_words import OWNER_PRONOUNS, _abbreviation_before, _statement_heads, speaker_noun

_SUBJECT_LOOKBACK = 60
_CLAUSE_MARKS = frozenset('.!?;:,“”"\n(')
_APPOSITION_RE = re.compile(r",[ \t]+(?:[A-Z][\w.-]*[ \t]+)?([A-Za-z]+)\b")
# ", the biologist " or a sentence's opening "The president of the Region of Sardinia, ": a name in apposition
_DESCRIBED_BEFORE_RE = re.compile(r",[ \t]+(?:the|a|an)[ \t]+(?:[a-z][\w-]*[ \t]+){1,3}$"
                                  r"|(?:^|[.!?”\"][ \t]+|\n)(?:The|A|An)[ \t][^,.;:“”\"\n]{2,80},[ \t]+$")
_DESCRIBED_BEFORE_CHARS = 90
_SAID_BEFORE_CHARS = 60
_POSSESSED_RE = re.compile(r"['’]s[ \t]+((?:[a-z][\w’'-]*[ \t]+){0,2}[a-z][\w-]*)")  # "Italy's largest farmers' union"
_AGE_BETWEEN_RE = re.compile(r", \d{1,3}, $")  # "Ana Roe, 64, a retired teacher"
_PREPOSITION_CHARS = 16  # a preposition right before a name
_VERB_NEXT_RE = re.compile(r" [a-z]")  # "Jane Roe was …": a lower-case word after a name, no comma


@cache
def _said_before_re() -> re.Pattern[str]:
    verbs = alternation(lexicon().indirect)
    return re.compile(r",[ \t]+(?:" + verbs + r")[ \t]+(?:[A-Z][\w.’'-]*[ \t]+){0,3}$")  # ", said Sen. "


# "The sharpest exchange came from Sen. Roe.", "The last word went to Ms. Roe.": the person the
# next quotation is about to give the floor to
_GIVEN_THE_FLOOR_RE = re.compile(
    r"\b(?:came|comes|fell|falls|went|goes)[ \t]+(?:from|to)[ \t]+(?:[A-Z][\w’'.-]*[ \t]+){0,3}$")
_GIVEN_THE_FLOOR_CHARS = 60
_AFTER_A_PLACE_RE = re.compile(r"\b(?:in|from|to|of|near|at)[ \t]+[A-Z][\w’'.-]*,[ \t]+$")  # "from Gdynia, "
_PRONOUN_SUBJECT_NEXT_RE = re.compile(r",[ \t]+(?:he|she|they)[ \t]+[a-z]")


def introduced(text: str, ms: int, me: int, actor: Actor) -> bool:
    """Is the person mentioned at text[ms:me] introduced with an apposition, wherever in the
    sentence ("…, which worries Henry Lund, president of the Harbour Club."), or as one?"""
    if actor.type != "person":
        return False
    if text.startswith(",", me) and _DESCRIBED_BEFORE_RE.search(text, max(0, ms - _DESCRIBED_BEFORE_CHARS), ms):
        return True  # "Roe's deputy, the biologist Ana Lind, has …": named in apposition
    m = _APPOSITION_RE.match(text, me)
    if m is not None and m.group(1) == "who" and _said_before_re().search(text, max(0, ms - _SAID_BEFORE_CHARS), ms):
        return True  # "…, said Ana Lind, who teaches …": the speaker of an inversion, then described
    if text.startswith(".", me) and _GIVEN_THE_FLOOR_RE.search(text, max(0, ms - _GIVEN_THE_FLOOR_CHARS), ms):
        return True
    return m is not None and (m.group(1).lower() in ("a", "an", "the") or m.group(1).lower() in lexicon().roles)


def adjective(mention: str) -> bool:
    """A people's adjective ("Swedish" in "a Swedish state agency"): a mention of its country that
    no pronoun points back to (but "the Americans" may be a "they")."""
    entry = gazetteer().lookup(mention)
    return entry is not None and entry.role == "demonym" and not mention.endswith("s")


def stands_out(text: str, ms: int, me: int, actor: Actor) -> bool:
    """Is the mention of `actor` at text[ms:me] one a later pronoun points back to: its clause's
    subject, or introduced with an apposition?"""
    return subject_like(text, ms, me, actor) or introduced(text, ms, me, actor)


def subject_like(text: str, ms: int, me: int | None = None, actor: Actor | None = None) -> bool:
    """Does the mention at `ms` (ending at `me`) of `actor` open its clause, after at most a few
    title words, and not as the possessor of someone else, nor as a place's region ("from Gdynia,
    Poland, by sea …")?"""
    if actor is not None and actor.type in ("place", "country") \
            and _AFTER_A_PLACE_RE.search(text, max(0, ms - _SUBJECT_LOOKBACK), ms):
        return False
    possessed = _POSSESSED_RE.match(text, me) if me is not None else None
    if possessed is not None and any(speaker_noun(w) and not _plural(w) for w in possessed.group(1).split()):
        return False  # "Roe's director, Ana Lind, said": the director is the subject, not Roe (but
        # "Ms. Roe's volunteers knock …. She said": a "she" is no "volunteers")
    if me is not None and _PRONOUN_SUBJECT_NEXT_RE.match(text, me):
        return False  # "In a statement read by his lawyer, Ana Lind, he said": he is the subject
    k = ms - 1
    lo = max(0, ms - _SUBJECT_LOOKBACK)
    while k >= lo and (text[k] not in _CLAUSE_MARKS or text[k] == "." and _abbreviation_before(text, k)):
        k -= 1  # "Mr. Roe": the title's period ends no clause
    if k < lo and lo > 0:
        return False
    lex = lexicon()
    words = [t for t in tokens(text, k + 1, ms) if t.text != "."]  # "Lt. Gov. Ana Roe": two title words
    if words and words[0].lower == "whether":
        words = words[1:]  # "asked … whether Mr. Roe would back the nominee. “…,” he said": the one asked
    if len(words) > 3 or words and words[-1].lower in OWNER_PRONOUNS:
        return False  # "its Enugu members": a name that only qualifies a noun
    if words and words[0].lower in OWNER_PRONOUNS:
        return all(w.is_word for w in words)  # "Her teammate Bo Roe, who …, flew": the name in apposition
    # "presidential nominee Jane Roe was": a role and its adjective are title words too before a
    # verb (but "his wife, presidential nominee Jane Roe," is an apposition)
    described = me is not None and _VERB_NEXT_RE.match(text, me) is not None
    return all(w.is_cap or w.lower in lex.titles or w.lower in lex.determiners
               or described and (w.lower in lex.roles or w.lower.endswith("al")) for w in words if w.is_word)


def _plural(noun: str) -> bool:
    return noun.endswith("s") and not noun.endswith(("ss", "'s", "’s")) or noun in ("people", "men", "women")


def apposed_end(text: str, start: int) -> int | None:
    """Where the name that the description at `start` is apposed to ends: before ", " or ", 64, "
    ("Ana Roe, 64, a retired teacher"); None if no comma comes right before it."""
    if text[max(0, start - 2) : start] != ", ":
        return None
    age = _AGE_BETWEEN_RE.search(text, max(0, start - 7), start)
    return age.start() if age is not None else start - 2


def owned_voice(phrase: str, owner: str, owner_type: str) -> bool:
    """Does the phrase speak for the actor named in it (`owner`, of `owner_type`): its report ("the
    Harbour Agency report"), a person's campaign or office, a body's own office ("X's Asia office")?"""
    words = phrase.split()
    head = words[-1].strip(".,").lower().rstrip("s") if words else ""
    return head in _statement_heads() or head in ("campaign", "office") and owner_type == "person" \
        or head in ("office", "branch", "bureau") and owner_type == "organization" and phrase.startswith(owner)


def after_preposition(text: str, start: int) -> bool:
    """Does a lower-case preposition come right before offset `start` ("north of Kandi, a taxi driver
    …": the description after Kandi is no apposition of it; but "For Ana Roe, a dealer …" opens with
    her)? Unlike `phrase_shapes.object_of_preposition`, a capitalised one does not count."""
    before = tokens(text, max(0, start - _PREPOSITION_CHARS), start)[-1:]
    return bool(before) and (before[0].text in lexicon().prepositions or before[0].text == "to")
