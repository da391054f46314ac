"""Drafts: kept while typed (at most INTERVAL_S behind), flushed on signals, offered back."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from briefterm.store.drafts import INTERVAL_S, Draft, DraftKeeper, discard_draft, draft_path, load_draft


class FakeClock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_typing_is_written_at_once_then_at_most_an_interval_behind(tmp_path: Path) -> None:
    notes, clock = tmp_path / "n.yaml", FakeClock()
    keeper = DraftKeeper(notes, Draft(3, "", "t"), clock)
    keeper.update("why would Russia")
    assert load_draft(notes) is not None and load_draft(notes).body == "why would Russia"  # type: ignore[union-attr]
    clock.now += INTERVAL_S / 2
    keeper.update("why would Russia agree")
    assert load_draft(notes).body == "why would Russia"  # type: ignore[union-attr]
    keeper.flush_due()  # the timer's tick
    draft = load_draft(notes)
    assert draft is not None and (draft.passage, draft.body) == (3, "why would Russia agree")
    assert draft.first_line == "why would Russia agree" and draft.saved.endswith("Z")


def test_a_saved_or_cancelled_note_leaves_no_draft(tmp_path: Path) -> None:
    notes = tmp_path / "n.yaml"
    keeper = DraftKeeper(notes, Draft(1, "", "t", note_id="abc", start=5, end=9))
    keeper.update("text")
    assert load_draft(notes) == Draft(1, "text", keeper.draft.saved, "abc", None, 5, 9)
    keeper.discard()
    assert load_draft(notes) is None and not draft_path(notes).exists()
    discard_draft(notes)  # nothing left: fine


def test_each_notes_file_has_its_own_draft(tmp_path: Path) -> None:
    a, b = tmp_path / "a" / "n.yaml", tmp_path / "b" / "n.yaml"
    DraftKeeper(a, Draft(1, "", "t")).update("for a")
    assert load_draft(b) is None and load_draft(a) is not None


@pytest.mark.parametrize("signame", ["SIGHUP", "SIGTERM"])
def test_a_signal_flushes_the_draft_before_the_process_ends(tmp_path: Path, signame: str) -> None:
    notes = tmp_path / "n.yaml"
    script = textwrap.dedent(f"""
        import os, signal, time
        from pathlib import Path
        from briefterm.store.drafts import Draft, DraftKeeper
        from briefterm.store.signal_flush import install_signal_flush, keep_alive
        install_signal_flush()
        keeper = DraftKeeper(Path({str(notes)!r}), Draft(2, "", "t"))
        keep_alive(keeper)
        keeper.update("first")           # written at once
        keeper.update("first and more")  # within the interval: only in memory
        os.kill(os.getpid(), signal.{signame})
        time.sleep(5)
    """)
    p = subprocess.run([sys.executable, "-c", script], env=os.environ.copy(), timeout=30)
    assert p.returncode == -getattr(signal, signame)
    draft = load_draft(notes)
    assert draft is not None and draft.body == "first and more"
