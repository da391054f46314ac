"""Export from the reader: the brief and the notes written to a new file in the current folder."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from briefterm.engine.analyse import Analysis
from briefterm.notes.note import Note

if TYPE_CHECKING:
    from briefterm.ui.screens.reader import ReaderScreen

SUFFIXES = {"markdown": "md", "json": "json"}


def export_brief(analysis: Analysis, fmt: str, notes: Sequence[Note] = (), folder: Path | None = None) -> Path:
    """Write the brief and notes as `fmt`, as `briefterm export` would; never
    overwrite a file (a number is added instead)."""
    from briefterm.export.render import export_dict, export_markdown, to_json
    from briefterm.store.atomic import atomic_write

    text = export_markdown(analysis, notes) if fmt == "markdown" else to_json(export_dict(analysis, notes))
    doc_path = analysis.document.path
    stem = doc_path.stem if doc_path is not None else "document"
    folder = Path.cwd() if folder is None else folder
    suffix = SUFFIXES[fmt]
    for n in range(1, 1000):
        path = folder / (f"{stem}.export.{suffix}" if n == 1 else f"{stem}.export-{n}.{suffix}")
        try:
            atomic_write(path, text.encode("utf-8"), what="the export", mode=0o644, replace=False)
        except FileExistsError:
            continue
        return path
    raise FileExistsError(f"too many exports of {stem} in {folder}")


def export_from_reader(reader: ReaderScreen, fmt: str) -> None:
    """The palette's export: write the file, and say where (or why not)."""
    from briefterm.store.atomic import StoreError

    app = reader.app
    if reader.analysis is None:
        app.notify("Still analysing: try again in a moment.", markup=False)
        return
    notes = reader.notes_pane.notes if reader.notes_pane is not None else []
    try:
        path = export_brief(reader.analysis, fmt, notes)
    except (OSError, StoreError) as error:
        reason = error.strerror if isinstance(error, OSError) and error.strerror else str(error)
        app.notify(f"Export failed: {reason}", severity="error", markup=False)
        return
    app.notify(f"Brief written to {path}", title="Export", markup=False)
