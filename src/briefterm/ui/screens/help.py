"""Help: every key of the reader, generated from the BINDINGS lists (one source of truth)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import ClassVar

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


def key_names(app: App[object], binding: Binding) -> str:
    """`j / ↓` for a binding of "j,down"."""
    keys = [k.strip() for k in binding.key.split(",") if k.strip()]
    return " / ".join(app.get_key_display(Binding(k, binding.action)) for k in keys)


def help_sections(app: App[object]) -> list[tuple[str, list[Binding]]]:
    """(title, bindings) for each place keys work, read from the classes' BINDINGS."""
    from briefterm.ui.screens.reader import ReaderScreen
    from briefterm.ui.widgets.search_bar import SearchBar
    from briefterm.ui.widgets.side_list import SideList
    from briefterm.ui.widgets.virtual_list import VirtualList

    palette = Binding(app.COMMAND_PALETTE_BINDING, "command_palette", "Command palette",
                      tooltip="Jump to an actor, switch panes, export the brief")
    submit = Binding("enter", "submit", "Jump to the first hit after the passage selected when / was pressed")
    return [
        ("Moving (passages, and items in a side pane)", _bindings(VirtualList.BINDINGS)),
        ("Reading", _bindings(ReaderScreen.BINDINGS)),
        ("In a side pane", _bindings(SideList.BINDINGS)),
        ("While typing a search", [submit, *_bindings(SearchBar.BINDINGS)]),
        ("Everywhere", [*_bindings(type(app).BINDINGS), palette]),
    ]


def help_table(app: App[object], sections: Sequence[tuple[str, list[Binding]]]) -> Table:
    table = Table.grid(padding=(0, 2))
    table.add_column(no_wrap=True)
    table.add_column()
    for title, bindings in sections:
        table.add_row(Text(""), Text(""))
        table.add_row(Text(title, style="bold underline"), Text(""))
        for binding in bindings:
            table.add_row(Text(key_names(app, binding), style="bold"),
                          Text(binding.tooltip or binding.description))
    return table


class HelpScreen(ModalScreen[None]):
    """Every key, from the bindings; escape, q or ? closes it."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q,question_mark", "close", "Close help", id="help_close"),
        Binding("j,down", "scroll('down')", "Scroll down", show=False),
        Binding("k,up", "scroll('up')", "Scroll up", show=False),
    ]

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-body"):
            yield Static(Text("briefterm — keys", style="bold"), id="help-title")
            yield Static(help_table(self.app, help_sections(self.app)), id="help-table")
            yield Static(Text("escape, q or ? closes this help", style="dim"), id="help-hint")

    def action_close(self) -> None:
        self.dismiss(None)

    def action_scroll(self, direction: str) -> None:
        body = self.query_one("#help-body", VerticalScroll)
        if direction == "down":
            body.scroll_down(animate=False)
        else:
            body.scroll_up(animate=False)
