"""The document's persons indexed by surname, given name and middle name, so that a single
word ("Lund", "Peter") joins the one person it names."""

from __future__ import annotations

import bisect
import re
from collections import defaultdict

from briefterm.engine.actors.cluster import Cluster
from briefterm.engine.actors.occurrence import Occurrence
from briefterm.engine.lexicon.gazetteer import Gazetteer
from briefterm.engine.lexicon.words import lexicon

_HONORIFIC_BEFORE_RE = re.compile(r"(?:\b(Mr|Mrs|Ms|Miss)\.?)[ \t]+$")
_PARTICLE_RE = re.compile(r"^(?:al|el|ad|as|ash|at|az|ar|an|ul|bin|ibn|abd|abu|d|l)[-'’]",
                          re.IGNORECASE)


class PersonIndex:
    def __init__(self, gaz: Gazetteer, text: str) -> None:
        self.gaz = gaz
        self.text = text
        self.persons: list[Cluster] = []
        self.surnames: dict[str, list[Cluster]] = defaultdict(list)
        self.firsts: dict[str, list[Cluster]] = defaultdict(list)
        self.middles: dict[str, list[Cluster]] = defaultdict(list)

    def build(self, clusters: list[Cluster]) -> None:
        self.persons = [c for c in clusters if c.type == "person" and c.merged_into is None]
        self.surnames.clear()
        self.firsts.clear()
        self.middles.clear()
        for c in self.persons:
            words = c.words()
            if len(words) > 1:
                self.surnames[words[-1]].append(c)
                self.firsts[words[0]].append(c)
                bare = _PARTICLE_RE.sub("", words[-1])
                if bare != words[-1]:
                    self.surnames[bare].append(c)  # "Assad" for "Bashar al-Assad"
                    if words[-1][:1].islower():  # "Al-Assad" opening a sentence
                        self.surnames[words[-1][:1].upper() + words[-1][1:]].append(c)
                for middle in words[1:-1]:
                    if middle[:1].isupper() and middle not in self.gaz.given_names:
                        self.middles[middle].append(c)  # "Ibarra" of "Soledad Ibarra Quintero"

    def merge(self, key: str, group: list[Occurrence],
              index: dict[str, list[Cluster]] | None = None) -> None:
        """Each occurrence to the person of that name mentioned last in the same passage,
        else to the one the document names first (its main subject)."""
        candidates = [c.root() for c in (index if index is not None else self.surnames)[key]]
        if len({id(c) for c in candidates}) == 1:
            candidates[0].add(key, group)
            return
        marks = sorted((p.start, p.passage, i) for i, c in enumerate(candidates) for p in c.occs)
        starts = [m[0] for m in marks]
        main = candidates[marks[0][2]]
        for o in group:
            titled = self._titled(candidates, o)
            if titled is not None:
                titled.add(key, [o])  # "Ruth and Dennis Roe …. Mr. Roe said": Dennis
                continue
            at = bisect.bisect_left(starts, o.start) - 1
            near = at >= 0 and marks[at][1] == o.passage
            (candidates[marks[at][2]] if near else main).add(key, [o])

    def _titled(self, candidates: list[Cluster], o: Occurrence) -> Cluster | None:
        """The one candidate whose given name has the sex of the "Mr." or "Mrs." before `o`."""
        m = _HONORIFIC_BEFORE_RE.search(self.text, max(0, o.start - 6), o.start)
        if m is None:
            return None
        lex = lexicon()
        names = lex.male if m.group(1) == "Mr" else lex.female
        fitting = {id(c): c for c in candidates if c.words()[0].lower() in names}
        return next(iter(fitting.values())) if len(fitting) == 1 else None

    def later_first_name(self, key: str, group: list[Occurrence], lowercase_used: bool) -> bool:
        """An unknown given name used alone only after the one person who bears it was
        named in full, and never written in lower case."""
        hosts = {id(c.root()): c.root() for c in self.firsts[key]}
        if len(hosts) != 1 or lowercase_used:
            return False
        (host,) = hosts.values()
        first = min((o.start for o in host.occs), default=-1)
        return first >= 0 and all(o.start > first for o in group)
