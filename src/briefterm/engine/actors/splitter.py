"""Cutting a run of capitalised words into the names it holds, by rules on its words.

A run such as "Ukrainian President Volodymyr Zelensky" or "Anna Berg of The Harbour
Herald" is cut at titles, possessives, "and", "of" and a leading "The"; names.py finds
the runs and makes each piece an `Occurrence`.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from dataclasses import dataclass

from briefterm.engine.actors.name_patterns import (
    CONTRACTION_RE,
    DOMAIN_RE,
    NAME_ADJECTIVE_RE,
    PART_RE,
    POSSESSIVE_RE,
    advocates,
    modifier_word,
    name_word,
    numbered,
    ordinal,
    singular,
    trade_noun,
)
from briefterm.engine.actors.occurrence import name_key
from briefterm.engine.actors.titles import TitleMeasure
from briefterm.engine.lexicon.gazetteer import Gazetteer
from briefterm.engine.lexicon.words import lexicon

Word = tuple[str, int, int]  # text, start, end (relative to the run)

# Not frozen: a frozen dataclass sets each field through object.__setattr__, which made its
# construction three times as slow (pieces are made for every new run; none is changed after).
@dataclass(slots=True)
class _Piece:
    words: tuple[Word, ...]
    at_run_start: bool
    titled: bool = False
    possessive: bool = False
    coord: bool = False
    new_sentence: bool = False  # follows a full stop inside the run ("... Lee. Then")

    @property
    def texts(self) -> tuple[str, ...]:
        return tuple(w for w, _, _ in self.words)


Shape = tuple[tuple[str, ...], tuple[int, ...], int, int, str, bool, bool, bool, bool, bool]


class RunSplitter:
    """Cuts a run of capitalised words into name pieces; results cached per run text."""

    def __init__(self, gaz: Gazetteer) -> None:
        self.gaz = gaz
        self.cache: dict[str, tuple[_Piece, ...]] = {}
        w = self.lex = lexicon()
        self.titles = w.titles
        self.honorifics = w.honorifics
        self.head_words = w.org_heads | w.place_words | w.leading_org_words
        self.events = w.event_heads
        self.stop = w.stopwords
        self.title_length = TitleMeasure(gaz, self.head_words).length  # how many leading words are a title

    def split(self, run: str) -> tuple[_Piece, ...]:
        pieces = self.cache.get(run)
        if pieces is None:
            pieces = tuple(p for raw in self._cut(run) for p in self._refine(raw))
            self.cache[run] = pieces
        return pieces

    # -- cutting the run at possessives, contractions, lone letters and "and" --------------

    def _cut(self, run: str) -> Iterator[_Piece]:
        parts = [(m.group(), m.start(), m.end()) for m in PART_RE.finditer(run)]
        cur: list[Word] = []
        coord, first, new_sentence = False, True, False

        def emit(label: bool = False, possessive: bool = False) -> Iterator[_Piece]:
            nonlocal cur, first, coord, new_sentence
            yield from self._emit(cur, first, coord, possessive, label, new_sentence)
            cur, first, coord, new_sentence = [], False, False, False

        for i, (tok, s, e) in enumerate(parts):
            if tok[0].isdigit():
                if cur or ordinal(tok):  # an ordinal may open a name: "11th Congressional District"
                    cur.append((tok, s, e))
                continue
            if tok == "&":
                if cur:
                    cur.append((tok, s, e))  # "Baltic & Nordic Equity Research"
                continue
            if not name_word(tok):
                if tok == "and" and not self._join_and(cur, parts, i):
                    cur.extend(self._shared_surname(cur, parts, i))
                    yield from emit()
                    coord = True
                elif tok == "at" and not self._join_at(cur):
                    yield from emit()
                elif cur:
                    cur.append((tok, s, e))
                continue
            stop = False
            if tok.endswith(".") and not self._abbreviation(tok):
                tok, e, stop = tok[:-1], e - 1, True  # "... with Russia. Then"
            if CONTRACTION_RE.search(tok):
                yield from emit()
            elif self._name_letter(tok, cur, parts, i):
                cur.append((tok, s, e))  # "Harald V", "I Ketut Roe"
            elif len(tok) == 1 or "." in tok and "." not in tok[:-1] and len(tok) == 2 \
                    and i + 1 < len(parts) and parts[i + 1][0].lower() in self.stop:
                # a lone capital ("I"), a label's letter ("Group F", "Plan B. The")
                yield from emit(label=True)
            elif (last := self._name_end(tok, s, parts, i)) is not None:
                cur.append(last[0])
                yield from emit(possessive=last[1])
            elif [w for w, _, _ in cur] in ([], ["The"]) and (cut := self._place_pair(tok)) > 0 \
                    and parts[-1][0].lower() not in self.head_words:  # but "the X-Y Water Company"
                cur[:] = [(tok[:cut], s, s + cut)]  # "the Tallinn-Helsinki route"; not "University of X-Y"
                yield from emit()
                cur.append((tok[cut + 1 :], s + cut + 1, e))  # the second goes on as any word
            elif "." in tok and any(c.islower() for c in tok[tok.index(".") :]):
                yield from emit()  # a web address: "Gawker.com" names a site of its own
                if DOMAIN_RE.fullmatch(tok):
                    cur.append((tok, s, e))
                    yield from emit()
            else:
                cur.append((tok, s, e))
            if stop or tok.endswith(".") and self._opens_sentence(parts, i + 1):
                yield from emit()  # "… with Russia. Then", "… in Weaverton, N.C. She"
                new_sentence = True
        yield from emit()

    def _name_letter(self, tok: str, cur: list[Word], parts: list[tuple[str, int, int]], i: int) -> bool:
        """A lone capital inside a name: a regnal number ("Harald V") or a Balinese name's "I" ("I Ketut Roe")."""
        if tok in ("I", "V", "X") and cur:
            return cur[-1][0] in self.gaz.given_names or cur[0][0].lower() in self.honorifics
        return tok == "I" and i + 2 < len(parts) and all(p[0][:1].isupper() and p[0].lower() not in self.stop
                                                         for p in parts[i + 1 : i + 3])

    def _name_end(self, tok: str, s: int, parts: list[tuple[str, int, int]], i: int) -> tuple[Word, bool] | None:
        """The last word of a name that a possessive or an adjective ends ("Russia's", "the Rovers'
        Ana Lee", "Cambridge-based"), and whether it is a possessive; None if the name goes on."""
        if tok[-1] in "'’" and (i + 1 == len(parts) or parts[i + 1][0] in self.gaz.given_names
                                or self._country(tok[:-1]) and (i == 0 or parts[i - 1][0] in ("The", "the", "at"))):
            # "the Philippines' Department of X": the country's
            return (tok[:-1], s, s + len(tok) - 1), True
        feature = i + 1 < len(parts) and (parts[i + 1][0].lower().rstrip(".") in self.lex.natural_features
                                          or f"{tok} {parts[i + 1][0]}" in self.gaz.cities)  # "Cox's Bazar"
        if POSSESSIVE_RE.search(tok) and tok.lower() not in self.lex.possessive_nouns and not feature \
                and not self._possessive_body(tok[:-2], parts, i):
            return (tok[:-2], s, s + len(tok) - 2), True  # "Russia's", but "Hawke's Bay"
        adjective = NAME_ADJECTIVE_RE.search(tok)
        if adjective is not None:
            return (tok[: adjective.start()], s, s + adjective.start()), False
        return None

    def _place_pair(self, tok: str) -> int:
        """Where a pair of places ("Tallinn-Helsinki") is cut in two, or 0 (also a name so: "Guinea-Bissau")."""
        head, sep, tail = tok.partition("-")
        if not tail or "-" in tail or self.gaz.lookup(tok) is not None or tok in self.gaz.cities:
            return 0
        return len(head) if self._known_place(head) and self._known_place(tail) else 0

    def _country(self, word: str) -> bool:
        entry = self.gaz.lookup(word)
        return entry is not None and entry.type == "country"

    def _known_place(self, word: str) -> bool:
        """A place the lists know, also after a compass word ("South Auckland")."""
        head, _, rest = word.partition(" ")
        if rest and head.lower() in self.lex.compass:
            word = rest
        entry = self.gaz.lookup(word)
        return word in self.gaz.cities or entry is not None and entry.type in ("country", "place") \
            and entry.role in ("name", "alias", "capital")

    def _possessive_body(self, owner: str, parts: list[tuple[str, int, int]], i: int) -> bool:
        """ "the Seamen's Federation", "the Public Prosecutor's Office": a body named after whom it
        serves, an office or a people, with the body's word closing the name a few words on. So is
        a firm's body named for whom it serves ("Moody's Investors Service")."""
        low = owner.lower()
        rest = list(itertools.takewhile(lambda p: p[0][:1].isupper(), parts[i + 1 : i + 4]))
        # (up to a sentence's end: "… Dairymen's Association. The …")
        rest = rest[: next((k + 1 for k, p in enumerate(rest) if p[0].endswith(".")), len(rest))]
        # the firm's name opens the run: "Ana Roe's Friends Club" is Ana Roe's
        served = i == 0 and bool(rest) and len(rest[0][0]) > 3 and rest[0][0].endswith("s") \
            and not rest[0][0].endswith("ss")
        if not (low in self.titles or low in self.lex.roles or low.endswith(("men", "people")) or served):
            return False  # a person or a place owns the body: "Ana's Office", "Russia's Foreign Ministry"
        ends = len(rest) < 3 or i + 4 >= len(parts) or not parts[i + 4][0][:1].isupper()
        return bool(rest) and ends and rest[-1][0].rstrip(".,").lower() in self.lex.org_words

    def _opens_sentence(self, parts: list[tuple[str, int, int]], i: int) -> bool:
        """Is parts[i] a capitalised word that never continues a name ("She", "The", "But")?"""
        return i < len(parts) and parts[i][0][:1].isupper() and parts[i][0].lower() in self.lex.function_caps

    def _abbreviation(self, tok: str) -> bool:
        """'Mr.', 'Gen.', an initial 'W.', a dotted acronym 'U.S.'."""
        bare = tok[:-1]
        last = bare.rsplit("-", 1)[-1]  # "Minneapolis-St. Paul"
        return len(bare) == 1 or "." in bare or last.lower() in self.lex.abbreviations

    def _shared_surname(self, cur: list[Word], parts: list[tuple[str, int, int]], i: int) -> list[Word]:
        """ "Ruth and Dennis Roe": the family name a lone given name before "and" shares (a couple), or []."""
        rest = parts[i + 1 :]
        given = self.gaz.given_names
        if len(cur) != 1 or cur[0][0] not in given or not 2 <= len(rest) <= 3 or rest[0][0] not in given \
                or not all(t[:1].isupper() and t.isalpha() for t, _, _ in rest[1:]):
            return []
        return list(rest[1:])

    def _join_and(self, cur: list[Word], parts: list[tuple[str, int, int]], i: int) -> bool:
        """Keep "X and Y" as one name: after "of"/"for" ("Union of A and B"), "The" ("The Globe and Mail"), or known."""
        words = [w for w, _, _ in cur]
        if not words or "at" in words:
            return False  # "University of A at B and C" is two names
        if i + 1 < len(parts) and parts[i + 1][0] == "the":
            return bool(self.gaz.lookup(name_key(words + ["and", "the"]
                                                 + [t for t, _, _ in parts[i + 2 : i + 4]])))
        linked = [k for k, w in enumerate(words) if w in ("of", "for")]
        if linked:
            place = self.gaz.lookup(name_key(words[linked[-1] + 1 :]))
            if place is None or place.type not in ("country", "place"):
                return True  # "Union of A and B", but not "Medilan of Croatia and Brevis Pharma of Portugal"
        tail: list[str] = []
        for t, _, _ in parts[i + 1 :]:
            if t == "and" or t.islower() and not tail:
                break
            if POSSESSIVE_RE.search(t):
                tail.append(t[:-2])  # "… Soil and Water Directorate's teams": the name ends there
                break
            tail.append(t.rstrip("."))
            if t.endswith(".") and not self._abbreviation(t):
                break  # the sentence ends: "… the Land and Environment Court. The …"
        while len(tail) > 2 and tail[-2] == "Local" and tail[-1].isdigit():
            tail = tail[:-2]  # "… and Warehouse Union Local 142": the union's head before its local
        # the head may come before the tail's "of": "Food and Agriculture Organization of the United
        # Nations" (but not after an acronym or a place of its own: "SBAH and Sapienza University of Rome")
        single = len(words) == 1 and (words[0].isupper() or self._known_place(words[0]))
        cut = len(tail) if linked or single else next((k for k, t in enumerate(tail) if t in ("of", "for")), len(tail))
        last, end = words[-1].lower(), tail[cut - 1].lower() if cut else ""
        # a first part ending in a head is a name of its own, but for a body's field before its
        # head: "Monetary Policy and Financial Stability Committee"
        own_head = last in self.head_words and (len(words) > 1 or last not in self.lex.place_words) \
            or last in self.events and end not in self.head_words  # ("Road" alone: "Road and Motorway …")
        if end and (end in self.head_words or end in self.events) and not own_head \
                and not self.gaz.lookup(name_key(words)) and not self._person_and(words, tail) \
                and not (self._known_place(" ".join(words)) and (self._known_place(" ".join(tail))
                                                                 or words[0].lower() in self.lex.compass)) \
                and not (end in self.lex.place_words and end not in self.lex.org_words and len(tail) > 1):
            # "National Disaster Risk Reduction and Management Council", "Devon and Cornwall Police"
            # (not "Joe Roe and Democrats", nor two places: "Wichita and Kansas City", "South Ashby and X Hospital")
            return True
        after = [t for t, _, _ in parts[i + 1 : i + 4]]
        for k in range(len(words)):
            for m in range(1, len(after) + 1):
                if self.gaz.lookup(name_key(words[k:] + ["and"] + after[:m])):
                    return True
        return False

    def _person_and(self, words: list[str], tail: list[str]) -> bool:
        """ "Joe Roe and Democrats": a person on either side of "and" (not "Devon and Cornwall Police")."""
        given = self.gaz.given_names
        return words[0] in given and (len(words) > 1 or tail[0] in given)

    def _join_at(self, cur: list[Word]) -> bool:
        """"University of Westmark at Calder" goes on after "at"; "Ann Lee at Brightway" ends."""
        words = [w for w, _, _ in cur]
        if words[:1] == ["The"]:
            words = words[1:]
        return len(words) >= 3 and words[0].lower() in self.lex.campus_heads and words[1] in ("of", "for")

    @staticmethod
    def _emit(cur: list[Word], first: bool, coord: bool, possessive: bool, label: bool,
              new_sentence: bool) -> Iterator[_Piece]:
        while cur and not name_word(cur[-1][0]) and not (len(cur) > 1 and cur[-2][0] == "Local"):
            cur = cur[:-1]  # trailing connectors and numbers, but a union's "Local 1186"
        while cur and not name_word(cur[0][0]) and not ordinal(cur[0][0]):
            cur = cur[1:]  # (but an ordinal opens "1st Congressional District")
        if cur and not label:
            yield _Piece(tuple(cur), first, possessive=possessive, coord=coord,
                         new_sentence=new_sentence)

    # -- refining a piece: "The", titles, "of", a modifier before a given name ------------

    def _refine(self, piece: _Piece) -> Iterator[_Piece]:
        words = list(piece.words)
        at_start = piece.at_run_start
        gaz = self.gaz
        # "The Church of ...", "Like Gen. Grant": a function word is never part of a name
        while len(words) > 1 and words[0][0].lower() in self.stop \
                and not (len(words[0][0]) > 1 and words[0][0].isupper() or words[0][0] == "I" and len(words) > 2) \
                and not gaz.lookup(name_key([w for w, _, _ in words])) \
                and not numbered(words[0][0], words[-1][0], self.head_words) \
                and not self._all_of_country(words):
            words = words[1:]
            at_start = False
            while words and not name_word(words[0][0]) and not ordinal(words[0][0]):
                words = words[1:]
        if not words:
            return
        # "Ukrainian President Volodymyr Zelensky": the country word is a mention of its own.
        if len(words) >= 3 and words[1][0].lower() in self.titles:
            entry = gaz.lookup(words[0][0])
            if entry is not None and entry.type in ("country", "place") \
                    and 0 < self.title_length([w for w, _, _ in words[1:]]) < len(words) - 1:
                yield _Piece((words[0],), at_start, new_sentence=piece.new_sentence)
                words, at_start = words[1:], False
        # "European Commission President Jean-Claude Juncker": an organisation, then a title
        # (but "Deputy Police Chief Tom Ray" opens with a title as a whole)
        whole_title = words[0][0].lower() in self.titles and self.title_length([w for w, _, _ in words])
        for k in range(len(words) - 2, 0, -1):
            if words[k - 1][0].lower() in self.head_words and not whole_title \
                    and 0 < self.title_length([w for w, _, _ in words[k:]]) < len(words) - k:
                yield _Piece(tuple(words[:k]), at_start, new_sentence=piece.new_sentence)
                words, at_start = words[k:], False
                break
        titled = piece.titled
        n_title = self.title_length([w for w, _, _ in words])
        if n_title:
            if n_title >= len(words):
                return  # a title alone ("Prime Minister", "Secretary of State")
            words, at_start, titled = words[n_title:], False, True
            while words and not name_word(words[0][0]):
                words = words[1:]
            if not words:
                return
        for k, (part, part_start) in enumerate(self._split_of(words, at_start)):
            # the title is the first part's: "Mr. Roe" of "Mr. Roe of the Harbour Club"
            yield from self._split_modifier(part, part_start, titled and k == 0, piece)

    def _all_of_country(self, words: list[Word]) -> bool:
        """ "All India Chess Federation": "All" opens a national body's name, not "All Labour Party members"."""
        if len(words) < 3 or words[0][0] != "All" or words[-1][0].lower() not in self.lex.org_words:
            return False
        country = self.gaz.lookup(words[1][0])
        return country is not None and country.type == "country"

    def _split_of(self, words: list[Word], at_start: bool) -> Iterator[tuple[list[Word], bool]]:
        """Cut "Anna Berg of The Harbour Herald" and "Critics of X" at "of"; keep "Bank of England" whole."""
        texts = [w for w, _, _ in words]
        k = next((i for i, w in enumerate(texts) if w in ("of", "for")), -1)
        if k <= 0 or self.gaz.lookup(name_key(texts)):
            yield words, at_start
            return
        left = words[:k]
        right = words[k + 1 :]
        while right and right[0][0] in ("the", "The", "a", "an"):
            right = right[1:]
        head = texts[k - 1].lower()
        ended = head in self.lex.company_suffixes or bool(right) and any(c.isdigit() for c in right[0][0])
        event = texts[-1].lower() in self.events and texts[-1].lower() not in self.lex.org_words  # (not "Caucus")
        if not ended and (not right or head in self.head_words or event
                          or texts[0].lower() in self.head_words or self._plural_head(head, texts[0])
                          or advocates(texts[k - 1]) and (texts[k] == "for" or k >= 2)
                          or head in self.lex.fellowship_plurals):
            # "Kansans for Honest Classrooms", "United Teachers of Wichita", "Sisters of X"; not "Residents of X"
            yield words, at_start  # but a firm's legal form ends its name: "X Bhd for RM6 billion"
            return
        yield left, at_start
        if right:
            yield right, False

    def _plural_head(self, head: str, first: str) -> bool:
        """ "National Institutes of Health": a body's head word in the plural (not "Tyra Banks of …")."""
        if not head.endswith("s") or first in self.gaz.given_names:
            return False
        return singular(head) in self.lex.org_words

    def _split_modifier(self, words: list[Word], at_start: bool, titled: bool,
                        piece: _Piece) -> Iterator[_Piece]:
        """"Bassist Tom Vane": a word before a given name that opens the rest."""
        texts = [w for w, _, _ in words]
        given = self.gaz.given_names
        if len(texts) >= 3 and texts[0].lower() in self.lex.roles \
                and texts[0] not in given and not any(t.lower() in self.head_words for t in texts):
            words, at_start, titled = words[1:], False, True  # "Singer Lena Markov"
            texts = texts[1:]
        if at_start and len(texts) >= 2 and trade_noun(texts[0].lower(), self.lex.org_cues):
            words, at_start, texts = words[1:], False, texts[1:]  # "Chipmaker Norvex said"
        if len(texts) >= 3 and texts[0] not in given and texts[0] != "I" and all(not t.islower() for t in texts) \
                and texts[0].lower() not in self.lex.leading_place_words \
                and texts[0].isascii():  # but "San Pedro Ayampuc"; an accented word first is a family name
            for k in range(1, len(texts) - 1):
                if texts[k] in given:
                    if (k > 1 or modifier_word(texts[0], self.gaz, self.stop)) \
                            and all(t.lower() not in self.head_words for t in texts) \
                            and self.gaz.lookup(" ".join(texts[: k + 1])) is None:  # "North Carolina …"
                        yield _Piece(tuple(words[:k]), at_start)
                        words, at_start = words[k:], False
                    break
        # The same word of the piece: compared by offset, as a compiled build copies tuples
        same_first = words[0][1] == piece.words[0][1]
        possessive = piece.possessive and words[-1][1] == piece.words[-1][1]
        yield _Piece(tuple(words), at_start, titled=titled, possessive=possessive, coord=piece.coord and same_first,
                     new_sentence=piece.new_sentence and same_first)
