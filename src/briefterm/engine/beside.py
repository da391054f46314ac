"""Work done beside the caller's, on a second core: a forked child runs it while the caller goes
on with its own, and sends the result back pickled (`beside`), or a child and the caller share
a list of pieces of work (`Shared`). The engine reads a large document's quotations this way
while it finds the actors.

A fork is used only where it is safe and pays: on Linux (fork without exec is unsafe with some
of macOS's system libraries), in a process with no other thread (a fork copies only the calling
thread, and a lock another thread held stays locked in the child), with a second core, and for
work large enough to be worth a process. Anywhere else, and whenever the child fails, the work
is done in the caller's process: the result is the same either way.
"""

from __future__ import annotations

import mmap
import os
import pickle
import signal
import sys
import threading
from collections.abc import Callable
from functools import partial
from typing import Generic, TypeVar

T = TypeVar("T")


class Pending(Generic[T]):
    """A result being computed beside the caller; `result()` waits for it."""

    def __init__(self, work: Callable[[], T], pid: int = 0, pipe: int = -1) -> None:
        """`work` runs in child `pid`, whose result comes on `pipe`; with no child, here."""
        self._work = work
        self._pid = pid
        self._pipe = pipe

    def result(self) -> T:
        if not self._pid:
            return self._work()
        with open(self._pipe, "rb") as pipe:
            data = pipe.read()
        try:
            # before reaping the child: its exit (freeing its memory) goes on meanwhile
            result: T = pickle.loads(data)
        except Exception:  # nothing sent, or cut short: the child failed
            data = b""
        _, status = os.waitpid(self._pid, 0)
        self._pid = 0
        if status != 0 or not data:
            return self._work()  # the child failed: do the work here instead
        return result

    def close(self) -> None:
        """Stop the child if its result was never asked for (the caller failed first)."""
        if self._pid:
            os.kill(self._pid, signal.SIGKILL)
            os.waitpid(self._pid, 0)
            os.close(self._pipe)
            self._pid = 0

    def __enter__(self) -> Pending[T]:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()


def beside(work: Callable[[], T], worth_a_process: bool) -> Pending[T]:
    """Start `work` in a forked child where that is safe and `worth_a_process`; else it runs
    in this process when its result is asked for."""
    if not (worth_a_process and _can_fork()):
        return Pending(work)
    try:
        read_end, write_end = os.pipe()
    except OSError:
        return Pending(work)  # out of file descriptors: the work runs here
    try:
        pid = os.fork()
    except OSError:
        os.close(read_end)
        os.close(write_end)
        return Pending(work)  # out of processes or memory: the work runs here
    if pid == 0:  # the child: never returns
        code = 1
        try:
            os.close(read_end)
            data = pickle.dumps(work(), protocol=pickle.HIGHEST_PROTOCOL)
            with open(write_end, "wb") as pipe:
                pipe.write(data)
            code = 0
        finally:
            os._exit(code)  # no atexit handlers, no flushing of the parent's buffers
    os.close(write_end)
    return Pending(work, pid, read_end)


class Shared(Generic[T]):
    """`work(k)` for each k < `count`, shared with a forked child (where `beside` would fork): the
    child takes them from the first on while the caller does its own work, then the caller takes
    them from the last back, until the two meet. Whoever is free works, so neither waits long
    for the other however the work is spread; each k is done at least once (twice at most, at
    the meeting point, with the same result), and `results()` is in the order of k."""

    def __init__(self, work: Callable[[int], T], count: int, worth_a_process: bool) -> None:
        self._work, self._count = work, count
        # [the next k from the front, the last k taken from the back], in memory the child shares:
        # each of the two writes one of them, so no lock is needed
        self._claims = memoryview(mmap.mmap(-1, 8)).cast("i")
        self._claims[1] = count
        self._child = beside(partial(_from_front, work, self._claims), worth_a_process and count > 1)

    def results(self) -> list[T]:
        done: dict[int, T] = {}
        claims = self._claims
        while (k := claims[1] - 1) >= claims[0]:
            claims[1] = k
            done[k] = self._work(k)
        done.update(self._child.result())  # without a child, what is left is taken here
        # what a failed child claimed and never sent back is done here too
        return [done[k] if k in done else self._work(k) for k in range(self._count)]

    def __enter__(self) -> Shared[T]:
        return self

    def __exit__(self, *_: object) -> None:
        self._child.close()


def _from_front(work: Callable[[int], T], claims: memoryview) -> dict[int, T]:
    done: dict[int, T] = {}
    while (k := claims[0]) < claims[1]:
        claims[0] = k + 1
        done[k] = work(k)
    return done


def _can_fork() -> bool:
    if not sys.platform.startswith("linux") or threading.active_count() > 1:
        return False
    return len(os.sched_getaffinity(0)) > 1
