"""Re-anchoring's fuzzy step, measured: today's rapidfuzz search against the
hand-written difflib one it replaced (legacy_anchor.py) and diff-match-patch's
`match_main` (Bitap, as Hypothesis's first anchoring used).

Quotes of 2 to 14 words are taken from the seed at random; each case edits the
text so that the exact quote is no longer there (one character changed, added or
removed inside it, a space turned into a hyphen, a word replaced, paragraphs
inserted above as well), or deletes the quote (it must then be found nowhere).
A hit counts when the span found is the edited quote's within 2 characters.

    .venv/bin/python benchmarks/anchoring.py [--cases N] [--seed S]
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import legacy_anchor  # noqa: E402

from briefterm.engine.passages import split_passages  # noqa: E402
from briefterm.notes import anchor as current  # noqa: E402
from briefterm.notes.anchor import Anchor, make_anchor  # noqa: E402
from briefterm.sources.document import load  # noqa: E402

SEED = HERE.parent / "seeds" / "000_bf86d079a96f6282.txt"
Finder = Callable[[str, Anchor], "tuple[int, int] | None"]


def _rapidfuzz(text: str, a: Anchor) -> tuple[int, int] | None:
    passages = split_passages(text)
    return current.fuzzy_span(text, a, passages, [p.start for p in passages], False)


def _legacy(text: str, a: Anchor) -> tuple[int, int] | None:
    passages = split_passages(text)
    return legacy_anchor.fuzzy_span(text, a, passages, [p.start for p in passages], False)


def _dmp(text: str, a: Anchor) -> tuple[int, int] | None:
    from diff_match_patch import diff_match_patch

    dmp = diff_match_patch()
    dmp.Match_MaxBits = 0  # no 32-character limit on the pattern (slower, but fair)
    at = dmp.match_main(text, a.exact, min(a.start, len(text)))
    return None if at < 0 else (at, at + len(a.exact))


def _mutate(rng: random.Random, quote: str) -> str:
    kind = rng.choice(["sub", "ins", "del", "hyphen", "word"])
    i = rng.randrange(1, max(2, len(quote) - 1))
    if kind == "sub":
        return quote[:i] + ("x" if quote[i] != "x" else "y") + quote[i + 1 :]
    if kind == "ins":
        return quote[:i] + "e" + quote[i:]
    if kind == "del":
        return quote[:i] + quote[i + 1 :]
    if kind == "hyphen" and " " in quote:
        j = rng.choice([k for k, c in enumerate(quote) if c == " "])
        return quote[:j] + "-" + quote[j + 1 :]
    words = quote.split(" ")
    w = rng.randrange(len(words))
    words[w] = "changed"
    return " ".join(words)


def cases(text: str, n: int, seed: int) -> list[tuple[Anchor, str, tuple[int, int] | None]]:
    """(anchor, edited text, the span it should be found at or None)."""
    rng = random.Random(seed)
    words = [(m.start(), m.end()) for m in __import__("re").finditer(r"\S+", text)]
    out: list[tuple[Anchor, str, tuple[int, int] | None]] = []
    while len(out) < n:
        i = rng.randrange(len(words) - 15)
        j = i + rng.randint(1, 13)
        start, end = words[i][0], words[j][1]
        if "\n" in text[start:end]:
            continue
        anchor = make_anchor(text, start, end)
        above = "Inserted paragraph.\n\nAnother one.\n\n" if rng.random() < 0.5 else ""
        if rng.random() < 0.2:
            edited = above + text[:start] + text[end:]
            out.append((anchor, edited, None))
            continue
        new = _mutate(rng, anchor.exact)
        if new == anchor.exact:
            continue
        edited = above + text[:start] + new + text[end:]
        s = len(above) + start
        out.append((anchor, edited, (s, s + len(new))))
    return out


def score(name: str, find: Finder, data: list[tuple[Anchor, str, tuple[int, int] | None]]) -> str:
    hits = misses = false = kept_out = 0
    t0 = time.perf_counter()
    for anchor, edited, truth in data:
        span = find(edited, anchor)
        if truth is None:
            false += span is not None
            kept_out += span is None
        elif span is not None and abs(span[0] - truth[0]) <= 2 and abs(span[1] - truth[1]) <= 2:
            hits += 1
        else:
            misses += 1
    ms = (time.perf_counter() - t0) * 1000 / len(data)
    changed = hits + misses
    return (f"{name:>16}: re-anchored {hits}/{changed} ({100 * hits / changed:.0f}%), "
            f"deleted quotes wrongly placed {false}/{false + kept_out}, {ms:.2f} ms a note")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cases", type=int, default=400)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    report(args.cases, args.seed)


def report(n: int = 400, seed: int = 1) -> None:
    text = load(str(SEED)).text
    data = cases(text, n, seed)
    print(f"== re-anchoring after an edit inside the quote ({len(data)} cases on the seed)")
    import importlib.util

    finders: list[tuple[str, Finder]] = [("rapidfuzz", _rapidfuzz), ("hand-written", _legacy)]
    if importlib.util.find_spec("diff_match_patch") is not None:
        finders.append(("diff-match-patch", _dmp))
    else:
        print("  (pip install diff-match-patch to compare it too)")
    for name, find in finders:
        print(score(name, find, data))


if __name__ == "__main__":
    main()
