"""Word lists for quotation attribution, loaded once from `data/` (speech verbs,
word classes, given names) and a tokenizer that the attribution passes share."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from typing import Any, NamedTuple

from briefterm.engine.lexicon.datafiles import load_data
from briefterm.engine.lexicon.given_names import given_names


@dataclass(frozen=True)
class Lexicon:
    speech: frozenset[str]
    indirect: frozenset[str]
    addressee: frozenset[str]
    naming: frozenset[str]
    named_things: frozenset[str]
    evaluative: frozenset[str]
    source_before: tuple[tuple[str, ...], ...]  # multi-word phrases as word tuples
    statement_nouns: frozenset[str]
    pronouns: dict[str, str]
    determiners: frozenset[str]
    connectors: frozenset[str]
    stop: frozenset[str]
    function_caps: frozenset[str]
    adverbs: frozenset[str]
    np_after_stop: frozenset[str]
    titles: frozenset[str]
    affiliations: frozenset[str]
    person_nouns: frozenset[str]
    roles: frozenset[str]
    title_abbreviations: dict[str, str]
    kind_nouns: dict[str, tuple[str, ...]]
    female: frozenset[str]
    male: frozenset[str]
    female_nouns: frozenset[str]
    male_nouns: frozenset[str]



def _words(data: dict[str, Any], key: str) -> frozenset[str]:
    return frozenset(str(w).lower() for w in data.get(key) or [])


@cache
def lexicon() -> Lexicon:
    verbs = load_data("speech_verbs.yaml")
    words = load_data("quote_words.yaml")
    names = given_names()
    return Lexicon(
        speech=_words(verbs, "speech"),
        indirect=_words(verbs, "indirect"),
        addressee=_words(verbs, "addressee"),
        naming=_words(verbs, "naming"),
        named_things=_words(verbs, "named_things"),
        evaluative=_words(verbs, "evaluative"),
        source_before=tuple(tuple(str(p).lower().split()) for p in verbs.get("source_before") or []),
        statement_nouns=_words(verbs, "statement_nouns"),
        pronouns={str(k).lower(): str(v) for k, v in (words.get("pronouns") or {}).items()},
        determiners=_words(words, "determiners"),
        connectors=_words(words, "connectors"),
        stop=_words(words, "stop"),
        function_caps=_words(words, "function_caps"),
        adverbs=_words(words, "adverbs"),
        np_after_stop=_words(words, "np_after_stop"),
        titles=_words(words, "titles"),
        affiliations=_words(words, "affiliations"),
        person_nouns=_words(words, "person_nouns"),
        roles=_words(words, "roles"),
        title_abbreviations={str(k).lower(): str(v).lower() for k, v in (words.get("title_abbreviations") or {}).items()
                             },
        kind_nouns={str(k).lower(): tuple(str(t) for t in v) for k, v in (words.get("kind_nouns") or {}).items()},
        female=names.female,
        male=names.male,
        female_nouns=_words(words, "female_nouns"),
        male_nouns=_words(words, "male_nouns"),
    )


# A word (letters, digits, inner apostrophes, hyphens, periods and ampersands),
# or one punctuation mark that matters for phrase structure.
_TOKEN_RE = re.compile(r"[^\W_](?:[\w’'&.-]*[^\W_])?|[,;:()\[\]—–.!?]")


class Token(NamedTuple):
    start: int
    end: int
    text: str
    lower: str

    @property
    def is_word(self) -> bool:
        return self.text[0].isalnum()

    @property
    def is_cap(self) -> bool:
        return self.text[0].isupper()


def tokens(text: str, start: int, end: int) -> list[Token]:
    """The tokens of text[start:end]."""
    return [Token(m.start(), m.end(), w, w.lower()) for m in _TOKEN_RE.finditer(text, start, end) if (w := m.group())]


def is_possessive(text: str, tok: Token) -> bool:
    """ "Russia's", "Thomas'" (the apostrophe right after the token)."""
    low = tok.lower
    if low.endswith(("'s", "’s")):
        return True
    return tok.end < len(text) and text[tok.end] in "'’" and low.endswith("s")


def is_abbreviation(tok: Token) -> bool:
    """A word that a following period belongs to: "Mr", "Gen", "U.S", an initial."""
    if len(tok.text) == 1 and tok.is_cap:
        return True
    if "." in tok.text:
        return True
    return tok.lower in _ABBREVIATIONS


_ABBREVIATIONS = frozenset(
    "mr mrs ms dr prof gen col lt maj sgt capt cmdr adm gov sen rep rev hon st jr sr mt ft co inc ltd corp".split()
)


@cache
def cue_regex() -> re.Pattern[str]:
    """Any reporting verb (lower case, as verbs are mid-sentence) or source phrase (also
    capitalised, opening a sentence) as a whole word: one trie-shaped, case-sensitive
    pattern, so a frame is scanned in one fast pass whatever the size of the lists."""
    lex = lexicon()
    phrases = {" ".join(p) for p in lex.source_before}
    words = set(lex.speech) | set(lex.addressee) | set(lex.evaluative) | {"read", "reads"}
    words |= phrases | {p.capitalize() for p in phrases}
    return re.compile(r"(?<![\w’'-])(?:" + trie_pattern(sorted(words)) + r")(?![\w’'-])")


def words_pattern(words: Iterable[str]) -> re.Pattern[str]:
    """`words` as one trie-shaped pattern that ends where a word ends; `word_matches` makes sure
    it also starts where one starts (for a scan over a whole document: over a sentence,
    `cue_regex`'s look-behind costs nothing that matters)."""
    return re.compile(r"(?:" + trie_pattern(sorted(words)) + r")(?![\w’'-])")


def word_matches(pattern: re.Pattern[str], text: str, lo: int = 0, hi: int | None = None) -> Iterator[re.Match[str]]:
    r"""The matches of `pattern` in text[lo:hi] with no word character, apostrophe or hyphen right
    before them (looking before `lo` too): what `(?<![\w’'-])` + pattern finds with `finditer`.
    A pattern that opens with that look-behind is tried at every offset; without it the scan
    runs three times faster, and a candidate glued to a word is passed by one character, so a
    match starting inside it is still found."""
    search = pattern.search
    end = len(text) if hi is None else hi
    pos = lo
    while (m := search(text, pos, end)) is not None:
        s = m.start()
        if s and (text[s - 1].isalnum() or text[s - 1] in "_’'-"):
            pos = s + 1
            continue
        yield m
        pos = m.end()


def trie_pattern(words: list[str]) -> str:
    """One regex alternation for `words`, shaped as a trie (no backtracking over shared prefixes)."""
    trie: dict[str, Any] = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _trie_node(trie)


def _trie_node(node: dict[str, Any]) -> str:
    branches = []
    optional = False
    for ch in sorted(node):
        if ch == "":
            optional = True
            continue
        piece = r"\s+" if ch == " " else re.escape(ch)
        branches.append(piece + _trie_node(node[ch]))
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if optional:
        return "(?:" + body + ")?"
    return body


_BEFORE_WINDOW = 24


def tokens_before(text: str, pos: int, lo: int, n: int) -> list[Token]:
    """The last `n` tokens of text[lo:pos], as `tokens` would give them (cheap when only the
    word or two before a position matter)."""
    start = max(lo, pos - _BEFORE_WINDOW)
    while True:
        found = tokens(text, start, pos)
        # The window's first token may be cut in two; it is dropped unless the window is whole.
        if start == lo or len(found) > n:
            return found[-n:] if n else []
        start = max(lo, start - 4 * _BEFORE_WINDOW)
