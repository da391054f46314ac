"""Where a single word or a near-duplicate name joins a longer name already found.

`Hosts` indexes the document's multi-word organisations and places by their words, their
initials and their first word, so "the Church", "UCD" or "North" finds its one host;
`merge_suffixes`, `merge_area_names`, `merge_short_forms` and `merge_typos` join a known body's
local branch, a place named with and without its kind of area, a firm's name without its trade
and a misspelt name.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Sequence

from briefterm.engine.actors.cluster import Cluster, one_edit
from briefterm.engine.actors.occurrence import name_key
from briefterm.engine.actors.prepare import ACRONYM_RE
from briefterm.engine.lexicon.gazetteer import Gazetteer
from briefterm.engine.lexicon.words import lexicon

Merge = Callable[[Cluster, Cluster], None]

_DIGITS_RE = re.compile(r"\d+")


def unique(hosts: list[Cluster]) -> Cluster | None:
    roots = {id(c.root()): c.root() for c in hosts}
    return next(iter(roots.values())) if len(roots) == 1 else None


class Hosts:
    """Word, initials and compass indexes of the multi-word names, for single words."""

    def __init__(self, gaz: Gazetteer) -> None:
        self.org_words = lexicon().org_words
        self.org_words_index: dict[str, list[Cluster]] = defaultdict(list)
        self.initials_index: dict[str, list[Cluster]] = defaultdict(list)
        self.compass_index: dict[str, list[Cluster]] = defaultdict(list)

    def index(self, live: list[Cluster]) -> None:
        self.org_words_index.clear()
        self.initials_index.clear()
        self.compass_index.clear()
        for c in live:
            words = c.words()
            if len(words) < 2:
                continue
            if c.type == "organization":
                for x in set(words):
                    self.org_words_index[x].append(c)
            if c.type in ("organization", "country", "place"):
                initials = "".join(x[0] for x in words if x[:1].isupper())
                self.initials_index[initials].append(c)
                field = _field_after_head(words, self.org_words) if c.type == "organization" else ""
                if field:
                    self.initials_index[field].append(c)  # "the VA": the Department of Veterans Affairs
        for c in live:
            name = (c.canonical or " ".join(c.words())).split()
            if c.type in ("country", "place") and len(name) > 1:
                self.compass_index[name[0]].append(c)

    def compass(self, key: str) -> Cluster | None:
        """'North' for the one 'North …' place of the document."""
        return unique(self.compass_index.get(key, []))

    def head(self, key: str) -> Cluster | None:
        """'the Church' for the one '… Church …' organisation of the document."""
        if key.lower() not in self.org_words:
            return None
        return unique(self.org_words_index.get(key, []))

    def sub(self, key: str) -> Cluster | None:
        """'Brightway' for 'Church of Brightway', 'Clickwell' for 'Clickwell UK'."""
        return unique(self.org_words_index.get(key, []))

    def initials(self, key: str) -> Cluster | None:
        if not ACRONYM_RE.match(key):
            return None
        return unique(self.initials_index.get(key, []))


def _field_after_head(words: Sequence[str], org_words: frozenset[str]) -> str:
    """The initials of what a body headed "Department of" deals with ("Veterans Affairs" -> "VA"),
    when that is two or more capitalised words; else ""."""
    if len(words) < 4 or words[1] not in ("of", "for") or words[0].lower() not in org_words:
        return ""
    field = words[2:]
    return "".join(x[0] for x in field) if all(x[:1].isupper() for x in field) and len(field) >= 2 else ""


def merge_near_names(live: Callable[[], list[Cluster]], gaz: Gazetteer, merge: Merge) -> None:
    """Join the names that are one actor's, each step on the clusters the one before left."""
    merge_suffixes(live(), gaz, merge)
    merge_area_names(live(), merge, gaz)
    merge_short_forms(live(), merge, gaz)
    merge_typos(live(), merge)


