"""City names from `data/places.tsv`, a hint for names nothing else types.

The file is compiled by `scripts/build_lexicon.py` from GeoNames (CC BY 4.0; see its
header): cities of 50,000 people or more. Countries, states and the places news names
most keep their fuller entries (aliases, demonyms, capitals) in the gazetteer's YAML.
"""

from __future__ import annotations

from functools import cache

from briefterm.engine.lexicon.datafiles import cached, data_bytes


def parse_cities(raw: str) -> list[str]:
    """The names of `name<TAB>kind` lines whose kind is `city`; `#` lines are the header."""
    cities = []
    for line in raw.splitlines():
        name, _, kind = line.partition("\t")
        if kind == "city" and name[:1] != "#":
            cities.append(name)
    return cities


@cache
def cities() -> frozenset[str]:
    """The packaged list, read once per process. Names of three letters or fewer are left out:
    in news they are far more often an abbreviation or a foreign word ("Pa", "San") than a city."""
    name = "places.tsv"
    parsed = cached(name, data_bytes(name), lambda raw: parse_cities(raw.decode("utf-8")))
    return frozenset(city for city in parsed if len(city) > 3)
