"""Help: every key of every screen, generated from the BINDINGS lists, each with its binding id."""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from rich.console import Group
from rich.table import Table
from rich.text import Text
from textual.app import App, ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from briefterm.ui.keymap import key_names, keymap_path, places


def help_table(app: App[object], sections: Sequence[tuple[str, list[Binding]]]) -> Group:
    """One titled table per place keys work: keys, what they do, the binding id (for keymap.yaml).

    The columns are aligned across all the tables.
    """
    rows = [[(key_names(app, b), b.tooltip or b.description, b.id or "") for b in group] for _, group in sections]
    key_width = max(len(key) for section in rows for key, _, _ in section)
    id_width = max(len(binding_id) for section in rows for _, _, binding_id in section)
    parts: list[Text | Table] = [
        Text(f"Remap any key in {keymap_path()} (binding id: key or [keys]).", style="dim"), Text(""),
    ]
    for (title, _), section in zip(sections, rows, strict=True):
        parts.append(Text(title, style="bold underline"))
        table = Table.grid(padding=(0, 2))
        table.add_column(no_wrap=True, width=key_width)
        table.add_column(ratio=1)
        table.add_column(no_wrap=True, width=id_width)
        for key, description, binding_id in section:
            table.add_row(Text(key, style="bold"), Text(description), Text(binding_id, style="dim"))
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
        Binding("escape,q,question_mark", "close", "Close help", id="help.close"),
        Binding("j,down", "scroll('down')", "Scroll down", show=False, id="help.down"),
        Binding("k,up", "scroll('up')", "Scroll up", show=False, id="help.up"),
        Binding("space,pagedown", "scroll('page_down')", "Page down", show=False, id="help.page_down"),
        Binding("b,pageup", "scroll('page_up')", "Page up", show=False, id="help.page_up"),
        Binding("g,home", "scroll('home')", "Top", show=False, id="help.top"),
        Binding("G,end", "scroll('end')", "Bottom", show=False, id="help.bottom"),
    ]

    def compose(self) -> ComposeResult:
        body = VerticalScroll(id="help-body")
        body.border_title = "briefterm — keys"
        body.border_subtitle = f"{key_names(self.app, _binding('help.close'))} closes · " \
            f"{key_names(self.app, _binding('help.down'))} / {key_names(self.app, _binding('help.up'))} scroll · " \
            f"{key_names(self.app, _binding('help.bottom'))} bottom"
        with body:
            yield Static(help_table(self.app, places()), id="help-table")
            yield Static(legend(), id="help-legend")

    def action_close(self) -> None:
        self.dismiss(None)

    def action_scroll(self, direction: str) -> None:
        """j/k a line, space/b a page, g/G to the top/bottom, as in less."""
        body = self.query_one("#help-body", VerticalScroll)
        moves = {"down": body.scroll_down, "up": body.scroll_up, "page_down": body.scroll_page_down,
                 "page_up": body.scroll_page_up, "home": body.scroll_home, "end": body.scroll_end}
        moves[direction](animate=False)


def _binding(binding_id: str) -> Binding:
    return next(b for b in HelpScreen.BINDINGS if isinstance(b, Binding) and b.id == binding_id)
