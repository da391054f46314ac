"""Markdown as a reader sees it: the words without the marks, blocks as passages.

markdown-it-py (CommonMark, with tables and strikethrough; it comes with Rich)
parses the source; we write the rendered text ourselves, so every block and
emphasis span is an offset into exactly that text, which is what the engine
reads. Headings lose their `#`, emphasis, code and link syntax go (the words
stay, recorded as `Emphasis` spans), block quotes become `excerpt` blocks,
code blocks `boilerplate`, a list one `list` block with `•` or `1.` markers.
Raw HTML loses its tags. A YAML front matter is kept as boilerplate.

The parser is imported on the first Markdown document only: a plain text
never pays for it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING, Literal

from briefterm.core.text import sanitise
from briefterm.core.types import Block, Emphasis, PassageKind

if TYPE_CHECKING:
    from markdown_it import MarkdownIt
    from markdown_it.token import Token

EmphasisStyle = Literal["em", "strong", "code", "link"]
_INLINE_STYLES: dict[str, EmphasisStyle] = {"em": "em", "strong": "strong", "a": "link"}  # by HTML tag
_FRONT_MATTER_RE = re.compile(r"---[ \t]*\n(.*?\n)(?:---|\.\.\.)[ \t]*(?:\n|$)", re.DOTALL)
_TAG_RE = re.compile(r"<[^<>]*>")
BULLET = "• "
CELL_SEPARATOR = " | "


@dataclass
class Rendered:
    """Markdown rendered to text, with what it knew of its structure."""

    text: str
    blocks: list[Block]
    emphasis: list[Emphasis]
    title: str | None
    removed: int = 0  # control characters taken out of the text


@lru_cache(maxsize=1)
def _parser() -> MarkdownIt:
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark").enable(["table", "strikethrough"])


def render(source: str) -> Rendered:
    """Render Markdown `source` (newlines normalised) to text, blocks and emphasis."""
    writer = _Writer()
    body = source
    m = _FRONT_MATTER_RE.match(source)
    if m:
        writer.open_block("boilerplate")
        writer.write(m.group(1).rstrip("\n"))
        writer.close_block()
        body = source[m.end() :]
    writer.tokens(_parser().parse(body))
    return writer.result()


@dataclass
class _List:
    ordered: bool
    items: int = 0
    paragraphs: int = 0  # paragraphs seen in the current item


@dataclass
class _Writer:
    parts: list[str] = field(default_factory=list)
    pos: int = 0
    blocks: list[Block] = field(default_factory=list)
    emphasis: list[Emphasis] = field(default_factory=list)
    removed: int = 0
    title: str | None = None
    quote_depth: int = 0
    lists: list[_List] = field(default_factory=list)
    block_start: int = -1
    block_kind: PassageKind = "body"
    opened: dict[str, list[int]] = field(default_factory=dict)  # tag -> starts of open emphasis
    title_start: int = 0
    cells: int = 0  # cells written in the current table row

    # ----- text and blocks

    def write(self, piece: str) -> None:
        if not piece:
            return
        clean, removed = sanitise(piece)
        self.removed += removed
        self.parts.append(clean)
        self.pos += len(clean)

    def open_block(self, kind: PassageKind) -> None:
        if self.quote_depth and kind != "boilerplate":
            kind = "excerpt"
        if self.pos:
            self.write("\n\n")
        self.block_start = self.pos
        self.block_kind = kind

    def close_block(self) -> None:
        if self.block_start >= 0 and self.pos > self.block_start:
            self.blocks.append(Block(self.block_start, self.pos, self.block_kind))
        self.block_start = -1

    def result(self) -> Rendered:
        emphasis = sorted(self.emphasis, key=lambda e: (e.start, e.end))
        return Rendered("".join(self.parts), self.blocks, emphasis, self.title, self.removed)

    # ----- tokens

    def tokens(self, tokens: list[Token]) -> None:
        for token in tokens:
            handler = getattr(self, "_" + token.type, None)
            if handler is not None:
                handler(token)

    def _heading_open(self, token: Token) -> None:
        if not self.lists:
            self.open_block("heading")
        self.title_start = self.pos

    def _heading_close(self, token: Token) -> None:
        if self.title is None and not self.quote_depth:
            title = " ".join("".join(self.parts)[self.title_start :].split())
            self.title = title or None
        if not self.lists:
            self.close_block()

    def _paragraph_open(self, token: Token) -> None:
        if not self.lists:
            self.open_block("body")
            return
        current = self.lists[-1]
        if current.paragraphs:
            self.write("\n" + self._indent(len(self.lists)))
        current.paragraphs += 1

    def _paragraph_close(self, token: Token) -> None:
        if not self.lists:
            self.close_block()

    def _blockquote_open(self, token: Token) -> None:
        self.quote_depth += 1

    def _blockquote_close(self, token: Token) -> None:
        self.quote_depth -= 1

    def _bullet_list_open(self, token: Token) -> None:
        self._list_open(ordered=False)

    def _ordered_list_open(self, token: Token) -> None:
        self._list_open(ordered=True)

    def _list_open(self, ordered: bool) -> None:
        if not self.lists:
            self.open_block("list")
        self.lists.append(_List(ordered))

    def _bullet_list_close(self, token: Token) -> None:
        self._list_close()

    def _ordered_list_close(self, token: Token) -> None:
        self._list_close()

    def _list_close(self) -> None:
        self.lists.pop()
        if not self.lists:
            self.close_block()

    def _list_item_open(self, token: Token) -> None:
        current = self.lists[-1]
        if self.pos > self.block_start:
            self.write("\n")
        current.items += 1
        current.paragraphs = 0
        marker = f"{token.info or current.items}{token.markup or '.'} " if current.ordered else BULLET
        self.write(self._indent(len(self.lists) - 1) + marker)

    @staticmethod
    def _indent(depth: int) -> str:
        return "  " * depth

    def _fence(self, token: Token) -> None:
        self._code(token.content)

    def _code_block(self, token: Token) -> None:
        self._code(token.content)

    def _code(self, content: str) -> None:
        content = content.rstrip("\n")
        if self.lists:
            indent = "\n" + self._indent(len(self.lists))
            self.write(indent + content.replace("\n", indent))
            return
        self.open_block("boilerplate")
        self.write(content)
        self.close_block()

    def _html_block(self, token: Token) -> None:
        words = _TAG_RE.sub("", token.content).strip()
        if words and not self.lists:
            self.open_block("boilerplate")
            self.write(words)
            self.close_block()

    def _table_open(self, token: Token) -> None:
        if not self.lists:
            self.open_block("body")
        self.cells = 0

    def _table_close(self, token: Token) -> None:
        if self.cells:
            self.write(" |")
        if not self.lists:
            self.close_block()

    def _tr_open(self, token: Token) -> None:
        if self.cells:
            self.write(" |\n")  # a row closed as Markdown writes it: no name runs on into the next row
        self.cells = 0

    def _th_open(self, token: Token) -> None:
        self._cell()

    def _td_open(self, token: Token) -> None:
        self._cell()

    def _cell(self) -> None:
        self.write(CELL_SEPARATOR if self.cells else "| ")
        self.cells += 1

    def _inline(self, token: Token) -> None:
        for child in token.children or ():
            kind = child.type
            if kind == "text":
                self.write(child.content)
            elif kind == "softbreak":
                self.write(" ")
            elif kind == "hardbreak":
                self.write("\n" + (self._indent(len(self.lists)) if self.lists else ""))
            elif kind == "code_inline":
                start = self.pos
                self.write(child.content)
                self._mark(start, "code")
            elif kind == "image":
                self.write(child.content)
            elif kind.endswith("_open") and child.tag in _INLINE_STYLES:
                self.opened.setdefault(child.tag, []).append(self.pos)
            elif kind.endswith("_close") and self.opened.get(child.tag):
                self._mark(self.opened[child.tag].pop(), _INLINE_STYLES[child.tag])

    def _mark(self, start: int, style: EmphasisStyle) -> None:
        if self.pos > start:
            self.emphasis.append(Emphasis(start, self.pos, style))
