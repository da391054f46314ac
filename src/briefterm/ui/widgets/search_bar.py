"""The `/` search field: incremental, case-insensitive; enter jumps, escape cancels."""

from __future__ import annotations

from typing import ClassVar

from textual.binding import Binding, BindingType
from textual.widgets import Input

from briefterm.ui.messages import SearchCancelled


class SearchBar(Input):
    """A one-line field above the status line (in the flow: docked, the footer would cover it)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel search", show=False, id="search_cancel"),
    ]

    DEFAULT_CSS = """
    SearchBar { height: 1; border: none; padding: 0 1; }
    SearchBar:focus { border: none; }
    """

    def __init__(self, *, id: str | None = None) -> None:  # noqa: A002
        super().__init__(placeholder="search: type, enter jumps, escape cancels", id=id)

    def action_cancel(self) -> None:
        self.post_message(SearchCancelled())
