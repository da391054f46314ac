"""The status line: where the reader is, what the search found, what is still running."""

from __future__ import annotations

from rich.text import Text
from textual.widget import Widget


class StatusLine(Widget):
    """Left: passage i/N and context; right: background work ("analysing…")."""

    COMPONENT_CLASSES = {"status--busy"}

    DEFAULT_CSS = """
    StatusLine { height: 1; }
    """

    def __init__(self, *, id: str | None = None) -> None:  # noqa: A002 - Textual's name for it
        super().__init__(id=id)
        self.left = Text("")
        self.right = Text("")

    def show(self, left: Text, right: Text | None = None) -> None:
        self.left = left
        if right is not None:
            self.right = right
        self.refresh()

    @property
    def plain(self) -> str:
        return f"{self.left.plain} | {self.right.plain}"

    def render(self) -> Text:
        width = self.size.width
        right = self.right.copy()
        right.stylize_before(self.get_component_rich_style("status--busy", partial=True))
        left = self.left.copy()
        left.truncate(max(0, width - right.cell_len - 1), overflow="ellipsis")
        gap = max(1, width - left.cell_len - right.cell_len)
        return Text.assemble(left, " " * gap, right, no_wrap=True, overflow="crop")
