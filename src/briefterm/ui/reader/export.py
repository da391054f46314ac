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


def export_stem(doc_path: Path | None) -> str:
    return doc_path.stem if doc_path is not None else "document"


def export_name(stem: str, suffix: str, n: int = 1) -> str:
    """The n-th export's file name (the first has no number)."""
    return f"{stem}.export.{suffix}" if n == 1 else f"{stem}.export-{n}.{suffix}"


def next_export_name(doc_path: Path | None, fmt: str, folder: Path | None = None) -> str:
    """The file name an export would be written to now (for the palette to say)."""
    folder = Path.cwd() if folder is None else folder
    stem, suffix = export_stem(doc_path), SUFFIXES[fmt]
    return next((name for n in range(1, 1000) if not (folder / (name := export_name(stem, suffix, n))).exists()),
                export_name(stem, suffix))


def export_brief(analysis: Analysis, fmt: str, notes: Sequence[Note] = (), folder: Path | None = None) -> Path:
    """Write the brief and notes as `fmt`, as `briefterm export` would; never
    overwrite a file (a number is added instead)."""
    from briefterm.export.render import export_dict, export_markdown, to_json
    from briefterm.store.atomic import atomic_write

    text = export_markdown(analysis, notes) if fmt == "markdown" else to_json(export_dict(analysis, notes))
    stem = export_stem(analysis.document.path)
    folder = Path.cwd() if folder is None else folder
    suffix = SUFFIXES[fmt]
    for n in range(1, 1000):
        path = folder / export_name(stem, suffix, n)
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
    # In the current folder: its name alone, readable in a narrow notification.
    shown = path.name if path.parent == Path.cwd() else str(path)
    app.notify(f"Brief written to {shown}", title="Export", markup=False)
