"""The engine's hot modules compiled with mypyc (1.6-2x as fast), where a C compiler is at hand.

Everything else about the package is in pyproject.toml. Without mypyc or a compiler, or with
BRIEFTERM_PURE=1 in the environment, the same modules install as plain Python: the output is the
same either way, only the time differs.
"""

from __future__ import annotations

import os
import sys
from glob import glob

from setuptools import setup
from setuptools.command.build_ext import build_ext

# The passes that read the whole text: quotations, actors, sentences and the shared tokenizer.
COMPILED = sorted(
    glob("src/briefterm/engine/quotes/*.py")
    + glob("src/briefterm/engine/actors/*.py")
    + ["src/briefterm/engine/sentences.py", "src/briefterm/engine/lexicon/speech.py",
       "src/briefterm/engine/passages.py", "src/briefterm/engine/mention_index.py", "src/briefterm/engine/questions.py"]
)


class OptionalBuildExt(build_ext):
    """A failed compilation leaves the pure-Python package, never a broken one."""

    def finalize_options(self) -> None:
        super().finalize_options()
        self.parallel = self.parallel or os.cpu_count()  # the modules' small stubs beside the shared library

    def run(self) -> None:
        try:
            super().run()
        except Exception as e:  # no compiler, no headers: the modules stay Python
            for path in self.get_outputs():
                if os.path.exists(path):
                    os.remove(path)
            print(f"briefterm: the engine stays pure Python ({e})", file=sys.stderr)


def compiled_modules() -> list:
    if os.environ.get("BRIEFTERM_PURE"):
        return []
    try:
        from mypyc.build import mypycify

        return mypycify(COMPILED, opt_level="3", multi_file=True)
    except (Exception, SystemExit) as e:  # no mypyc, or it refuses the code
        print(f"briefterm: the engine stays pure Python ({e!r})", file=sys.stderr)
        return []


setup(ext_modules=compiled_modules(), cmdclass={"build_ext": OptionalBuildExt})
