"""Long organisation names that the run splitter cut at a lower-case word or an apostrophe.

"Federal Office for Safety in Health Care (FOSHC)" reaches here as two names, "Federal Office
for Safety" and "Health Care", because "in" is no connector of a run. Names separated only by
function words ("in", "on", "for", "the"...) or a plural apostrophe are joined back when:

- a bracketed acronym follows whose letters spell the joined words ("(FOSHC)", "(NAMFREL)");
- or an organisation word heads the first name and "on"/"for"/"of" follows it
  ("Commission on Elections", "Directorate-General for Employment");
- or a plural apostrophe leads to an organisation word ("Patients' League").

A nickname in quotes between a person's names ('Ernesto “Totoy” Villaflor') joins the names
around it, so the person is not cut in three.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable
from functools import cache, lru_cache
from operator import sub

from briefterm.engine.actors.name_patterns import advocates
from briefterm.engine.actors.occurrence import Occurrence
from briefterm.engine.lexicon.gazetteer import Gazetteer
from briefterm.engine.lexicon.words import lexicon

# What may stand between two parts of one name: function words, or a plural apostrophe.
_GAP_RE = re.compile(
    r"(?:[ \t]+(?:(?:of|for|in|on|and|de|del|da|des|für|at|to)(?:[ \t]+the)?|the)[ \t]+"
    r"|['’][ \t]+)"
)
# The longest gap _GAP_RE takes with one space or tab per run of them: " for the ".
_MAX_GAP = 9
_HEAD_GAP_RE = re.compile(r"[ \t]+(?:on|for|of)(?:[ \t]+the)?[ \t]+")
_ACRONYM_RE = re.compile(r"[ \t]?[(\[]([A-Z][A-Za-z0-9&]{1,11})[)\]]")
_MAX_PARTS = 4
# A bracketed acronym after a name, perhaps past its lower-case kind: " union (HDAW)"
_KIND_ACRONYM_RE = re.compile(r"(?:[ \t]+[a-z]+)?" + _ACRONYM_RE.pattern)
_LIST_GAPS = frozenset((", ", " and ", ", and ", " & "))
# Bodies named after what they look into: "Committee on Climate Change", not "Parliament on
# Brexit" (what a parliament did about something).
_ON_HEADS = frozenset("commission committee council board panel conference convention forum "
                      "office institute centre center bureau".split())
# Bodies named after what they set out to do: "Committee to Protect Journalists", "Campaign to End X".
_TO_HEADS = frozenset("committee campaign coalition alliance movement fund foundation society project "
                      "partnership initiative network league council center centre".split())
_NICK_OPEN = frozenset((' "', " “", " ‘", " '"))
_NICK_CLOSE = frozenset(('" ', "” ", "’ ", "' "))


@lru_cache(maxsize=4096)
def acronym_spells(acronym: str, words: tuple[str, ...]) -> bool:
    """Whether `acronym` is made of the fronts of `words`, in order: every capitalised word
    gives its initial (or a longer front, "NAtional"), function words may give nothing, and
    at most one capitalised word is left out ("National Citizens' Movement" -> NAM)."""
    letters = acronym.rstrip("s").upper() if len(acronym) > 3 else acronym.upper()
    parts = [p for w in words for p in re.split(r"[-/]", w) if p]
    if len(letters) < 2 or not parts or parts[0][:1].upper() != letters[0]:
        return False

    @cache
    def match(i: int, j: int, skips: int) -> bool:
        if i == len(letters):
            rest = [p for p in parts[j:] if p[:1].isupper()]
            return len(rest) + skips <= 1 and len(parts) - j < 3
        if j == len(parts):
            return False
        part = parts[j].upper()
        # this part gives a front of one or more letters
        k = 0
        while k < len(part) and i + k < len(letters) and part[k] == letters[i + k]:
            k += 1
            if match(i + k, j + 1, skips):
                return True
        if not parts[j][:1].isupper() or parts[j] == "&":
            return match(i, j + 1, skips)  # a function word gives nothing
        return skips == 0 and j > 0 and match(i, j + 1, 1)

    return match(0, 0, 0)


_BRACKET_REACH = frozenset(" \tabcdefghijklmnopqrstuvwxyz")  # what _KIND_ACRONYM_RE passes before "("


def _bracket_reaches(text: str) -> tuple[list[int], list[int]]:
    """Where each opening bracket of the text is, and how far back from it _KIND_ACRONYM_RE
    could start (past spaces, tabs and lower-case letters only): a name ending before that
    reach has no acronym after it, which a bisection tells without a regex call per name."""
    brackets = sorted(k for mark in "([" for k in _positions(text, mark))
    reaches = []
    for k in brackets:
        i = k
        while i > 0 and text[i - 1] in _BRACKET_REACH:
            i -= 1
        reaches.append(i)
    return brackets, reaches


def _positions(text: str, mark: str) -> list[int]:
    out, k = [], text.find(mark)
    while k >= 0:
        out.append(k)
        k = text.find(mark, k + 1)
    return out


class NameJoiner:
    def __init__(self, text: str, gaz: Gazetteer) -> None:
        self.text = text
        self.gaz = gaz
        self.heads = lexicon().org_words
        self.dates = lexicon().weekdays | lexicon().months  # "the Commission on Monday"

    def join(self, occs: list[Occurrence]) -> list[Occurrence]:
        out: list[Occurrence] = []
        i = 0
        for k in self._candidates(occs):
            if k >= i:  # (else joined into a name before it)
                out.extend(occs[i:k])  # names that nothing joins, copied as they are
                i = self._join_at(occs, k, out)
        out.extend(occs[i:])
        return self._campuses(self._listed_fields(out))

    def _listed_fields(self, occs: list[Occurrence]) -> list[Occurrence]:
        """ "the Harbour, Dock and Allied Workers union (HDAW)": a name whose fields a comma and "and"
        list, joined where the bracketed acronym after it (perhaps past its lower-case kind) spells
        them all."""
        brackets, reaches = _bracket_reaches(self.text)
        if not brackets:
            return occs
        out: list[Occurrence] = []
        for o in occs:
            out.append(o)
            # Only a name that ends within reach of the next bracket may have the acronym after it.
            k = bisect_left(brackets, o.end)
            m = _KIND_ACRONYM_RE.match(self.text, o.end) if k < len(brackets) and o.end >= reaches[k] \
                and self.text.startswith((" ", "("), o.end) else None
            if m is None or not any(c.isupper() for c in m.group(1)[1:]):
                continue
            first = len(out) - 1
            while first > 0 and len(out) - first < _MAX_PARTS and out[first - 1].passage == o.passage \
                    and self.text[out[first - 1].end : out[first].start] in _LIST_GAPS:
                first -= 1
            for s in range(first, len(out) - 1):
                gaps = (self.text[a.end : b.start] for a, b in zip(out[s:-1], out[s + 1 :], strict=True))
                listed = any(gap.endswith(("and ", "& ")) for gap in gaps)  # not "ASUNCION, Paraguay (AP) —"
                if listed and acronym_spells(m.group(1), self._words(out[s:])):
                    out[s:] = [self._joined(out[s:])]
                    break
        return out

    def _campuses(self, occs: list[Occurrence]) -> list[Occurrence]:
        """ "the University of Eastmark, Westport,": a university's campus city, between commas after its
        name, is part of the name (not "the University of Utah, Provo and Logan")."""
        out: list[Occurrence] = []
        k = 0
        while k < len(occs):
            o = occs[k]
            city = occs[k + 1] if k + 1 < len(occs) else None
            if city is not None and o.words[0] == "University" and o.words[1:2] == ("of",) \
                    and self.text[o.end : city.start] == ", " and city.key in self.gaz.cities \
                    and self.text[city.end : city.end + 1] in (",", ".", ";", ")", "\n", ""):
                out.append(self._joined([o, city]))
                k += 2
                continue
            out.append(o)
            k += 1
        return out

    def _candidates(self, occs: list[Occurrence]) -> list[int]:
        """Where a join may start: a joining gap or a quoted nickname after the name. Most
        gaps are too long to be either, which their length tells without a regex call."""
        text = self.text
        pairs: Iterable[int] = range(len(occs) - 1)
        if "\t" not in text and "  " not in text:  # else a long gap may still be a joining one
            gaps = map(sub, [o.start for o in occs[1:]], [o.end for o in occs])
            pairs = [k for k, gap in enumerate(gaps) if gap <= _MAX_GAP]
        fullmatch = _GAP_RE.fullmatch
        last = len(occs) - 2
        out: list[int] = []
        for k in pairs:
            a, b = occs[k], occs[k + 1]
            if b.start - a.end == 2 and k < last and text[a.end : b.start] in _NICK_OPEN \
                    or a.passage == b.passage and fullmatch(text, a.end, b.start):
                out.append(k)
        return out

    def _join_at(self, occs: list[Occurrence], i: int, out: list[Occurrence]) -> int:
        """The names from `i` on, joined or not, into `out`; returns where to go on."""
        text, n = self.text, len(occs)
        # (the gap before a quoted nickname, two characters, is looked at first: no call made,
        # and no copy of the text between two names)
        if i + 2 < n and occs[i + 1].start - occs[i].end == 2 \
                and text[occs[i].end : occs[i + 1].start] in _NICK_OPEN \
                and self._nickname(occs[i], occs[i + 1], occs[i + 2]):
            a, c = occs[i], occs[i + 2]
            words, starts = a.words + c.words, a.starts + c.starts
            out.append(Occurrence((a.start, c.end), words, (0, starts), a.passage,
                                  a.marks._replace(possessive=c.possessive)))
            return i + 3
        j = i
        while j + 1 < n and j - i + 1 < _MAX_PARTS and occs[j + 1].passage == occs[i].passage \
                and _GAP_RE.fullmatch(text, occs[j].end, occs[j + 1].start):
            j += 1
        if j == i:
            out.append(occs[i])
            return i + 1
        s = self._acronym_start(occs, i, j)
        if s is not None:
            out.extend(occs[i:s])
            out.append(self._joined(occs[s : j + 1]))
            return j + 1
        a, b = occs[i], occs[i + 1]
        if self._head_join(a, b):
            parts = [a, b]
            if i + 2 < n and text[b.end : occs[i + 2].start] in (" and ", " and the ") \
                    and self._and_part(b, occs[i + 2]):
                parts.append(occs[i + 2])  # "Committee on Homeland Security and Governmental Affairs"
            out.append(self._joined(parts))
            return i + len(parts)
        out.append(a)
        return i + 1

    def _nickname(self, a: Occurrence, b: Occurrence, c: Occurrence) -> bool:
        """'Ernesto “Totoy” Villaflor': a nickname in quotes between a person's names."""
        text = self.text
        return a.passage == c.passage and len(b.words) <= 2 and len(a.words) <= 2 \
            and len(c.words) <= 2 and text[a.end : b.start] in _NICK_OPEN \
            and text[b.end : c.start] in _NICK_CLOSE \
            and not any(w.lower() in self.heads for w in a.words + c.words)

    def _acronym_start(self, occs: list[Occurrence], i: int, j: int) -> int | None:
        """The first part of the longest chain i..j that a bracketed acronym after j spells."""
        m = _ACRONYM_RE.match(self.text, occs[j].end)
        if m is None or not any(c.isupper() for c in m.group(1)[1:]):
            return None
        acronym = m.group(1)
        if occs[i].words[0] in self.gaz.given_names:
            i += 1  # "Sara Lind of Reuters (SLR)": a person is not part of a body's name
        for s in range(i, j):
            if acronym_spells(acronym, self._words(occs[s : j + 1])):
                return s
        return None

    def _head_join(self, a: Occurrence, b: Occurrence) -> bool:
        text = self.text
        gap = text[a.end : b.start]
        if gap[:1] in "'’":  # "the Teamsters' Union", but "the Philippines' Department of X" is the country's
            known = self.gaz.lookup(a.key)
            return a.words[-1].endswith("s") and b.words[0].lower() in self.heads \
                and (known is None or known.type not in ("country", "place"))
        if gap == " to ":  # "Committee to Protect Journalists", not "Paris to Lyon"
            return a.words[-1].lower() in _TO_HEADS and not b.titled and len(b.words) <= 4 \
                and self.gaz.lookup(b.key) is None and b.words[0] not in self.gaz.given_names
        on = gap.split()[0] == "on"
        heads = _ON_HEADS if on else self.heads
        # the head opens the name ("Commission on X") or ends it ("Richmond Crusade for X")
        headed = a.words[0].split("-")[0].lower() in heads or a.words[-1].lower() in heads \
            or gap == " for " and self._advocates(a, b)
        known = self.gaz.lookup(b.key)
        return _HEAD_GAP_RE.fullmatch(gap) is not None and not b.titled and headed and len(a.words) <= 3 \
            and (known is None or known.type not in ("country", "place")) \
            and all(not w.islower() for w in a.words) and len(b.words) <= 4 \
            and b.words[0].lower() not in self.dates

    def _and_part(self, b: Occurrence, c: Occurrence) -> bool:
        """A last field after "and" in a body's name: capitalised words that name no place or person."""
        return c.passage == b.passage and len(c.words) <= 3 and not c.titled and self.gaz.lookup(c.key) is None \
            and c.words[0] not in self.gaz.given_names and c.words[-1].lower() not in self.dates

    def _advocates(self, a: Occurrence, b: Occurrence) -> bool:
        """"Americans for Prosperity", "Parents for Safer Schools": people for a cause, not
        "Lawyers for Republican Sen. X" (someone's lawyers)."""
        lex = lexicon()
        return advocates(a.words[-1]) and b.words[0].lower() not in lex.affiliations \
            and self.gaz.lookup(b.key) is None and b.words[0] not in self.gaz.given_names

    def _words(self, parts: list[Occurrence]) -> tuple[str, ...]:
        words: list[str] = []
        for k, p in enumerate(parts):
            if k:
                words.extend(self.text[parts[k - 1].end : p.start].split())
            words.extend(p.words)
        return tuple(w for w in words if w not in ("'", "’"))

    def _joined(self, parts: list[Occurrence]) -> Occurrence:
        text = self.text
        words: list[str] = []
        starts: list[int] = []
        for k, p in enumerate(parts):
            if k:
                prev = parts[k - 1].end
                gap = text[prev : p.start]
                if gap[:1] in "'’,":
                    words[-1] += gap[0]  # "Patients'", "University of Eastmark, Westport"
                else:
                    for m in re.finditer(r"\S+", gap):
                        words.append(m.group())
                        starts.append(prev + m.start())
            words.extend(p.words)
            starts.extend(p.starts)
        a, z = parts[0], parts[-1]
        return Occurrence((a.start, z.end), tuple(words), (0, tuple(starts)), a.passage,
                          a.marks._replace(possessive=z.possessive),
                          " ".join(text[a.start : z.end].split()).replace("’", "'"))
