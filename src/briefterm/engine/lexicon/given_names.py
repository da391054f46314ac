"""Given names and the gender they are given to, from `data/given_names.tsv`.

The file is compiled by `scripts/build_lexicon.py` from the per-locale first-name
lists that Faker maintains (MIT); see its header. Names are read as written
("Maria") for finding people, and lower-cased by gender for "he"/"she".
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from briefterm.engine.lexicon.datafiles import cached, data_bytes


@dataclass(frozen=True)
class GivenNames:
    names: frozenset[str]  # as written: a capitalised word from here before a surname makes a person
    male: frozenset[str]  # lower case, given to men only
    female: frozenset[str]  # lower case, given to women only


def parse_given_names(raw: str) -> GivenNames:
    """`name<TAB>m|f|u` lines; `#` lines are the header."""
    names: list[str] = []
    male: list[str] = []
    female: list[str] = []
    for line in raw.splitlines():
        if not line or line[0] == "#":
            continue
        name, _, gender = line.partition("\t")
        names.append(name)
        if gender == "m":
            male.append(name.lower())
        elif gender == "f":
            female.append(name.lower())
    return GivenNames(frozenset(names), frozenset(male), frozenset(female))


@cache
def given_names() -> GivenNames:
    """The packaged list, read once per process (a millisecond from the data cache)."""
    name = "given_names.tsv"
    sets = cached(name, data_bytes(name), lambda raw: _sets(parse_given_names(raw.decode("utf-8"))))
    return GivenNames(*sets)


def _sets(names: GivenNames) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    return names.names, names.male, names.female
