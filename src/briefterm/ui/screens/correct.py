"""Correction forms: an actor (name, type, merge into another, not an actor) or a
quote (speaker, kind). Key `c` in the Actors or Quotes pane opens one.

The form opens with its first text field focused; `ctrl+s` or `enter` (in a
text field) saves, `escape` cancels. It dismisses with the correction's entry
(only what changed; None when nothing did or it was cancelled). Nothing shown
is read as markup.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import ActiveBinding, Binding, BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.suggester import SuggestFromList
from textual.widgets import Checkbox, Footer, Input, Label, RadioButton, RadioSet, Static

from briefterm.brief.model import ACTOR_TYPES, QUOTE_KINDS, ActorEntry, QuoteEntry, TextAnchor
from briefterm.core.text import clean
from briefterm.core.types import Actor, Quote
from briefterm.ui.widgets.quotes import KIND_TAGS

_CSS = """
CorrectionForm {
    align: center middle;
}
CorrectionForm > #correct-dialog {
    width: 90%;
    max-width: 80;
    height: auto;
    max-height: 100%;
    border: thick $primary;
    background: $surface;
    padding: 0 1;
}
CorrectionForm #correct-title {
    text-style: bold;
}
CorrectionForm Label {
    color: $text-muted;
}
CorrectionForm RadioSet {
    layout: horizontal;
    height: auto;
    width: 100%;
}
CorrectionForm RadioSet > RadioButton {
    width: auto;  /* each its label's width (Textual's 1fr cuts "organization" at 80 columns) */
    margin-right: 1;
}
CorrectionForm #correct-error {
    color: $error;
}
"""


class CorrectionForm(ModalScreen[ActorEntry | QuoteEntry | None]):
    """The common frame: title, fields, error line; save and cancel keys."""

    DEFAULT_CSS = _CSS

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+s", "save", "Save", id="correct.save", priority=True,
                tooltip="Save the correction (enter in a text field too)"),
        Binding("escape", "cancel", "Cancel", id="correct.cancel", tooltip="Close the form, changing nothing"),
    ]

    def __init__(self, title: str) -> None:
        super().__init__()
        self.title_text = title
        self.error: str | None = None

    def fields(self) -> ComposeResult:
        yield from ()

    def compose(self) -> ComposeResult:
        with Vertical(id="correct-dialog"):
            yield Static(Content(self.title_text), id="correct-title")
            yield from self.fields()
            yield Static("", id="correct-error")
            yield Static(Content(self._hint()), id="correct-hint")
        yield Footer()

    def _hint(self) -> str:
        from briefterm.ui.keymap import key_for

        app = self.app
        save, cancel = key_for(app, "correct.save"), key_for(app, "correct.cancel")
        return f"{save} or enter save · {cancel} cancel · tab next field"

    @property
    def active_bindings(self) -> dict[str, ActiveBinding]:
        """The form's own keys only: the reader's and the app's mean typing here."""
        return {key: b for key, b in super().active_bindings.items() if b.node is not self.app}

    def on_mount(self) -> None:
        self.query(Input).first().focus()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.action_save()

    def entry(self) -> ActorEntry | QuoteEntry | None:
        raise NotImplementedError

    def action_save(self) -> None:
        try:
            entry = self.entry()
        except ValueError as e:
            self.show_error(str(e))
            return
        self.dismiss(entry)

    def action_cancel(self) -> None:
        self.dismiss(None)

    def show_error(self, message: str) -> None:
        self.error = message
        self.query_one("#correct-error", Static).update(Content(clean(message)))

    @staticmethod
    def chosen(radios: RadioSet) -> str | None:
        button = radios.pressed_button
        return str(button.name) if button is not None and button.name else None


class ActorCorrection(CorrectionForm):
    """Rename, retype, merge into another actor, or say it is not an actor."""

    def __init__(self, actor: Actor, others: Sequence[Actor]) -> None:
        super().__init__(f"Correct the actor “{clean(actor.name)}”")
        self.actor = actor
        self.others = [a for a in others if a.id != actor.id]

    def fields(self) -> ComposeResult:
        yield Label("Name")
        yield Input(clean(self.actor.name), id="correct-name", select_on_focus=False)
        yield Label("Type")
        with RadioSet(id="correct-type"):
            for kind in ACTOR_TYPES:
                yield RadioButton(kind, value=kind == self.actor.type, name=kind)
        yield Label("Merge into (the same actor as…)")
        names = [clean(a.name) for a in self.others]
        yield Input(placeholder="another actor's name", id="correct-merge",
                    suggester=SuggestFromList(names, case_sensitive=False))
        yield Checkbox("Not an actor", id="correct-not-actor")

    def entry(self) -> ActorEntry | None:
        name = " ".join(self.query_one("#correct-name", Input).value.split())
        kind = self.chosen(self.query_one("#correct-type", RadioSet))
        merge = self.query_one("#correct-merge", Input).value.strip()
        if self.query_one("#correct-not-actor", Checkbox).value:
            return ActorEntry(self.actor.id, not_actor=True)
        if merge:
            from briefterm.brief.apply import find_actor

            target = find_actor(self.others, merge)
            if target is None:
                raise ValueError(f"No actor “{merge}” to merge into: pick one of the names offered.")
            return ActorEntry(self.actor.id, merge_into=target.id)
        if not name:
            raise ValueError("The name is empty: type one, or press escape.")
        new_name = name if name != self.actor.name else None
        new_type = next((t for t in ACTOR_TYPES if t == kind and t != self.actor.type), None)
        if new_name is None and new_type is None:
            return None
        return ActorEntry(self.actor.id, name=new_name, type=new_type)


class QuoteCorrection(CorrectionForm):
    """Who said it (an actor, or a name typed) and what kind of quote it is."""

    def __init__(self, quote: Quote, text: str, actors: Sequence[Actor]) -> None:
        words = " ".join(quote.text.split())
        super().__init__(f"Correct the quote “{clean(words[:60])}{'…' if len(words) > 60 else ''}”")
        self.quote = quote
        self.text = text
        self.actors = list(actors)

    def _speaker_shown(self) -> str:
        speaker = next((a for a in self.actors if a.id == self.quote.speaker), None)
        return clean(speaker.name if speaker else self.quote.speaker_name or "")

    def fields(self) -> ComposeResult:
        yield Label("Speaker (an actor, or any name; empty for nobody)")
        names = [clean(a.name) for a in self.actors]
        yield Input(self._speaker_shown(), id="correct-speaker", select_on_focus=False,
                    suggester=SuggestFromList(names, case_sensitive=False))
        yield Label("Kind")
        with RadioSet(id="correct-kind"):
            for kind in QUOTE_KINDS:  # the Quotes pane's words for them, and the schema's
                yield RadioButton(f"{KIND_TAGS[kind][0]} ({kind})", value=kind == self.quote.kind, name=kind)

    def entry(self) -> QuoteEntry | None:
        speaker = " ".join(self.query_one("#correct-speaker", Input).value.split())
        kind = self.chosen(self.query_one("#correct-kind", RadioSet))
        new_kind = next((k for k in QUOTE_KINDS if k == kind and k != self.quote.kind), None)
        new_speaker = speaker if speaker != self._speaker_shown() else None
        if new_kind is None and new_speaker is None:
            return None
        q = self.quote
        anchor = TextAnchor(self.text[q.start : q.end], self.text[max(0, q.start - 32) : q.start],
                            self.text[q.end : q.end + 32])
        return QuoteEntry(anchor=anchor, kind=new_kind, speaker=new_speaker)
