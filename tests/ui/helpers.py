"""Reading what a running app shows, for Pilot tests."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from textual.app import App
from textual.pilot import Pilot
from textual.strip import Strip

from briefterm.ui.app import BriefApp
from briefterm.ui.screens.reader import ReaderScreen


def screen_strips(app: App[object]) -> list[Strip]:
    """The composed screen, row by row, with every segment's style and meta.

    The one place tests reach into Textual: it has no public API for the composed
    screen (export_screenshot gives an SVG, without the segments' meta).
    """
    return list(app.screen._compositor.render_strips())


def screen_text(app: App[object]) -> str:
    """The whole screen as plain text, one line per row."""
    return "\n".join(strip.text for strip in screen_strips(app))


def reader(app: BriefApp) -> ReaderScreen:
    return app.reader


async def settled(pilot: Pilot[object], timeout: float = 20.0) -> None:
    """Wait until the analysis has landed (or failed) and the screen has caught up."""
    import time

    app = pilot.app
    assert isinstance(app, BriefApp)
    deadline = time.monotonic() + timeout
    # The worker starts after the first paint: wait for it to exist, then to finish.
    while app.reader.analysis is None and "analysis failed" not in status(app):
        if time.monotonic() > deadline:
            raise AssertionError("the analysis never landed")
        await app.workers.wait_for_complete()
        await pilot.pause(0.02)
    await pilot.pause()
    await pilot.pause()


def status(app: BriefApp) -> str:
    """The status line's text: left part, then " | ", then the right part."""
    from briefterm.ui.widgets.status import StatusLine

    return app.reader.query_one(StatusLine).plain


async def until_shown(pilot: Pilot[object], text: str, timeout: float = 10.0) -> None:
    """Wait until `text` is on screen (the command palette searches in the background)."""
    import time

    deadline = time.monotonic() + timeout
    while text not in screen_text(pilot.app):
        if time.monotonic() > deadline:
            raise AssertionError(f"{text!r} never appeared on screen")
        await pilot.pause(0.05)


def burst(app: App[object], *keys: str) -> None:
    """Send keys the way a script or a slow link does: all at once, no pause between them.

    (Pilot.press waits for the app to go idle after each key, which hides races.)
    """
    from textual import events

    # The driver, as a terminal would: no public API queues keys without waiting in between
    # (App.post_message handles each at once, which is not what a burst from a terminal does).
    driver = app._driver
    assert driver is not None
    for key in keys:
        if key == " ":  # a space typed, as a terminal sends it: the key "space", the character " "
            key = "space"
        char = {"slash": "/", "space": " "}.get(key, key if len(key) == 1 else None)
        event = events.Key(key, char)
        event.set_sender(app)
        driver.send_message(event)


async def until(pilot: Pilot[object], condition: Callable[[], bool], what: str = "the condition",
                timeout: float = 10.0) -> None:
    """Wait until `condition()` holds (checked as the app goes idle); never a fixed sleep."""
    import time

    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"{what} never came true")
        await pilot.pause(0.02)


def recorded_notifications(app: App[object]) -> list[str]:
    """From now on, every notification's message is appended to the returned list."""
    said: list[str] = []
    notify = app.notify

    def recording(message: str, **kwargs: Any) -> None:
        said.append(message)
        notify(message, **kwargs)

    app.notify = recording  # type: ignore[method-assign]
    return said
