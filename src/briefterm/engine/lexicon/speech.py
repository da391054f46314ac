"""The tokenizer that the attribution passes share, and the reporting-verb pattern built from
the lexicon (`words.py`)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import cache
from typing import Any

from briefterm.engine.lexicon.words import lexicon

# A word (letters, digits, inner apostrophes, hyphens, periods and ampersands),
# or one punctuation mark that matters for phrase structure.
# "9,000" is one token: the comma of a number opens no apposition
_TOKEN_RE = re.compile(r"\d{1,3}(?:,\d{3})+\b|[^\W_](?:[\w’'&.-]*[^\W_])?|[,;:()\[\]—–.!?]")


class Token:
    """A token of the text: text[start:end], and its lower case. A plain class where it was a
    NamedTuple: compiled, it is made and read without a Python call (a third of the reading's
    time went to making tokens)."""

    __slots__ = ("end", "lower", "start", "text")

    def __init__(self, start: int, end: int, text: str, lower: str) -> None:
        self.start = start
        self.end = end
        self.text = text
        self.lower = lower

    def __repr__(self) -> str:
        return f"Token({self.start}, {self.end}, {self.text!r})"

    @property
    def is_word(self) -> bool:
        return self.text[0].isalnum()

    @property
    def is_cap(self) -> bool:
        return self.text[0].isupper()

    @property
    def is_acronym(self) -> bool:
        """ "WHO", "UN": all capitals, so not the word it spells ("who")."""
        return len(self.text) > 1 and self.text.isupper()


def tokens(text: str, start: int, end: int) -> list[Token]:
    """The tokens of text[start:end]."""
    return [Token(m.start(), m.end(), w := m.group(), w.lower()) for m in _TOKEN_RE.finditer(text, start, end)]


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
    return tok.lower.rpartition("-")[2] in lexicon().abbreviations  # (and "R-St." of "R-St. Helens")


def alternation(words: Iterable[str]) -> str:
    """The words as one regex alternation, longest first ("stated" before "state")."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


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


_ASCII_LETTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")


def word_before(text: str, start: int) -> str:
    """The word right before offset `start`, in lower case and without its period ("mrs" for
    "Mrs. Roe"), or "" where none stands there."""
    # Read backwards by hand within the ten characters before `start`: the spaces, perhaps a
    # period, then the letters (a regex search for each name cost more).
    lo = max(0, start - 10)
    end = start - 1 if start > lo and text[start - 1] == "\n" else start  # (as "$" ends before a last "\n")
    i = end
    while i > lo and text[i - 1] in " \t":
        i -= 1
    if i == end:
        return ""
    if i > lo and text[i - 1] == ".":
        i -= 1
    k = i
    while k > lo and text[k - 1] in _ASCII_LETTERS:
        k -= 1
    return text[k:i].lower()


def noun_gender(word: str) -> str | None:
    """ "she" for a word that says a woman ("mrs", "wife"), "he" for a man's ("mr", "son"), else None."""
    lex = lexicon()
    if word in lex.female_nouns:
        return "she"
    if word in lex.male_nouns:
        return "he"
    return None


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
