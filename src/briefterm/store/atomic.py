"""Atomic file writes: the one way briefterm replaces a file (notes, exports, snapshots).

Temp file in the same folder, fsync, `os.replace`, fsync of the folder: a reader
of the file sees the old content or the new, never a half-written one.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import tempfile
from pathlib import Path

from briefterm.core.text import printable


class StoreError(Exception):
    """Notes could not be read or saved; the message is one line for the user."""


def atomic_write(
    path: Path, data: bytes, *, what: str = "file", mode: int | None = None, replace: bool = True
) -> None:
    """Write `data` to `path` atomically: temp file in the same folder, fsync,
    os.replace, fsync of the folder. Raises StoreError with a one-line message.

    The temp file is private (0600), right for notes; with `mode` the result gets
    the mode of the file it replaces, or `mode` for a new file (exports). With
    `replace=False` an existing `path` is never touched: FileExistsError instead."""
    path = Path(path)
    folder = path.parent
    shown = printable(path)
    if path.is_dir():
        raise StoreError(f"cannot write {what} to {shown}: it is a directory")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    except OSError as e:
        raise StoreError(f"cannot write {what} to {shown}: {reason(e)}") from None
    try:
        if mode is not None:
            try:
                os.fchmod(fd, stat.S_IMODE(os.stat(path).st_mode))
            except FileNotFoundError:
                os.fchmod(fd, mode)
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        if replace:
            os.replace(tmp, path)
        else:
            os.link(tmp, path)  # fails if `path` exists: no clobbering
            os.unlink(tmp)
    except FileExistsError:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    except OSError as e:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise StoreError(f"cannot write {what} to {shown}: {reason(e)}") from None
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    _fsync_folder(folder)


def _fsync_folder(folder: Path) -> None:
    """Make the rename itself durable; some systems cannot open a folder: that is fine."""
    try:
        fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def reason(e: OSError) -> str:
    if e.errno == errno.ENOSPC:
        return "no space left on the device"
    if e.errno == errno.EDQUOT:
        return "disk quota exceeded"
    if isinstance(e, PermissionError):
        return "permission denied"
    if isinstance(e, NotADirectoryError):
        return "a part of the path is not a directory"
    if isinstance(e, IsADirectoryError):
        return "it is a directory"
    if e.errno == errno.EROFS:
        return "read-only file system"
    return printable(e.strerror or str(e))
