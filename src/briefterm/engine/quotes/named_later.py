"""A lede's speaker whom the text names only later: "A Labour MP has accused …" is "Ann Lee, the
MP for Ashby" a paragraph or two on, and a lede's "she" before anyone is named is the first woman
named next."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from briefterm.core.types import Actor, Passage
from briefterm.engine.lexicon.words import lexicon
from briefterm.engine.quotes.named_before import INTRODUCING
from briefterm.engine.quotes.roles import canonical_office, owned_from, role_holder
from briefterm.engine.quotes.speaker_words import phrase_head

LEDE_PASSAGES = 2  # the headline and the first paragraphs, where a speaker may be named later
_LEDE_WORDS = 12  # a paragraph of fewer words between the headline and the lede is a date or a byline
_LEDE_SEARCH = 5  # passages looked at for the lede
_INTRODUCTION_CHARS = 80  # after a person's first mention: her apposition or relative clause
_NAMED_LATER_REACH = 3  # paragraphs after the lede in which its unnamed speaker is named
_AGE_AFTER_RE = re.compile(r",[ \t]+(?:(\d{1,3}),|(?:the |a |an )?(\d{1,3})-year-old)")  # "X, 46," "X, a 46-year-old"


def stated_age(text: str, person: Actor) -> str | None:
    """The age the text gives a person where it introduces her ("Ana Roe, 46,", "…, a 46-year-old")."""
    found = (_AGE_AFTER_RE.match(text, m.end) for m in person.mentions[: INTRODUCING + 1])
    return next((m.group(1) or m.group(2) for m in found if m is not None), None)


def lede_end(text: str, passages: Sequence[Passage]) -> int:
    """The index of the lede's last passage: the headline and the first paragraph, after any
    short lines between them ("Saturday, December 5, 2026", "By Ana Roe")."""
    lede = next((p for p in passages[:_LEDE_SEARCH]
                 if p.kind == "body" and len(text[p.start : p.end].split()) >= _LEDE_WORDS), None)
    return max(LEDE_PASSAGES, lede.index if lede is not None else 0)


class LaterNames:
    """The persons of a document, looked at for the one a lede's unnamed speaker turns out to be."""

    def __init__(self, text: str, persons: Sequence[Actor], gender_fits: Callable[[Actor, str], bool],
                 lede: int) -> None:
        self.text = text
        self.lede = lede  # the lede's last passage
        self.persons = persons
        self.gender_fits = gender_fits
        self.lex = lexicon()

    def _names_someone(self, at: int, length: int) -> bool:
        """Does a person's mention lie inside the phrase of `length` characters at `at`?"""
        return any(at <= m.start < at + length for a in self.persons for m in a.mentions)

    def named_next(self, passage: int, at: int, pronoun: str) -> Actor | None:
        """A lede's "she" before anyone is named ("… sued the campaign, in what she called “…”") is
        the first person of that sex the next paragraphs name."""
        if passage > self.lede or pronoun not in ("he", "she"):
            return None
        return self._first_named_after(passage, at, lambda a: self.gender_fits(a, pronoun))

    def named_later(self, passage: int, at: int, words: list[str]) -> Actor | None:
        """A lede's unnamed speaker ("A Labour MP has accused …", "…, says MP") is the person the
        next paragraphs name with that office ("Ann Lee, the MP for Ashby, said …")."""
        # "The chairman of the X resigned …" before anyone is named: whoever the text names next
        first = words[0] == "the" and not any(a.mentions[0].start < at for a in self.persons)
        # "Maine's attorney general sued …", "West Virginia's state auditor said …": as "its"
        possessor = any(w.endswith(("'s", "’s")) for w in words[:2]) and len(words) > 1
        if passage > self.lede or not (words[0] in ("a", "an", "one", "their", "its") or len(words) == 1
                                            or first or possessor) or self._names_someone(at, len(" ".join(words))):
            return None  # (but "A spokesman for Mayor Ana Roe" is named already: for her)
        head = words[-1] if owned_from(words) else phrase_head(words).strip(".,")  # "the secretary of state's office"
        if head not in self.lex.roles:
            return None
        offices = {canonical_office(head)}
        # "the head of the national federation", "the museum's director": one introduced with that
        # body first ("X, the federation's president", "X, who has run the museum since 2024")
        owner = words[1][:-2] if first and words[1].endswith(("'s", "’s")) else ""
        owner = "" if owner in self.lex.place_cues else owner  # "the state's schools chief": any of its offices
        body = words[-1] if "of" in words[1:-1] else owner
        of_body = self._first_named_after(passage, at, lambda a: body in self._introduction(a)) \
            if first and body else None
        return of_body or self._first_named_after(
            passage, at, lambda a: first and bool(a.description or stated_age(self.text, a))  # "X, 64, a …"
            or not offices.isdisjoint(self._offices_in(a.description or ""))
            or role_holder(self.text, a.mentions[0].end, [(a.mentions[0].start, a.mentions[0].end, a)],
                           tuple(offices)) is not None)  # "The switch by Sen. X"

    def _introduction(self, person: Actor) -> str:
        """What the text says of a person where it first names her, lower case."""
        end = person.mentions[0].end
        return f"{person.description or ''} {self.text[end : end + _INTRODUCTION_CHARS]}".lower()

    def _offices_in(self, description: str) -> set[str]:
        """The words of a description, abbreviations written out ("Sen." -> "senator")."""
        return {canonical_office(w.strip(".")) for w in description.lower().split()}

    def _first_named_after(self, passage: int, at: int, fits: Callable[[Actor], bool]) -> Actor | None:
        """The first person named after `at`, within the next paragraphs, that `fits`."""
        later = [(a.mentions[0].start, a) for a in self.persons
                 if at < a.mentions[0].start and a.mentions[0].passage <= passage + _NAMED_LATER_REACH and fits(a)]
        return min(later, key=lambda pair: pair[0])[1] if later else None
