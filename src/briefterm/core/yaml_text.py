"""Reading and writing YAML safely, and fast: the one place that picks the loader and
the dumper.

The safe loader and dumper in their C build when PyYAML has libyaml (the same safety
as `yaml.safe_load`/`safe_dump`, several times faster: the brief and the notes file are
read on the way to the reader's first screen), else the pure-Python ones.
"""

from __future__ import annotations

from typing import Any

import yaml

YAMLError = yaml.YAMLError

_SAFE_LOADER: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
SAFE_DUMPER: type[yaml.SafeDumper] = getattr(yaml, "CSafeDumper", yaml.SafeDumper)


def load_yaml(text: str) -> object:
    """The document in `text`, as `yaml.safe_load` would give it; raises YAMLError."""
    loader = _SAFE_LOADER(text)
    try:
        return loader.get_single_data()
    finally:
        loader.dispose()


def dump_yaml(data: object, dumper: type[yaml.SafeDumper] = SAFE_DUMPER) -> str:
    """`data` as YAML for people: Unicode kept, keys in their order, lines up to 100 columns."""
    return str(yaml.dump(data, Dumper=dumper, allow_unicode=True, sort_keys=False, width=100))


def error_line(error: yaml.YAMLError) -> str:
    """" at line N" for an error that knows where it happened, else ""."""
    mark = getattr(error, "problem_mark", None)
    return f" at line {mark.line + 1}" if mark is not None else ""
