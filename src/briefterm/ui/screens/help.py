"""Help: every key of the reader, generated from the BINDINGS lists (one source of truth)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import ClassVar

from rich.console import Group
from rich.table import Table
from rich.text import Text
from textual.app import App, ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static


def _bindings(entries: Iterable[BindingType]) -> list[Binding]:
    out: list[Binding] = []
    for entry in entries:
        out.append(entry if isinstance(entry, Binding) else Binding(*entry))
    return out


# Named keys read better spelled out in a help text than as the footer's symbols.
SPELLED = {"enter": "enter", "escape": "escape", "space": "space", "pagedown": "page down",
           "pageup": "page up", "home": "home", "end": "end", "tab": "tab"}


def key_names(app: App[object], binding: Binding) -> str:
    """`j / ↓` for a binding of "j,down"."""
    keys = [k.strip() for k in binding.key.split(",") if k.strip()]
    return " / ".join(SPELLED.get(k) or app.get_key_display(Binding(k, binding.action)) for k in keys)


def help_sections(app: App[object]) -> list[tuple[str, list[Binding]]]:
    """(title, bindings) for each place keys work, read from the classes' BINDINGS."""
    from briefterm.ui.screens.library import LibraryScreen
    from briefterm.ui.screens.reader import ReaderScreen
    from briefterm.ui.widgets.search_bar import SearchBar
    from briefterm.ui.widgets.side_list import SideList
    from briefterm.ui.widgets.virtual_list import VirtualList

    palette = Binding(app.COMMAND_PALETTE_BINDING, "command_palette", "Palette",
                      tooltip="Command palette: jump to an actor, switch panes, export the brief")
    submit = Binding("enter", "submit", "Jump to the first hit after the passage selected when / was pressed")
    return [
        ("Moving (passages, and items in a side pane)", _bindings(VirtualList.BINDINGS)),
        ("Reading", _bindings(ReaderScreen.BINDINGS)),
        ("In a side pane", _bindings(SideList.BINDINGS)),
        ("While typing a search", [submit, *_bindings(SearchBar.BINDINGS)]),
        ("In the library (o)", _bindings(LibraryScreen.BINDINGS)),
        ("Everywhere", [*_bindings(type(app).BINDINGS), palette]),
    ]


def help_table(app: App[object], sections: Sequence[tuple[str, list[Binding]]]) -> Group:
    """One titled table per section, the key columns aligned across all of them."""
    rows = [[(key_names(app, b), b.tooltip or b.description) for b in bindings] for _, bindings in sections]
    key_width = max(len(key) for section in rows for key, _ in section)
    parts: list[Text | Table] = []
    for (title, _), section in zip(sections, rows, strict=True):
        parts.append(Text(title, style="bold underline"))
        table = Table.grid(padding=(0, 2))
        table.add_column(no_wrap=True, width=key_width)
        table.add_column()
        for key, description in section:
            table.add_row(Text(key, style="bold"), Text(description))
        parts.extend([table, Text("")])
    return Group(*parts)


LEGEND: tuple[tuple[str, tuple[tuple[str, str], ...]], ...] = (
    ("Quotes", (("said", "direct speech: the speaker's own words"),
                ("reported", "indirect speech: what someone said, in the author's words"),
                ("term", "a word or phrase in scare quotes: the author keeps a distance from it"))),
    ("Questions", (("asked", "a question the text itself asks"),
                   ("curated", "a question added by the brief"))),
    ("Notes", (("moved", "the quoted text was found again, elsewhere"),
               ("orphaned", "the quoted text is gone; the note is kept"))),
)


def legend() -> Group:
    """What the tags in the side panes mean."""
    parts: list[Text | Table] = [Text("What the tags in the panes mean", style="bold underline")]
    table = Table.grid(padding=(0, 2))
    table.add_column(no_wrap=True)
    table.add_column(no_wrap=True)
    table.add_column()
    for pane, tags in LEGEND:
        for i, (tag, meaning) in enumerate(tags):
            table.add_row(Text(pane if i == 0 else ""), Text(tag, style="bold"), Text(meaning))
    parts.append(table)
    return Group(*parts)


class HelpScreen(ModalScreen[None]):
    """Every key, from the bindings; escape, q or ? closes it."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q,question_mark", "close", "Close help", id="help_close"),
        Binding("j,down", "scroll('down')", "Scroll down", show=False),
        Binding("k,up", "scroll('up')", "Scroll up", show=False),
    ]

    def compose(self) -> ComposeResult:
        body = VerticalScroll(id="help-body")
        body.border_title = "briefterm — keys"
        body.border_subtitle = "escape, q or ? closes · j / k scroll"
        with body:
            yield Static(help_table(self.app, help_sections(self.app)), id="help-table")
            yield Static(legend(), id="help-legend")

    def action_close(self) -> None:
        self.dismiss(None)

    def action_scroll(self, direction: str) -> None:
        body = self.query_one("#help-body", VerticalScroll)
        if direction == "down":
            body.scroll_down(animate=False)
        else:
            body.scroll_up(animate=False)
