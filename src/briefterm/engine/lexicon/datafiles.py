"""The packaged data files (gazetteers, word lists) in src/briefterm/data/."""

from __future__ import annotations

from functools import cache
from importlib import resources
from typing import Any

import yaml

# The safe loader in its C build when libyaml is there: the same safety as
# yaml.safe_load, ten times faster (gazetteer loading is on the start-up path).
_SAFE_LOADER: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@cache
def load_data(name: str) -> dict[str, Any]:
    """A data file as a mapping, parsed once per process."""
    raw = resources.files("briefterm.data").joinpath(name).read_text(encoding="utf-8")
    loader = _SAFE_LOADER(raw)
    try:
        data = loader.get_single_data()
    finally:
        loader.dispose()
    if not isinstance(data, dict):
        raise ValueError(f"briefterm data file {name}: expected a mapping")
    return data
