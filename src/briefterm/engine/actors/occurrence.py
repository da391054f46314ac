"""One name as written in the text, with its words, offsets and the marks around it."""

from __future__ import annotations

from typing import NamedTuple


class Marks(NamedTuple):
    """What stood around a name: a tuple, so the hot loop makes one cheaply."""

    initial: bool = False  # its first word begins a sentence
    titled: bool = False  # a title or honorific stood before it ("Mr Lund")
    possessive: bool = False  # "'s" followed it
    coord: bool = False  # joined to the previous occurrence by "and"
    heading: bool = False  # inside a Title Case heading


PLAIN = Marks()

# What `Occurrence` takes: a `Marks` or, from the hot loop, the same five flags as a plain tuple
# (a NamedTuple's constructor is a Python call, made 60,000 times on a 3 MB document).
MarksTuple = tuple[bool, bool, bool, bool, bool]


class Occurrence:
    """One name as written: `text[start:end]`, its words and what stood around it.

    `starts` (the words' offsets) is `base` plus the run-relative `rel` (`at` = (base, rel)),
    kept apart so the hot loop shares one `rel` tuple between all occurrences of the same
    run text.
    """

    __slots__ = ("start", "end", "words", "base", "rel", "passage", "initial", "titled",
                 "possessive", "coord", "heading", "key")

    def __init__(self, span: tuple[int, int], words: tuple[str, ...],
                 at: tuple[int, tuple[int, ...]], passage: int, marks: MarksTuple = PLAIN,
                 key: str = "") -> None:
        self.start, self.end = span
        self.words = words
        self.base, self.rel = at
        self.passage = passage
        self.initial, self.titled, self.possessive, self.coord, self.heading = marks
        self.key = key or name_key(words)

    @property
    def marks(self) -> Marks:
        return Marks(self.initial, self.titled, self.possessive, self.coord, self.heading)

    @property
    def starts(self) -> tuple[int, ...]:
        return tuple(self.base + r for r in self.rel)

    def reshape(self, words: tuple[str, ...], starts: tuple[int, ...]) -> None:
        """Keep only `words` (a contiguous part of the name) at absolute `starts`."""
        self.words, self.base, self.rel = words, 0, starts
        self.start, self.end = starts[0], starts[-1] + len(words[-1])
        self.key = name_key(words)

    def __repr__(self) -> str:
        return f"Occurrence({self.key!r}, {self.start}, {self.end})"


def name_key(words: tuple[str, ...] | list[str]) -> str:
    return " ".join(words).replace("’", "'")
