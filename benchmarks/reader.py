"""The reader's figures: first paint against a bare Textual app, G/g latency, peak memory.

Method. Each app runs as its own process in a pseudo-terminal of 120x40, as a
user would start it. "First paint" is the time from starting the process to the
moment its first screen, with the content that proves it is drawn, has been
written to the terminal: the status line `¶ 1/N` and the first words of the first
passage for the reader, the text of its Static for the bare app (Header, Static,
Footer). Both include interpreter start-up and imports, as a user sees
them, with bytecode cached as after any install (this environment may set
PYTHONDONTWRITEBYTECODE; the runs use a cache folder of their own). Runs alternate
between the apps, after an untimed warm-up of each; the median of each is reported.

The 200 KB paragraph (benchmarks/bigdoc.py --paragraph: one paragraph, no line
break): its first paint against the same bare app; then, in one process, "panes
filled" (process start to the analysis landed: the process has gone quiet),
`/` + a word + `enter` (the whole search, typed at once, to the screen showing the
hit), `n`, `G` (its last lines) and `g` (its first), each timed as below.

`G`/`g` latency: on the 3 MB document, once the analysis has landed (the process
has gone quiet), the time from writing the key to the last byte of the screen
update it causes (no output for 0.15 s after it). Peak RSS is the reader's
VmHWM from /proc after those keys.

Run: `.venv/bin/python benchmarks/reader.py` (or as part of `make bench`).
"""

from __future__ import annotations

import fcntl
import os
import select
import signal
import statistics
import struct
import subprocess
import sys
import tempfile
import termios
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from bigdoc import PARA_FIRST, PARA_LAST, PARA_MARK, SEED, make_big, make_paragraph  # noqa: E402

BRIEFTERM = Path(sys.executable).with_name("briefterm")
COLS, ROWS = 120, 40
RUNS = int(os.environ.get("BENCH_RUNS", "11"))
BARE_SENTINEL = "bare Textual app ready"
QUIET = 0.15  # seconds without output that end a screen update
TIMEOUT = 60.0


