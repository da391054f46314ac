"""Occurrences put right before they are grouped into actors.

- a Title Case heading keeps only the names the body or the gazetteer confirms;
- names holding a comma are joined ("Department for Culture, Media and Sport");
- a sentence-opening common word leaves the front of a name ("Although Ukraine") and a role
  word its back ("State Department Spokesperson");
- names cut at a function word are joined back (names_join);
- acronyms defined in brackets are found ("Harbour Water Authority (HWA)").
"""

from __future__ import annotations

import re

from briefterm.engine.actors.join import NameJoiner, acronym_spells
from briefterm.engine.actors.name_patterns import numbered, opens_dateline, party_member_home
from briefterm.engine.actors.occurrence import Marks, Occurrence, name_key
from briefterm.engine.lexicon.gazetteer import Gazetteer
from briefterm.engine.lexicon.words import lexicon

ACRONYM_RE = re.compile(r"^[A-Z][A-Z0-9&]{1,9}s?$")
_CURRENCY_AFTER_RE = re.compile(r"[ \t]+(?:dollars?|cents?)\b")  # "110 US dollars": a currency, no mention
_NEXT_WORD_RE = re.compile(r" ([a-z]+)\b")
_NUMBER_AFTER_RE = re.compile(r"[ \t]+\d")
_ARTICLE_BEFORE_RE = re.compile(r"\b[Aa]n?[ \t]+$")  # "a " or "an " right before a name
# "Minister for Energy, " before a comma list that goes on naming the minister's fields
_TITLE_FIELD_RE = re.compile(r"\b([A-Z][a-z]+)[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?[A-Z][\w'’-]*,[ \t]$")
_TITLE_FIELD_REACH = 40


