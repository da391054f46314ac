"""`briefterm library [--format text|json]` and `briefterm library forget SOURCE`.

The documents opened in the reader, newest first: title, source, notes count,
last opened (and whether a file is missing). Only the reader adds to the list.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import datetime

USAGE_EPILOG = "  briefterm library [--format text|json] | briefterm library forget SOURCE"


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("action", nargs="?", choices=("forget",), help="forget: remove SOURCE from the library")
    p.add_argument("source", nargs="?", metavar="SOURCE", help="the path or URL to forget")
    p.add_argument("--format", choices=("text", "json"), default="text")


def run(args: argparse.Namespace) -> int:
    from briefterm.cli import UsageError as fail
    from briefterm.cli import write_out
    from briefterm.core.text import printable
    from briefterm.store.atomic import StoreError
    from briefterm.store.library import Library, json_text

    library = Library()
    try:
        if args.action == "forget":
            if not args.source:
                raise fail("library forget needs the SOURCE to forget (a path or URL as listed)")
            gone = library.forget(args.source)
            if not gone:
                raise fail(f"{printable(args.source)} is not in the library (see 'briefterm library')")
            write_out("".join(f"forgot {e.shown_source()} (its notes stay in {json_text(e.notes_file)})\n"
                              for e in gone))
            return 0
        if args.source:
            raise fail(f"unexpected {printable(args.source)}: did you mean 'briefterm library forget SOURCE'?")
        entries = library.entries()
    except StoreError as e:
        raise fail(str(e)) from None
    for warning in library.warnings:
        print(f"briefterm: warning: {printable(warning)}", file=sys.stderr)
    rows = [(e, e.notes_count(), e.missing) for e in entries]
    if args.format == "json":
        items = []
        for entry, notes, missing in rows:
            item: dict[str, object] = {"title": json_text(entry.title), "source": json_text(entry.source),
                                       "notes": notes, "opened": entry.opened}
            if missing:
                item["missing"] = True
            items.append(item)
        write_out(json.dumps(items, ensure_ascii=False, indent=2) + "\n")
        return 0
    if not rows:
        write_out("The library is empty: documents opened in the reader are listed here.\n")
        return 0
    lines = []
    for entry, notes, missing in rows:
        note_word = "note " if notes == 1 else "notes"
        flag = "  (missing)" if missing else ""
        lines.append(f"{_local(entry.opened)}  {notes:>3} {note_word}  {json_text(entry.title)}\n"
                     f"{'':29}{entry.shown_source()}{flag}\n")
    write_out("".join(lines))
    return 0


def _local(stamp: str) -> str:
    """An ISO 8601 UTC stamp in local time, to the minute."""
    try:
        when = datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    except ValueError:
        return stamp[:16].ljust(16)
    return when.astimezone().strftime("%Y-%m-%d %H:%M")
