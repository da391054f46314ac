"""The benchmark's big document: the seed repeated under `## Part i` headings up to ~3 MB.

A `.txt`: the figures promised are for plain text (a `.md` is now rendered as Markdown).
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_bf86d079a96f6282.txt"
OUT = ROOT / "benchmarks" / "out"


def make_big(target_bytes: int = 3 * 1024 * 1024, path: Path | None = None) -> Path:
    """Write (once) and return a document of about `target_bytes` bytes."""
    path = path or OUT / f"big-{target_bytes}.txt"
    if path.exists() and path.stat().st_size >= target_bytes:
        return path
    seed = SEED.read_text(encoding="utf-8")
    parts, size, i = [], 0, 0
    while size < target_bytes:
        i += 1
        part = f"## Part {i}\n\n{seed}\n\n"
        parts.append(part)
        size += len(part.encode("utf-8"))
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(parts), encoding="utf-8")
    return path


if __name__ == "__main__":
    size = int(float(sys.argv[1]) * 1024 * 1024) if len(sys.argv) > 1 else 3 * 1024 * 1024
    print(make_big(size))
