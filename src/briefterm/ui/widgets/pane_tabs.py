"""The strip above the side panes: which pane is showing, and the key for each."""

from __future__ import annotations

from rich.text import Text
from textual import events
from textual.widget import Widget

from briefterm.ui.messages import TabPicked
from briefterm.ui.widgets.virtual_list import component_style

PANES: tuple[tuple[str, str, str], ...] = (
    ("1", "actors", "Actors"),
    ("2", "quotes", "Quotes"),
    ("3", "questions", "Questions"),
    ("4", "notes", "Notes"),
)
PASSAGES_TAB = ("0", "passages", "Passages")
SHORT_TITLES = {"passages": "Text", "actors": "Actors", "quotes": "Quotes", "questions": "Qns.", "notes": "Notes"}

# From the fullest strip to the barest: which counts to show, short titles, one space between tabs.
_LEVELS: tuple[tuple[str, bool, bool], ...] = (
    ("all", False, False), ("all", True, False), ("all", True, True), ("notes", True, True), ("none", True, True),
)


def compact_count(n: int) -> str:
    """A count in at most four characters: 7, 812, 7.1k, 71k, 1.2M."""
    if n < 1000:
        return str(n)
    for unit, size in (("M", 1_000_000), ("k", 1000)):
        if n >= size:
            value = n / size
            return f"{value:.1f}".rstrip("0").rstrip(".") + unit if value < 10 else f"{int(value)}{unit}"
    return str(n)


class PaneTabs(Widget):
    """`1 Actors 13  2 Quotes 20 …`: the active pane stands out; a click picks one."""

    COMPONENT_CLASSES = {"pane-tabs--active", "pane-tabs--key"}

    DEFAULT_CSS = """
    PaneTabs { height: 1; }
    """

    def __init__(
        self,
        *,
        with_passages: bool = False,
        id: str | None = None,  # noqa: A002 - Textual's name for it
        classes: str | None = None,
    ) -> None:
        super().__init__(id=id, classes=classes)
        self._tabs = (PASSAGES_TAB, *PANES) if with_passages else PANES
        self._active = self._tabs[0][1]
        self._counts: dict[str, int] = {}
        self._ranges: list[tuple[int, int, str]] = []

    @property
    def active(self) -> str:
        return self._active

    def set_active(self, pane: str) -> None:
        if pane == PASSAGES_TAB[1] and self._tabs[0] != PASSAGES_TAB:
            return  # the wide layout's tabs have no passages tab: keep the last pane
        self._active = pane
        self.refresh()

    def set_counts(self, counts: dict[str, int]) -> None:
        self._counts = dict(counts)
        self.refresh()

    def render(self) -> Text:
        """The fullest labels that fit: counts shortened (7.1k) before titles; Notes' count last to go."""
        width = self.size.width
        text, ranges = Text(), list[tuple[int, int, str]]()
        for level in range(len(_LEVELS)):
            text, ranges = self._labels(level)
            if text.cell_len <= width:
                break
        self._ranges = ranges
        return text

    def _labels(self, level: int) -> tuple[Text, list[tuple[int, int, str]]]:
        counts, short, tight = _LEVELS[level]
        text = Text(no_wrap=True, overflow="crop")
        ranges = []
        active_style = component_style(self, "pane-tabs--active")
        key_style = component_style(self, "pane-tabs--key")
        for key, pane, title in self._tabs:
            start = len(text)
            label = Text.assemble("" if tight else " ", (key, key_style), " ",
                                  SHORT_TITLES[pane] if short else title)
            count = self._counts.get(pane)
            if count is not None and (counts == "all" or (counts == "notes" and pane == "notes")):
                label.append(f" {compact_count(count)}", "dim")
            label.append(" ")
            if pane == self._active:
                label.stylize(active_style)
            text.append_text(label)
            ranges.append((start, len(text), pane))
        return text, ranges

    def on_click(self, event: events.Click) -> None:
        for start, end, pane in self._ranges:
            if start <= event.x < end:
                self.post_message(TabPicked(pane))
                return
