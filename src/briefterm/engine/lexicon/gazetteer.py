"""Generic gazetteers for the actor pass, loaded once from `briefterm/data/*.yaml`.

Countries (with aliases, demonyms, capitals and seats of government), international
organisations, news outlets, peoples, places, and given names from `given_names` (Faker's
lists): name lookup only; the word lists are the lexicon's (`words.py`). People's names are
never listed here: they come from the text.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Literal, cast

from briefterm.core.types import ActorType
from briefterm.engine.lexicon.datafiles import load_data
from briefterm.engine.lexicon.given_names import given_names
from briefterm.engine.lexicon.places import cities

EntryRole = Literal["name", "alias", "demonym", "capital", "seat"]


@dataclass(frozen=True, slots=True)
class Entry:
    """What a known name stands for: `canonical`'s actor, typed, in one of its roles."""

    canonical: str
    type: ActorType
    role: EntryRole


@dataclass(frozen=True)
class Gazetteer:
    entries: dict[str, Entry]
    ambiguous: dict[str, tuple[str, ...]]
    abbreviated: frozenset[str]  # "Minn": aliases that show their actor under its name
    given_names: frozenset[str]
    cities: frozenset[str]  # a hint only: "Akron" with no other cue is a place
    after_a_place: dict[str, Entry]  # "Pa" -> Pennsylvania, only in "Erie, Pa."

    def lookup(self, key: str) -> Entry | None:
        """The entry for a name as written ("U.S." and "US" alike), or None."""
        entry = self.entries.get(key)
        if entry is None and "." in key:
            entry = self.entries.get(key.replace(".", ""))
        return entry


def _strings(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, list):
        return [str(v) for v in value if isinstance(v, str | int)]
    return []


def _add(entries: dict[str, Entry], surface: str, entry: Entry) -> None:
    surface = surface.replace("’", "'")
    # A name keeps its first meaning: "Georgia" the country, not a later alias.
    entries.setdefault(surface, entry)
    if "." in surface:
        entries.setdefault(surface.replace(".", ""), entry)


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    entries: dict[str, Entry] = {}
    countries = load_data("countries.yaml")
    for item in countries.get("countries") or []:
        if not isinstance(item, dict) or not isinstance(item.get("name"), str):
            continue
        name = item["name"]
        kind = cast(ActorType, item.get("type") or "country")
        _add(entries, name, Entry(name, kind, "name"))
        for role, field in (("alias", "aliases"), ("seat", "seats"),
                            ("capital", "capitals"), ("demonym", "demonyms")):
            for surface in _strings(item.get(field)):
                _add(entries, surface, Entry(name, kind, cast(EntryRole, role)))
    ambiguous = {
        str(k): tuple(_strings(v)) for k, v in (countries.get("ambiguous") or {}).items()
    }
    known = load_data("entities.yaml")
    abbreviated: set[str] = set()
    after_a_place: dict[str, Entry] = {}
    sections: tuple[tuple[str, ActorType], ...] = (
        ("organizations", "organization"), ("companies", "organization"),
        ("news_outlets", "organization"),
        ("groups", "group"), ("places", "place"))
    for section, kind in sections:
        for item in known.get(section) or []:
            if not isinstance(item, dict) or not isinstance(item.get("name"), str):
                continue
            name = item["name"]
            _add(entries, name, Entry(name, kind, "name"))
            for surface in _strings(item.get("aliases")):
                _add(entries, surface, Entry(name, kind, "alias"))
            for surface in _strings(item.get("abbreviations")):
                _add(entries, surface, Entry(name, kind, "alias"))
                abbreviated.add(surface.replace(".", ""))
            for surface in _strings(item.get("after_a_place")):
                after_a_place[surface.replace(".", "")] = Entry(name, kind, "alias")
    return Gazetteer(entries, ambiguous, frozenset(abbreviated), given_names().names, cities(),
                     after_a_place)
