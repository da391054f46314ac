"""The benchmarks' big documents, written once under benchmarks/out/.

- `make_big`: the seed repeated under `## Part i` headings up to ~3 MB. A `.txt`:
  the figures promised are for plain text (a `.md` is now rendered as Markdown).
- `make_news`: our fixture articles joined, in a fixed order, up to a size: a long
  document of varied news, with thousands of actors and speakers where the seed
  repeated has thirteen (what a cost that grows with the actors would show).
- `make_paragraph`: one paragraph of ~200 KB with no line break (a pasted article,
  a minified file): the seed's words in a fixed shuffled order, with a marker word
  (`PARA_MARK`) twice inside and a known first and last sentence, so a benchmark can
  search it and see its first and last lines.
"""

from __future__ import annotations

import argparse
import random
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_bf86d079a96f6282.txt"
FIXTURES = ROOT / "tests" / "fixtures"
OUT = ROOT / "benchmarks" / "out"

PARA_FIRST = "Paragraph opening words"
PARA_LAST = "paragraph closing words."
PARA_MARK = "zebrafish"  # at 40% and at 80% of the paragraph: nowhere else


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


def make_news(target_bytes: int, path: Path | None = None) -> Path:
    """Write (once) and return our fixture articles joined, repeated if need be, up to about
    `target_bytes` bytes."""
    path = path or OUT / f"news-{target_bytes}.txt"
    if path.exists() and path.stat().st_size >= target_bytes:
        return path
    articles = [p.read_text(encoding="utf-8").strip() for p in sorted(FIXTURES.glob("*/docs/*.txt"))]
    parts: list[str] = []
    size = 0
    while size < target_bytes:
        article = articles[len(parts) % len(articles)]
        parts.append(article)
        size += len(article.encode("utf-8")) + 2
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n\n".join(parts), encoding="utf-8")
    return path


def make_paragraph(target_bytes: int = 200 * 1024, path: Path | None = None) -> Path:
    """Write (once) and return one paragraph of about `target_bytes` bytes, without a line break."""
    path = path or OUT / f"paragraph-{target_bytes}.txt"
    if path.exists() and path.stat().st_size >= target_bytes:
        return path
    words = [w for w in SEED.read_text(encoding="utf-8").split() if PARA_MARK not in w.lower()]
    rng = random.Random(9)
    out, size = [PARA_FIRST], len(PARA_FIRST)
    while size < target_bytes:
        word = rng.choice(words)
        out.append(word)
        size += len(word.encode("utf-8")) + 1
    for share in (0.4, 0.8):
        out.insert(int(len(out) * share), PARA_MARK)
    out.append(PARA_LAST)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(" ".join(out) + "\n", encoding="utf-8")
    return path


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="Write a benchmark document (once) and print its path.")
    parser.add_argument("megabytes", nargs="?", type=float, default=None,
                        help="about how big (default: 3 MB, or 0.2 MB with --paragraph)")
    parser.add_argument("--paragraph", action="store_true",
                        help="one paragraph with no line break, instead of the seed repeated under headings")
    args = parser.parse_args(argv)
    if args.paragraph:
        size = int((args.megabytes if args.megabytes is not None else 200 / 1024) * 1024 * 1024)
        print(make_paragraph(size))
    else:
        size = int((args.megabytes if args.megabytes is not None else 3) * 1024 * 1024)
        print(make_big(size))


if __name__ == "__main__":
    main()
