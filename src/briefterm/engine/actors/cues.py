"""What the words around a name say about it: cues for typing a candidate name.

"the town of X" (a place), "X said" (a speaker), "X, the foreign minister" (a person),
"shares in X" (a company), "the website X" (a thing, no actor). Only the first few
occurrences of a name are read, through bounded look-arounds, so the cost is linear.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from briefterm.core.types import ActorType
from briefterm.engine.actors.context import words_after, words_before
from briefterm.engine.actors.name_patterns import opens_dateline, party_member_home, party_tag, singular
from briefterm.engine.actors.occurrence import Occurrence
from briefterm.engine.lexicon.gazetteer import Gazetteer
from briefterm.engine.lexicon.speech import noun_gender
from briefterm.engine.lexicon.words import lexicon

TypeOf = Callable[[str], "ActorType | None"]

_CAMEL_RE = re.compile(r"^[a-z]+[A-Z]")
_CAPITAL_BEFORE_RE = re.compile(r"[A-Z][\w’'-]*[ \t]+$")  # a capitalised word right before a name
# ", which runs the port, said", ", the shipping line, told": an aside closed by a comma, then a verb
_ASIDE_RE = re.compile(r",[ \t]+(?:who|which|the|an?|another)[ \t][^,.;:“”\"\n]{1,80},[ \t]+([a-z]+)")
_AREAS = frozenset(("region", "province", "county", "district", "state", "prefecture", "oblast", "area",
                    "neighborhood", "neighbourhood", "suburb"))  # "the Karvin region"
# Land and water a name may stand before: "the Bernina range", "the Vatnajokull ice cap", "a ski area"
_LANDFORMS = frozenset(("range", "massif", "glacier", "volcano", "river", "lake", "valley", "plateau", "peninsula",
                        "delta", "basin", "ice", "ski", "reef", "lagoon", "estuary", "gorge", "highlands"))
_APPOSITION_OPENERS = ("the", "a", "an", "another")  # "X, another relief group,"
_LEGISLATORS = ("senator", "representative", "delegate")  # "Sen. Ana Roe of Kearney": her home
_HOME_REACH = 60
_TITLE_REACH = 40  # characters before a titled name that its title and opening mark may take


def _home_of_re() -> re.Pattern[str]:
    """A legislator's title, name and "of" right before a name: the name is where they come from."""
    titles = {t for t, full in lexicon().title_abbreviations.items() if full in _LEGISLATORS} | set(_LEGISLATORS)
    alts = "|".join(sorted((t.capitalize() for t in titles), key=len, reverse=True))
    return re.compile(rf"\b(?:{alts})\.?[ \t]+(?:[A-Z][\w’'.-]*[ \t]+){{1,3}}of[ \t]+$")
_LISTED_KINDS = ("counties", "districts", "provinces", "regions", "prefectures", "oblasts", "parishes",
                 "municipalities", "governorates", "cantons", "boroughs", "townships", "rivers", "islands")
_CONTEXT_SAMPLES = 8  # occurrences of a name whose surroundings are read
# "“Chairman Wheelbarrow”": a title and a name quoted whole, a nickname
_QUOTED_TITLE_RE = re.compile(r"[“\"](?:[A-Z][\w.’'-]*[ \t]+){1,3}$")
_QUOTE_CLOSES_RE = re.compile(r"[,.]?[”\"]")
_OPENING_MARKS = frozenset(("\"", "“"))
_CLOSING_MARKS = frozenset(("\"", "”"))
# Words after which an apposition's head noun has been said: "the mayor of", "a firm based in"
_APPOSITION_ENDS = frozenset(("of", "for", "at", "in", "to", "from", "with", "by", "who", "which", "that"))


_GAVE_A_NAME_RE = re.compile(
    r",[ \t]+an?[ \t][^.;:“”\"]{0,100}?\bwho[ \t]+(?:gave|would give)[ \t]+only[ \t]+(?:her|his)\b")
