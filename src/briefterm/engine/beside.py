"""Work shared with a second core: a forked child and the caller share a list of pieces of work
(`Shared`), the child sending each result back pickled as soon as it is done. The engine reads
a large document's quotations this way while it finds the actors, and hears the voices of the
first pieces while the child still reads the last.

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
import select
import signal
import sys
import threading
from collections.abc import Callable, Iterator
from typing import Generic, TypeVar

T = TypeVar("T")

_LENGTH_BYTES = 8  # each result goes as its pickle's length, then the pickle
_PIPE_BYTES = 1 << 20  # asked for (Linux's default limit): a child's results seldom wait for room
_F_SETPIPE_SZ = 1031  # fcntl's name for it, which its module gives only on Linux


class Shared(Generic[T]):
    """`work(k)` for each k < `count`, shared with a forked child where that is safe and
    `worth_a_process`. The child takes them from the first on, sending each result as soon as
    it is done, while the caller goes on with its own work; then the caller takes the results in
    the order of k (`in_order`), each as soon as it has come, and while the next has not, does
    work(k) itself from the last back, until the two meet. Whoever is free works, so neither
    waits long however the work is spread. Each k is done at least once (twice at most, at the
    meeting point, with the same result); what a failed child did not send is done here."""

    def __init__(self, work: Callable[[int], T], count: int, worth_a_process: bool) -> None:
        self._work, self._count = work, count
        # [the next k from the front, the last k taken from the back], in memory the child shares:
        # each of the two writes one of them, so no lock is needed
        self._claims = memoryview(mmap.mmap(-1, 8)).cast("i")
        self._claims[1] = count
        self._pid, self._pipe = 0, -1
        if worth_a_process and count > 1 and _can_fork():
            self._pid, self._pipe = _forked(work, self._claims)
        self._received = bytearray()
        self._poll = select.poll()  # (not select.select, which fails on a descriptor over 1023)
        if self._pid:
            self._poll.register(self._pipe, select.POLLIN)

    def in_order(self) -> Iterator[T]:
        """work(k) for each k in turn, each given as soon as it is done (by the child or here)."""
        done: dict[int, T] = {}
        for k in range(self._count):
            while k not in done:
                self._step(k, done)
            yield done.pop(k)

    def _step(self, k: int, done: dict[int, T]) -> None:
        """One move towards result k: take the results the child has sent, or do one nobody has
        taken from the back, or (all taken) wait for the child; with no child, do k here."""
        if not self._pid:
            done[k] = self._work(k)
        elif not self._receive(k, done, wait=False):
            claims = self._claims
            back = claims[1] - 1
            if back >= max(k, claims[0]):
                claims[1] = back
                done[back] = self._work(back)
            elif not self._receive(k, done, wait=True):
                self.close()  # the child has ended: what it did not send is done here

    def _receive(self, k: int, done: dict[int, T], wait: bool) -> bool:
        """Take the whole results that have come (waiting for one if `wait`); False when none
        has and, if waiting, the child has closed its end."""
        took = False
        while True:
            if not self._poll.poll(None if wait and not took else 0):
                return took
            data = os.read(self._pipe, _PIPE_BYTES)
            if not data:
                return took  # the child has closed its end: it sends no more
            self._received += data
            while len(self._received) >= _LENGTH_BYTES:
                size = int.from_bytes(self._received[:_LENGTH_BYTES], "little")
                if len(self._received) < _LENGTH_BYTES + size:
                    break
                j, result = pickle.loads(self._received[_LENGTH_BYTES : _LENGTH_BYTES + size])
                del self._received[: _LENGTH_BYTES + size]
                if j >= k:  # (the one both did at the meeting point is already given)
                    done.setdefault(j, result)
                took = True

    def close(self) -> None:
        """Stop the child (its results are in or no longer wanted) and reap it."""
        if self._pid:
            os.kill(self._pid, signal.SIGKILL)
            os.waitpid(self._pid, 0)
            os.close(self._pipe)
            self._pid, self._pipe = 0, -1

    def __enter__(self) -> Shared[T]:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()


def _forked(work: Callable[[int], T], claims: memoryview) -> tuple[int, int]:
    """A child that does work(k) from the front and sends each result on a pipe: its pid and the
    pipe's read end; (0, -1) where none could be made (out of descriptors, processes or memory)."""
    try:
        read_end, write_end = os.pipe()
    except OSError:
        return 0, -1
    try:
        pid = os.fork()
    except OSError:
        os.close(read_end)
        os.close(write_end)
        return 0, -1
    if pid == 0:  # the child: never returns
        code = 1
        try:
            os.close(read_end)
            _send_from_front(work, claims, write_end)
            code = 0
        finally:
            os._exit(code)  # no atexit handlers, no flushing of the parent's buffers
    os.close(write_end)
    return pid, read_end


def _send_from_front(work: Callable[[int], T], claims: memoryview, pipe: int) -> None:
    """work(k) for each k the caller has not taken, from the front, each result sent when done.
    The pipe is written without waiting while the caller is busy elsewhere (what does not fit
    yet is kept and sent after the next piece), then waited on at the end."""
    try:
        import fcntl

        fcntl.fcntl(pipe, _F_SETPIPE_SZ, _PIPE_BYTES)
    except (ImportError, OSError):
        pass  # the pipe's usual size: results wait a little longer for room
    os.set_blocking(pipe, False)
    unsent = bytearray()
    while (k := claims[0]) < claims[1]:
        claims[0] = k + 1
        data = pickle.dumps((k, work(k)), protocol=pickle.HIGHEST_PROTOCOL)
        unsent += len(data).to_bytes(_LENGTH_BYTES, "little") + data
        try:
            del unsent[: os.write(pipe, unsent)]
        except BlockingIOError:
            pass  # the pipe is full: the caller has not read it yet
    os.set_blocking(pipe, True)
    while unsent:
        del unsent[: os.write(pipe, unsent)]


def _can_fork() -> bool:
    if not sys.platform.startswith("linux") or threading.active_count() > 1:
        return False
    return len(os.sched_getaffinity(0)) > 1
