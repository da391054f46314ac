"""City names from `data/places.tsv`, a hint for names nothing else types.

The file is compiled by `scripts/build_lexicon.py` from GeoNames (CC BY 4.0; see its
header): cities of 50,000 people or more. Countries, states and the places news names
most keep their fuller entries (aliases, demonyms, capitals) in the gazetteer's YAML.
"""

from __future__ import annotations

import unicodedata
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
    # (the cache's name says what it holds: the names with their plain forms)
    parsed = cached("places-plain", data_bytes(name), lambda raw: _with_plain_forms(parse_cities(raw.decode("utf-8"))))
    return frozenset(city for city in parsed if len(city) > 3)


def _with_plain_forms(names: list[str]) -> list[str]:
    return names + [plain for name in names if not name.isascii() or "'" in name for plain in _plain_forms(name)]


def _plain_forms(name: str) -> tuple[str, ...]:
    """The name as news in English often writes it: without accents, with either apostrophe
    ("Cox’s Bāzār" -> "Cox’s Bazar", "Cox's Bazar")."""
    plain = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
    return plain, plain.replace("’", "'"), plain.replace("'", "’")
