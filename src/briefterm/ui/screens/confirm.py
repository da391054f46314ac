"""A small yes/no question: `y` answers yes, `n` or `escape` no.

Dismisses with True or False. The question is shown as plain text (never markup).
"""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Button, Static

from briefterm.ui.keymap import key_for


class ConfirmScreen(ModalScreen[bool]):
    """Ask `question`; dismiss(True) on yes, dismiss(False) on no."""

    DEFAULT_CSS = """
    ConfirmScreen {
        align: center middle;
    }
    ConfirmScreen > #confirm-dialog {
        width: auto;
        min-width: 40;
        max-width: 70;
        height: auto;
        border: thick $warning;
        background: $surface;
        padding: 1 2;
    }
    ConfirmScreen #confirm-question {
        width: auto;
        max-width: 64;
        margin-bottom: 1;
    }
    ConfirmScreen #confirm-buttons {
        width: auto;
        height: auto;
    }
    ConfirmScreen Button {
        margin-right: 2;
    }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("y", "answer(True)", "Yes", id="confirm.yes", tooltip="Yes (do it)"),
        Binding("n,escape", "answer(False)", "No", id="confirm.no", tooltip="No (leave things as they are)"),
    ]

    def __init__(self, question: str, *, yes: str = "Yes", no: str = "No") -> None:
        super().__init__()
        self.question = question
        self.yes_label = yes
        self.no_label = no

    def compose(self) -> ComposeResult:
        with Vertical(id="confirm-dialog"):
            yield Static(Content(self.question), id="confirm-question")
            with Horizontal(id="confirm-buttons"):
                yes, no = key_for(self.app, "confirm.yes"), key_for(self.app, "confirm.no")
                yield Button(Content(f"{self.yes_label} ({yes})"), id="confirm-yes", variant="warning")
                yield Button(Content(f"{self.no_label} ({no})"), id="confirm-no", variant="primary")

    def on_mount(self) -> None:
        # The safe answer has the focus: enter alone never confirms.
        self.query_one("#confirm-no", Button).focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.dismiss(event.button.id == "confirm-yes")

    def action_answer(self, yes: bool) -> None:
        self.dismiss(yes)