# A sentence that opens by describing one person, up to the comma before a name: "A driver from X, "
_DESCRIBED_OPENING_RE = re.compile(r"(?:^|[.!?][\"”’]?[ \t]+|\n)(?:A|An)[ \t]+([a-z]+)\b[^.;:!?\n\"“”]*,[ \t]+$")
_DESCRIPTION_REACH = 120
_SEATS = frozenset(("capital", "centre", "center"))  # "the provincial centre, X": a town
# The parts and people of a city, and going there: a capital after them is the city, not its state.
_CITY_PARTS = frozenset("districts streets outskirts edge suburbs residents centre center heart parts mayor people "
                        "north south east west south-east south-west north-east north-west southeast southwest "
                        "northeast northwest".split())  # ("south-east of Seoul")
# What a place has ("Lombok's international airport"): a firm may have a campus, but not these.
_PLACE_POSSESSIONS = frozenset("airport port harbour harbor coast coastline capital outskirts suburbs streets "
                               "beaches".split())
_MOVED = frozenset("restored returned return flights flight flew fled travel travels travelled traveled travelling "
                   "traveling trip trips journey moved drove drive drives driven driving fly flies flown flying "
                   "headed heading sailed went came back brought sent taken shipped evacuated deported".split())
# Names listed before the plural of their kind: "Darchula and Baitadi districts", "DuPage, Cook, Lake
# and McHenry counties", "the Mahakali and Sarju rivers": each is a place.
_LISTED_PLACES_RE = re.compile(
    r"(?:(?:,|,?[ \t]+and|,?[ \t]+or)[ \t]+[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*)?){0,6}[ \t]+"
    r"(?:" + "|".join(_LISTED_KINDS) + r")\b")


@dataclass
class Cues:
    """What the surroundings of a name's occurrences suggest."""

    org: bool = False  # "the company X", "shares in X", "X, the statistics office"
    org_next: bool = False  # "X news agency", "X council": weaker, X may be a place
    place: bool = False  # "to X", "X region"
    strong_place: bool = False  # "in X", "the town of X", "X, the capital of ..."
    thing: bool = False  # "the website X", "iPhone X", "a report titled X"
    person: bool = False  # "adviser X", "X, the foreign minister"
    named_group: bool = False  # "the band X": said to be a group, whatever its first word
    named_work: bool = False  # "the novel X": said to be a work, whatever its first word
    speech: bool = False  # "X said"
    naming: bool = False  # 'a user labelled "X"'
    source: bool = False  # "according to X"
    after_the: bool = False  # "the X": a body or a thing; a person's name takes no article


