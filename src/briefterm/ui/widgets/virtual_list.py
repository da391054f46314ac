"""A list of wrapped items drawn with the Line API, laid out only where it is seen.

Every item starts with an estimated height (cheap arithmetic on its length).
An item is wrapped and styled only when a row of it is about to be drawn, or
when the cursor lands on it; its exact height then replaces the estimate. So a
list of 10,000 passages costs what 20 do: the estimates are one pass of
arithmetic, and the work that matters is proportional to the screen.

Subclasses supply `item_count`, `estimate_rows` and `render_item`; the base
class owns the cursor, scrolling and the keys that move them. `render_item` may
return its rows lazily (any `Rows`: a length, and a row drawn when asked for),
so an item taller than many screens (a 200 KB paragraph) costs the rows seen.
"""

from __future__ import annotations

import bisect
from itertools import accumulate
from typing import ClassVar, Protocol

from rich.style import Style
from textual import events
from textual.binding import Binding, BindingType
from textual.cache import LRUCache
from textual.geometry import Size
from textual.scroll_view import ScrollView
from textual.strip import Strip
from textual.widget import Widget

from briefterm.ui.messages import CursorMoved


def component_style(widget: Widget, name: str) -> Style:
    """A component class's own style, with its colours blended as the theme means them.

    Textual's partial style drops the alpha of colours like `$text-muted`; the
    full style blends them (over the widget's background) but also carries
    inherited attributes. Take the attributes from the first, colours from the second.
    """
    partial = widget.get_component_rich_style(name, partial=True)
    if partial.color is None and partial.bgcolor is None:
        return partial
    full = widget.get_component_rich_style(name)
    return partial + Style(
        color=full.color if partial.color is not None else None,
        bgcolor=full.bgcolor if partial.bgcolor is not None else None,
    )


ROW_CACHE_ITEMS = 512  # items whose rendered rows are kept (a few screens' worth)


class Rows(Protocol):
    """An item's rows: how many, and each one (exactly the list's width) when asked for."""

    def __len__(self) -> int: ...

    def __getitem__(self, row: int, /) -> Strip: ...


