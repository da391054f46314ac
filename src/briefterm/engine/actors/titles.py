"""How many leading words of a run of capitalised words are a title: "Minister of Education",
"Information Minister", "Deputy Prosecuting Attorney", "Mr."."""

from __future__ import annotations

from briefterm.engine.lexicon.gazetteer import Gazetteer
from briefterm.engine.lexicon.words import lexicon

# Title words that modify a title ("Chief Justice") but also name an office alone ("Police Chief").
_OFFICE_MODIFIERS = frozenset(("chief", "deputy"))
# Party words that also open other names: "Green Bay", "Independent Florida Alligator".
_NOT_BEFORE_NAMES = frozenset(("green", "independent"))


class TitleMeasure:
    def __init__(self, gaz: Gazetteer, head_words: frozenset[str]) -> None:
        """`head_words`: words that end a body's or a place's name ("Motors", "Court")."""
        self.gaz = gaz
        self.lex = lexicon()
        self.titles = self.lex.titles
        self.modifiers = self.lex.title_modifiers
        self.honorifics = self.lex.honorifics
        self.head_words = head_words
        self.parties = frozenset(w for w in self.lex.affiliations if not w.endswith("s")) - _NOT_BEFORE_NAMES

    def length(self, words: list[str]) -> int:
        """How many leading words are a title ("Minister of Education", "Mr."), or 0. A party word
        before a person's name counts as one: "Republican Dale Roe", "Democrat Ana Roe"."""
        if len(words) >= 3 and words[0].lower() in self.parties:
            title = self._title_length(words[1:])
            name = words[1 + title :]
            if self._person_like(name):
                return 1 + title
        return self._title_length(words)

    def _person_like(self, name: list[str]) -> bool:
        """Two or three capitalised words that name no body, place, law or event: "Dale Roe", not
        "National Convention" or "Relations Act"."""
        lex = self.lex
        return 2 <= len(name) <= 3 and name[0].lower() not in lex.non_person_starts and all(
            w[:1].isupper() and w.lower() not in self.head_words and w.lower() not in self.titles
            and w.lower() not in lex.event_heads for w in name)

    def _title_length(self, words: list[str]) -> int:
        i, n, has_head = 0, len(words), False
        if n >= 3 and words[1].lower() in self.titles \
                and (words[1].lower() not in self.modifiers or self._office_before_name(words, 1)) \
                and self._portfolio(words[0], places=False):
            i = 1  # a portfolio before the title: "Information Minister", "Bristol Mayor"
        while i < n and words[i].lower() in self.titles:
            low = words[i].lower()
            has_head = has_head or low not in self.modifiers or low in self.honorifics \
                or self._office_before_name(words, i)
            i += 1
            if i < n - 2 and words[i + 1].lower() in self.titles and self._portfolio(words[i]):
                i += 1  # a portfolio between titles: "Deputy Prosecuting Attorney"
            if i < n - 1 and words[i] in ("of", "for"):
                i += 1
                if i < n and words[i] == "the":
                    i += 1
                i += 1  # at least one word of the office ("of Education")
                while i < n - 2 and words[i] not in self.gaz.given_names \
                        and words[i].lower() not in self.titles and not words[i].islower():
                    i += 1
                if i < n - 1 and words[i] == "and" and self._portfolio_office(words[:i]):  # "Minister of A and B"
                    # (a name no list knows after it: one word of office, the rest the name's)
                    i = next((k for k in range(i + 1, n) if words[k] in self.gaz.given_names
                              or words[k].lower() in self.titles or not words[k][:1].isupper()),
                             i + 2 if n - i - 2 >= 2 else n)
        if not has_head or i == 0:
            return 0
        rest = words[i:]
        cut = next((k for k, w in enumerate(rest) if w in ("of", "for", "and")), len(rest))
        if any(w.lower() in self.head_words for w in rest[:cut]) and not (
                len(rest) == 2 and rest[0] in self.gaz.given_names and rest[1].lower() not in self.lex.place_words):
            return 0  # "General Motors", "Doña Ana County", "State Department"; not "Judge Ann Mills"
        return i

    def _portfolio_office(self, title: list[str]) -> bool:
        return any(w.lower() in self.lex.portfolio_offices for w in title)

    def _office_before_name(self, words: list[str], i: int) -> bool:
        """ "Chief" or "Deputy" standing for an office of its own, right before a given name:
        "Police Chief Ann Lee" (but "Chief Justice", "Deputy Director")."""
        return words[i].lower() in _OFFICE_MODIFIERS and i + 1 < len(words) \
            and words[i + 1] in self.gaz.given_names

    def _portfolio(self, word: str, places: bool = True) -> bool:
        """A capitalised word that may name an office's field or (with `places`) its country: not
        a title, a given name or a known body ("Prosecuting", "Police", "U.S.")."""
        entry = self.gaz.lookup(word)
        return word[:1].isupper() and word.lower() not in self.titles and word not in self.gaz.given_names \
            and (entry is None or places and entry.type in ("country", "place"))
