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


def actors_pane(*, id: str = "actors") -> SideList[Actor]:  # noqa: A002 - Textual's name for it
    """People, countries, places, organisations and groups, most mentioned first; the cursor selects one."""
    return SideList(actor_item, by_prominence, empty_text="No actors found.", id=id)
