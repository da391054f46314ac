"""Selecting words of one passage with the keyboard (`v`, then `)`/`(`, `l`/`h`, `L`/`H`).

Plain logic, no widgets: offsets are into the document's text. The selection
starts on the passage's first sentence; `)` / `(` select the next / previous
sentence, `l` / `h` move its end a word right / left, `L` / `H` its start. It
never leaves the passage and is never empty.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefterm.core.types import Passage
from briefterm.engine.sentences import sentence_spans

_WORD_RE = re.compile(r"\S+")


@dataclass(frozen=True)
class Span:
    start: int
    end: int


class Selection:
    """A span of words in one passage, moved by sentences and words."""

    def __init__(self, text: str, passage: Passage) -> None:
        self.text = text
        self.passage = passage
        spans = sentence_spans(text, passage.start, passage.end) or [(passage.start, passage.end)]
        self.sentences = [Span(s, e) for s, e in spans]
        words = [Span(passage.start + m.start(), passage.start + m.end()) for m in _WORD_RE.finditer(passage.text)]
        self.words = words or [Span(passage.start, passage.end)]
        first = self.sentences[0]
        self.start, self.end = first.start, first.end

    @property
    def words_selected(self) -> str:
        return self.text[self.start : self.end]

    def _sentence_index(self) -> int:
        """The sentence the selection starts in."""
        for i, s in enumerate(self.sentences):
            if s.start <= self.start < max(s.end, s.start + 1):
                return i
        return 0 if self.start < self.sentences[0].start else len(self.sentences) - 1

    def sentence(self, step: int) -> bool:
        """Select the next (step 1) or previous (-1) sentence; False at either end."""
        here = self._sentence_index()
        if step < 0 and self.start > self.sentences[here].start:
            target = here  # `(` inside a sentence: back to its own start, like vim
        else:
            target = here + step
        if not 0 <= target < len(self.sentences):
            return False
        chosen = self.sentences[target]
        self.start, self.end = chosen.start, chosen.end
        return True

    def move_end(self, step: int) -> bool:
        """The end a word right (1) or left (-1); it stays after the start's word."""
        ends = [w.end for w in self.words if w.end > self.start]
        return self._move(ends, step, is_end=True)

    def move_start(self, step: int) -> bool:
        """The start a word right (1) or left (-1); it stays before the end's word."""
        starts = [w.start for w in self.words if w.start < self.end]
        return self._move(starts, step, is_end=False)

    def _move(self, stops: list[int], step: int, *, is_end: bool) -> bool:
        current = self.end if is_end else self.start
        if step > 0:
            later = [s for s in stops if s > current]
            target = later[0] if later else None
        else:
            earlier = [s for s in stops if s < current]
            target = earlier[-1] if earlier else None
        if target is None:
            return False
        if is_end:
            self.end = target
        else:
            self.start = target
        return True