class Preparer:
    def __init__(self, text: str, occs: list[Occurrence], gaz: Gazetteer,
                 lower: frozenset[str]) -> None:
        self.text = text
        self.occs = occs
        self.gaz = gaz
        self.w = lexicon()
        self.lower = lower
        self.title_heads = self.w.title_words - self.w.title_modifiers
        # (a team's member is no title behind a name: "Granite State Forward" is a group's name)
        self.trailing_titles = (self.title_heads | self.w.roles) - self.w.member_nouns
        self.heads = self.w.org_words | self.w.place_words

    def prepare(self) -> tuple[list[Occurrence], dict[str, str]]:
        """The fixed occurrences, and acronym -> expansion key as defined in the text."""
        self._headings()
        self._datelines()
        self.occs = [o for o in self.occs if not _CURRENCY_AFTER_RE.match(self.text, o.end)]
        self._numbered_labels()
        self._comma_names()
        self.occs = NameJoiner(self.text, self.gaz).join(self.occs)
        self._trim()
        self._geographic_heads()
        return self.occs, self._acronym_definitions()

    def _numbered_labels(self) -> None:
        """ "House District 23", "Arkansas Highway 36": a numbered road or district is a label, no actor
        (a known place before it stays: "Arkansas")."""
        out: list[Occurrence] = []
        for o in self.occs:
            if o.words[-1].lower() in self.w.numbered_labels and _NUMBER_AFTER_RE.match(self.text, o.end) \
                    and all(w.lower() in self.w.chambers or self._place(w) for w in o.words[:-1]):
                if len(o.words) == 1 or not self._place(name_key(o.words[:-1])):
                    continue  # (but "X School District 51" is a body)
                o.reshape(o.words[:-1], o.starts[:-1])
            out.append(o)
        self.occs = out

    def _common(self, word: str) -> bool:
        if len(word) > 1 and word.isupper():
            return False  # "US", "AP": an acronym, whatever the lower-case word means
        low = word.lower()
        return (low in self.w.stopwords or low in self.w.months or low in self.w.weekdays
                or (low.endswith("ly") and len(low) > 4) or low in self.lower)

    @staticmethod
    def _verb_like(word: str) -> bool:
        """'Escalating', 'Prompted': a sentence-opening verb form, not a name."""
        return word.islower() is False and word.lower().endswith(("ing", "ed")) and len(word) > 5

    def _trim(self) -> None:
        mid_keys = {o.key for o in self.occs if not o.initial}
        plans: dict[tuple[str, bool], tuple[int, int]] = {}
        out: list[Occurrence] = []
        for o in self.occs:
            if len(o.words) == 1 and not o.initial:
                out.append(o)
                continue
            plan = plans.get((o.key, o.initial))
            if plan is None:
                plan = plans[(o.key, o.initial)] = self._trim_plan(o.words, o.initial, mid_keys)
            front, back = plan
            if back - front >= 2 and self._member_from(o, back - 1):
                back -= 1  # "a Somerset Republican": a party member from a place, the place stays
            if front >= back:
                continue
            if front or back < len(o.words):
                o.reshape(o.words[front:back], o.starts[front:back])
                if front:
                    o.initial = False
            out.append(o)
        self.occs = out

    def _member_from(self, o: Occurrence, last: int) -> bool:
        """Is the name "a/an <place> <party member>" ("a Somerset Republican", "a Baker County Democrat")?"""
        party = o.words[last]
        return party[:1].isupper() and party_member_home(o.words[last - 1].lower(), party.lower()) \
            and _ARTICLE_BEFORE_RE.search(self.text, max(0, o.start - 4), o.start) is not None

    def _geographic_heads(self) -> None:
        """'the Tarvena plateau': an unknown name keeps the lower-case geographic head after it."""
        text, heads = self.text, self.w.geographic_heads
        known: dict[str, bool] = {}  # key -> the gazetteer has it (looked up once per key)
        for o in self.occs:
            gazetteer = known.get(o.key)
            if gazetteer is None:
                gazetteer = known[o.key] = self.gaz.lookup(o.key) is not None
            if gazetteer or all(self._common(w) for w in o.words):
                continue  # not “This valley was …”: a capital that opens a quotation
            m = _NEXT_WORD_RE.match(text, o.end)
            if m is None or m.group(1) not in heads:
                continue
            o.reshape((*o.words, m.group(1)), (*o.starts, m.start(1)))

    def _trim_plan(self, words: tuple[str, ...], initial: bool,
                   mid_keys: set[str]) -> tuple[int, int]:
        """Which words of a name to keep: drop a sentence-initial common word in front
        ("Although Ukraine") and a role word behind ("State Department Spokesperson")."""
        front, back = 0, len(words)
        key = name_key(words)
        if initial and len(words) > 1 and key not in mid_keys and not self.gaz.lookup(key) \
                and words[0] not in self.gaz.given_names and not numbered(words[0], words[-1], self.heads) and (
                    self._common(words[0]) or self._verb_like(words[0])
                    and self.gaz.lookup(name_key(words[1:])) is not None) \
                and words[1].lower() not in self.w.name_prepositions:  # "Reporters Without Borders"
            front = 1
            while front < back and words[front].islower() and words[front] != "&":
                front += 1
        while back - front > 1 and words[front].lower() in self.w.weekdays \
                and not self.gaz.lookup(key):
            front += 1  # "On Tuesday INDECI said": a day never opens a name
        if len(words) == 2 and (words[1].lower() in self.w.weekdays or words[1].lower() in self.w.months) \
                and words[0] not in self.gaz.given_names and (self._common(words[0]) or self._verb_like(words[0])):
            return 0, 0  # "Starting Monday, …", "Record December heat": a date after a common word
        if initial and front == 0 and self._people_for(words, mid_keys):
            front = 3 if words[2] == "the" else 2  # "Lawyers for the Legislature argued": its lawyers
        if back - front > 2 and words[front].lower() in self.w.affiliations \
                and words[front + 1] == "of" and self._place(name_key(words[front + 2 : back])):
            front += 2  # "Democrat of Vermont": a party member's apposition, the place stays
        if back - front > 1 and words[back - 1].lower() in self.w.affiliations and not words[back - 1].endswith("s") \
                and self._town_or_place(name_key(words[front : back - 1])):
            back -= 1  # "a Salt Lake City Democrat": a party member from a place, the place stays
        heads = self.heads
        while back - front > 1 and self._trailing_title(words[back - 1].lower()) \
                and not words[back - 2].islower() and words[back - 2] != "&" \
                and not self._office_of_title(words[front:back]) \
                and not self.gaz.lookup(name_key(words[front:back])) and (
                    self.gaz.lookup(name_key(words[front : back - 1])) is not None
                    or any(w.lower() in heads for w in words[front : back - 1])):
            back -= 1  # "State Department Spokesperson", "Labour MPs", not "Ministry of Finance"
        return front, back

    def _people_for(self, words: tuple[str, ...], mid_keys: set[str]) -> bool:
        """ "Lawyers for the Legislature", "Supporters of Ana Roe" opening a sentence: people (a
        plural the text writes in lower case too) acting for a name the text uses on its own."""
        low = words[0].lower()
        if len(words) < 3 or words[1] not in ("for", "of") or not low.endswith("s"):
            return False
        rest = words[3:] if words[2] == "the" else words[2:]
        return bool(rest) and (low in self.w.person_nouns or low[:-1] in self.lower) and name_key(rest) in mid_keys

    def _title_field(self, comma: int) -> bool:
        """Does a title and its field end at `comma` ("Minister for Energy,")?"""
        m = _TITLE_FIELD_RE.search(self.text, max(0, comma - _TITLE_FIELD_REACH), comma + 2)
        return m is not None and m.group(1).lower() in self.title_heads

    def _last_field(self, words: tuple[str, ...]) -> bool:
        """The last field of a comma list in a body's name: one or two words, and perhaps where
        the body is ("… and Tourism Workers of Cusco")."""
        cut = words.index("of") if "of" in words else len(words)
        return 0 < cut <= 2 and (cut == len(words) or self._town_or_place(name_key(words[cut + 1 :])))

    def _office_of_title(self, words: tuple[str, ...]) -> bool:
        """An office named after the title it serves: "Office of (the) Inspector General",
        "Institute of Directors" (its title words are its name, not a role behind it)."""
        cut = max((k for k, w in enumerate(words) if w in ("of", "for")), default=-1)
        tail = [w for w in words[cut + 1 :] if w != "the"]
        if cut > 0 and bool(tail) and all(self._trailing_title(w.lower()) for w in tail):
            return True
        if cut > 0 and 1 < len(tail) <= 3 and words[cut - 1].lower() in self.heads and tail[-1].endswith("s") \
                and self._trailing_title(tail[-1].lower()):
            return True  # "Board of County Commissioners", "Conference of Catholic Bishops": whom it gathers
        # "Office of the United States Trade Representative": a body's head, then the office it serves
        return len(words) > 3 and words[0].lower() in ("office", "bureau") and words[1] == "of"

    def _trailing_title(self, low: str) -> bool:
        """A title or role word, or the plural of a title ("MPs"; not "Workers")."""
        single = low[:-1] if low.endswith("s") and len(low) > 2 else ""
        return low in self.trailing_titles or single in self.title_heads

    def _place(self, key: str) -> bool:
        entry = self.gaz.lookup(key)
        return entry is not None and entry.type in ("place", "country")

    def _town_or_place(self, key: str) -> bool:
        """A place the gazetteer knows, or a town its list of cities holds."""
        return self._place(key) or key in self.gaz.cities

    def _acronym_fits(self, acronym: str, words: tuple[str, ...]) -> bool:
        letters = [c for c in acronym if c.isupper() or c.isdigit()]
        initials = [w[0].upper() for w in words if w[:1].isupper() or w[:1].isdigit()]
        if len(letters) < 2 or not initials or letters[0] not in initials:
            return False
        if acronym_spells(acronym, words):
            return True  # "Directorate-General for ... (DGELR)", "National ... (NAMFREL)"
        pool = list(initials)
        for c in letters:
            if c in pool:
                pool.remove(c)
            else:
                return False
        return True

    def _foreign_acronym(self, acronym: str, words: tuple[str, ...]) -> bool:
        """A body's acronym in its own language after its English name ("Federation of Rail
        Unions (FESIFER)", "State Meteorological Agency (AEMET)"): the name a body's, the acronym
        no place's or country's."""
        return len(acronym) >= 3 and any(w.lower() in self.w.org_words for w in words) \
            and self.gaz.lookup(acronym) is None

    def _acronym_definitions(self) -> dict[str, str]:
        """'Harbour Water Authority (HWA)', 'NFU (National Farmers Union)' and a body's name in
        another language after it, in brackets."""
        defs: dict[str, str] = {}
        occs = self.occs
        text = self.text
        for a, b in zip(occs, occs[1:], strict=False):
            if b.start - a.end > 2:
                continue  # the common case, told without a copy of the gap
            gap = text[a.end : b.start]
            if gap not in (" (", "(", " [", "[") or text[b.end : b.end + 1] not in (")", "]"):
                continue
            if len(b.words) == 1 and ACRONYM_RE.match(b.key) and len(a.words) > 1:
                if self._acronym_fits(b.key, a.words) or self._foreign_acronym(b.key, a.words):
                    defs.setdefault(b.key, a.key)
            elif len(a.words) == 1 and ACRONYM_RE.match(a.key) and len(b.words) > 1:
                if self._acronym_fits(a.key, b.words):
                    defs.setdefault(a.key, b.key)
            elif len(b.words) > 1 and any(w.lower() in self.w.org_words for w in a.words) \
                    and self.gaz.lookup(b.key) is None:  # (not where it is: "X Council (New Zealand)")
                defs.setdefault(b.key, a.key)  # a body's name in its own language: "Office of X (Fiscalía …)"
        return defs

    def _datelines(self) -> None:
        """ "WASHINGTON (AP) —", "HARRISBURG, Pa. —": the city in capitals that opens a story is
        a place named as everywhere else ("Washington"), not a sentence's first word."""
        text = self.text
        for k, o in enumerate(self.occs):
            if not opens_dateline(text, o.start, o.end):
                continue
            words = tuple(w if len(w) <= 2 and w.endswith(".") else w.capitalize() for w in o.words)
            self.occs[k] = Occurrence((o.start, o.end), words, (0, o.starts), o.passage)  # no marks

    def _headings(self) -> None:
        """In a Title Case heading every word is capitalised: keep only the names the body
        (or the gazetteer) confirms, found as the longest known stretches of words."""
        if not any(o.heading for o in self.occs):
            return
        known = {o.key for o in self.occs if not o.heading}
        out: list[Occurrence] = []
        for o in self.occs:
            if not o.heading or o.key in known or self.gaz.lookup(o.key):
                out.append(o)
                continue
            words, starts = o.words, o.starts
            i = 0
            while i < len(words):
                for j in range(min(len(words), i + 6), i, -1):
                    key = name_key(words[i:j])
                    if words[j - 1][:1].isupper() and (key in known or self.gaz.lookup(key)):
                        part = Occurrence((starts[i], starts[j - 1] + len(words[j - 1])),
                                          words[i:j], (0, starts[i:j]), o.passage,
                                          Marks(heading=True), key)
                        out.append(part)
                        i = j
                        break
                else:
                    i += 1
        self.occs = out

    @staticmethod
    def _head_of(words: tuple[str, ...], heads: frozenset[str]) -> bool:
        """A body's head noun before its first 'of' or 'for': 'Saint Lucia Chamber of Commerce'."""
        k = next((k for k, x in enumerate(words) if x in ("of", "for")), 0)
        return k > 0 and words[k - 1].lower() in heads

    def _comma_names(self) -> None:
        """Join names that hold a comma: 'Philippine Atmospheric, Geophysical and Astronomical
        Services Administration', 'Department for Culture, Media and Sport'."""
        heads = self.heads
        occs, text = self.occs, self.text
        out: list[Occurrence] = []
        i = 0
        n = len(occs)
        startswith = text.startswith
        while i < n:
            a = occs[i]
            if text[a.start - 2 : a.start] == ", " and i + 1 < n and text[a.end : occs[i + 1].start] == " and " \
                    and startswith(", ", occs[i + 1].end) and a.words[0] not in self.gaz.given_names \
                    and self._title_field(a.start - 2):
                i += 2  # "Minister for Energy, Water Resources and Irrigation, Ana Roe": the title's fields
                continue
            if not startswith(", ", a.end) or i + 1 >= n:
                out.append(a)  # the common case: no comma after the name
                i += 1
                continue
            b = occs[i + 1]
            c = occs[i + 2] if i + 2 < n else None
            parts: list[Occurrence] = []
            if b.start == a.end + 2 and a.passage == b.passage \
                    and self.gaz.lookup(a.key) is None:
                if "and" in b.words and b.words[-1].lower() in heads \
                        and a.words[-1].lower() not in heads:
                    parts = [a, b]
                elif c is not None and text[b.end : c.start] == " and " and self._head_of(a.words, heads) \
                        and len(b.words) <= 2 and self._last_field(c.words) and self.gaz.lookup(b.key) is None \
                        and self.gaz.lookup(c.key) is None:  # "Ministry of X, Business and Financial Affairs"
                    parts = [a, b, c]
                    d = occs[i + 3] if i + 3 < n else None
                    if d is not None and d.start == c.end + 4 and text[c.end : d.start] == " of ":
                        parts.append(d)  # "Chamber of Commerce, Industry and Tourism of Norland"
            if not parts:
                out.append(a)
                i += 1
                continue
            words: list[str] = []
            starts: list[int] = []
            for k, p in enumerate(parts):
                if k:
                    gap = text[parts[k - 1].end : p.start]
                    for joint in ("and", "of"):
                        if joint in gap.split():
                            words.append(joint)
                            starts.append(parts[k - 1].end + gap.index(joint))
                words.extend(p.words)
                starts.extend(p.starts)
            joined = Occurrence((a.start, parts[-1].end), tuple(words), (0, tuple(starts)),
                                a.passage, a.marks._replace(possessive=parts[-1].possessive),
                                text[a.start : parts[-1].end].replace("’", "'"))
            out.append(joined)
            i += len(parts)
        self.occs = out
