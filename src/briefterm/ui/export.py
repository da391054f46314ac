"""Export from the reader: the brief and the notes written to a new file in the current folder."""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from briefterm.model.analysis import Analysis
from briefterm.model.notes import Note

SUFFIXES = {"markdown": "md", "json": "json"}


def export_brief(analysis: Analysis, fmt: str, notes: Sequence[Note] = (), folder: Path | None = None) -> Path:
    """Write the brief and notes as `fmt`, as `briefterm export` would; never
    overwrite a file (a number is added instead)."""
    from briefterm.model.export import export_dict, export_markdown, to_json

    text = export_markdown(analysis, notes) if fmt == "markdown" else to_json(export_dict(analysis, notes))
    doc_path = analysis.document.path
    stem = doc_path.stem if doc_path is not None else "document"
    folder = Path.cwd() if folder is None else folder
    suffix = SUFFIXES[fmt]
    for n in range(1, 1000):
        path = folder / (f"{stem}.export.{suffix}" if n == 1 else f"{stem}.export-{n}.{suffix}")
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
        except FileExistsError:
            continue
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(text)
        return path
    raise FileExistsError(f"too many exports of {stem} in {folder}")
