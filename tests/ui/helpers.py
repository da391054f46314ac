"""Reading what a running app shows, for Pilot tests."""

from __future__ import annotations

from textual.app import App
from textual.pilot import Pilot

from briefterm.ui.app import BriefApp
from briefterm.ui.screens.reader import ReaderScreen


def screen_text(app: App[object]) -> str:
    """The whole screen as plain text, one line per row."""
    return "\n".join(strip.text for strip in app.screen._compositor.render_strips())


def reader(app: BriefApp) -> ReaderScreen:
    return app.reader


async def settled(pilot: Pilot[object]) -> None:
    """Wait until the analysis has landed and the screen has caught up."""
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()
    await pilot.pause()


def status(app: BriefApp) -> str:
    """The status line's text: left part, then " | ", then the right part."""
    from briefterm.ui.widgets.status import StatusLine

    return app.reader.query_one(StatusLine).plain
