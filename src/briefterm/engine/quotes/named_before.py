"""Actors named before an offset, found through indexes built once per document: a body whose
name holds some words, the one person introduced with a role, the last court. Each lookup once
scanned every actor, which made speaker matching grow with the square of a long document."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from briefterm.core.types import Actor
from briefterm.engine.quotes.roles import NEAR_AFTER, NEAR_BEFORE, role_forms, role_holder

INTRODUCING = 2  # the mentions that introduce a person: her title ("Gov. Ana Roe"), her age
_LONGEST_NAME = 300  # no name's mention is longer: how far back a mention may start and still reach
_WORD_RE = re.compile(r"[^\W\d_]+")


class NamedBefore:
    def __init__(self, text: str, persons: Sequence[Actor], bodies: Sequence[Actor],
                 court_words: frozenset[str]) -> None:
        self.text = text
        # each body by the words of its name, in order of first mention (in list order where two share it)
        firsts = sorted(range(len(bodies)), key=lambda k: (bodies[k].mentions[0].start, -k))
        self._bodies = [(bodies[k].mentions[0].start, bodies[k]) for k in firsts]
        self._by_word: dict[str, list[tuple[int, Actor]]] = {}
        for first in self._bodies:
            for word in set(first[1].name.lower().split()):
                self._by_word.setdefault(word, []).append(first)
        self.courts = {id(a): a for a in bodies if not court_words.isdisjoint(a.name.lower().split())}
        # (the first named of two at one offset, as a scan in list order would find)
        courts = enumerate(self.courts.values())
        self._court_mentions = sorted(((m.start, -k, a) for k, a in courts for m in a.mentions), key=lambda c: c[:2])
        # the mentions that introduce each person, by start
        self._introducing = sorted(((m.start, m.end, a) for a in persons for m in a.mentions[:INTRODUCING]),
                                   key=lambda found: found[0])
        self._introducing_starts = [found[0] for found in self._introducing]
        # which introducing mentions have a word beside them, where a role would be written
        self._beside: dict[str, list[int]] = {}
        for k, (start, end, _) in enumerate(self._introducing):
            near = text[max(0, start - NEAR_BEFORE) : start] + " " + text[end : end + NEAR_AFTER]
            for word in {w.lower() for w in _WORD_RE.findall(near)}:
                self._beside.setdefault(word, []).append(k)
        self._with_role: dict[tuple[str, ...], list[tuple[int, int, Actor]]] = {}

    def body(self, at: int, words: list[str]) -> Actor | None:
        """The body first named before `at` whose name holds all of `words`, the latest first named."""
        lists = [self._by_word.get(w, []) for w in set(words)] or [self._bodies]
        shortest = min(lists, key=len)
        wanted = set(words)
        for k in range(bisect.bisect_left(shortest, at, key=_first) - 1, -1, -1):
            body = shortest[k][1]
            if wanted <= set(body.name.lower().split()):
                return body
        return None

    def court(self, at: int) -> Actor | None:
        """The court whose mention came last before `at`."""
        k = bisect.bisect_left(self._court_mentions, at, key=_first)
        return self._court_mentions[k - 1][2] if k else None

    def only_titled(self, at: int, roles: tuple[str, ...]) -> Actor | None:
        """The one person the text introduced with the role before `at`, however far back ("Gov.
        Ana Roe" in the lede, "the governor offered" at the end); None if two were."""
        found: set[int] = set()
        one: Actor | None = None
        # A mention that ends well before `at` is judged once for all offsets; one close to it is
        # judged here, as the text after it that `role_holder` reads stops at `at`.
        far = self._role_mentions(roles)
        for k in range(bisect.bisect_right(far, at - NEAR_AFTER, key=_end) - 1, -1, -1):
            one = far[k][2]
            found.add(id(one))
            if len(found) > 1:
                return None
        lo = bisect.bisect_left(self._introducing_starts, at - NEAR_AFTER - _LONGEST_NAME)
        for k in range(lo, bisect.bisect_left(self._introducing_starts, at)):
            start, end, person = self._introducing[k]
            if end + NEAR_AFTER > at and id(person) not in found \
                    and role_holder(self.text, at, [(start, end, person)], roles):
                one = person
                found.add(id(one))
                if len(found) > 1:
                    return None
        return one

    def _role_mentions(self, roles: tuple[str, ...]) -> list[tuple[int, int, Actor]]:
        """The introducing mentions with one of `roles` beside them, as far as the text goes, by end."""
        found = self._with_role.get(roles)
        if found is None:
            forms = {f for r in roles for f in role_forms(r)}
            if all(_WORD_RE.fullmatch(f) for f in forms):  # only a mention with the word beside it may hold it
                ks = sorted({k for f in forms for k in self._beside.get(f, [])})
            else:
                ks = list(range(len(self._introducing)))
            end_of_text = len(self.text)
            found = self._with_role[roles] = sorted(
                (m for m in (self._introducing[k] for k in ks) if role_holder(self.text, end_of_text, [m], roles)),
                key=_end)
        return found

def _first(found: tuple[int, Actor] | tuple[int, int, Actor]) -> int:
    return found[0]


def _end(found: tuple[int, int, Actor]) -> int:
    return found[1]
