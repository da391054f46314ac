"""A side pane's list: items of styled text that point at passages.

One generic `SideList[T]` serves the Actors, Quotes and Questions panes: it is
given the values (actors, quotes, questions), the order to list them in and how
to draw one. Each value is drawn as one `SideItem`: a `Text` (from the
document's characters, never markup), the passages it touches, and a short
label for the gutter (a passage number). Items that touch the selected passage
are marked with a dot. `enter` (or a click) posts `ItemJump`; the screen
decides where that leads.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import ClassVar, Generic, TypeVar

from rich.style import Style
from rich.text import Text
from textual import events
from textual.binding import Binding, BindingType
from textual.strip import Strip

from briefterm.ui.messages import ItemJump
from briefterm.ui.widgets.virtual_list import VirtualList
from briefterm.ui.widgets.wrap import wrap_spans

MARK = "●"
T = TypeVar("T")


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


class SideList(VirtualList, Generic[T]):
    """Values of type T listed as SideItems with a cursor; `enter` asks to jump to the item's passage."""

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

    def __init__(
        self,
        item: Callable[[T], SideItem],
        order: Callable[[Sequence[T]], list[T]],
        *,
        empty_text: str,
        id: str | None = None,  # noqa: A002 - Textual's name for it
        classes: str | None = None,
    ) -> None:
        super().__init__(id=id, classes=classes)
        self._item = item
        self._order = order
        self._values: list[T] = []
        self._items: list[SideItem] = []
        self._empty_text = "analysing…"
        self._filled_text = empty_text
        self._selected_passage: int | None = None
        self._label_width = 0
        self._first_by_passage: dict[int, int] = {}
        self._held: list[str] | None = []  # keys typed while analysing; None: the items came (or never will)

    # ----- data

    @property
    def items(self) -> Sequence[SideItem]:
        return self._items

    @property
    def values(self) -> Sequence[T]:
        """What is listed, in the order shown."""
        return self._values

    def show(self, values: Sequence[T]) -> None:
        """List these values (in the pane's own order); none: say there are none."""
        self._values = self._order(values)
        self._items = [self._item(v) for v in self._values]
        self._empty_text = self._filled_text
        self._first_by_passage = {}
        for i, item in enumerate(self._items):
            for number in item.passages:
                self._first_by_passage.setdefault(number, i)
        self._label_width = max((len(item.label) for item in self._items), default=0)
        self.reset_layout()
        self.scroll_to_item(self.cursor)
        held, self._held = self._held, None
        if held:  # `1 j j enter` typed while analysing: the third item, now that it is here
            self.call_later(self._replay, held)

    def value_at(self, index: int) -> T | None:
        return self._values[index] if 0 <= index < len(self._values) else None

    @property
    def selected(self) -> T | None:
        return self.value_at(self.cursor)

    def index_where(self, test: Callable[[T], bool]) -> int | None:
        """The position of the first value that passes `test`."""
        return next((i for i, v in enumerate(self._values) if test(v)), None)

    def set_empty_text(self, text: str) -> None:
        self._empty_text = text
        self._held = None  # no items coming (the analysis failed): the held keys mean nothing
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

    def on_key(self, event: events.Key) -> None:
        """While analysing, this list's own keys wait for its items (they are done when it is filled)."""
        if self._held is None:
            return
        bound = self.screen.active_bindings.get(event.key)
        if bound is not None and bound.node is self:
            event.stop()
            event.prevent_default()
            self._held.append(event.key)

    async def _replay(self, keys: list[str]) -> None:
        for key in keys:
            bound = self.screen.active_bindings.get(key) if self.has_focus else None
            if bound is not None and bound.node is self:
                await self.run_action(bound.binding.action)

    def action_jump(self) -> None:
        if self._items:
            self.post_message(ItemJump(self, self.cursor))

    def clicked(self, index: int) -> None:
        self.action_jump()

    def on_focus(self) -> None:
        self.restyle(self.cursor)
        self.scroll_to_item(self.cursor)

    def on_blur(self) -> None:
        if self._held:
            self._held.clear()  # the reader went elsewhere: what was typed here is dropped
        self.restyle(self.cursor)
