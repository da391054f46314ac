"""Keys from the terminal when standard input is the document, as `less` does.

`cat FILE | briefterm` reads the pipe to its end, then points file descriptor 0
at the controlling terminal (`/dev/tty`) before Textual starts: Textual's Linux
driver reads its keys from `sys.__stdin__.fileno()`, which is 0.
"""

from __future__ import annotations

import os
import stat

from briefterm.core.types import DocumentError

TTY = "/dev/tty"


def stdin_is_piped() -> bool:
    """Standard input is a pipe or a socket (`cat FILE | briefterm`), not a terminal or a file."""
    try:
        mode = os.fstat(0).st_mode
    except OSError:
        return False
    return stat.S_ISFIFO(mode) or stat.S_ISSOCK(mode)


def open_terminal() -> int:
    """A descriptor on the controlling terminal, or DocumentError (a one-line error) when there is none."""
    try:
        fd = os.open(TTY, os.O_RDWR | getattr(os, "O_NOCTTY", 0))
    except OSError:
        raise DocumentError("no terminal to take keys from (standard input is not one and /dev/tty "
                            "cannot be opened); for pipes use 'briefterm analyze -' or 'briefterm export -'") from None
    if not os.isatty(fd):
        os.close(fd)
        raise DocumentError(f"{TTY} is not a terminal: the reader cannot take keys")
    return fd


def take_keys_from(fd: int) -> None:
    """From now on, standard input is the terminal `fd`."""
    os.dup2(fd, 0)
    os.close(fd)
