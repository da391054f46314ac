"""Work shared with a forked child: its results are the ones the caller would have computed, they
come in order as they are done, a failed child costs only time, and the engine's result does
not depend on whether it forked."""

from __future__ import annotations

import os
import signal
import threading
import time
from pathlib import Path

import pytest

from briefterm.engine import analyse as analyse_module
from briefterm.engine import beside as beside_module
from briefterm.engine.analyse import analyse
from briefterm.engine.beside import Shared
from briefterm.engine.passage_index import PassageIndex
from briefterm.engine.questions import find_questions
from briefterm.sources.document import load

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"

needs_fork = pytest.mark.skipif(
    not beside_module._can_fork(), reason="forks only on Linux, single-threaded, with two cores")


def _slow_square(k: int) -> tuple[int, int]:
    time.sleep(0.01)
    return k * k, os.getpid()


@needs_fork
def test_shared_work_is_done_by_both_and_comes_back_in_order() -> None:
    with Shared(_slow_square, 30, True) as shared:
        results = list(shared.in_order())
    assert [value for value, _ in results] == [k * k for k in range(30)]
    pids = {pid for _, pid in results}
    assert os.getpid() in pids and len(pids) == 2  # the caller took some from the back, the child the rest


def test_shared_work_without_a_process_is_all_done_here() -> None:
    with Shared(_slow_square, 5, False) as shared:
        results = list(shared.in_order())
    assert results == [(k * k, os.getpid()) for k in range(5)]


@needs_fork
def test_what_a_failed_child_took_is_done_by_the_caller() -> None:
    parent = os.getpid()

    def fails_in_a_child(k: int) -> int:
        if os.getpid() != parent:
            time.sleep(0.05)  # claims one piece, then fails
            raise RuntimeError("the child fails")
        return -k

    with Shared(fails_in_a_child, 12, True) as shared:
        assert list(shared.in_order()) == [-k for k in range(12)]


@needs_fork
def test_a_child_killed_after_sending_some_results_leaves_the_rest_to_the_caller() -> None:
    parent = os.getpid()

    def killed_at_the_third(k: int) -> int:
        if os.getpid() != parent and k == 2:
            os.kill(os.getpid(), signal.SIGKILL)  # two results sent, the third never comes
        return k * 10

    with Shared(killed_at_the_third, 20, True) as shared:
        assert list(shared.in_order()) == [k * 10 for k in range(20)]


def test_no_fork_while_another_thread_runs() -> None:
    stop = threading.Event()
    thread = threading.Thread(target=stop.wait)
    thread.start()
    try:
        assert not beside_module._can_fork()
        with Shared(_slow_square, 3, True) as shared:
            assert {pid for _, pid in list(shared.in_order())} == {os.getpid()}
    finally:
        stop.set()
        thread.join()


@needs_fork
def test_results_come_in_order_while_the_child_is_still_at_work() -> None:
    """The first results are given as the child sends them, before the last are done."""
    parent = os.getpid()

    def slow_after_the_first(k: int) -> tuple[int, int]:
        if k and os.getpid() != parent:
            time.sleep(0.2)
        return k, os.getpid()

    with Shared(slow_after_the_first, 4, True) as shared:
        time.sleep(0.1)  # the child has sent the first and is at work on the second
        first = next(shared.in_order())
        assert first[0] == 0 and first[1] != parent
        assert shared._claims[0] == 2  # the child has taken only the second since


@needs_fork
def test_a_child_whose_results_are_no_longer_wanted_is_stopped() -> None:
    shared = Shared(lambda k: threading.Event().wait(60), 2, True)
    pid = shared._pid
    assert pid
    shared.close()
    with pytest.raises(ChildProcessError):
        os.waitpid(pid, os.WNOHANG)  # already reaped: no such child


@needs_fork
def test_the_analysis_is_the_same_forked_or_not(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    articles = [p.read_text(encoding="utf-8") for p in sorted(FIXTURES.glob("*/docs/*.txt"))]
    assert articles
    parts, size, k = [], 0, 0
    while size < 300_000:  # over the size worth a process
        part = articles[k % len(articles)]
        parts.append(part)
        size += len(part)
        k += 1
    path = tmp_path / "long.txt"
    path.write_text("\n\n".join(parts), encoding="utf-8")
    document = load(str(path))
    forks = 0
    fork = os.fork

    def counted_fork() -> int:
        nonlocal forks
        forks += 1
        return fork()

    monkeypatch.setattr(os, "fork", counted_fork)
    monkeypatch.setattr(analyse_module, "_CHUNK_CHARS", 20_000)  # many pieces, both at work
    forked = analyse(document).to_dict()
    assert forks == 1  # a child that shares the quotations' reading
    monkeypatch.setattr(beside_module, "_can_fork", lambda: False)
    in_turn = analyse(document).to_dict()
    assert forks == 1
    assert forked == in_turn
    assert forked["quotes"] and forked["actors"] and forked["questions"]
    # the questions found piece by piece beside the actors are those of the whole text's quotations
    whole = analyse(document)
    assert whole.questions == find_questions(document.text, PassageIndex(whole.passages), whole.actors, whole.quotes)
