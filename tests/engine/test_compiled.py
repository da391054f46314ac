"""The engine as setup.py compiles it (mypyc) must say exactly what its Python source says.

Compiled code differs from the interpreter in a few places (a tuple may be copied, so `is`
between tuples can fail; a class has no `__dict__` to pickle): these tests run the same
documents through both and compare the whole analyses. Without a compiled build they skip.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import briefterm
from briefterm.engine.analyse import analyse
from briefterm.export.render import json_bytes
from briefterm.sources.document import load
from tests.conftest import ROOT, SEED

PACKAGE = Path(briefterm.__file__).resolve().parent
COMPILED = sorted(PACKAGE.rglob("*.so"))
pytestmark = pytest.mark.skipif(not COMPILED, reason="the engine is not compiled here (pure Python)")

# Read whole by both builds: the seed, our articles, and one large enough to be read in two
# forked halves (the reading then crosses a process boundary, pickled).
DOCS = [SEED, *sorted((ROOT / "tests" / "fixtures" / "minidev" / "docs").glob("*.txt")),
        *sorted((ROOT / "tests" / "fixtures" / "heldout11" / "docs").glob("*.txt"))]


def _big_document(folder: Path) -> Path:
    path = folder / "big.txt"
    seed = SEED.read_text(encoding="utf-8")
    path.write_text("".join(f"## Part {i}\n\n{seed}\n\n" for i in range(1, 50)), encoding="utf-8")
    return path


def test_the_compiled_modules_are_not_older_than_their_source() -> None:
    stale = [so.name for so in COMPILED
             if so.stat().st_mtime < (so.parent / f"{so.name.split('.')[0]}.py").stat().st_mtime]
    assert not stale, f"the compiled engine is older than its source ({', '.join(stale)}): run `make` to rebuild it"


def test_the_compiled_engine_says_what_its_source_says(tmp_path: Path) -> None:
    pure = tmp_path / "pure"
    shutil.copytree(PACKAGE, pure / "briefterm", ignore=shutil.ignore_patterns("*.so", "__pycache__"))
    docs = [*DOCS, _big_document(tmp_path)]
    script = ("import sys, json\n"
              "from briefterm.engine.analyse import analyse\n"
              "from briefterm.export.render import json_bytes\n"
              "from briefterm.sources.document import load\n"
              "print(json.dumps([json_bytes(analyse(load(p)).to_dict()).decode() for p in sys.argv[1:]]))\n")
    env = {**os.environ, "PYTHONPATH": str(pure)}
    out = subprocess.run([sys.executable, "-c", script, *map(str, docs)], env=env, capture_output=True,
                         text=True, check=True).stdout
    from_source = json.loads(out)
    assert len(from_source) == len(docs)
    for path, expected in zip(docs, from_source, strict=True):
        compiled = json_bytes(analyse(load(str(path))).to_dict()).decode()
        assert json.loads(compiled) == json.loads(expected), f"compiled and pure engines differ on {path.name}"
