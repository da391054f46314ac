"""An actor in the making (a cluster of occurrences) and the string tests used to merge."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from briefterm.core.types import ActorType
from briefterm.engine.actors.occurrence import Occurrence


@dataclass
class Cluster:
    """One actor in the making: its type and the occurrences that name it."""

    type: ActorType
    canonical: str | None = None
    occs: list[Occurrence] = field(default_factory=list)
    keys: set[str] = field(default_factory=set)
    merged_into: Cluster | None = None
    best: tuple[str, ...] = ()

    def root(self) -> Cluster:
        c = self
        while c.merged_into is not None:
            c = c.merged_into
        return c

    def add(self, key: str, occs: Iterable[Occurrence] = ()) -> None:
        self.occs.extend(occs)
        if key not in self.keys:
            self.keys.add(key)
            words = tuple(key.split())
            if (len(words), len(key)) > (len(self.best), len(" ".join(self.best))):
                self.best = words

    def words(self) -> tuple[str, ...]:
        """The words of its longest key (its fullest name so far)."""
        return self.best


def contains(longer: tuple[str, ...], shorter: tuple[str, ...]) -> bool:
    n = len(shorter)
    return any(longer[i : i + n] == shorter for i in range(len(longer) - n + 1))


def one_edit(a: str, b: str) -> bool:
    """Within one insertion, deletion, substitution or transposition (and not equal)."""
    if a == b:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        if len(diff) == 1:
            return True
        return len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] \
            and a[diff[1]] == b[diff[0]]
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i:] == b[i + 1 :]
