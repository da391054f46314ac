"""The packaged data files (gazetteers, word lists) in src/briefterm/data/.

PyYAML builds a file's objects in Python (50 ms for the four of them, plus 20 ms to import
it), and every command needs them all. So the parsed form of each file is kept in a marshal
file in the cache directory, named by a hash of the file's bytes: a command reads it in a
millisecond, and a changed data file (or another Python) simply misses and parses again.
"""

from __future__ import annotations

import hashlib
import marshal
import os
import sys
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any, TypeVar, cast

T = TypeVar("T")

CACHE_DIR_ENV = "BRIEFTERM_CACHE_DIR"
# Bump when what a file is parsed into changes (not its text: that is in the key already).
_FORMAT = 1


# (by path, as cli.seed_path: importlib.resources costs 15 ms of imports of its own)
_DATA_DIR = Path(__file__).resolve().parent.parent.parent / "data"


def data_bytes(name: str) -> bytes:
    return (_DATA_DIR / name).read_bytes()


@cache
def load_data(name: str) -> dict[str, Any]:
    """A data file as a mapping, parsed once per process (and once per change of it)."""
    data = cached(name, data_bytes(name), lambda raw: _parse_yaml(name, raw))
    if not isinstance(data, dict):
        raise ValueError(f"briefterm data file {name}: expected a mapping")
    return data


def _parse_yaml(name: str, raw: bytes) -> object:
    from briefterm.core.yaml_text import load_yaml

    return load_yaml(raw.decode("utf-8"))


def cached(name: str, raw: bytes, parse: Callable[[bytes], T]) -> T:
    """`parse(raw)`, or what it gave last time for the same bytes (marshal: plain values only)."""
    folder = cache_dir()
    digest = hashlib.blake2b(raw, digest_size=16, person=b"briefterm%d" % _FORMAT).hexdigest()
    path = folder / f"{name}.{digest}.py{sys.version_info[0]}{sys.version_info[1]}.marshal"
    try:
        return marshal.loads(path.read_bytes())  # type: ignore[no-any-return]
    except (OSError, EOFError, ValueError, TypeError):
        pass  # not there yet (or unreadable): parse and keep it
    value = parse(raw)
    try:
        blob = marshal.dumps(cast(Any, value))
    except ValueError:
        return value  # a value marshal cannot hold (a YAML date): parsed every time
    _keep(path, blob)
    return value


def _keep(path: Path, blob: bytes) -> None:
    from briefterm.store.atomic import StoreError, atomic_write

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        atomic_write(path, blob, what="data cache")
    except (OSError, StoreError):
        pass  # a read-only cache only costs the parse


def cache_dir() -> Path:
    """$BRIEFTERM_CACHE_DIR; else `cache` in $BRIEFTERM_DATA_DIR (tests set it); else the
    platform's user cache dir."""
    override = os.environ.get(CACHE_DIR_ENV)
    if override:
        return Path(override)
    from briefterm.store.paths import DATA_DIR_ENV

    data = os.environ.get(DATA_DIR_ENV)
    if data:
        return Path(data) / "cache"
    import platformdirs

    return Path(platformdirs.user_cache_dir("briefterm"))
