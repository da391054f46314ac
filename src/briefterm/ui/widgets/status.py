"""The status line: where the reader is, what the search found, what is still running."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.widgets import Static


class StatusLine(Horizontal):
    """Left: passage i/N and context; right: background work ("analysing…")."""

    DEFAULT_CSS = """
    StatusLine { height: 1; }
    StatusLine > #status-left { width: 1fr; height: 1; }
    StatusLine > #status-right { width: auto; height: 1; }
    """

    def compose(self) -> ComposeResult:
        yield Static(id="status-left")
        yield Static(id="status-right")

    def show(self, left: Text, right: Text | None = None) -> None:
        left.no_wrap = True
        left.overflow = "ellipsis"
        self.query_one("#status-left", Static).update(left)
        if right is not None:
            self.query_one("#status-right", Static).update(right)
