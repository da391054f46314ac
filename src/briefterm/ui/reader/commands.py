"""Command palette: the reader's keys (built from its bindings), export, and a jump to each actor.

Titles can hold document text (actor names), so prompts are built as `Content`
objects and highlighted by hand: Textual's own `Matcher.highlight` would read
them as markup.
"""

from __future__ import annotations

from collections.abc import Callable

from textual.app import App
from textual.binding import Binding
from textual.command import DiscoveryHit, Hit, Hits, Matcher, Provider
from textual.content import Content
from textual.dom import DOMNode

from briefterm.core.text import clean
from briefterm.core.types import Actor
from briefterm.ui.keymap import bindings, key_names
from briefterm.ui.screens.reader import ReaderScreen

PaletteCommand = tuple[str, str, Callable[[], object]]  # title, help (our own words), callback


def reader_commands(reader: ReaderScreen) -> list[PaletteCommand]:
    """Every command the palette offers on the reader: its keys (from the bindings), export, actors."""
    from briefterm.ui.app import BriefApp
    from briefterm.ui.reader.export import export_from_reader, next_export_name
    from briefterm.ui.widgets.virtual_list import VirtualList

    app = reader.app
    path = reader.document.path
    on_passages = [b for b in bindings(VirtualList.BINDINGS) if b.id in ("first", "last")]
    everywhere = [b for b in bindings(BriefApp.BINDINGS) if b.id in ("help", "library", "quit")]
    commands = [_command(app, b, reader) for b in bindings(ReaderScreen.BINDINGS)]
    commands += [_command(app, b, reader.passage_pane) for b in on_passages]
    commands += [_command(app, b, app) for b in everywhere]
    commands += [
        ("Export the brief as Markdown", f"writes {next_export_name(path, 'markdown')} in the current folder",
         lambda: export_from_reader(reader, "markdown")),
        ("Export the brief as JSON", f"writes {next_export_name(path, 'json')} in the current folder",
         lambda: export_from_reader(reader, "json")),
    ]
    if reader.analysis is not None:
        for actor in reader.actors_pane.values:
            commands.append((f"Jump to actor: {clean(actor.name)}", "its first mention", _jumper(reader, actor)))
    return commands


def _command(app: App[object], binding: Binding, node: DOMNode) -> PaletteCommand:
    """A binding as a command: its tooltip, its keys (as remapped), its action on `node`."""
    title = binding.tooltip or binding.description
    return (title, f"key {key_names(app, binding)}", lambda: app.run_action(binding.action, node))


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
