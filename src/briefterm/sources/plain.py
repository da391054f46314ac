"""Plain text as a person wrote it: hard-wrapped paragraphs joined, one-line
paragraphs kept apart, and a headline-like first paragraph as the title.

`reflow` turns the text the engine reads into paragraphs; every offset later
refers to its result, so it is the text a Document holds (nothing maps back).
It only ever changes the white space between two non-blank lines, so every
other character survives in order (a property test holds it to that).

Two shapes are told apart:
- **hard-wrapped** (e-mail, Project Gutenberg, `fmt`): the lines of a blank-line
  paragraph end near one common width. A line is *full* when it ends within
  `SLACK` columns of the paragraph's longest line (itself at least `MIN_WIDTH`
  and at most `MAX_WIDTH` columns),
  or when the next line's first word would not have fitted after it. A full
  line is joined to the next with one space. Lists, tables, headings, quoted
  (`>`) and indented lines, verse and other short lines keep their breaks.
- **one paragraph per line** (many news exports): single newlines between long
  lines that end sentences and do not share a width. Each line then becomes a
  paragraph of its own (a blank line is put between them).

Linear: one pass over the lines (str methods, no regex scan of the whole text),
then over the blocks that have more than one line; a text without two adjacent
non-blank lines is returned as it is.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

MIN_WIDTH = 40
MAX_WIDTH = 120  # nobody wraps wider: a longer line is a whole paragraph (or a long URL)
SLACK = 10
# One-paragraph-per-line: at least this share of line ends end a sentence and are not full.
_LINE_PARAGRAPH_SHARE = 0.5

_LIST_RE = re.compile(r"[ \t]*(?:[-*+•‣◦]|\d{1,3}[.)]|[a-zA-Z][.)])[ \t]+\S")
_HEADING_RE = re.compile(r"[ \t]*#{1,6}[ \t]")
_COLUMN_GAP_RE = re.compile(r"\S(?: {3,}|\t)(?=\S)")

# A line that may join; a list item; a line that keeps its breaks; a list item's
# hanging-indented continuation (joins its item, never becomes a paragraph).
PROSE, LIST, KEEP, CONTINUED = 0, 1, 2, 3
_ITEM_TEXT_RE = re.compile(r"[ \t]*\S+[ \t]+")


def _kind(line: str) -> int:
    if _LIST_RE.match(line):
        return LIST
    if (
        line[:1] in (" ", "\t")
        or line.lstrip().startswith(">")
        or _HEADING_RE.match(line)
        or line.count("|") >= 2
        or (("   " in line or "\t" in line) and len(_COLUMN_GAP_RE.findall(line)) >= 2)
    ):
        return KEEP
    return PROSE


class _Block:
    """A run of adjacent non-blank lines (right-stripped), with their kinds."""

    __slots__ = ("kinds", "lines", "raw", "width")

    def __init__(self, raw: list[str]) -> None:
        self.raw = raw
        self.lines = [line.rstrip() for line in raw]
        self.kinds = [_kind(line) for line in self.lines]
        item_indent = -1  # where the text of the list item above starts
        for i, line in enumerate(self.lines):
            kind = self.kinds[i]
            if kind == LIST:
                m = _ITEM_TEXT_RE.match(line)
                item_indent = m.end() if m else -1
            elif kind == KEEP and item_indent > 0 and len(line) - len(line.lstrip(" ")) == item_indent:
                self.kinds[i] = CONTINUED
            else:
                item_indent = -1 if kind != KEEP else item_indent
        self.width = max(
            (n for line, k in zip(self.lines, self.kinds, strict=True) if k != KEEP and (n := len(line)) <= MAX_WIDTH),
            default=0,
        )

    def pairs(self) -> Iterator[tuple[int, str, str]]:
        """(i, line i, line i+1) for each line break between two lines that may join."""
        for i in range(len(self.lines) - 1):
            if self.kinds[i] != KEEP and self.kinds[i + 1] in (PROSE, CONTINUED):
                yield i, self.lines[i], self.lines[i + 1]

    def full(self, line: str, following: str) -> bool:
        """`line` ends near the block's width: the next word did not fit after it."""
        length = len(line)
        if self.width < MIN_WIDTH or length > MAX_WIDTH:
            return False
        first_word = following.split(None, 1)[0] if following.strip() else ""
        return length >= self.width - SLACK or length + 1 + len(first_word) > self.width


