"""The packaged data files (gazetteers, word lists) in src/briefterm/data/."""

from __future__ import annotations

from functools import cache
from importlib import resources
from typing import Any

from briefterm.core.yaml_text import load_yaml


@cache
def load_data(name: str) -> dict[str, Any]:
    """A data file as a mapping, parsed once per process."""
    raw = resources.files("briefterm.data").joinpath(name).read_text(encoding="utf-8")
    data = load_yaml(raw)
    if not isinstance(data, dict):
        raise ValueError(f"briefterm data file {name}: expected a mapping")
    return data
