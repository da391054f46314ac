"""Where briefterm keeps its data: $BRIEFTERM_DATA_DIR, else the platform's user data dir."""

from __future__ import annotations

import hashlib
import os
import re
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from briefterm.core.types import Document

DATA_DIR_ENV = "BRIEFTERM_DATA_DIR"
CONFIG_DIR_ENV = "BRIEFTERM_CONFIG_DIR"


def data_dir() -> Path:
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        return Path(override)
    import platformdirs

    return Path(platformdirs.user_data_dir("briefterm"))


def config_dir() -> Path:
    """$BRIEFTERM_CONFIG_DIR, else the platform's user config dir (where keymap.yaml lives)."""
    override = os.environ.get(CONFIG_DIR_ENV)
    if override:
        return Path(override)
    import platformdirs

    return Path(platformdirs.user_config_dir("briefterm"))


def notes_path_for(document_path: Path | None, source: str = "stdin") -> Path:
    """The notes file of a document, found by its resolved path.

    The name keeps the document's stem for people and a hash of the full path
    so that two `notes.txt` in different folders never share notes.
    """
    if document_path is None and _is_url(source):
        return _url_notes_path(source)
    key = os.fsencode(document_path.resolve()) if document_path is not None else source.encode()
    digest = hashlib.sha256(key).hexdigest()[:16]
    stem = document_path.stem if document_path is not None else "stdin"
    stem = re.sub(r"[^A-Za-z0-9._-]+", "_", stem)[:60] or "document"
    return data_dir() / "notes" / f"{stem}-{digest}.yaml"


def notes_file_for(document: Document, notes_file: str | os.PathLike[str] | None = None) -> Path:
    """Where `document`'s notes are: `notes_file` when given, else its default notes file."""
    if notes_file:
        return Path(notes_file)
    # Piped text has no file to be found by: its notes are found by its text.
    key = f"stdin:{document.sha256}" if document.path is None and document.source == "-" else document.source
    return notes_path_for(document.path, key)


def _is_url(source: str) -> bool:
    from briefterm.core.urls import is_url

    return is_url(source)


def _url_notes_path(url: str) -> Path:
    """A URL document's notes are keyed by its URL as given, scheme and host lower-cased,
    default port and #fragment dropped: `HTTP://Example.com:80/a#b` shares `http://example.com/a`'s."""
    from urllib.parse import urlsplit

    from briefterm.core.urls import url_key

    key = url_key(url)
    digest = hashlib.sha256(key.encode("utf-8", "surrogateescape")).hexdigest()[:16]
    host = re.sub(r"[^A-Za-z0-9._-]+", "_", urlsplit(key).hostname or "")[:60] or "page"
    return data_dir() / "notes" / f"{host}-{digest}.yaml"


def log_dir() -> Path:
    return data_dir() / "logs"