class CueReader:
    def __init__(self, text: str, gaz: Gazetteer) -> None:
        self.text = text
        self.gaz = gaz
        self.w = lexicon()
        w = self.w
        self.typed_heads = (w.org_words | w.org_cues | w.place_cues | w.place_words) - w.affiliations
        self._home_of = _home_of_re()

    def read(self, group: list[Occurrence]) -> Cues:
        """Cues around the first occurrences of a name."""
        w = self.w
        cues = Cues()
        for o in group[:_CONTEXT_SAMPLES]:
            if self._home(cues, o):
                continue
            raw = self.text[max(0, o.start - 24) : o.start].split()
            if raw and _CAMEL_RE.match(raw[-1]):
                cues.thing = True  # "iPhone XS": the rest of a product's name
            quoted = self.text[o.start - 1 : o.start] in _OPENING_MARKS \
                and self.text[o.end : o.end + 1] in _CLOSING_MARKS
            before = words_before(self.text, o.start, 3)
            after = words_after(self.text, o.end, 3)
            if before and before[-1] in ('"', "“", "‘", "'"):
                if len(before) >= 2 and before[-2] in w.naming_verbs:
                    cues.naming = True
                    quoted = False  # 'a user labelled "Anonymous"': a name given to someone
                before = before[:-1]
            if quoted:
                cues.thing = True  # the “Patio Limpio” campaign, the “Stranded Passenger Act”: a title
            prev = before[-1] if before else ""
            prev2 = before[-2] if len(before) > 1 else ""
            nxt = after[0] if after else ""
            nxt2 = after[1] if len(after) > 1 else ""
            if not o.initial:
                compass = prev in w.compass  # "in southern X": the words before the compass word
                self._before(cues, *((prev2, before[-3] if len(before) > 2 else "") if compass else (prev, prev2)))
                if prev == "," and (prev2 in w.roles or prev2 in w.person_nouns) \
                        and (nxt in (",", ".", ";") or nxt in w.subject_verbs):
                    cues.person = True  # "his wife, Miriam, said": named after what she is
                if prev == "," and (prev2 in w.org_cues or prev2 in w.org_words) and nxt in (",", ".", ";") \
                        and prev2 not in _SEATS and prev2 not in w.place_cues and self._unknown_word(o):
                    cues.org = True  # "the national statistics agency, INDEC,": named after what it is
                if prev == "," and nxt == "," and nxt2 in w.subject_verbs and self.apposed_to_someone(o):
                    cues.person = True  # "A herder from Ashby, Dorvald, told …": the one described
                if prev in (",", "as", "was") and ("name" in before[-3:] or before[-3:-1] == ["identified", "only"]):
                    cues.person = True  # "who gave only his first name, Faustino", "identified only as Musu"
            if _GAVE_A_NAME_RE.match(self.text, o.end):
                cues.person = True  # "Ana, a nurse from X who gave only her first name because …, said"
            if prev == "including" and len(before) > 2 and before[-2] == "," and singular(before[-3]) in w.place_cues:
                cues.place = cues.strong_place = True  # "several northern provinces, including Ulaanbor"
            if prev == "the":
                cues.after_the = True
            self._attached(cues, o, after)
            if prev in ("a", "an") and party_member_home(o.words[-1].lower(), nxt):
                cues.place = True  # "a Somerset Republican": where the party member is from
            self._after(cues, o, nxt, nxt2, located=prev in ("from", "in"))
            if prev == "to" and prev2 == "according":
                cues.source = True
            if prev == "in" and prev2 in w.published_in:
                cues.org = True  # "published in Nature"
            if nxt == ",":
                self._after_comma(cues, o, nxt2, after)
        return cues

    def apposed_to_someone(self, o: Occurrence) -> bool:
        """Does the name close an apposition to the sentence's opening "A/An <person noun> …,"?"""
        opening = _DESCRIBED_OPENING_RE.search(self.text, max(0, o.start - _DESCRIPTION_REACH), o.start)
        noun = opening.group(1) if opening is not None else ""
        return noun in self.w.person_nouns or noun_gender(noun) is not None  # "a herder", "a woman"

    def _unknown_word(self, o: Occurrence) -> bool:
        """A one-word name no list knows: no given name, no place ("the capital, Bujumbura")."""
        key = " ".join(o.words)
        return len(o.words) == 1 and len(key) > 2 and key.lower() not in self.gaz.given_names \
            and self.gaz.lookup(key) is None and key not in self.gaz.cities

    def _after_comma(self, cues: Cues, o: Occurrence, nxt2: str, after: list[str]) -> None:
        """Cues in what follows a name and its comma: an apposition, an aside, an age, a place."""
        w = self.w
        if nxt2 in _APPOSITION_OPENERS or nxt2 in w.roles:
            head = self.apposition_head(o.end)
            if (head in w.roles or head in w.affiliations) and o.words[-1].lower() not in w.bodies:
                cues.person = True  # "X, the mayor,", "X, a Democrat,"; not "the Senate, a spokesman said"
            elif head in w.place_cues or head in w.place_words:
                cues.place = cues.strong_place = True  # "Virac, the capital of ..."
            elif head in w.org_words or head in w.org_cues:
                cues.org = True  # "Eurostat, the bloc's statistics office"
        if (nxt2 in ("who", "which") or nxt2 in _APPOSITION_OPENERS) and self._speaks_after_aside(o):
            cues.speech = True  # "Portvale, which runs the terminal, said", "X, the Bremen-based line, said"
            cues.org = cues.org or nxt2 == "which"
        if nxt2.isdecimal() and int(nxt2) <= 120 and after[2:3] == [","]:
            cues.person = True  # "Wayan, 54, said": an age
        entry = self.gaz.lookup(self._next_name(o.end))
        if entry is not None and entry.type in ("country", "place") and entry.role in ("name", "alias"):
            cues.place = cues.strong_place = True

    def nickname(self, o: Occurrence) -> bool:
        """Is the titled name quoted whole with its title ("known as “Chairman Wheelbarrow”")?
        Then it is a nickname, no one's name."""
        return _QUOTE_CLOSES_RE.match(self.text, o.end) is not None \
            and _QUOTED_TITLE_RE.search(self.text, max(0, o.start - _TITLE_REACH), o.start) is not None

    def _speaks_after_aside(self, o: Occurrence) -> bool:
        """Is the name the subject of a reporting verb past an aside of its own? Not a place, nor
        the end of a longer name cut short ("Doctors Ashby, which represents …, said")."""
        aside = _ASIDE_RE.match(self.text, o.end)
        if aside is None or aside.group(1) not in self.w.subject_verbs \
                or _CAPITAL_BEFORE_RE.search(self.text, max(0, o.start - 30), o.start):
            return False
        entry = self.gaz.lookup(" ".join(o.words))
        return entry is None or entry.type not in ("country", "place")

    def _attached(self, cues: Cues, o: Occurrence, after: list[str]) -> None:
        """Place cues glued to a name: "the Strasbourg-based court", "Lombok's international airport"."""
        if self.text.startswith(("-based", "-born", "-headquartered"), o.end) \
                or o.possessive and after[:1] == ["s"] and _PLACE_POSSESSIONS.intersection(after[1:3]):
            cues.place = cues.strong_place = True

    def _after(self, cues: Cues, o: Occurrence, nxt: str, nxt2: str, located: bool) -> None:
        """Cues in the two words after a name: "X said", "X news agency", "X region"."""
        w = self.w
        last = o.words[-1].lower()
        if (nxt in w.person_next or nxt == "campaign" and nxt2 in w.roles) \
                and last not in w.bodies and last not in w.org_words:
            cues.person = True  # "the Obama administration", "Trump campaign manager Ann Roe"
        if nxt in w.org_cues and nxt not in ("team", "court", "school") or nxt in w.member_nouns:
            cues.org_next = True  # "Harbour news agency", "a former Harbour FC defender"; but also "Ashby council"
        landform = nxt in _LANDFORMS and self.text[max(0, o.start - 4) : o.start].lower() == "the "  # not "its X range"
        if nxt in _AREAS or nxt in w.facility_nouns or landform \
                or nxt in ("and", "or", ",") + _LISTED_KINDS and last not in w.bodies and last not in w.chambers \
                and _LISTED_PLACES_RE.match(self.text, o.end):  # (but "Texas House districts")
            cues.place = True  # "the Karvin region", "the Birlik mine", "Darchula and Baitadi districts"
            cues.strong_place = cues.strong_place or nxt in _AREAS  # not a body's name that ends with it
        if (nxt in w.subject_verbs or (nxt in ("also", "has", "had", "then") and nxt2 in w.subject_verbs)) \
                and not located:
            cues.speech = True  # but "a victim from Denver described …": the victim speaks

    def _home(self, cues: Cues, o: Occurrence) -> bool:
        """Where a member comes from: in a party tag ("Rep. Ana Roe, D-Cleveland,"; a state cut
        short, "R-Mont.", says nothing), which says all (True), or after "Sen. Ana Roe of"; or
        where the story was filed from ("HELENA, Mont. —", not a woman's name)."""
        if opens_dateline(self.text, o.start, o.end):
            cues.place = cues.strong_place = True
            return True
        if o.start >= 2 and party_tag(self.text, self.text[o.start - 2 : o.end], o.start - 2):
            abbreviated = self.text.startswith(".", o.end) and o.end - o.start <= 5
            cues.place = cues.strong_place = cues.strong_place or not abbreviated
            return True
        if self._home_of.search(self.text, max(0, o.start - _HOME_REACH), o.start):
            cues.place = cues.strong_place = True
        return False

    def _before(self, cues: Cues, prev: str, prev2: str) -> None:
        """Cues in the two words before a name that does not begin its sentence."""
        w = self.w
        sprev = prev[:-1] if prev.endswith("s") and prev[:-1] in w.org_cues else prev
        if sprev in w.org_cues or (prev == "the" and prev2 in w.org_cues) \
                or prev in w.naming_verbs and (prev2 in w.org_cues or prev2 in w.company_suffixes):
            cues.org = True  # (and "a group called X", "a super PAC named X")
        if prev == "at" and prev2 in w.roles \
                or prev in ("of", "for") and prev2 in w.employee_roles \
                or prev == "in" and prev2 in w.stake_words:
            cues.org = True  # "chief executive of Boeing", "shares in Veltrano"
        if prev in w.thing_cues:
            cues.thing = True
        if prev2 in ("the", "a", "an", "their", "its", "his", "her"):
            cues.named_group = cues.named_group or prev in w.group_cues
            cues.named_work = cues.named_work or prev in w.work_cues
        if prev == "of" and (prev2 in w.place_cues or prev2[:-1] in w.place_cues or prev2 in w.local_offices):
            cues.place = cues.strong_place = True  # "the provinces of Albay", "the mayor of Corran"
        elif prev == "of" and prev2 in _CITY_PARTS:
            cues.place = True  # "residents of Salmiya", "parts of Hawalli"
        if prev in w.locative or prev == "to" and prev2 not in w.not_to_place \
                and prev2 not in w.roles and prev2 not in w.subject_verbs:
            cues.place = True  # "in Eastport", "flights to Corran"
            if prev in w.strong_locative:
                cues.strong_place = True
        if prev in w.roles and prev2 not in ("a", "an", "the", "of", "to"):
            cues.person = True

    def follows_place(self, group: list[Occurrence], type_of: TypeOf) -> bool:
        """Set after a known place: "Kourou, French Guiana"."""
        for o in group[:_CONTEXT_SAMPLES]:
            head = self.text[max(0, o.start - 40) : o.start]
            if not head.endswith(", "):
                continue
            m = re.search(r"((?:[A-Z][\w'’-]*\s?){1,3}),\s$", head)
            if not m:
                continue
            entry = self.gaz.lookup(m.group(1).strip())
            known = type_of(m.group(1).strip())
            before = words_before(self.text, o.start - len(head) + m.start(1), 1)
            if entry is not None and entry.type in ("country", "place") \
                    or known in ("country", "place") \
                    or before and before[-1] in self.w.locative:
                return True
        return False

    def _next_name(self, end: int) -> str:
        m = re.match(r",\s+((?:[A-Z][\w'’-]*\s?){1,3})", self.text[end : end + 40])
        return m.group(1).strip() if m else ""

    def apposition_head(self, end: int) -> str:
        """The head noun of ', the Russia foreign minister,' after a name: 'minister'."""
        m = re.match(r",\s+((?:the |a |an |another )?[^,.;:()\"“”\n]{2,80}?)(?:,|\.|;|$)",
                     self.text[end : end + 90])
        if not m:
            return ""
        words = m.group(1).lower().replace("’", "'").split()[:7]
        cut = next((i for i, w in enumerate(words) if w in _APPOSITION_ENDS), len(words))
        # a participle after the head noun: "a company founded by …", "a grower based in …"
        cut = next((j + 1 for j in range(1, cut - 1) if self._participle(words[j + 1])
                    and not words[j].endswith("ly")), cut)
        head = words[cut - 1] if cut else ""
        if head in self.typed_heads and not any(w in self.w.roles for w in words[:cut]):
            return head  # a company, even if "by his father" follows
        return next((w for w in words if w in self.w.roles), head)

    def _participle(self, word: str) -> bool:
        return word.endswith("ed") and len(word) > 4 or word in self.w.irregular_past

    def located(self, o: Occurrence, role: str) -> bool:
        """Used as a location: 'in Moscow', 'the capital, Wellington'."""
        before = words_before(self.text, o.start, 3)
        if len(before) > 1 and before[-1] in self.w.compass:
            before = before[:-1]  # "in central Dhaka", "to northern Kyiv"
        if len(before) == 3 and before[-1] in ("and", "or") and before[0] in self.w.locative \
                and before[1] not in self.w.stop:
            return True  # "in Ashby and Wellington": one place beside another
        prev2 = before[-2] if len(before) > 1 else ""
        return bool(before) and (before[-1] in self.w.locative
                                 or before[-1] in ("capital", ",") and role == "capital"
                                 or before[-1] == "of" and (prev2 in _CITY_PARTS or prev2 in self.w.place_cues)
                                 or before[-1] == "to" and prev2 in _MOVED)  # "districts of X", "flights to X"
