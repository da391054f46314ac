"""Snapshots of the reader (pytest-textual-snapshot): the main screen at both sizes, and help.

The document and its analysis are fixed (tests/ui/fakes.py) and every snapshot
waits for the analysis to land, so the pictures change only when the UI does.
Update after an intended change with `pytest tests/ui/test_snapshots.py --snapshot-update`
and look at the SVGs before committing them.
"""

from __future__ import annotations

from typing import Any

import pytest
from textual.pilot import Pilot

from briefterm.ui.app import BriefApp

from .fakes import document, fake_analysis
from .helpers import settled


def make_app() -> BriefApp:
    return BriefApp(document(), None, analyser=fake_analysis)


def after(*keys: str) -> Any:
    async def run_before(pilot: Pilot[Any]) -> None:
        await settled(pilot)
        if keys:
            await pilot.press(*keys)
        await settled(pilot)

    return run_before


def test_main_screen_wide(snap_compare: Any) -> None:
    assert snap_compare(make_app(), terminal_size=(120, 40), run_before=after("j", "j", "j"))


def test_main_screen_narrow(snap_compare: Any) -> None:
    assert snap_compare(make_app(), terminal_size=(80, 24), run_before=after("j", "j", "j"))


def test_actors_behind_1_when_narrow(snap_compare: Any) -> None:
    assert snap_compare(make_app(), terminal_size=(80, 24), run_before=after("j", "j", "j", "1"))


def test_search_and_actor_highlights(snap_compare: Any) -> None:
    keys = ("1", "j", "0", "slash", *"water", "enter")
    assert snap_compare(make_app(), terminal_size=(120, 40), run_before=after(*keys))


@pytest.fixture
def fixed_config_dir(monkeypatch: pytest.MonkeyPatch) -> None:
    """Help names keymap.yaml's path: the same one in every run."""
    monkeypatch.setenv("BRIEFTERM_CONFIG_DIR", "/home/reader/.config/briefterm")


@pytest.mark.usefixtures("fixed_config_dir")
def test_help_screen(snap_compare: Any) -> None:
    assert snap_compare(make_app(), terminal_size=(120, 40), run_before=after("question_mark"))


@pytest.mark.usefixtures("fixed_config_dir")
def test_help_screen_narrow(snap_compare: Any) -> None:
    assert snap_compare(make_app(), terminal_size=(80, 24), run_before=after("question_mark"))
