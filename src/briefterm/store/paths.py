"""Where briefterm keeps its data: $BRIEFTERM_DATA_DIR, else the platform's user data dir."""

from __future__ import annotations

import hashlib
import os
import re
from pathlib import Path

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
    key = os.fsencode(document_path.resolve()) if document_path is not None else source.encode()
    digest = hashlib.sha256(key).hexdigest()[:16]
    stem = document_path.stem if document_path is not None else "stdin"
    stem = re.sub(r"[^A-Za-z0-9._-]+", "_", stem)[:60] or "document"
    return data_dir() / "notes" / f"{stem}-{digest}.yaml"


def log_dir() -> Path:
    return data_dir() / "logs"
