"""One process at a time per data file: a `filelock` lock on NAME.lock.

filelock works the same on Linux, macOS and Windows; the timeout turns a lock
held by a hung process into a one-line error instead of a hang. It is imported when a
lock is first taken (25 ms): `analyze` reads the notes file without one.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

from briefterm.core.text import printable
from briefterm.store.atomic import StoreError, reason

LOCK_TIMEOUT_S = 10.0


@contextlib.contextmanager
def locked(lock_path: Path, guarded: Path, timeout: float = LOCK_TIMEOUT_S) -> Iterator[None]:
    """Hold the lock on `lock_path` (which guards `guarded`) for the block."""
    from filelock import FileLock, Timeout

    lock = FileLock(lock_path, timeout=timeout, mode=0o600)
    try:
        lock.acquire(poll_interval=0.005)
    except Timeout:
        raise StoreError(f"{printable(guarded)} is locked by another briefterm; try again") from None
    except OSError as e:
        raise StoreError(f"cannot lock {printable(lock_path)}: {reason(e)}") from None
    try:
        yield
    finally:
        lock.release()
