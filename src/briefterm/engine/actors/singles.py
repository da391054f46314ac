"""Single-word names: the rules that decide whether one capitalised word is an actor.

A word needs evidence: a person's surname or first name, a title ("Mr Lund"), an acronym
defined in brackets, a cue around it ("the town of X", "X said"), its neighbour's type in
a list, or repeated use mid-sentence; a word the document also writes in lower case is no
name. `SingleWords` is the part of the `Resolver` that holds these rules.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from briefterm.core.types import ActorType
from briefterm.engine.actors.cluster import Cluster
from briefterm.engine.actors.cues import CueReader, Cues
from briefterm.engine.actors.hosts import Hosts
from briefterm.engine.actors.name_patterns import CALL_SIGN_RE, DOMAIN_RE
from briefterm.engine.actors.occurrence import Occurrence
from briefterm.engine.actors.persons import PersonIndex
from briefterm.engine.lexicon.gazetteer import Entry, Gazetteer
from briefterm.engine.lexicon.speech import noun_gender, word_before
from briefterm.engine.lexicon.words import Lexicon

ROMAN_RE = re.compile(r"^[IVXLCDM]+$")
_BODY_LIKE_RE = re.compile(r"^[A-Z0-9&.-]{2,}$|\d")  # an acronym or a name with a digit
_PLURAL_RE = re.compile(r"[^su]s$")


class SingleWords:
    """The single-word rules; the state they read is made by `Resolver.__init__`."""

    text: str
    occs: list[Occurrence]
    gaz: Gazetteer
    w: Lexicon
    lower: frozenset[str]
    clusters: list[Cluster]
    by_key: dict[str, Cluster]
    groups: dict[str, list[Occurrence]]
    people: PersonIndex
    hosts: Hosts
    cues: CueReader

    def _live(self) -> list[Cluster]:
        return [c for c in self.clusters if c.merged_into is None and c.occs]

    def _lowercase_used(self, word: str) -> bool:
        return word.lower() in self.lower

    def _new(self, kind: ActorType, key: str, canonical: str | None = None) -> Cluster:
        """A new cluster of `kind` holding `key` (made by the Resolver, which owns them)."""
        raise NotImplementedError

    def _attach(self, entry: Entry, key: str, occs: Iterable[Occurrence]) -> None:
        """`occs` of `key` into the gazetteer actor of `entry` (the Resolver's)."""
        raise NotImplementedError

    def _singles(self, keys: list[str], defs: dict[str, str]) -> None:
        self.hosts.index(self._live())
        pending: list[tuple[str, ActorType | None]] = []
        for key in keys:
            done, fallback = self._single(key, defs)
            if not done:
                pending.append((key, fallback))
        if not pending:
            return
        position = {id(o): i for i, o in enumerate(self.occs)}
        for key, fallback in pending:
            state = self.gaz.after_a_place.get(key)
            if state is not None and any(self._after_a_place(o, position) for o in self.groups[key]):
                self._attach(state, key, self.groups[key])  # "Erie, Pa.": Pennsylvania
                continue
            kind = self._neighbour_type(key, position) or fallback
            if kind is not None:
                self._new(kind, key).occs.extend(self.groups[key])

    def _neighbour_type(self, key: str, position: dict[int, int]) -> ActorType | None:
        """The type a name takes from the name beside it: 'San Marco and Santa Lucia'
        share one; 'Eastport, Westshire' and 'Ashby, Corran, Bellwick' are places."""
        if self._lowercase_used(key):
            return None
        group = self.groups[key]
        for o in group:
            i = position[id(o)]
            if o.coord and i > 0:
                sib = self.by_key.get(self.occs[i - 1].key)
                if sib is not None:
                    return sib.root().type
        partner = self._partner_type(key, position)
        if partner is not None:
            return partner
        if any(self._after_a_place(o, position) for o in group):
            return "place"
        return None

    def _after_a_place(self, o: Occurrence, position: dict[int, int]) -> bool:
        """'Eastport, Westshire.' or 'Ashby, Corran, Bellwick': after a place and a comma, at
        a clause's end or inside a list."""
        i = position[id(o)]
        prev = self.occs[i - 1] if i > 0 else None
        if prev is None or self.text[prev.end : o.start] != ", ":
            return False
        host = self.by_key.get(prev.key)
        after = self.text[o.end : o.end + 1]
        return host is not None and host.root().type in ("place", "country") and (
            after in (",", ".", ";", ")", "") or self._in_list(o, position))

    def _partner_type(self, key: str, position: dict[int, int]) -> ActorType | None:
        """'Wired and Lucia Ferro of Spain': a word joined by "and" to a longer name that is a
        person or a body is an actor too; a body unless it is a given name."""
        for o in self.groups[key]:
            i = position[id(o)]
            nxt = self.occs[i + 1] if i + 1 < len(self.occs) else None
            if nxt is None or len(nxt.words) < 2 or self.text[o.end : nxt.start] != " and ":
                continue
            sib = self.by_key.get(nxt.key)
            if sib is not None and sib.root().type in ("person", "organization"):
                return "person" if key in self.gaz.given_names else "organization"
        return None

    def _single(self, key: str, defs: dict[str, str]) -> tuple[bool, ActorType | None]:
        """Resolve one single-word name. (False, fallback) when it waits for its neighbours
        to be typed first; the fallback type (or None: no actor) applies if they say nothing."""
        group = self.groups[key]
        if self._single_known(key, group, defs):
            return True, None
        return self._single_by_cues(key, group)

    def _single_known(self, key: str, group: list[Occurrence], defs: dict[str, str]) -> bool:
        """A word that names something the document names in full: a person's surname or
        first name, a defined acronym, a titled person, a compass part of a place."""
        done = True
        titled = any(o.titled for o in group)
        people = self.people
        if key in people.surnames:
            same: list[Occurrence] = []
            other: list[Occurrence] = []
            for o in group:
                (other if self._other_gender(o, people.surnames[key]) else same).append(o)
            if same:
                people.merge(key, same)
            if other:  # "Mr. Obama" beside the only Obama named in full, "Michelle Obama"
                self._new("person", key).occs.extend(other)
            return done
        if key.endswith("s") and key[:-1] in people.surnames:
            return done  # "the Sams": a family, not one actor
        if key in people.middles and len({id(c.root()) for c in people.middles[key]}) == 1:
            people.merge(key, group, people.middles)
            return done
        if key in defs and defs[key] in self.by_key:
            self.by_key[defs[key]].root().add(key, group)
            return done
        if titled:
            if not all(self.cues.nickname(o) for o in group):  # "“Chairman Wheelbarrow”" is nobody
                self._new("person", key).occs.extend(group)
            return done
        if key in people.firsts and (key in self.gaz.given_names or any(
                all(ROMAN_RE.match(x) for x in c.words()[1:]) for c in people.firsts[key])):
            # "Peter" for "Peter Lund"; "Benedict" for "Benedict XVI"
            people.merge(key, group, people.firsts)
            return done
        if key in people.firsts and people.later_first_name(key, group, self._lowercase_used(key)):
            people.firsts[key][0].root().add(key, group)  # "Ikenna" after "Ikenna Obiorah"
            return done
        if key.lower() in self.w.compass:
            host = self.hosts.compass(key)
            if host is not None:
                host.add(key, group)
            return done
        return False

    def _other_gender(self, o: Occurrence, bearers: list[Cluster]) -> bool:
        """Does the honorific before `o` ("Mr.", "Mrs.", "Ms.") say it is none of `bearers`, each of
        whose given names is given to the other sex only?"""
        honorific = word_before(self.text, o.start)
        gender = noun_gender(honorific) if honorific in self.w.honorifics else None
        if gender is None:
            return False
        other = self.w.female if gender == "he" else self.w.male
        return all(c.root().words()[0].lower() in other for c in bearers)

    def _single_by_cues(self, key: str, group: list[Occurrence]) -> tuple[bool, ActorType | None]:
        """A word typed by the words around its occurrences ("X said", "the town of X")."""
        done = (True, None)
        w = self.w
        mid = [o for o in group if not o.initial]
        cues = self.cues.read(group)
        if self._site_or_station(key, group):
            return done
        low = key.lower()
        if low[-1:] == "s" and low not in w.bodies and (low[:-1] in w.titles or low[:-1] in w.roles):
            return done  # "Senators from both parties": people by their office, no one actor
        if cues.naming and not cues.thing:
            self._new("organization", key).occs.extend(group)
            return done
        if self._lowercase_used(key) or not mid and low in w.bodies:  # (also "Police said" opening a sentence)
            host = self.hosts.head(key)  # the one "… Police Command" named, or none
            if host is not None:
                host.add(key, group)
            return done
        if not mid:
            if cues.speech and (firm := self._firm_named_first(key)) is not None:
                firm.add(key, group)  # "Nordvik said …" only where a sentence opens
                return done
            kind0 = self._opening_type(key, cues)
            if kind0 is not None:
                self._new(kind0, key).occs.extend(group)
            return done
        if cues.thing and not cues.org:  # "a report Quillcrest gave", but "the firm Quillcrest"
            return done
        kind = self._cue_kind(key, cues)
        if kind is None:
            host = self.hosts.sub(key) or self.hosts.initials(key)
            if host is not None and low in w.bodies and host.words()[-1] != key:
                host = None  # "the Senate" is short for "the State Senate", not "Senate Budget Committee"
            if host is not None and cues.place and (host.words()[-1].lower() in w.campus_heads | w.facility_nouns
                                                    or host.words()[-2:] == ("of", key)):
                host = None  # "flights to Ashby" is the town, not "Ashby Hospital" nor "University of Ashby"
            if host is not None:
                host.add(key, group)
                return done
            if cues.place and not cues.speech:
                kind = "place"
        if kind is None and low in w.bodies and not self._lowercase_used(key):
            kind = "organization"  # "Parliament", "Democrats", "Labour"
        if kind == "organization" and (firm := self._firm_named_first(key)) is not None:
            firm.add(key, group)  # "Nordvik" for the document's "Nordvik Pharma"
            return done
        if kind is not None:
            self._new(kind, key).occs.extend(group)
            return done
        fallback: ActorType | None = None
        if key in self.gaz.given_names and len(group) > 1:
            fallback = "person"
        elif cues.speech or cues.source:
            fallback = "organization"  # "Boeing said", "according to Eurostat": a source
        elif len(group) > 1:
            fallback = "organization"  # used as a name more than once
        return False, fallback

    def _site_or_station(self, key: str, group: list[Occurrence]) -> bool:
        """A web site ("FactCheck.org": a site and who runs it) or a broadcaster's call sign ("KQED",
        "KSAT-TV"), made an organisation."""
        if DOMAIN_RE.fullmatch(key):
            self._new("organization", key).occs.extend(group)
            return True
        if CALL_SIGN_RE.fullmatch(key) and self.gaz.lookup(key) is None:
            full = next((k for k in (f"{key}-TV", f"{key}-FM", key.partition("-")[0]) if k in self.by_key), key)
            station = self.by_key[full].root() if full in self.by_key else self._new("organization", key)
            station.add(key, group)  # ("KSAT" and "KSAT-TV" are one station)
            return True
        return False

    def _cue_kind(self, key: str, cues: Cues) -> ActorType | None:
        """The type the surroundings say outright, strongest first."""
        if cues.org:
            return "organization"
        if cues.strong_place:
            return "place"
        if cues.person:
            return "person"
        if key in self.gaz.cities and not (cues.speech or cues.source):
            return "place"  # "residents of Akron", even beside the "Akron Water Board"
        return "organization" if cues.org_next else None

    def _firm_named_first(self, key: str) -> Cluster | None:
        """The one body of the document whose name is `key` and its trade or legal words
        ("Nordvik Pharma", "Pagalume Holdings"); never for a chamber or a party word."""
        w, low = self.w, key.lower()
        if low in w.bodies or low in w.chambers or low in w.party_adjectives:
            return None
        host = self.hosts.sub(key)
        if host is None or host.words()[0] != key:
            return None
        rest = [x.lower() for x in host.words()[1:]]
        if all(x in w.org_words or x in w.company_suffixes for x in rest):
            return host
        # "Nordvik Veterinary Group": what it is, said last (but "Tarrowby Shire Council" is the
        # council of the place Tarrowby, not Tarrowby); "Nordvik Aguas", a body, in words the lists
        # lack (but an acronym is the parent of what its name opens: "NDB" of "NDB Markets")
        known_body = rest[-1] in w.org_words or host.type == "organization" and len(rest) == 1 and not key.isupper()
        return host if known_body and rest[-1] not in w.public_bodies else None

    def _opening_type(self, key: str, cues: Cues) -> ActorType | None:
        """The type of a word seen only where it opens sentences: a person named so ("Oswin, 44,
        a baker,") or a speaker ("Ortega said"), unless the name looks like a body's ("NATO")."""
        if cues.thing or key.endswith("s") and key[:-1].lower() in self.w.person_nouns:
            return None  # "Opponents, a coalition of …": people, no name
        if cues.person and not cues.org:
            return "person"
        if cues.strong_place and not cues.org:
            return "place"  # "Lombok's international airport, east of Bali, …"
        if cues.org and not cues.person:
            return "organization"  # "BRAC, a development organisation, said"
        if cues.speech and not _PLURAL_RE.search(key) and key not in self.gaz.given_names:
            return "organization" if cues.org or cues.org_next or _BODY_LIKE_RE.search(key) else "person"
        return None

    def _in_list(self, o: Occurrence, position: dict[int, int]) -> bool:
        """Inside 'A, B, C and D': followed by ', ' or ' and ' and another name."""
        i = position[id(o)]
        if i + 1 >= len(self.occs):
            return False
        gap = self.text[o.end : self.occs[i + 1].start]
        return gap in (", ", " and ", ", and ")
