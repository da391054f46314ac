"""Snapshots of fetched pages: the page as the server sent it, kept under the data
directory so a URL reopens offline (its notes stay on the text they were written on)
and a better extractor can read it again.

One page is two files in `snapshots/`: `<host>-<hash>.page` (the body, as fetched,
after content decoding) and `<host>-<hash>.json` (the URL asked for, the URL the
body came from, its media type and charset, when it was fetched). The JSON is
written last, so a snapshot without it is not one. Both are written atomically.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import re
from dataclasses import dataclass
from pathlib import Path

from briefterm.store.atomic import StoreError, atomic_write
from briefterm.store.paths import data_dir

_NAME_RE = re.compile(r"[^A-Za-z0-9.-]+")


@dataclass(frozen=True)
class Snapshot:
    key: str  # the URL's notes key (see sources.fetch.url_key)
    url: str  # where the body came from, after redirects
    data: bytes
    media_type: str
    charset: str | None
    fetched: str  # ISO 8601


def snapshot_dir() -> Path:
    return data_dir() / "snapshots"


def _paths(key: str) -> tuple[Path, Path]:
    from urllib.parse import urlsplit

    host = _NAME_RE.sub("_", urlsplit(key).hostname or "page")[:60] or "page"
    stem = f"{host}-{hashlib.sha256(key.encode('utf-8', 'surrogateescape')).hexdigest()[:20]}"
    folder = snapshot_dir()
    return folder / f"{stem}.page", folder / f"{stem}.json"


def load(key: str) -> Snapshot | None:
    """The snapshot kept for `key`, or None (none kept, or it cannot be read: fetch again)."""
    page, meta_path = _paths(key)
    try:
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        data = page.read_bytes()
    except (OSError, ValueError):
        return None
    if not isinstance(meta, dict) or meta.get("key") != key or meta.get("bytes") != len(data):
        return None
    charset = meta.get("charset")
    return Snapshot(
        key=key,
        url=str(meta.get("url") or key),
        data=data,
        media_type=str(meta.get("media_type") or ""),
        charset=charset if isinstance(charset, str) else None,
        fetched=str(meta.get("fetched") or ""),
    )


def save(snapshot: Snapshot) -> Path:
    """Keep `snapshot` (replacing an older one of the same URL); StoreError if it cannot be written."""
    page, meta_path = _paths(snapshot.key)
    try:
        page.parent.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise StoreError(f"cannot keep a snapshot in {page.parent}: {e.strerror or e}") from None
    meta = {
        "key": snapshot.key,
        "url": snapshot.url,
        "media_type": snapshot.media_type,
        "charset": snapshot.charset,
        "fetched": snapshot.fetched,
        "bytes": len(snapshot.data),
    }
    with contextlib.suppress(OSError):
        meta_path.unlink()  # a crash between the two writes leaves no half snapshot
    atomic_write(page, snapshot.data, what="the page snapshot")
    atomic_write(meta_path, (json.dumps(meta, ensure_ascii=True, indent=1) + "\n").encode("ascii"),
                 what="the page snapshot")
    return page
