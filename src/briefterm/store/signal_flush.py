"""What is unsaved is written when the terminal closes (SIGHUP) or the process is
asked to end (SIGTERM): every live keeper (a note's draft) is flushed first.

Apart from drafts.py on purpose: the reader installs this before its first screen,
and it needs nothing but the signal module.
"""

from __future__ import annotations

import os
import signal
from collections.abc import Callable
from types import FrameType
from typing import Protocol


class Flushable(Protocol):
    def flush(self) -> None: ...


_LIVE: list[Flushable] = []
_ON_TERM: list[Callable[[], None]] = []


def keep_alive(keeper: Flushable) -> None:
    """Flush this keeper on SIGHUP/SIGTERM until `let_go`."""
    _LIVE.append(keeper)


def let_go(keeper: Flushable) -> None:
    if keeper in _LIVE:
        _LIVE.remove(keeper)


def flush_all() -> None:
    for keeper in list(_LIVE):
        keeper.flush()


def install_signal_flush(on_term: Callable[[], None] | None = None) -> None:
    """On SIGHUP (the terminal closed): flush every draft, then end as the signal
    would have. On SIGTERM: flush, then `on_term` (the app quits cleanly, putting
    the terminal back) or, without one, end as the signal would have."""
    _ON_TERM[:] = [on_term] if on_term is not None else []
    for sig in (getattr(signal, "SIGHUP", None), signal.SIGTERM):
        if sig is not None:
            signal.signal(sig, _on_signal)


def _on_signal(signum: int, frame: FrameType | None) -> None:
    flush_all()
    if signum == signal.SIGTERM and _ON_TERM:
        _ON_TERM[0]()
        return
    signal.signal(signum, signal.SIG_DFL)
    os.kill(os.getpid(), signum)