class Terminal:
    """A process on the slave side of a pty; we read what it writes."""

    def __init__(self, argv: list[str], env: dict[str, str]) -> None:
        master, slave = os.openpty()
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", ROWS, COLS, 0, 0))
        self.started = time.perf_counter()
        self.proc = subprocess.Popen(argv, stdin=slave, stdout=slave, stderr=slave, env=env,
                                     start_new_session=True, close_fds=True)
        os.close(slave)
        self.fd = master
        self.output = bytearray()
        self.last_read = self.started

    def read(self, timeout: float) -> float | None:
        """Read what is there within `timeout`; the time of the read, or None."""
        ready, _, _ = select.select([self.fd], [], [], timeout)
        if not ready:
            return None
        try:
            chunk = os.read(self.fd, 65536)
        except OSError:
            return None
        now = time.perf_counter()
        self.output += chunk
        self.last_read = now
        return now

    def wait_for(self, text: str, since: int = 0) -> float:
        """Seconds from the start until `text` has been written (after byte `since`)."""
        needle = text.encode("utf-8")
        deadline = time.perf_counter() + TIMEOUT
        while needle not in self.output[since:]:
            if time.perf_counter() > deadline or self.proc.poll() is not None:
                raise RuntimeError(f"{text!r} never appeared; output ends {bytes(self.output[-300:])!r}")
            self.read(0.5)
        return time.perf_counter() - self.started

    def drain(self, quiet: float = QUIET) -> float | None:
        """Read until nothing comes for `quiet` seconds; the time of the last byte."""
        last = None
        while True:
            got = self.read(quiet)
            if got is None:
                return last
            last = got

    def wait_idle(self, idle: float = 0.5) -> float:
        """Until the process has used no CPU for `idle` seconds (the analysis has landed);
        seconds from the start to the moment it went quiet."""
        deadline = time.perf_counter() + TIMEOUT
        last, quiet_since = cpu_ticks(self.proc.pid), time.perf_counter()
        while time.perf_counter() < deadline:
            self.drain(0.05)
            now = cpu_ticks(self.proc.pid)
            if now != last:
                last, quiet_since = now, time.perf_counter()
            elif time.perf_counter() - quiet_since >= idle:
                return quiet_since - self.started
        raise RuntimeError("the reader never went idle")

    def key(self, key: str, expect: str) -> float:
        """Seconds from writing `key` to the last byte of the update it causes."""
        self.drain()
        mark = len(self.output)
        sent = time.perf_counter()
        os.write(self.fd, key.encode())
        self.wait_for(expect, since=mark)
        self.drain()
        return self.last_read - sent

    def close(self) -> None:
        try:
            os.killpg(self.proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        self.proc.wait()
        os.close(self.fd)


def cpu_ticks(pid: int) -> int:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return int(fields[11]) + int(fields[12])  # utime + stime


def peak_rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def environment(data_dir: str) -> dict[str, str]:
    """A terminal's environment; bytecode cached (in the temporary folder) as after any install."""
    env = dict(os.environ, TERM="xterm-256color", COLORTERM="truecolor", BRIEFTERM_DATA_DIR=data_dir,
               COLUMNS=str(COLS), LINES=str(ROWS), PYTHONPYCACHEPREFIX=os.path.join(data_dir, "pycache"))
    env.pop("TEXTUAL", None)
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # else every run compiles every module afresh
    return env


def passage_count(path: Path) -> tuple[int, str]:
    """How many passages, and words from the first one (both must be on the first screen)."""
    from briefterm.engine.passages import split_passages
    from briefterm.sources.document import load

    passages = split_passages(load(str(path)).text)
    return len(passages), " ".join(passages[0].text.split()[:3])


def first_paint(argv: list[str], sentinels: list[str], env: dict[str, str]) -> float:
    """Seconds until every sentinel has been written (the first screen, with its content)."""
    term = Terminal(argv, env)
    try:
        return max(term.wait_for(s) for s in sentinels)
    finally:
        term.close()


def bare_app() -> None:
    """The reference: a bare Textual app with a Header, a Static and a Footer."""
    from textual.app import App, ComposeResult
    from textual.widgets import Footer, Header, Static

    class Bare(App[None]):
        BINDINGS = [("q", "quit", "Quit")]

        def compose(self) -> ComposeResult:
            yield Header()
            yield Static(BARE_SENTINEL)
            yield Footer()

    Bare().run()


def paragraph_keys(path: Path, env: dict[str, str]) -> dict[str, float]:
    """Panes filled, search + enter, n, G and g on the one-paragraph document (seconds)."""
    n, _ = passage_count(path)
    term = Terminal([str(BRIEFTERM), str(path)], env)
    try:
        term.wait_for(f"¶ 1/{n}")
        figures = {"panes filled": term.wait_idle()}
        figures["/ + word + enter"] = term.key(f"/{PARA_MARK}\r", "1/2")
        figures["n"] = term.key("n", "2/2")
        figures["G"] = term.key("G", PARA_LAST.split()[1])  # "closing"
        figures["g"] = term.key("g", PARA_FIRST.split()[1])  # "opening"
    finally:
        term.close()
    return figures


def report_paragraph(n: int, first_paint: float, bare: float, keys: dict[str, float]) -> list[str]:
    """Print the paragraph's figures; the names of the targets missed."""
    missed = []
    ratio = first_paint / bare
    print(f"one 200 KB paragraph ({n} passage):")
    print(f"  first paint: {first_paint:.3f} s = {ratio:.2f}x bare (target <= 6x)")
    missed += [] if ratio <= 6 else ["paragraph first paint"]
    targets = {"panes filled": 10.0, "/ + word + enter": 1.0, "n": 0.5, "G": 0.5, "g": 0.5}
    for name, seconds in keys.items():
        target = targets[name]
        print(f"  {name}: {seconds:.3f} s = {seconds / bare:.2f}x bare first paint (target <= {target:g} s)")
        if seconds > target:
            missed.append(f"paragraph {name}")
    return missed


def main() -> None:
    big = make_big(3 * 1024 * 1024)
    para = make_paragraph(200 * 1024)
    (seed_n, seed_words), (big_n, big_words) = passage_count(SEED), passage_count(big)
    para_n, _ = passage_count(para)
    seed_marks, big_marks = [f"¶ 1/{seed_n}", seed_words], [f"¶ 1/{big_n}", big_words]
    para_marks = [f"¶ 1/{para_n}", PARA_FIRST]
    bare = [sys.executable, str(Path(__file__).resolve()), "--bare"]
    with tempfile.TemporaryDirectory(prefix="briefterm-bench-") as data:
        env = environment(data)
        # Untimed warm-up runs: the file cache, and the bytecode cache of both apps.
        first_paint(bare, [BARE_SENTINEL], env)
        first_paint([str(BRIEFTERM), str(SEED)], seed_marks, env)
        times: dict[str, list[float]] = {"bare": [], "seed": [], "big": [], "para": []}
        for _ in range(RUNS):
            times["bare"].append(first_paint(bare, [BARE_SENTINEL], env))
            times["seed"].append(first_paint([str(BRIEFTERM), str(SEED)], seed_marks, env))
            times["big"].append(first_paint([str(BRIEFTERM), str(big)], big_marks, env))
            times["para"].append(first_paint([str(BRIEFTERM), str(para)], para_marks, env))
        med = {k: statistics.median(v) for k, v in times.items()}
        print(f"first paint, process start to first screen on a {COLS}x{ROWS} pty (median of {RUNS}):")
        print(f"  bare Textual app (Header, Static, Footer): {med['bare']:.3f} s")
        print(f"  reader, seed ({seed_n} passages):  {med['seed']:.3f} s = {med['seed'] / med['bare']:.2f}x bare"
              " (target <= 1.5x)")
        print(f"  reader, 3 MB ({big_n} passages): {med['big']:.3f} s = {med['big'] / med['bare']:.2f}x bare"
              " (target <= 6x)")

        term = Terminal([str(BRIEFTERM), str(big)], env)
        try:
            term.wait_for(f"¶ 1/{big_n}")
            term.wait_idle()
            g_end, g_start = [], []
            for _ in range(3):
                g_end.append(term.key("G", f"¶ {big_n}/{big_n}"))
                g_start.append(term.key("g", f"¶ 1/{big_n}"))
            rss = peak_rss_mb(term.proc.pid)
        finally:
            term.close()
        print(f"G on 3 MB (key to screen updated, worst of 3): {max(g_end):.3f} s (target <= 0.5 s)")
        print(f"g on 3 MB (key to screen updated, worst of 3): {max(g_start):.3f} s (target <= 0.5 s)")
        print(f"peak RSS of the reader on 3 MB, after analysis and G/g: {rss:.0f} MB (target <= 400 MB)")
        missed = [] if med["seed"] / med["bare"] <= 1.5 else ["seed first paint"]
        missed += [] if med["big"] / med["bare"] <= 6 else ["3 MB first paint"]
        missed += [f"3 MB {key}" for key, worst in (("G", max(g_end)), ("g", max(g_start))) if worst > 0.5]
        missed += report_paragraph(para_n, med["para"], med["bare"], paragraph_keys(para, env))
        print("every reader target met" if not missed else f"targets missed: {', '.join(missed)}")


if __name__ == "__main__":
    if sys.argv[1:] == ["--bare"]:
        bare_app()
    else:
        main()
