"""Which name candidates are actors, of what type, and which of them are the same actor.

Input: the occurrences of names.py in document order, put right by names_prepare.
Output: clusters, one per actor, each holding its occurrences. The rules, in order:
1. labels, events, products, stop words and months are no actors ("Article 5", "World Cup");
2. gazetteer names (countries, organisations, outlets, places, peoples) are typed and merged
   by their canonical name; demonyms, capitals and seats of government join the country when
   the country is named and the capital is not used as a location ("in Moscow");
3. multi-word names are typed by their words (…Agency, …Stadium, a given name) and context;
   a person's shorter forms merge into the full name ("Lina Maria Costa" -> "Maria Costa",
   "Carol Ann" of "Carol Ann Roe");
4. single words need evidence: a person's surname or first name, a title ("Mr Lund"), an
   acronym defined in brackets, a cue around them ("the town of X", "X said"), or repeated
   use mid-sentence; a word the document also writes in lower case is not a name.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable

from briefterm.core.types import ActorType
from briefterm.engine.actors.cluster import Cluster, contains
from briefterm.engine.actors.context import words_after
from briefterm.engine.actors.cues import CueReader
from briefterm.engine.actors.hosts import Hosts, merge_near_names
from briefterm.engine.actors.occurrence import Occurrence, name_key
from briefterm.engine.actors.persons import PersonIndex
from briefterm.engine.actors.prepare import Preparer
from briefterm.engine.actors.singles import ROMAN_RE, SingleWords
from briefterm.engine.lexicon.gazetteer import Entry, Gazetteer
from briefterm.engine.lexicon.words import lexicon

_DIGIT_RE = re.compile(r"\d")
_UNION_LOCAL_RE = re.compile(r" Local \d+$")
# "5th U.S. Circuit Court of Appeals", "Court of Appeals for the 6th Circuit": an ordinal, no other number
_ORDINAL_NAME_RE = re.compile(r"(?:\D+ )?\d{1,3}(?:st|nd|rd|th) \D+$")
_ACRONYM_SUFFIXED_RE = re.compile(r"^[A-Z]{2,}[a-z]{2,}$")  # "NATOism"
_INITIAL_RE = re.compile(r"^[A-Z]\.$")  # "J." in "J. R. R. Tolkien"
_DESCRIBED_RE = re.compile(r", (?:\d{1,3},|an? |the )")  # "Ana Roe, 34," or ", a cleaner": a person
_VERB_AFTER_RE = re.compile(r",?[ \t]+(?!and\b|or\b)[a-z]")  # "…, Ana Roe, told", "…, Ana Roe spent": a subject
_PARTICLE_RE = re.compile(r"^(?:al|el|ad|as|ash|at|az|ar|an|ul|bin|ibn|abd|abu|d|l)[-'’]", re.IGNORECASE)
# Besides an auxiliary, words after a name that make it act: "Moscow also", "Moscow wants".
_ACTING_AFTER = frozenset({"also", "and", "wants", "wanted", "hopes", "insists", "insisted", "rejected",
                           "accepted"})


class Resolver(SingleWords):
    def __init__(self, text: str, occs: list[Occurrence], gaz: Gazetteer,
                 lower: frozenset[str]) -> None:
        self.text = text
        self.occs = occs
        self.gaz = gaz
        self.lower = lower
        self.w = lexicon()
        self.clusters: list[Cluster] = []
        self.by_key: dict[str, Cluster] = {}
        self.groups: dict[str, list[Occurrence]] = defaultdict(list)
        self.people = PersonIndex(gaz, text)
        self.hosts = Hosts(gaz)
        self.cues = CueReader(text, gaz)

    def _type_of(self, key: str) -> ActorType | None:
        c = self.by_key.get(key)
        return c.root().type if c is not None else None

    # -- helpers ---------------------------------------------------------------------

    def _new(self, kind: ActorType, key: str, canonical: str | None = None) -> Cluster:
        c = Cluster(kind, canonical)
        c.add(key)
        self.clusters.append(c)
        self.by_key[key] = c
        return c

    # -- what a key is ---------------------------------------------------------------

    def _junk(self, key: str, words: tuple[str, ...], group: list[Occurrence]) -> bool:
        low = [w.lower() for w in words]
        titled = any(o.titled for o in group)
        if len(words) == 1:
            lw = low[0]
            if lw in self.w.stopwords or lw in self.w.not_actors:
                return True
            if (lw.removesuffix(".") in self.w.months or lw in self.w.weekdays) and not titled:  # "Jan. 2"
                return True
            if ROMAN_RE.match(key) or _ACRONYM_SUFFIXED_RE.match(key):
                return True
            if lw in self.w.honorifics or lw in self.w.title_words:
                return True
            if lw in self.w.event_starts or lw in self.w.event_heads:
                return True  # "Article" (5), "Operation", "Summit"
        if _DIGIT_RE.search(key) and not _UNION_LOCAL_RE.search(key) and not _ORDINAL_NAME_RE.match(key):
            return True  # "S-300", "Article 5": labels and products; not "Teamsters Local 120"
        if all(w in self.w.months or w in self.w.weekdays or not words[i][:1].isupper()
               for i, w in enumerate(low)):
            return True
        if len(words) > 2 and (low[1] in ("of", "for", "on") and low[0].split("-")[0] in self.w.org_words
                               or self._kind_of_head(low) == "organization"):
            return False  # "Commission on Elections", "Maine Center for Economic Policy": named after their work
        if len(words) == 2 and low[0] in self.w.party_adjectives and low[1] in self.w.chambers \
                and all(self.text[o.end : o.end + 2][1:].islower() for o in group):
            return True  # "Democratic Senate candidates": a party's members of a chamber, no body
        if len(words) > 1 and not titled:
            if (low[-1] in self.w.event_heads or " ".join(low[-2:]) in self.w.event_heads) \
                    and " ".join(low[-2:]) not in self.w.org_words and not self.cues.read(group).org \
                    and not (low[-1] in self.w.org_words and self.gaz.lookup(words[-2]) is None):
                return True  # but "the X Budget Project, a nonprofit", "X Geological Survey", "X Freedom Caucus"
            if low[0] in self.w.event_starts and words[0] not in self.gaz.given_names \
                    and low[-1] not in self.w.org_words:
                return True  # "Operation Sea Lion", but "Summit Ridge Roofing" is a firm
            if key.lower() in self.w.not_actors:
                return True
        return False

    def resolve(self) -> list[Cluster]:
        self.occs, defs = Preparer(self.text, self.occs, self.gaz, self.lower).prepare()
        groups: dict[str, list[Occurrence]] = defaultdict(list)
        for o in self.occs:
            groups[o.key].append(o)
        self.groups = groups
        expansions = set(defs.values())
        gaz_keys: list[str] = []
        multis: list[str] = []
        singles: list[str] = []
        for key, group in groups.items():
            if self.gaz.lookup(key) is not None or key in self.gaz.ambiguous:
                gaz_keys.append(key)
            elif key in defs:
                singles.append(key)
            elif key in expansions:
                multis.append(key)
            elif self._junk(key, group[0].words, group):
                continue
            elif len(group[0].words) == 1:
                singles.append(key)
            else:
                multis.append(key)
        named = self._gazetteer_names(gaz_keys)
        self._multis(multis)
        self.people.build(self.clusters)
        self._gazetteer_aliases(gaz_keys, named)
        self._singles(singles, defs)
        self._list_places()
        merge_near_names(self._live, self.gaz, self._merge)
        return [c for c in self.clusters if c.merged_into is None and c.occs]

    def _gazetteer_names(self, keys: list[str]) -> set[str]:
        """Names and aliases of gazetteer actors; returns the canonical names named."""
        named: set[str] = set()
        for key in keys:
            entry = self.gaz.lookup(key)
            if entry is None or entry.role not in ("name", "alias") or key in self.gaz.ambiguous:
                continue
            self._attach(entry, key, self.groups[key])
            named.add(entry.canonical)
        return named

    def _attach(self, entry: Entry, key: str, occs: Iterable[Occurrence]) -> None:
        c = self.by_key.get("\0" + entry.canonical)
        if c is None:
            c = Cluster(entry.type, entry.canonical)
            self.clusters.append(c)
            self.by_key["\0" + entry.canonical] = c
        c = c.root()
        c.add(key, occs)
        self.by_key.setdefault(key, c)

    def _gazetteer_aliases(self, keys: list[str], named: set[str]) -> None:
        """Demonyms, capitals, seats and ambiguous names, once we know what is named."""
        for key in keys:
            entry = self.gaz.lookup(key)
            group = self.groups[key]
            if key in self.gaz.ambiguous:
                options = [n for n in self.gaz.ambiguous[key] if n in named]
                target = self.gaz.lookup(options[0]) if len(options) == 1 else None
                if target is not None:
                    self._attach(target, key, group)
                elif key[-1:] != "n" and not key.endswith("ns"):
                    self._new("place", key).occs.extend(group)  # "Korea", not "Korean"
                continue
            if entry is None or entry.role in ("name", "alias"):
                continue
            if entry.role in ("capital", "seat") and key in self.people.surnames:
                self.people.merge(key, group)
                continue
            if entry.role == "demonym":
                if entry.canonical in named:
                    self._attach(entry, key, group)
                continue
            # capitals and seats: the state, unless used as a location ("in Kyiv")
            state: list[Occurrence] = []
            place: list[Occurrence] = []
            located = [self.cues.located(o, entry.role) for o in group]
            for o, locative in zip(group, located, strict=True):
                if any(located) and not locative:
                    # once used as a location, it stays one unless it acts ("Moscow said")
                    after = words_after(self.text, o.end, 1)
                    locative = not (after and (after[0] in self.w.subject_verbs or after[0] in self.w.auxiliaries
                                               or after[0] in _ACTING_AFTER))
                (place if locative or entry.canonical not in named else state).append(o)
            if state:
                self._attach(entry, key, state)
            if place:
                kind: ActorType = "place" if entry.role == "capital" else "organization"
                c = self.by_key.get(key) if key in self.by_key and self.by_key[key].canonical is None else None
                (c or self._new(kind, key)).occs.extend(place)

    # -- multi-word names ------------------------------------------------------------

    def _known_kind(self, words: tuple[str, ...], group: list[Occurrence]) -> ActorType | None:
        """A person by a title before a given name ("Judge Ann Mills"), a place by a city's whole name ("Ann
        Arbor"), a body by a known body's name after a nationality ("Philippine Red Cross", a given name too)."""
        if words[0] in self.gaz.given_names and any(o.titled for o in group):
            return "person"
        if " ".join(words) in self.gaz.cities and not self.cues.read(group).person:
            return "place"
        return "organization" if self._national_branch(words) else None

    def _type_multi(self, words: tuple[str, ...], group: list[Occurrence]) -> ActorType | None:
        w = self.w
        low = [x.lower() for x in words]
        names = [x for x in words if not x.islower()]
        if "&" in words or words[-1].isdigit():
            return "organization"  # "Carlisle & Dunn": a firm, whatever its first word; "Teamsters Local 120"
        known = self._known_kind(words, group)
        if known is not None:
            return known
        body_word = low[-1] in w.org_words or len(words) > 2 and low[-1].removesuffix("s") in w.org_words
        if words[0] in self.gaz.given_names and not body_word \
                and not any(x in ("of", "for") for x in words):  # "Richmond Crusade for Voters"
            said = self.cues.read(group)  # "the band Silver Tide", "the novel Anna Petrova"
            if low[-1] not in w.place_words:
                body = said.named_group or (said.org or said.org_next and not said.speech) and not said.person
                return None if said.named_work else "organization" if body else "person"  # "the X party"
            if len(words) == 2 and (said.person or said.speech):
                return "person"  # "Fiona Hill, a former adviser, said", not "Beacon Hill"
        if body_word or " ".join(low[-2:]) in w.org_words or low[-1].rpartition("-")[2] in w.org_words:
            return "organization"  # (also "Sun-News"; "X Public Schools" but not "Tyra Banks")
        if any(x in w.name_prepositions for x in low[1:-1]):
            return "organization"  # a capitalised preposition inside: "Doctors Without Borders"
        head = self._kind_of_head(low)
        if head is not None:
            return head
        if low[0] in w.leading_org_words and low[-1] not in w.place_words:
            return "organization"  # "Frente Amplio", but "Front Street"
        if (low[-1] in w.place_words and "of" not in low or low[0] in w.compass or low[0] in w.leading_place_words) \
                and not self.cues.read(group).org:  # ("Mine Workers of America": a body, whatever ends it)
            return "place"  # "Eastport Arena", "North Pole", "Mount Everest"; not "the newspaper El Sol"
        if "&" in words or any(len(x) > 1 and x.isupper() and not ROMAN_RE.match(x) and not _INITIAL_RE.match(x)
                               for x in names):
            return "organization"  # "BT Sport", "Ipsos MORI", "Clickwell UK"
        last = self.gaz.lookup(words[-1])
        if last is not None and last.type == "country" and last.role in ("name", "alias"):
            return "organization"  # "Clickwell UK"
        cues = self.cues.read(group)
        if cues.thing:
            return None
        if cues.org or cues.org_next and not cues.strong_place:
            return "organization"
        if cues.strong_place:
            return "place"
        first = self.gaz.lookup(words[0])
        if first is not None and first.type in ("country", "place") \
                and words[0] not in self.gaz.given_names and first.role != "name":
            # "Russian Railways", but "French Guiana" after a place or where it is a location
            return "place" if cues.place or self.cues.follows_place(group, self._type_of) else "organization"
        connectors = [x for x in low if x.islower()]
        if any(x in ("of", "and", "for", "on", "the") for x in connectors):
            return "organization"
        if low[0] in w.non_person_starts and words[0] not in self.gaz.given_names:
            return "organization"  # "European Southern Observatory"
        if first is not None and words[0] not in self.gaz.given_names:
            return "organization"  # "Winnipeg Ledger": a place's paper, team or company
        if any(self._lowercase_used(x) for x in names):
            return "organization"  # "Insurgency Wiki": made of words the text also writes small
        if 2 <= len(names) <= 4:
            return "organization" if cues.after_the else "person"  # "the Harbour Record"
        return "organization" if len(names) <= 6 else None

    def _kind_of_head(self, low: list[str]) -> ActorType | None:
        """The kind a head before "of", "for" or "on" gives: "City of X", "Gulf of X", "Bureau for X"."""
        w = self.w
        for k, x in enumerate(low):
            if x in ("of", "for", "on") and k > 0:
                if low[k - 1] in ("city", "town", "borough", "village", "county", "municipality"):
                    return "organization"  # "City of Winnipeg": the municipal body
                if low[k - 1] in w.place_words and low[k - 1] not in w.org_words:
                    return "place"
                if low[k - 1] in w.org_words:
                    return "organization"
        return None

    def _national_branch(self, words: tuple[str, ...]) -> bool:
        """A nationality before a body the gazetteer knows (even one that is a given name too)."""
        first, rest = self.gaz.lookup(words[0]), self.gaz.lookup(name_key(words[1:]))
        return first is not None and first.role == "demonym" and rest is not None \
            and rest.type == "organization"

    def _multis(self, keys: list[str]) -> None:
        for key in keys:
            group = self.groups[key]
            kind = self._type_multi(group[0].words, group)
            if kind is None:
                continue
            c = self._new(kind, key)
            c.occs.extend(group)
        # "US Senate" and "United States Senate": the same body under a country's two names
        by_norm: dict[str, Cluster] = {}
        for c in [c for c in self.clusters if c.canonical is None and len(c.words()) > 1]:
            norm = self._country_normal(c.words())
            if norm in by_norm and by_norm[norm].type == c.type:
                self._merge(c, by_norm[norm])
            else:
                by_norm.setdefault(norm, c)
        # shorter forms into the fullest: "Maria Costa" -> "Lina Maria Costa",
        # "State Department" -> "US State Department", "Supreme Court" -> "Supreme Court of Appeal".
        multi = [c for c in self.clusters if c.canonical is None and len(c.words()) > 1]
        by_word: dict[str, list[Cluster]] = defaultdict(list)
        for c in multi:
            for x in set(c.words()):
                by_word[x].append(c)
        for c in sorted(multi, key=lambda c: len(c.words())):
            words = c.words()
            hosts = [h for h in by_word[words[0]] if h is not c and h.merged_into is None
                     and len(h.words()) > len(words) and contains(h.words(), words)
                     and (h.type == c.type or h.type == "person" and h.words()[-len(words):] == words)]
            if c.type == "place":  # "North Las Vegas", "St. Louis County", "Kansas City": other places
                hosts = [h for h in hosts if not self._other_place(h.words(), words)]
            if c.type == "person":  # a surname kept, or given names alone ("Carol Ann")
                hosts = [h for h in hosts if h.words()[-len(words):] == words
                         or h.words()[: len(words)] == words and self._given_names_only(words, h)]
            if len({id(h.root()) for h in hosts}) == 1:
                self._merge(c, hosts[0])

    def _other_place(self, longer: tuple[str, ...], shorter: tuple[str, ...]) -> bool:
        """Is `longer` another place than `shorter`: "North Las Vegas", "Kansas City", or "County" after
        a known city ("St. Louis County"; but "New Hanover County" is New Hanover)?"""
        extra = [x.lower() for x in longer if x not in shorter]
        if not extra or not all(x in self.w.compass or x in self.w.place_cues for x in extra):
            return False
        key = name_key(shorter)
        return all(x in self.w.compass for x in extra) or "city" in extra \
            or key in self.gaz.cities or self.gaz.lookup(key) is not None

    def _given_names_only(self, words: tuple[str, ...], host: Cluster) -> bool:
        """ "Carol Ann" of "Carol Ann Roe": given names all, the host only a surname longer, and
        the last never used alone as a name ("Warren" of "Elizabeth Warren" is her surname)."""
        return len(host.words()) == len(words) + 1 and all(w in self.gaz.given_names for w in words) \
            and not self.groups.get(words[-1])

    def _country_normal(self, words: tuple[str, ...]) -> str:
        """The name with a leading country alias spelt the gazetteer's way."""
        for k in (3, 2, 1):
            if len(words) > k:
                entry = self.gaz.lookup(" ".join(words[:k]))
                if entry is not None and entry.type == "country" and entry.role in ("name", "alias"):
                    return " ".join((entry.canonical, *words[k:]))
        return " ".join(words)

    def _merge(self, child: Cluster, host: Cluster) -> None:
        child, host = child.root(), host.root()
        if child is host:
            return
        for k in child.keys:
            host.add(k)
        host.occs.extend(child.occs)
        child.occs = []
        child.merged_into = host
        for k in child.keys:
            self.by_key[k] = host

    def _office_of(self, at: int) -> bool:
        """Does "the mayor of" (an office and "of") come right before offset `at`?"""
        before = self.text[max(0, at - 40) : at].lower().split()
        return "of" in before[-2:] and any(w in self.w.roles for w in before[-3:])

    def _list_places(self) -> None:
        """A one-mention 'person' inside a list of places is a place: 'Offerton, Adswood and Heald Green'."""
        lonely = [c for c in self._live() if c.type == "person" and len(c.occs) == 1]
        if not lonely:
            return
        position = {id(o): i for i, o in enumerate(self.occs)}
        for c in lonely:
            o = c.occs[0]
            i = position.get(id(o))
            if i is None or i == 0:
                continue
            prev = self.occs[i - 1]
            if self.text[prev.end : o.start] not in (", ", " and ", ", and ") \
                    or _DESCRIBED_RE.match(self.text, o.end) \
                    or _VERB_AFTER_RE.match(self.text, o.end) and (o.words[0] in self.gaz.given_names
                                                                   or self._office_of(prev.start)
                                                                   or self.cues.apposed_to_someone(o)):
                continue  # but "on Front Street, Ana Roe, 34, a cleaner,", "The mayor of Ely, Ana Roe, said"
            host = self.by_key.get(prev.key)
            if host is not None and host.root().type in ("place", "country"):
                c.type = "place"
