"""Command palette (ctrl+p): jump to an actor, switch panes, export, and the reader's keys.

Commands come from the reader screen (`ReaderScreen.palette_commands`). Titles can
hold document text (actor names), so prompts are built as `Content` objects and
highlighted by hand: Textual's own `Matcher.highlight` would read them as markup.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Protocol

from textual.command import DiscoveryHit, Hit, Hits, Matcher, Provider
from textual.content import Content

PaletteCommand = tuple[str, str, Callable[[], object]]  # title, help (our own words), callback


class HasPaletteCommands(Protocol):
    def palette_commands(self) -> Iterable[PaletteCommand]: ...


def highlighted(matcher: Matcher, candidate: str) -> Content:
    """`candidate` as literal text with the fuzzy-matched letters styled."""
    content = Content(candidate)
    score, offsets = matcher.fuzzy_search.match(matcher.query, candidate)
    if score:
        for offset in offsets:
            if not candidate[offset].isspace():
                content = content.stylize(matcher.match_style, offset, offset + 1)
    return content


class ReaderCommands(Provider):
    """The reader's own commands."""

    def _commands(self) -> list[PaletteCommand]:
        screen = self.screen
        source = getattr(screen, "palette_commands", None)
        return list(source()) if callable(source) else []

    async def discover(self) -> Hits:
        for title, help_text, callback in self._commands():
            yield DiscoveryHit(Content(title), callback, text=title, help=help_text)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for title, help_text, callback in self._commands():
            score = matcher.match(title)
            if score > 0:
                yield Hit(score, highlighted(matcher, title), callback, text=title, help=help_text)
