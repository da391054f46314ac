"""`cat FILE | briefterm` and `briefterm -`: the document from the pipe, keys from the terminal.

Run in a real pseudo-terminal: the child gets a pty as its controlling terminal
and as stdout, and a pipe as stdin, as a shell gives it for `cat FILE | briefterm`.
"""

from __future__ import annotations

import fcntl
import os
import select
import struct
import subprocess
import sys
import termios
import time
from pathlib import Path

import pytest

from tests.cli.test_cli import assert_one_line_error, run
from tests.conftest import ROOT

WRAPPED = ROOT / "tests" / "fixtures" / "legacy_notes" / "wrapped.txt"


def _spawn(args: list[str], data: bytes, *, controlling: bool = True) -> tuple[subprocess.Popen[bytes], int]:
    master, slave = os.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))

    def make_controlling() -> None:
        if controlling:
            fcntl.ioctl(1, termios.TIOCSCTTY, 0)

    proc = subprocess.Popen(
        [sys.executable, "-m", "briefterm", *args],
        stdin=subprocess.PIPE, stdout=slave, stderr=slave,
        start_new_session=True, preexec_fn=make_controlling,  # noqa: PLW1509 - a test
        env={**os.environ, "TERM": "xterm-256color"},
    )
    os.close(slave)
    assert proc.stdin is not None
    proc.stdin.write(data)
    proc.stdin.close()
    return proc, master


def _read_until(master: int, wanted: bytes, seconds: float = 30) -> bytes:
    seen = b""
    end = time.monotonic() + seconds
    while wanted not in seen and time.monotonic() < end:
        ready, _, _ = select.select([master], [], [], 0.2)
        if ready:
            try:
                seen += os.read(master, 65536)
            except OSError:
                break
    return seen


def _finish(proc: subprocess.Popen[bytes], master: int) -> int:
    try:
        return proc.wait(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
        os.close(master)


@pytest.mark.slow
@pytest.mark.parametrize("args", [[], ["-"]])
def test_piped_document_opens_in_the_reader_and_keys_come_from_the_terminal(args: list[str]) -> None:
    proc, master = _spawn(args, WRAPPED.read_bytes())
    screen = _read_until(master, b"Lindqvist")
    assert b"Lindqvist" in screen and b"Traceback" not in screen, screen[-2000:]
    assert b"Europe agrees energy plan" in screen  # the title, from the piped text
    os.write(master, b"q")
    _read_until(master, b"\x00", seconds=3)  # drain while it quits
    assert _finish(proc, master) == 0


@pytest.mark.slow
def test_piped_document_without_a_terminal_is_one_line_error() -> None:
    proc, master = _spawn([], b"Some text.\n", controlling=False)
    out = _read_until(master, b"\n", seconds=30)
    code = _finish(proc, master)
    assert code == 2
    assert out.startswith(b"briefterm: error: no terminal to take keys from"), out


def test_reader_on_a_pipe_without_a_terminal_for_output_refuses() -> None:
    assert_one_line_error(run(stdin=b"text", timeout=20), "needs a terminal", "standard input")
    assert_one_line_error(run("-", stdin=b"text", timeout=20), "needs a terminal", "standard input")


def test_notes_of_piped_text_are_keyed_by_its_text(tmp_path: Path) -> None:
    text = WRAPPED.read_bytes()
    added = run("note", "add", "-", "--passage", "2", "on the pipe", stdin=text)
    assert added.returncode == 0, added.stderr
    other = run("export", "-", "--format", "json", stdin=b"Another text.\n")
    same = run("export", "-", "--format", "json", stdin=text)
    import json

    assert json.loads(other.stdout)["notes"] == []
    assert [n["body"] for n in json.loads(same.stdout)["notes"]] == ["on the pipe"]
