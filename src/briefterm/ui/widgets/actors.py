"""Actors pane: name, type, mention count and description of each actor."""

from __future__ import annotations

from collections.abc import Sequence

from rich.text import Text

from briefterm.core.text import clean
from briefterm.core.types import Actor
from briefterm.ui.widgets.side_list import SideItem, SideList


def actor_text(actor: Actor) -> Text:
    count = len(actor.mentions)
    text = Text.assemble(
        (clean(actor.name), "bold"),
        (f"  {actor.type} · {count} mention{'' if count == 1 else 's'}", "dim"),
    )
    if actor.description:
        text.append("\n")
        text.append(clean(actor.description), "italic")
    return text


def actor_item(actor: Actor) -> SideItem:
    return SideItem(
        lambda: actor_text(actor),
        frozenset(m.passage for m in actor.mentions),
        length=len(actor.name) + 30 + len(actor.description or ""),
        lines=2 if actor.description else 1,
    )


def by_prominence(actors: Sequence[Actor]) -> list[Actor]:
    """Most mentioned first; ties in order of first appearance."""
    def key(a: Actor) -> tuple[int, int]:
        first = min((m.start for m in a.mentions), default=1 << 62)
        return (-len(a.mentions), first)

    return sorted(actors, key=key)


class ActorsPane(SideList):
    """People, countries, places, organisations and groups; the cursor selects one."""

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:  # noqa: A002
        super().__init__("analysing…", id=id, classes=classes)
        self._actors: list[Actor] = []

    def show_actors(self, actors: Sequence[Actor]) -> None:
        self._actors = by_prominence(actors)
        self.set_items((actor_item(a) for a in self._actors), empty_text="No actors found.")

    def actor_at(self, index: int) -> Actor | None:
        return self._actors[index] if 0 <= index < len(self._actors) else None

    @property
    def selected_actor(self) -> Actor | None:
        return self.actor_at(self.cursor)

    def index_of(self, actor_id: str) -> int | None:
        return next((i for i, a in enumerate(self._actors) if a.id == actor_id), None)
