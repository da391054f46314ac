"""Command palette (ctrl+p): jump to an actor, switch panes, export, and the reader's keys.

Titles can hold document text (actor names), so prompts are built as `Content`
objects and highlighted by hand: Textual's own `Matcher.highlight` would read
them as markup.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from textual.command import DiscoveryHit, Hit, Hits, Matcher, Provider
from textual.content import Content

from briefterm.core.text import clean
from briefterm.core.types import Actor

if TYPE_CHECKING:
    from briefterm.ui.screens.reader import ReaderScreen

PaletteCommand = tuple[str, str, Callable[[], object]]  # title, help (our own words), callback


def reader_commands(reader: ReaderScreen) -> list[PaletteCommand]:
    """Every command the palette offers on the reader."""
    from briefterm.ui.reader.export import export_from_reader
    from briefterm.ui.widgets.pane_tabs import PANES

    commands: list[PaletteCommand] = [
        (f"Show {title}", f"key {key}", _shower(reader, pane)) for key, pane, title in PANES
    ]
    commands += [
        ("Back to the passages", "key 0 or escape", reader.action_passages),
        ("Search the text", "key /", reader.action_search),
        ("First passage", "key g", reader.passage_pane.action_first),
        ("Last passage", "key G", reader.passage_pane.action_last),
        ("Show or hide glosses", "key s", reader.action_toggle_glosses),
        ("Add a note to the selected passage", "key a", reader.action_add_note),
        ("Export the brief as Markdown", "writes <name>.export.md in the current folder",
         lambda: export_from_reader(reader, "markdown")),
        ("Export the brief as JSON", "writes <name>.export.json in the current folder",
         lambda: export_from_reader(reader, "json")),
        ("Help: every key", "key ?", lambda: reader.app.run_action("help")),
    ]
    if reader.analysis is not None:
        for actor in reader.actors_pane.values:
            commands.append((f"Jump to actor: {clean(actor.name)}", "its first mention", _jumper(reader, actor)))
    return commands


def _shower(reader: ReaderScreen, pane: str) -> Callable[[], None]:
    return lambda: reader.action_show_pane(pane)


def _jumper(reader: ReaderScreen, actor: Actor) -> Callable[[], None]:
    return lambda: reader.jump_to_actor(actor)


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
    """The reader's own commands (none on another screen)."""

    def _commands(self) -> list[PaletteCommand]:
        from briefterm.ui.screens.reader import ReaderScreen

        screen = self.screen
        return reader_commands(screen) if isinstance(screen, ReaderScreen) else []

    async def discover(self) -> Hits:
        for title, help_text, callback in self._commands():
            yield DiscoveryHit(Content(title), callback, text=title, help=help_text)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for title, help_text, callback in self._commands():
            score = matcher.match(title)
            if score > 0:
                yield Hit(score, highlighted(matcher, title), callback, text=title, help=help_text)