class VirtualList(ScrollView, can_focus=True):
    """Items of wrapped text with a cursor; only what is on screen is laid out."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j,down", "cursor_down", "Next", show=False, id="next",
                tooltip="Next passage (in a side pane: next item)"),
        Binding("k,up", "cursor_up", "Previous", show=False, id="previous",
                tooltip="Previous passage (in a side pane: previous item)"),
        Binding("g,home", "first", "First", show=False, id="first",
                tooltip="First passage (in a side pane: first item)"),
        Binding("G,end", "last", "Last", show=False, id="last",
                tooltip="Last passage (in a side pane: last item)"),
        Binding("space,pagedown", "page_down", "Page down", show=False, id="page_down",
                tooltip="Page down"),
        Binding("b,pageup", "page_up", "Page up", show=False, id="page_up",
                tooltip="Page up"),
    ]

    DEFAULT_CSS = """
    VirtualList {
        overflow-x: hidden;
        overflow-y: scroll;
        scrollbar-size-vertical: 1;
    }
    """

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:  # noqa: A002
        super().__init__(id=id, classes=classes)
        self._cursor = 0
        self._width = 0
        self._heights: list[int] = []
        self._exact = bytearray()
        self._starts: list[int] = [0]
        self._starts_dirty = False
        self._rows: LRUCache[int, Rows] = LRUCache(ROW_CACHE_ITEMS)
        self._settling = False
        self._pending_scroll: tuple[int, str, int] | None = None
        self.renders = 0  # items rendered so far: lets tests check that work is lazy

    # ----- what subclasses provide

    def item_count(self) -> int:
        raise NotImplementedError

    def estimate_rows(self, index: int, width: int) -> int:
        """A cheap guess at the item's height; exactness is not needed."""
        return 1

    def render_item(self, index: int, width: int, selected: bool) -> Rows:
        """The item's rows, each exactly `width` cells wide (a list, or drawn lazily)."""
        raise NotImplementedError

    # ----- state for subclasses and owners

    @property
    def cursor(self) -> int:
        return self._cursor

    @property
    def layout_width(self) -> int:
        return self._width

    def reset_layout(self) -> None:
        """The items, or something that changes their heights, changed: lay out afresh."""
        n = self.item_count()
        width = self._width
        self._heights = [max(1, self.estimate_rows(i, width)) for i in range(n)] if width else [1] * n
        self._exact = bytearray(n)
        self._rows.clear()
        self._starts_dirty = True
        self._cursor = min(self._cursor, max(0, n - 1))
        self._sync_virtual_size()
        self.refresh()

    def restyle(self, *indices: int) -> None:
        """Items whose look (not height) changed; none named: all of them."""
        if indices:
            for i in indices:
                self._rows.discard(i)
        else:
            self._rows.clear()
        self.refresh()

    def component_style(self, name: str) -> Style:
        return component_style(self, name)

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._rows.clear()

    # ----- layout

    def _ensure_starts(self) -> None:
        if self._starts_dirty:
            self._starts = [0, *accumulate(self._heights)]
            self._starts_dirty = False

    def _sync_virtual_size(self) -> None:
        self._ensure_starts()
        size = Size(self._width, self._starts[-1])
        if self.virtual_size != size:
            self.virtual_size = size

    def item_at_row(self, row: int) -> int:
        """The item drawn on virtual row `row`."""
        self._ensure_starts()
        i = bisect.bisect_right(self._starts, row) - 1
        return max(0, min(i, len(self._heights) - 1))

    def item_region(self, index: int) -> tuple[int, int]:
        """(first virtual row, height) of an item, made exact first."""
        self._item_rows(index)
        self._ensure_starts()
        return self._starts[index], self._heights[index]

    def _item_rows(self, index: int) -> Rows:
        rows = self._rows.get(index)
        if rows is None:
            rows = self.render_item(index, self._width, index == self._cursor)
            if not len(rows):
                rows = [Strip.blank(self._width, self.rich_style)]
            self.renders += 1
            self._rows[index] = rows
            if self._heights[index] != len(rows):
                self._heights[index] = len(rows)
                self._starts_dirty = True
            self._exact[index] = 1
        return rows

    def _make_exact(self, first: int, step: int, rows_needed: int) -> None:
        """Lay out items from `first` in direction `step` until they cover `rows_needed` rows."""
        n = len(self._heights)
        i, covered = first, 0
        while 0 <= i < n and covered < rows_needed:
            covered += len(self._item_rows(i))
            i += step

    def _settle(self) -> None:
        """Make the items on screen exact, keeping the top item where it is."""
        if self._settling or not self._heights or self._width <= 0:
            return
        self._settling = True
        try:
            height = max(1, self.size.height)
            for _ in range(8):
                self._ensure_starts()
                top = round(self.scroll_y)
                first = self.item_at_row(top)
                self._make_exact(first, 1, top + height - self._starts[first])
                if not self._starts_dirty:
                    break
            self._sync_virtual_size()
            top = round(self.scroll_y)
            if top > self.max_scroll_y:
                self._scroll_now(self.max_scroll_y)
        finally:
            self._settling = False

    # ----- scrolling and the cursor

    def _scroll_now(self, row: int) -> None:
        """Scroll at once (no animation), keeping Textual's scroll target in step."""
        self.scroll_target_y = row
        self.scroll_y = row

    def watch_scroll_y(self, old_value: float, new_value: float) -> None:
        super().watch_scroll_y(old_value, new_value)
        self._settle()

    @property
    def content_width(self) -> int:
        """Columns for the items: the widget's width less the scrollbar."""
        return self.scrollable_content_region.width

    def _ensure_width(self) -> None:
        """Lay out for the width we have now (on a resize, or at the first draw if sooner)."""
        width = self.content_width
        if width > 0 and width != self._width:
            self._width = width
            self.reset_layout()
            if self._pending_scroll is None:
                self._pending_scroll = (self._cursor, "nearest", 0)

    def _apply_pending_scroll(self) -> None:
        if self._pending_scroll is not None and self.size.height > 0 and self._width > 0:
            index, align, offset_row = self._pending_scroll
            self.scroll_to_item(index, align=align, offset_row=offset_row)

    def on_resize(self, event: events.Resize) -> None:
        self._ensure_width()
        self._apply_pending_scroll()
        self._settle()

    def scroll_to_item(self, index: int, *, align: str = "nearest", offset_row: int = 0) -> None:
        """Bring an item into view: "top", "bottom", "center" or the "nearest" edge.

        `offset_row` names a row inside the item that must be visible (a search hit
        deep in a long passage).
        """
        if not self._heights or self._width <= 0:
            return
        if self.size.height <= 0 or not self.display:
            # Hidden (a side pane covers us): scroll once we are shown again.
            self._pending_scroll = (index, align, offset_row)
            return
        self._pending_scroll = None
        view = self.size.height
        # Lay out enough neighbours for the position to be exact after the scroll.
        self._make_exact(index, -1, view)
        self._make_exact(index, 1, view)
        self._ensure_starts()
        start, height = self._starts[index], self._heights[index]
        top = round(self.scroll_y)
        if height > view and offset_row:
            start, height = start + offset_row, 1
            align = "nearest" if align == "nearest" else align
        if height > view:
            target = self._tall_target(start, height, top, view, align)
        elif align == "top":
            target = start
        elif align == "bottom":
            target = start + height - view
        elif align == "center":
            target = start - (view - height) // 2
        elif start < top:
            target = start
        elif start + height > top + view:
            target = start + height - view
        else:
            target = top
        self._sync_virtual_size()
        target = max(0, min(target, self._starts[-1] - view))
        if target != top:
            self._scroll_now(target)
        self._settle()
        self.refresh()

    @staticmethod
    def _tall_target(start: int, height: int, top: int, view: int, align: str) -> int:
        """Where to scroll for an item taller than the view: its first rows, or its last."""
        if align == "bottom":
            return start + height - view
        if align != "nearest" or start >= top + view:
            return start  # below the view (or asked for its top): its first rows
        if start + height <= top:
            return start + height - view  # above the view: its last rows, as `less` would
        return top  # partly on screen already: stay

    def move_cursor(self, index: int, *, align: str = "nearest", offset_row: int = 0) -> None:
        """Put the cursor on an item, scroll it into view and tell the owner."""
        n = len(self._heights)
        if not n:
            return
        index = max(0, min(index, n - 1))
        old = self._cursor
        self._cursor = index
        if old != index:
            self.restyle(old, index)
        self.scroll_to_item(index, align=align, offset_row=offset_row)
        if old != index:
            self.post_message(CursorMoved(self, index))

    def action_cursor_down(self) -> None:
        self.move_cursor(self._cursor + 1)

    def action_cursor_up(self) -> None:
        self.move_cursor(self._cursor - 1)

    def action_first(self) -> None:
        self.move_cursor(0, align="top")

    def action_last(self) -> None:
        self.move_cursor(len(self._heights) - 1, align="bottom")

    def action_page_down(self) -> None:
        self._page(+1)

    def action_page_up(self) -> None:
        self._page(-1)

    def _page(self, direction: int) -> None:
        """Scroll a screen and put the cursor on the first item that starts in view."""
        n = len(self._heights)
        if not n:
            return
        view = max(1, self.size.height)
        top = round(self.scroll_y)
        at_edge = top >= self.max_scroll_y if direction > 0 else top <= 0
        if at_edge:
            self.move_cursor(n - 1 if direction > 0 else 0)
            return
        self._scroll_now(max(0, min(self.max_scroll_y, top + direction * view)))
        self._settle()
        top = round(self.scroll_y)
        i = self.item_at_row(top)
        if self._starts[i] < top and i + 1 < n and self._starts[i + 1] < top + view:
            i += 1
        old = self._cursor
        self._cursor = i
        if old != i:
            self.restyle(old, i)
            self.post_message(CursorMoved(self, i))
        self.refresh()

    # ----- drawing

    def render_lines(self, crop):  # type: ignore[no-untyped-def]
        # The first frame can come before the first Resize: never draw it blank.
        self._ensure_width()
        self._apply_pending_scroll()
        self._settle()
        return super().render_lines(crop)

    def render_line(self, y: int) -> Strip:
        width = self.content_width
        row = round(self.scroll_y) + y
        self._ensure_starts()
        if not self._heights or row >= self._starts[-1] or width != self._width:
            return Strip.blank(width, self.rich_style)
        index = self.item_at_row(row)
        rows = self._item_rows(index)
        k = row - self._starts[index]
        if not 0 <= k < len(rows):
            return Strip.blank(width, self.rich_style)
        return rows[k]

    def on_click(self, event: events.Click) -> None:
        if not self._heights:
            return
        index = self.item_at_row(round(self.scroll_y) + event.y)
        self.focus()
        self.move_cursor(index)
        self.clicked(index)

    def clicked(self, index: int) -> None:
        """A mouse click on an item (after the cursor moved there)."""
