"""The offer of a draft left from last time: `enter` continues it, `d` discards it.

"Draft from 14:02: 'why would Russia…' — enter to continue, d to discard".
`escape` leaves the draft where it is (offered again next time). Dismisses with
"continue", "discard" or None. Shown as plain text, never markup.
"""

from __future__ import annotations

from datetime import datetime
from typing import ClassVar, Literal

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Static

from briefterm.core.text import clean
from briefterm.store.drafts import Draft

Answer = Literal["continue", "discard"]
_SHOWN_CHARS = 40


def offer_text(draft: Draft, keys: tuple[str, str, str] = ("enter", "d", "escape")) -> str:
    first = clean(draft.first_line)
    if len(first) > _SHOWN_CHARS:
        first = first[: _SHOWN_CHARS - 1] + "…"
    return (f"Draft from {_local_time(draft.saved)}, on ¶ {draft.passage}: '{first}' — {keys[0]} to continue, "
            f"{keys[1]} to discard, {keys[2]} to keep it for later")


def _local_time(stamp: str) -> str:
    try:
        when = datetime.fromisoformat(stamp.replace("Z", "+00:00")).astimezone()
    except ValueError:
        return stamp
    today = datetime.now().astimezone().date()
    return when.strftime("%H:%M") if when.date() == today else when.strftime("%Y-%m-%d %H:%M")


class DraftOffer(ModalScreen[Answer | None]):
    """Offer a draft back."""

    DEFAULT_CSS = """
    DraftOffer {
        align: center middle;
    }
    DraftOffer > #draft-dialog {
        width: 90%;
        max-width: 80;
        height: auto;
        border: thick $primary;
        background: $surface;
        padding: 1 2;
    }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "answer('continue')", "Continue", id="draft.continue",
                tooltip="Open the draft in the note editor"),
        Binding("d", "answer('discard')", "Discard", id="draft.discard", tooltip="Throw the draft away"),
        Binding("escape", "later", "Later", id="draft.later", tooltip="Keep the draft for next time"),
    ]

    def __init__(self, draft: Draft) -> None:
        super().__init__()
        self.draft = draft

    def compose(self) -> ComposeResult:
        with Vertical(id="draft-dialog"):
            from briefterm.ui.keymap import key_for

            keys = (key_for(self.app, "draft.continue"), key_for(self.app, "draft.discard"),
                    key_for(self.app, "draft.later"))
            yield Static(Content(offer_text(self.draft, keys)), id="draft-text")

    def action_answer(self, answer: Answer) -> None:
        self.dismiss(answer)

    def action_later(self) -> None:
        self.dismiss(None)
