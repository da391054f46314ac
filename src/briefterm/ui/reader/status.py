"""The status line's words: where the reader is, what the search found, the last remark.

A remark (`say`) stays until the reader's next key; the rest is redrawn from
the reader's state each time (`show`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text

from briefterm.core.text import clean
from briefterm.ui.widgets.side_list import SideList
from briefterm.ui.widgets.status import StatusLine

if TYPE_CHECKING:
    from briefterm.ui.screens.reader import ReaderScreen


class Status:
    """What the reader's status line says."""

    def __init__(self, reader: ReaderScreen) -> None:
        self._reader = reader
        self._remark = Text("")

    @property
    def remark(self) -> str:
        return self._remark.plain

    def say(self, remark: str | Text) -> None:
        """A short remark on the status line, until the next key (or the next remark)."""
        self._remark = remark if isinstance(remark, Text) else Text(remark, style="dim")
        self.show()

    def clear(self) -> None:
        """Drop the remark (the next key came)."""
        if self._remark:
            self._remark = Text("")
            self.show()

    def show(self, busy: bool | None = None) -> None:
        reader = self._reader
        left = self._position()
        search = reader.searching.line()
        left.append_text(search)
        passage = reader.selected_passage
        if self._remark:
            left.append("  ")
            left.append_text(self._remark)
        elif isinstance(reader.focused, SideList) and passage is not None:
            left.append(f"  ● marks what is in ¶ {passage.index}", "dim")
        busy = reader.analysing if busy is None else busy
        right = Text("analysing… ", style="italic") if busy else Text("")
        reader.query_one(StatusLine).show(left, right)

    def _position(self) -> Text:
        pane = self._reader.passage_pane
        n = len(pane.passages)
        left = Text.assemble((f" ¶ {pane.cursor + 1 if n else 0}/{n}", "bold"))
        passage = self._reader.selected_passage
        if passage is not None and passage.kind != "body":
            left.append(f" {passage.kind}", "dim")
        return left


def search_line(query: str, total: int, ordinal: int | None) -> Text:
    """`  /query 3/12`, `  /query 12 hits` or `  /query no hits`."""
    line = Text()
    line.append("  /", "dim")
    line.append(clean(query))
    if not total:
        line.append(" no hits", "bold")
    elif ordinal is None:
        line.append(f" {total} hit{'s' if total != 1 else ''}", "dim")
    else:
        line.append(f" {ordinal}/{total}", "bold")
    return line