def reflow(text: str) -> str:
    """`text` (newlines normalised) with hard-wrapped paragraphs joined and, in a
    one-paragraph-per-line text, each line made a paragraph."""
    lines = text.split("\n")
    filled = [bool(line) and not line.isspace() for line in lines]
    runs: list[tuple[int, int]] = []  # [first, stop) of each run of two or more non-blank lines
    i, n = 0, len(lines)
    while i < n - 1:
        if filled[i] and filled[i + 1]:
            j = i + 2
            while j < n and filled[j]:
                j += 1
            runs.append((i, j))
            i = j
        else:
            i += 1
    if not runs:
        return text
    blocks = [_Block(lines[first:stop]) for first, stop in runs]
    per_line = _one_paragraph_per_line(blocks)
    out: list[str | None] = list(lines)
    changed = False
    for (first, stop), block in zip(runs, blocks, strict=True):
        joined = _reflow_block(block, per_line)
        if joined is None:
            continue  # no break of it joined: its lines stay as they are
        changed = True
        out[first] = joined
        out[first + 1 : stop] = [None] * (stop - first - 1)
    if not changed:
        return text  # as it came, not a copy of it (3 MB of lines joined again for nothing)
    return "\n".join(line for line in out if line is not None)


def _ends_sentence(line: str) -> bool:
    return line.rstrip("”\"’')]")[-1:] in (".", "!", "?", "…")


def _one_paragraph_per_line(blocks: list[_Block]) -> bool:
    """Most line breaks between long lines follow a finished sentence on a line that
    is not full: the lines are whole paragraphs, not a wrapped one."""
    breaks = sentence_ends = not_full = 0
    for block in blocks:
        for _, line, following in block.pairs():
            if len(line) < MIN_WIDTH:
                continue
            breaks += 1
            sentence_ends += _ends_sentence(line)
            not_full += not block.full(line, following)
    if breaks == 0:
        return False
    return sentence_ends >= _LINE_PARAGRAPH_SHARE * breaks and not_full >= _LINE_PARAGRAPH_SHARE * breaks


def _reflow_block(block: _Block, per_line: bool) -> str | None:
    """The block with its joinable breaks joined (or, per line, doubled); None when none is."""
    raw_lines = block.raw
    joins: list[str | None] = [None] * (len(raw_lines) - 1)  # None: the break stays as it is
    for i, line, following in block.pairs():
        if per_line:
            joins[i] = "\n\n" if block.kinds[i + 1] == PROSE else None
        elif block.full(line, following):
            # `long-` + `term`: a word broken at its own hyphen joins back whole.
            hyphen = line[-1:] == "-" and line[-2:-1].isalpha() and following[:1].isalpha()
            joins[i] = "" if hyphen else " "
    if all(join is None for join in joins):
        return None
    parts: list[str] = []
    for i, line in enumerate(raw_lines):
        if i and joins[i - 1] is not None and joins[i - 1] != "\n\n":
            line = line.lstrip()
        join = joins[i] if i < len(joins) else None
        if join is None:
            parts.append(line)
            if i < len(joins):
                parts.append("\n")
        elif join == "\n\n":
            parts.append(line)
            parts.append(join)
        else:
            parts.append(line.rstrip())
            parts.append(join)
    return "".join(parts)


_FIRST_PARAGRAPH_RE = re.compile(r"\s*(\S[^\n]*(?:\n[^\S\n]*\S[^\n]*)*)")
_CLOSING_MARKS = "”\"’')]"
HEADLINE_MAX_WORDS = 20
HEADLINE_MAX_CHARS = 200


def headline(text: str) -> str | None:
    """The first paragraph, its lines joined, when it reads like a headline: at most
    20 words and no final full stop (nor a colon, semicolon or comma leading on)."""
    m = _FIRST_PARAGRAPH_RE.match(text[: HEADLINE_MAX_CHARS * 4])
    if not m:
        return None
    title = " ".join(m.group(1).split())
    if not title or len(title) > HEADLINE_MAX_CHARS or len(title.split()) > HEADLINE_MAX_WORDS:
        return None
    if title.startswith("#") or title.rstrip(_CLOSING_MARKS).endswith((".", ":", ";", ",")):
        return None
    if title.endswith("...") or title.endswith("…"):
        return None
    return title
