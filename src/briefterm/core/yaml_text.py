"""Reading YAML text safely, and fast: the one place that picks the loader.

The safe loader in its C build when PyYAML has libyaml (the same safety as
`yaml.safe_load`, about ten times faster: the brief and the notes file are read
on the way to the reader's first screen), else the pure-Python one.
"""

from __future__ import annotations

from typing import Any

import yaml

YAMLError = yaml.YAMLError

_SAFE_LOADER: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_yaml(text: str) -> object:
    """The document in `text`, as `yaml.safe_load` would give it; raises YAMLError."""
    loader = _SAFE_LOADER(text)
    try:
        return loader.get_single_data()
    finally:
        loader.dispose()


def error_line(error: yaml.YAMLError) -> str:
    """" at line N" for an error that knows where it happened, else ""."""
    mark = getattr(error, "problem_mark", None)
    return f" at line {mark.line + 1}" if mark is not None else ""
