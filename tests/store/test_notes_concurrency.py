"""Several processes writing one notes file: nothing lost, nothing twice, and a
writer killed with SIGKILL loses nothing it reported saved."""

from __future__ import annotations

import multiprocessing
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from briefterm.engine.passages import split_passages
from briefterm.notes.note import make_note
from briefterm.store.notes_store import NotesStore

TEXT = "\n\n".join(f"Paragraph {i} of the shared document." for i in range(1, 9))


def _writer(path: str, worker: int, count: int, start: object, out: object) -> None:
    """Add `count` notes as fast as possible once every worker is ready."""
    passages = split_passages(TEXT)
    store = NotesStore(Path(path))
    ids = []
    start.wait()  # type: ignore[attr-defined]
    for i in range(count):
        note = make_note(TEXT, passages, 1 + (i % len(passages)), f"worker {worker} note {i}")
        store.add(note)
        ids.append(note.id)
    out.put(ids)  # type: ignore[attr-defined]


def test_four_processes_adding_twenty_notes_each_keep_all_eighty(tmp_path: Path) -> None:
    path = tmp_path / "shared.yaml"
    ctx = multiprocessing.get_context("fork")
    start, out = ctx.Event(), ctx.Queue()
    workers = [ctx.Process(target=_writer, args=(str(path), w, 20, start, out)) for w in range(4)]
    for p in workers:
        p.start()
    start.set()
    reported = [note_id for _ in workers for note_id in out.get(timeout=60)]
    for p in workers:
        p.join(timeout=60)
        assert p.exitcode == 0
    stored = NotesStore(path).load()
    ids = [n.id for n in stored]
    assert len(reported) == 80
    assert len(ids) == 80 and len(set(ids)) == 80
    assert set(ids) == set(reported)
    assert sorted(n.body for n in stored) == sorted(f"worker {w} note {i}" for w in range(4) for i in range(20))


_BURST = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from briefterm.notes.note import make_note
    from briefterm.engine.passages import split_passages
    from briefterm.store.notes_store import NotesStore

    text = sys.argv[2]
    passages = split_passages(text)
    store = NotesStore(Path(sys.argv[1]))
    i = 0
    while True:
        note = make_note(text, passages, 1, f"burst {i}")
        store.add(note)
        sys.stdout.write(note.id + "\\n")  # reported saved only after add returned
        sys.stdout.flush()
        i += 1
    """
)


@pytest.mark.slow
@pytest.mark.parametrize("kill_after", [5, 23, 41])
def test_a_writer_killed_mid_burst_loses_nothing_it_reported_saved(tmp_path: Path, kill_after: int) -> None:
    path = tmp_path / "burst.yaml"
    writer = subprocess.Popen(
        [sys.executable, "-c", _BURST, str(path), TEXT],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    assert writer.stdout is not None
    reported: list[str] = []
    try:
        while len(reported) < kill_after:
            line = writer.stdout.readline()
            assert line, "the writer stopped on its own"
            reported.append(line.strip())
        time.sleep(0.003 * kill_after % 0.02)  # land the kill at varied points of a write
        writer.send_signal(signal.SIGKILL)
        reported += [line.strip() for line in writer.stdout.read().splitlines() if line.strip()]
    finally:
        writer.kill()
        writer.wait()
    store = NotesStore(path)
    stored = {n.id for n in store.load()}
    assert store.take_warnings() == []  # the file is whole, never half-written
    assert set(reported) <= stored
    # The lock died with the writer: the next writer is not blocked.
    store.add(make_note(TEXT, split_passages(TEXT), 2, "after the kill"))
    assert len(store.load()) == len(stored) + 1
