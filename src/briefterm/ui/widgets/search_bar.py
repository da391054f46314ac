"""The `/` search field: incremental, case-insensitive; enter jumps, escape cancels."""

from __future__ import annotations

from typing import ClassVar

from textual.binding import Binding, BindingType
from textual.widgets import Input

from briefterm.ui.messages import SearchCancelled


class SearchBar(Input):
    """A one-line field above the status line (in the flow: docked, the footer would cover it)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "submit", "Jump", show=False, id="search_submit",
                tooltip="Jump to the first hit after the passage selected when the search began"),
        Binding("escape", "cancel", "Cancel search", show=False, id="search_cancel",
                tooltip="Cancel the search (the one before it comes back)"),
    ]

    DEFAULT_CSS = """
    SearchBar { height: 1; border: none; padding: 0 1; }
    SearchBar:focus { border: none; }
    """

    def __init__(self, *, id: str | None = None) -> None:  # noqa: A002
        super().__init__(id=id)

    def on_mount(self) -> None:
        from briefterm.ui.keymap import key_for

        jump, cancel = key_for(self.app, "search_submit"), key_for(self.app, "search_cancel")
        self.placeholder = f"search: type, {jump} jumps, {cancel} cancels"

    def action_cancel(self) -> None:
        self.post_message(SearchCancelled())
