"""Export from the reader: the brief written to a new file in the current folder."""

from __future__ import annotations

import os
from pathlib import Path

from briefterm.model.analysis import Analysis

SUFFIXES = {"markdown": "md", "json": "json"}


def export_brief(analysis: Analysis, fmt: str, folder: Path | None = None) -> Path:
    """Write the brief as `fmt`; never overwrite a file (a number is added instead)."""
    from briefterm.model.export import analysis_markdown, to_json

    text = analysis_markdown(analysis) if fmt == "markdown" else to_json(analysis.to_dict())
    doc_path = analysis.document.path
    stem = doc_path.stem if doc_path is not None else "document"
    folder = Path.cwd() if folder is None else folder
    suffix = SUFFIXES[fmt]
    for n in range(1, 1000):
        path = folder / (f"{stem}.brief.{suffix}" if n == 1 else f"{stem}.brief-{n}.{suffix}")
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
        except FileExistsError:
            continue
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(text)
        return path
    raise FileExistsError(f"too many exports of {stem} in {folder}")