def merge_suffixes(live: list[Cluster], gaz: Gazetteer, merge: Merge) -> None:
    """'the Red Cross' into the document's 'Philippine Red Cross': a known body under a
    national prefix is that body's local branch."""
    by_last: dict[str, list[Cluster]] = defaultdict(list)
    for h in live:
        if h.canonical is None and len(h.words()) > 1:
            by_last[h.words()[-1]].append(h)
    for c in live:
        if c.canonical is None or c.type != "organization":
            continue
        name = tuple(c.canonical.split())
        hosts = []
        for h in by_last.get(name[-1], []):
            words = h.words()
            if h is c or len(words) <= len(name) or words[-len(name):] != name:
                continue
            prefix = gaz.lookup(" ".join(words[: -len(name)]))
            if prefix is not None and prefix.type in ("country", "place"):
                hosts.append(h)
        if len(hosts) == 1:
            merge(c, hosts[0])


# What a place's name may end with, the place itself named without it: "X District" is "X" (a valley
# only in lower case: "X Valley" is a place of its own)
_AREA_WORDS = frozenset(("District", "Prefecture", "Province", "Region", "Oblast", "Governorate", "district",
                         "prefecture", "province", "region", "valley", "river"))


def merge_area_names(live: list[Cluster], merge: Merge, gaz: Gazetteer) -> None:
    """'Okinawa Prefecture' and 'Okinawa', 'the Ashby valley' and 'Ashby': one place, named with its
    kind of area and without it, in one document (but a capital is not its province)."""
    by_words = {c.words(): c for c in live if c.merged_into is None}
    for c in live:
        words = c.words()
        short = by_words.get(words[:-1]) if len(words) > 1 and words[-1] in _AREA_WORDS else None
        if short is None or short is c or c.type not in ("place", "organization"):
            continue
        capital = gaz.lookup(name_key(words[:-1]))
        if short.type in ("place", "country") and (capital is None or capital.role != "capital"):
            merge(c, short)
        elif words[-1].islower() and c.type == "place" and short.type == "organization":
            merge(short, c)  # "the Ashby river" and "the Ashby feeds …": the river, whatever "Ashby" alone seemed


def merge_short_forms(live: list[Cluster], merge: Merge, gaz: Gazetteer) -> None:
    """'Norwood Hearth' into 'Norwood Hearth Bakeries', 'Cobb Point' into 'Cobb Point Holdings LLC':
    a firm named without its trade word(s) (typed on its own as a person or, before a company's
    legal form only, a place the gazetteer does not know: not "Hawke's Bay" of its hospital)."""
    org_words, suffixes = lexicon().org_words, lexicon().company_suffixes
    by_words = {c.words(): c for c in live if c.canonical is None and len(c.words()) > 1}
    for c in live:
        words = c.words()
        if c.canonical is not None or c.type != "organization" or len(words) < 3:
            continue
        for cut in range(len(words) - 1, 1, -1):
            if all(w.lower() in org_words for w in words[cut:]):
                short = by_words.get(words[:cut])
                unknown_place = short is not None and short.type == "place" and not gaz.lookup(name_key(words[:cut])) \
                    and all(w.lower() in suffixes for w in words[cut:])
                if short is not None and short is not c and (short.type in ("person", "organization") or unknown_place):
                    merge(short, c)
                    break


def merge_typos(live: list[Cluster], merge: Merge) -> None:
    """'Unitde Nations' into 'United Nations': a rare multi-word name one edit away from
    another. One edit leaves either the first or the last three letters alone, so names
    are compared only within those buckets."""
    live = [c for c in live if len(c.words()) > 1]
    buckets: dict[tuple[str, str], list[Cluster]] = defaultdict(list)
    for c in live:
        name = c.canonical or " ".join(c.words())
        if len(name) >= 8:
            buckets[("<", name[:3])].append(c)
            buckets[(">", name[-3:])].append(c)
    for group in buckets.values():
        if len(group) < 2 or len(group) > 50:
            continue
        for c in group:
            if c.canonical is not None or c.merged_into is not None or len(c.occs) > 2:
                continue
            name = " ".join(c.words())
            for h in group:
                if h is c or h.merged_into is not None or len(h.occs) < len(c.occs):
                    continue
                other = h.canonical or " ".join(h.words())
                if abs(len(other) - len(name)) <= 1 and one_edit(name, other) \
                        and _DIGITS_RE.findall(name) == _DIGITS_RE.findall(other):  # not "5th"/"9th"
                    merge(c, h)
                    break
