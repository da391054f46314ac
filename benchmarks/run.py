"""`make bench`: analysis throughput and scaling, then the reader's figures.

Every figure is measured in this run; the reader's are ratios to a bare Textual
app measured alongside (benchmarks/reader.py).
"""

from __future__ import annotations

import importlib.util
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from bigdoc import SEED, make_big, make_news  # noqa: E402

BRIEFTERM = Path(sys.executable).with_name("briefterm")
MB = 1024 * 1024
REPEATS = 5  # best of: the machine is shared, and its noise only ever adds time


def time_analyze(path: Path) -> float:
    """Best of a few runs of the whole command, start to exit, output to a file."""
    best = float("inf")
    for _ in range(REPEATS):
        with open(os.devnull, "wb") as sink:
            t0 = time.perf_counter()
            subprocess.run([str(BRIEFTERM), "analyze", str(path), "--format", "json"], stdout=sink, check=True)
            best = min(best, time.perf_counter() - t0)
    return best


def time_engines(small: Path, big: Path, repeats: int = REPEATS) -> tuple[float, float]:
    """The engine alone, in-process (no interpreter start-up, no output), best of `repeats`
    for each document, the two taken in turn so that both see the same load on a shared machine."""
    from briefterm.engine.analyse import analyse
    from briefterm.sources.document import load

    documents = [load(str(small)), load(str(big))]
    best = [float("inf"), float("inf")]
    for _ in range(repeats):
        for k, document in enumerate(documents):
            t0 = time.perf_counter()
            analyse(document)
            best[k] = min(best[k], time.perf_counter() - t0)
    return best[0], best[1]


def byte_compile() -> None:
    """Write briefterm's .pyc files, as pip does when it installs the wheel: an editable install
    has none, and where PYTHONDONTWRITEBYTECODE is set every run would compile the whole package
    again (0.1-0.2 s of each command's start)."""
    import compileall

    import briefterm

    compileall.compile_dir(str(Path(briefterm.__file__).parent), quiet=1)


def engine_build() -> str:
    """Which engine the figures are of: setup.py's mypyc build, or the Python source."""
    import briefterm.engine.quotes.find as compiled_or_not

    return "compiled (mypyc)" if compiled_or_not.__file__.endswith(".so") else "pure Python (no compiled build)"


def main() -> None:
    big = make_big(3 * MB)
    quarter = make_big(3 * MB // 4)
    byte_compile()
    print(f"== analysis (briefterm analyze DOC --format json, whole command, best of {REPEATS}; "
          f"byte-compiled as installed; engine {engine_build()})")
    for label, path in (("seed", SEED), ("0.75 MB", quarter), ("3 MB", big)):
        size = path.stat().st_size / MB
        t = time_analyze(path)
        print(f"{label:>8}: {t:6.3f} s  {size / t:6.2f} MB/s")
    t1, t4 = time_engines(quarter, big)
    print(f"engine alone (best of {REPEATS}, in turn): 0.75 MB {t1:.3f} s, 3 MB {t4:.3f} s ({3 / t4:.2f} MB/s); "
          f"4x size takes {t4 / t1:.2f}x the time (linear = 4.00)")
    n1, n4 = time_engines(make_news(MB // 2), make_news(2 * MB), repeats=3)
    print(f"varied news (our fixture articles joined), engine alone (best of 3, in turn): 0.5 MB {n1:.3f} s, "
          f"2 MB {n4:.3f} s ({2 / n4:.2f} MB/s); 4x size takes {n4 / n1:.2f}x the time (linear = 4.00)")
    rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"peak RSS of an analyze run: {rss:.0f} MB")
    import anchoring

    anchoring.report()
    reader = HERE / "reader.py"
    if reader.exists():
        spec = importlib.util.spec_from_file_location("reader_bench", reader)
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        print("== reader")
        module.main()


if __name__ == "__main__":
    main()
