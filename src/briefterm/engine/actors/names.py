"""Name candidates: one regex pass over runs of capitalised words, cut into names.

A run such as "Ukrainian President Volodymyr Zelensky" or "Anna Berg of The Harbour
Herald" is cut into the names it holds by rules on its words (titles, possessives,
"and", "of", a leading "The"); each name becomes an `Occurrence` with exact offsets.
What the words *are* (person, country...) is decided later, in names_resolve.
"""

from __future__ import annotations

import re

from briefterm.core.types import Passage
from briefterm.engine.actors.name_patterns import RUN_RE, party_tag
from briefterm.engine.actors.occurrence import Occurrence, name_key
from briefterm.engine.actors.splitter import RunSplitter, Shape
from briefterm.engine.lexicon.gazetteer import Gazetteer, gazetteer
from briefterm.engine.lexicon.words import lexicon
from briefterm.engine.passage_index import PassageIndex

_WORD_RE = re.compile(r"[^\W\d_][\w'’-]*")
_BYLINE_RE = re.compile(
    r"\s*(?:by|written by|reporting by|words by|story by|edited by|editing by)\s+[A-Z]", re.I
)


_SPLIT_CHARS = 1 << 16  # the text is split this much at a time


def lowercase_words(text: str) -> frozenset[str]:
    """Every word the text writes in lower case (a name is not one of them)."""
    tokens: set[str] = set()
    # Split a piece at a time, at a space: the same tokens as the whole text split at once, but
    # the memory of one piece's strings serves the next, where splitting 3 MB at once made
    # half a million strings to throw away (and cost the kernel 7,000 faults to map them).
    at = 0
    while at < len(text):
        cut = text.find(" ", at + _SPLIT_CHARS)
        cut = len(text) if cut < 0 else cut
        tokens.update(text[at:cut].split())
        at = cut
    out: set[str] = set()
    for token in tokens:
        for part in token.replace("—", " ").replace("/", " ").split():
            word = part.strip("\"'“”‘’()[]{}.,;:!?…*_-–")
            if word and word[0].islower():
                out.add(word)
                if word.endswith(("'s", "’s")):
                    out.add(word[:-2])
    return frozenset(out)

_OPENERS = " \t\"“‘'([*_•#>-"
_BOUNDARY = frozenset(".!?…:\"“”‘’'()[]*_•#>-\n\t ")


def sentence_initial(text: str, start: int, floor: int) -> bool:
    """Whether the word at `start` begins a sentence (or a line) of its passage."""
    if start - 2 >= floor and text[start - 1] == " " and (text[start - 2].isalnum()
                                                          or text[start - 2] in ",;"):
        return False  # the common case: a word after a word
    i, low = start - 1, max(floor, start - 12)
    while i >= low and text[i] in _OPENERS:
        i -= 1
    if i < floor:
        return True
    if i < low:
        return False
    ch = text[i]
    if ch in "”’\"')]" and i > floor and text[i - 1] in ".!?…":
        return True  # '… today.” He added'
    if ch in "!?…:\n":
        return True
    if ch != ".":
        return False
    lo = max(floor, i - 6)
    word = text[lo:i]  # the word before the stop, up to six letters ("Ukraine." gives "kraine")
    if not word.isalpha():
        j = i - 1
        while j >= lo and text[j].isalpha():
            j -= 1
        word = text[j + 1 : i]
    if len(word) == 1 and word.isupper():
        return False  # an initial or "U.S."
    return word.lower() not in lexicon().abbreviations


def _title_case(passage: Passage) -> bool:
    words = [w for w in _WORD_RE.findall(passage.text) if len(w) >= 4]
    if len(words) < 3:
        return False
    caps = sum(1 for w in words if w[0].isupper())
    return caps >= 0.6 * len(words)


def _all_caps(passage: Passage) -> bool:
    """A shouted passage (no lower-case letter in its opening): no names can be told apart."""
    head = passage.text[:200]
    return len(head) >= 12 and head.isupper()


def _skipped(passage: Passage) -> bool:
    if passage.kind == "boilerplate":
        return True
    if len(passage.text) < 100 and _BYLINE_RE.match(passage.text):
        return True
    return _all_caps(passage)


def find_occurrences(text: str, passages: PassageIndex,
                     gaz: Gazetteer | None = None) -> list[Occurrence]:
    """Every name candidate of the non-boilerplate passages, in document order."""
    gaz = gaz or gazetteer()
    splitter = RunSplitter(gaz)
    shapes: dict[str, tuple[Shape, ...]] = {}
    titles = splitter.titles
    out: list[Occurrence] = []
    append = out.append
    for passage in passages:
        if _skipped(passage):
            continue
        heading = passage.kind == "heading" and _title_case(passage)
        index, floor = passage.index, passage.start
        for m in RUN_RE.finditer(text, passage.start, passage.end):
            run, base = m.group(), m.start()
            if run[1:2] == "-" and party_tag(text, run, base):
                run, base = run[2:], base + 2  # "Rep. Ana Roe, R-Fort Smith,": her party, then her home
            shape = shapes.get(run)
            if shape is None and len(run) > 1 and run.isalpha() and run.lower() not in titles:
                # the common case: one plain word, nothing to cut
                shape = shapes[run] = (((run,), (0,), 0, len(run), run, True, False, False,
                                        False, False),)
            if shape is None:
                shape = shapes[run] = tuple(
                    (p.texts, tuple(s for _, s, _ in p.words), p.words[0][1], p.words[-1][2],
                     name_key(p.texts), p.at_run_start, p.titled, p.possessive, p.coord,
                     p.new_sentence)
                    for p in splitter.split(run))
            if not shape:
                continue
            stop = m.end()
            if run.isalpha() and not run.isupper() and _NUMBERED_RE.match(text, stop) and gaz.lookup(run) is None:
                continue  # "Engine 6", "Proposition 206", "Rs 300": a numbered thing or sum, no actor
            if text.startswith(("$", " $"), stop):
                shape = shape[:-1]  # a currency: "US$1.2 billion", "NZ $ 26 million"
            if base - 2 >= floor and text[base - 1] == " " and text[base - 2] not in _BOUNDARY:
                initial = False  # the common case, decided without a call
            else:
                initial = sentence_initial(text, base, floor)
            for words, rel, s, e, key, at_start, titled, possessive, coord, new in shape:
                if s == 0 and len(words) > 1 and (ordinal := _ordinal_before(text, base, floor)):
                    # "the 5th U.S. Circuit Court of Appeals", "the 82nd Airborne Division"
                    words, rel = (ordinal, *words), (-len(ordinal) - 1, *rel)
                    s, key = rel[0], name_key(words)
                append(Occurrence((base + s, base + e), words, (base, rel), index,
                                  (initial and at_start or new, titled, possessive, coord, heading), key))
    return out


_NUMBERED_RE = re.compile(r"[ \t]\d{1,3}(?![\d,.:/–-])")
_ORDINAL_RE = re.compile(r"(?<![\w.,-])\d{1,3}(?:st|nd|rd|th) $")


def _ordinal_before(text: str, start: int, floor: int) -> str:
    """The ordinal number right before a name that starts at `start` ("5th "), or ""."""
    if start - 4 < floor or text[start - 1] != " " or text[start - 2] not in "tdh":
        return ""  # the common case, decided without a search
    m = _ORDINAL_RE.search(text, max(floor, start - 6), start)
    return m.group()[:-1] if m else ""
