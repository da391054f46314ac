"""A side pane's list: items of styled text that point at passages.

Each item is one `SideItem`: a `Text` (from the document's characters, never
markup), the passages it touches, and a short label for the gutter (a passage
number). Items that touch the selected passage are marked with a dot. `enter`
(or a click) posts `SideList.Jump`; the screen decides where that leads.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import ClassVar

from rich.style import Style
from rich.text import Text
from textual.binding import Binding, BindingType
from textual.message import Message
from textual.strip import Strip

from briefterm.ui.widgets.virtual_list import VirtualList
from briefterm.ui.widgets.wrap import wrap_spans

MARK = "●"


class SideItem:
    """One entry: its text is built when first drawn (thousands of quotes cost nothing until seen)."""

    __slots__ = ("_build", "_text", "passages", "label", "length", "lines")

    def __init__(
        self,
        build: Callable[[], Text],
        passages: frozenset[int] = frozenset(),
        label: str = "",
        *,
        length: int = 0,
        lines: int = 1,
    ) -> None:
        self._build = build
        self._text: Text | None = None
        self.passages = passages  # 1-based numbers of the passages it touches
        self.label = label  # for the gutter, e.g. the passage number
        self.length = length  # characters, for a height estimate before it is built
        self.lines = lines

    @property
    def text(self) -> Text:
        if self._text is None:
            self._text = self._build()
        return self._text


class SideList(VirtualList):
    """A list of SideItems with a cursor; `enter` asks to jump to the item's passage."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "jump", "Jump", id="jump",
                tooltip="Jump to the item's passage (an actor: its first mention)"),
    ]

    COMPONENT_CLASSES = {
        "side-list--cursor",
        "side-list--cursor-blurred",
        "side-list--mark",
        "side-list--label",
        "side-list--marked",
        "side-list--empty",
    }

    @dataclass
    class Jump(Message):
        """The reader asked to go to the item under the cursor."""

        source: SideList
        index: int

        @property
        def control(self) -> SideList:
            return self.source

    def __init__(self, empty_text: str, *, id: str | None = None, classes: str | None = None) -> None:  # noqa: A002
        super().__init__(id=id, classes=classes)
        self._items: list[SideItem] = []
        self._empty_text = empty_text
        self._selected_passage: int | None = None
        self._label_width = 0
        self._first_by_passage: dict[int, int] = {}

    # ----- data

    @property
    def items(self) -> Sequence[SideItem]:
        return self._items

    def set_items(self, items: Iterable[SideItem], empty_text: str | None = None) -> None:
        self._items = list(items)
        self._first_by_passage = {}
        for i, item in enumerate(self._items):
            for number in item.passages:
                self._first_by_passage.setdefault(number, i)
        if empty_text is not None:
            self._empty_text = empty_text
        self._label_width = max((len(item.label) for item in self._items), default=0)
        self.reset_layout()
        self.scroll_to_item(self.cursor)

    def set_empty_text(self, text: str) -> None:
        self._empty_text = text
        if not self._items:
            self.reset_layout()

    def marked(self, index: int) -> bool:
        return self._selected_passage is not None and self._selected_passage in self._items[index].passages

    def first_marked(self) -> int | None:
        if self._selected_passage is None:
            return None
        return self._first_by_passage.get(self._selected_passage)

    def follow_passage(self, passage: int | None) -> None:
        """Mark the items of this passage (1-based number)."""
        self._selected_passage = passage
        self.restyle()

    # ----- layout and drawing

    def item_count(self) -> int:
        return len(self._items) or 1  # an empty list shows one line saying so

    def _gutter_width(self) -> int:
        return 2 + self._label_width + (1 if self._label_width else 0)

    def estimate_rows(self, index: int, width: int) -> int:
        if not self._items:
            return 1
        item = self._items[index]
        usable = max(8, width - self._gutter_width())
        return int(item.length / (usable * 0.9)) + item.lines

    def render_item(self, index: int, width: int, selected: bool) -> list[Strip]:
        console = self.app.console
        base = self.rich_style
        if not self._items:
            text = Text(self._empty_text, style=self.component_style("side-list--empty"))
            return [self._row(console, base, width, Text(" "), text[s:e])
                    for s, e in wrap_spans(text.plain, max(8, width - 1))]
        item = self._items[index]
        if selected:
            cursor = "side-list--cursor" if self.has_focus else "side-list--cursor-blurred"
            base = base + self.component_style(cursor)
        marked = self.marked(index)
        mark_style = self.component_style("side-list--mark")
        label_style = self.component_style("side-list--label")
        text = item.text
        if marked:
            text = text.copy()
            text.stylize_before(self.component_style("side-list--marked"))
        gutter_width = self._gutter_width()
        first = Text.assemble(
            (MARK if marked else " ", mark_style),
            " ",
            (item.label.rjust(self._label_width), label_style),
            " " if self._label_width else "",
        )
        rest = Text(" " * gutter_width)
        spans = wrap_spans(text.plain, max(8, width - gutter_width))
        return [self._row(console, base, width, first if k == 0 else rest, text[s:e])
                for k, (s, e) in enumerate(spans)]

    @staticmethod
    def _row(console: object, base: Style, width: int, *parts: Text) -> Strip:
        row = Text.assemble(*parts, style=base, end="")
        row.truncate(width, overflow="crop", pad=True)
        return Strip(list(row.render(console)), width)  # type: ignore[arg-type]

    # ----- keys and focus

    def action_jump(self) -> None:
        if self._items:
            self.post_message(self.Jump(self, self.cursor))

    def clicked(self, index: int) -> None:
        self.action_jump()

    def on_focus(self) -> None:
        self.restyle(self.cursor)
        self.scroll_to_item(self.cursor)

    def on_blur(self) -> None:
        self.restyle(self.cursor)
