"""The CLI pauses the cyclic collector for the reader's start-up (a full collection in
the first frame cost a fifth of the time to it); the reader turns it back on after
its first paint, with what start-up made frozen out of later collections."""

from __future__ import annotations

import gc

from briefterm.ui.app import BriefApp

from .fakes import document, fake_analysis
from .helpers import settled, until


async def test_the_collector_is_back_on_after_the_first_paint() -> None:
    app = BriefApp(document(), None, analyser=fake_analysis)
    gc.disable()  # as cli.main does for the reader
    try:
        async with app.run_test(size=(80, 24)) as pilot:
            await until(pilot, gc.isenabled, "the collector back on")
            assert gc.get_freeze_count() > 0
            await settled(pilot)
    finally:
        gc.unfreeze()
        gc.enable()


async def test_a_reader_started_with_the_collector_on_leaves_it_alone() -> None:
    """Tests and embedders run the app with the collector on: nothing is frozen."""
    app = BriefApp(document(), None, analyser=fake_analysis)
    async with app.run_test(size=(80, 24)) as pilot:
        await settled(pilot)
        assert gc.isenabled() and gc.get_freeze_count() == 0
