"""Actors: find names in the text, type them, merge their mentions.

names.py finds the name candidates (one regex pass), names_resolve.py decides which are
actors and which name the same one, names_describe.py gives a person's role; this module
turns the result into `Actor`s in order of first mention.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from functools import partial
from operator import attrgetter

from briefterm.core.types import Actor, Mention
from briefterm.engine.actors.cluster import Cluster
from briefterm.engine.actors.describe import describe
from briefterm.engine.actors.names import find_occurrences, lowercase_words
from briefterm.engine.actors.occurrence import Occurrence
from briefterm.engine.actors.resolve import Resolver
from briefterm.engine.gc_pause import gc_paused
from briefterm.engine.lexicon.gazetteer import gazetteer
from briefterm.engine.passage_index import PassageIndex

_SLUG_RE = re.compile(r"[^a-z0-9]+")
_START = attrgetter("start")


def find_actors(text: str, passages: PassageIndex,
                lower_words: Callable[[], frozenset[str]] | None = None) -> list[Actor]:
    """Actors of `text`, each with all its mentions, in order of first mention. `lower_words`
    gives `lowercase_words(text)` when asked (it may be found beside this, in another process)."""
    with gc_paused():
        return _find_actors(text, passages, lower_words or partial(lowercase_words, text))


def _find_actors(text: str, passages: PassageIndex, lower_words: Callable[[], frozenset[str]]) -> list[Actor]:
    gaz = gazetteer()
    occs = find_occurrences(text, passages, gaz)
    if not occs:
        return []
    clusters = Resolver(text, occs, gaz, lower_words()).resolve()
    actors: list[tuple[int, Actor]] = []
    used_ids: set[str] = set()
    for cluster in clusters:
        cluster.occs.sort(key=_START)
        first_use: dict[str, int] = {}
        mentions = _mentions(text, cluster.occs, first_use)
        name = _name(cluster, set(first_use))
        aliases = sorted(set(first_use) - {name}, key=first_use.__getitem__)
        actor = Actor(
            id=_unique_id(_slug(name), used_ids),
            name=name,
            type=cluster.type,
            aliases=aliases,
            description=describe(text, cluster.occs, gaz) if cluster.type == "person" else None,
            mentions=mentions,
        )
        actors.append((mentions[0].start, actor))
    actors.sort(key=lambda pair: pair[0])
    return [a for _, a in actors]


def _mentions(text: str, occs: list[Occurrence], first_use: dict[str, int]) -> list[Mention]:
    """One mention per span of `occs` (in document order: two names may share one); fills
    `first_use` with each key's first start."""
    mentions: list[Mention] = []
    append = mentions.append
    last_start = last_end = -1
    for o in occs:
        start, end = o.start, o.end
        if o.key not in first_use:
            first_use[o.key] = start
        if start != last_start or end != last_end:
            append(Mention(o.passage, start, end, text[start:end]))
            last_start, last_end = start, end
    return mentions


def _name(cluster: Cluster, keys: set[str]) -> str:
    """The fullest form used (`keys`): the gazetteer's name when the text uses it, else the
    longest."""
    if cluster.canonical and cluster.canonical in keys:
        return cluster.canonical
    if cluster.canonical:
        gaz = gazetteer()
        if keys <= gaz.abbreviated:
            return cluster.canonical  # "Minn." is Minnesota
        named = [k for k in keys if (e := gaz.lookup(k)) is not None and e.role in ("name", "alias")]
        if named:
            keys = set(named)
    return max(keys, key=lambda k: (len(k.split()), len(k), k))


def _slug(name: str) -> str:
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return _SLUG_RE.sub("-", ascii_name.lower()).strip("-") or "actor"


def _unique_id(slug: str, used: set[str]) -> str:
    candidate, n = slug, 1
    while candidate in used:
        n += 1
        candidate = f"{slug}-{n}"
    used.add(candidate)
    return candidate
