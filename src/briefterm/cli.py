"""Command line: the reader (default), analyze, note add, export.

Bad usage and bad input exit 2 with one line `briefterm: error: ...`; an
internal error exits 1 and names the log file holding its traceback.
"""

from __future__ import annotations

import argparse
import gc
import os
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from briefterm import __version__
from briefterm.commands import CommandError
from briefterm.core.text import printable
from briefterm.core.types import Crashed, Document, DocumentError

if TYPE_CHECKING:
    from briefterm.brief.model import Brief

PROG = "briefterm"
COMMANDS = ("analyze", "note", "export", "library")
ALIASES = {"analyse": "analyze"}
SEED_NAME = "000_bf86d079a96f6282.txt"


class UsageError(Exception):
    """Bad usage or bad input: exit 2 with the message."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise UsageError(f"{message} (try '{self.prog} --help')")


def seed_path() -> Path:
    """The bundled seed commentary (inside the installed package, a folder on disk:
    importlib.resources would cost its import on the way to the first screen)."""
    return Path(__file__).resolve().parent / "data" / "seeds" / SEED_NAME


def _reader_parser() -> _Parser:
    p = _Parser(
        prog=PROG,
        description="A full-screen terminal reader that briefs news and commentary.",
        epilog=(
            "commands:\n"
            "  briefterm [DOC]                                  open the reader (default: the bundled seed)\n"
            "  briefterm analyze DOC [--format json|yaml|markdown] [--no-brief]\n"
            "  briefterm note add DOC --passage N [--quote TEXT] BODY\n"
            "  briefterm note list DOC [--format text|json]\n"
            "  briefterm note delete DOC ID\n"
            "  briefterm export [DOC] [--format markdown|json|w3c|brief] [-o FILE]\n"
            "  briefterm library [--format text|json]           documents opened before; 'library forget SOURCE'\n"
            "run 'briefterm COMMAND --help' for a command's options"
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    p.add_argument("doc", nargs="?", metavar="DOC", help="document to read (default: the bundled seed)")
    _common(p)
    return p


def _common(p: argparse.ArgumentParser) -> None:
    p.add_argument("--notes", metavar="FILE", help="use this notes file instead of the default")
    p.add_argument("--no-brief", action="store_true", help="ignore any curated brief: the engine alone")
    p.add_argument("--refresh", action="store_true", help="a URL: fetch it again instead of reading its snapshot")


def _command_parser(command: str) -> _Parser:
    if command == "analyze":
        p = _Parser(prog=f"{PROG} analyze", description="Print the analysis of a document.")
        p.add_argument("doc", metavar="DOC", help="document ('-' for standard input)")
        p.add_argument("--format", choices=("json", "yaml", "markdown"), default="json")
        _common(p)
    elif command == "note":
        p = _Parser(prog=f"{PROG} note", description="Work with notes from the command line.")
        sub = p.add_subparsers(dest="action", metavar="ACTION", parser_class=_Parser)
        sub.required = True
        add = sub.add_parser("add", help="add a note to a passage", description="Add a note to passage N.")
        add.add_argument("doc", metavar="DOC")
        add.add_argument("--passage", type=int, required=True, metavar="N", help="1-based, as on screen")
        add.add_argument("--quote", metavar="TEXT", help="anchor the note to this text inside the passage")
        add.add_argument("body", metavar="BODY")
        _common(add)
        _note_list_delete(sub)
    elif command == "library":
        from briefterm.commands import library as cli_library

        p = _Parser(prog=f"{PROG} library", description="Documents opened in the reader, newest first.")
        cli_library.add_arguments(p)
    else:
        p = _Parser(prog=f"{PROG} export", description="Export the brief and all notes.")
        p.add_argument("doc", nargs="?", metavar="DOC",
                       help="document ('-' for standard input; default: the bundled seed, as the reader)")
        p.add_argument("--format", choices=("markdown", "json", "w3c", "brief"), default="markdown")
        p.add_argument("-o", "--output", metavar="FILE", help="write here instead of standard output")
        _common(p)
    return p


def _note_list_delete(sub: argparse._SubParsersAction[_Parser]) -> None:
    ls = sub.add_parser("list", help="list the document's notes", description="List the document's notes.")
    ls.add_argument("doc", metavar="DOC")
    ls.add_argument("--format", choices=("text", "json"), default="text")
    _common(ls)
    rm = sub.add_parser("delete", help="delete a note", description="Delete one note by its id.")
    rm.add_argument("doc", metavar="DOC")
    rm.add_argument("id", metavar="ID", help="the note's id (or a unique start of it)")
    _common(rm)


def command_of(argv: Sequence[str]) -> str | None:
    """The command `argv` names (`analyze`, `note`...), or None for the reader."""
    command = ALIASES.get(argv[0], argv[0]) if argv else None
    return command if command in COMMANDS else None


def parse(argv: Sequence[str]) -> tuple[str, argparse.Namespace]:
    command = command_of(argv)
    if command is not None:
        return command, _command_parser(command).parse_args(argv[1:])
    positional = [a for a in argv if not a.startswith("-")]
    if len(positional) > 1 and argv[0] == positional[0] and not os.path.lexists(argv[0]):
        # `briefterm analize doc.txt`: a mistyped command, not two documents.
        raise UsageError(f"unknown command {printable(argv[0])!s} (commands: {', '.join(COMMANDS)}; "
                         "or give one document to read)")
    return "read", _reader_parser().parse_args(argv)


def load_document(source: str | None, refresh: bool = False) -> Document:
    from briefterm.sources.document import load

    if source is None:
        return load(os.fspath(seed_path()))
    try:
        return load(source, refresh=refresh)
    except DocumentError:
        raise
    except OSError as e:
        raise DocumentError(f"{printable(source)}: cannot read ({e.strerror or e})") from None


def load_brief_for(document: Document, no_brief: bool) -> Brief | None:
    from briefterm.brief.curated import BriefError, find_brief

    if no_brief:
        return None
    try:
        return find_brief(document.path)
    except BriefError as e:
        raise UsageError(str(e)) from None


def write_out(text: str | bytes | Iterator[bytes | memoryview]) -> None:
    """One write of the whole output, or of each of its pieces as it comes: fast even when
    stdout is unbuffered."""
    pieces = [text] if isinstance(text, str | bytes) else text
    try:
        for piece in pieces:
            sys.stdout.buffer.write(piece.encode("utf-8", "surrogateescape") if isinstance(piece, str) else piece)
        sys.stdout.buffer.flush()
    except BrokenPipeError:
        # The reader of our output went away (`| head`): not an error of ours.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())


# What the last one-shot command built, left for `run`'s os._exit to drop with the process:
# freeing a 3 MB document's analysis object by object took 0.03 s after its output was written.
_kept_till_exit: list[object] = []


def _keep_till_exit(*objects: object) -> None:
    _kept_till_exit[:] = objects


def _cmd_analyze(args: argparse.Namespace) -> int:
    from briefterm.commands.analysis import corrected_analysis
    from briefterm.export.render import analysis_markdown, json_pieces, to_yaml

    document = load_document(args.doc, args.refresh)
    shown = corrected_analysis(document, load_brief_for(document, args.no_brief), args.no_brief, args.notes)
    analysis = shown.analysis
    _keep_till_exit(shown)
    if args.format == "markdown":
        write_out(analysis_markdown(analysis))
    elif args.format == "yaml":
        write_out(to_yaml(analysis.to_dict()))
    else:
        data = analysis.to_dict(as_objects=True)
        _keep_till_exit(shown, data)
        write_out(json_pieces(data))
    return 0


def _cmd_note(args: argparse.Namespace) -> int:
    if args.action != "add":
        from briefterm.commands.notes import delete_note, list_notes, open_notes

        notes = open_notes(load_document(args.doc, args.refresh), args.notes)
        if args.action == "list":
            write_out(list_notes(notes, args.format))
        else:
            note = delete_note(notes, args.id)
            write_out(f"deleted note {note.id}\n")
        return 0
    from briefterm.engine.passages import document_passages  # as the analysis numbers them, without the engine
    from briefterm.notes.note import NoteError
    from briefterm.store.atomic import StoreError
    from briefterm.store.notes_store import DocumentNotes

    if not args.body.strip():
        raise UsageError("the note is empty: give its text as BODY")
    document = load_document(args.doc, args.refresh)
    try:
        notes = DocumentNotes.open(document, document_passages(document), args.notes, strict=True)
    except StoreError as e:
        raise UsageError(str(e)) from None
    _warn(notes.take_warnings())
    try:
        note = notes.add(args.passage, args.body, args.quote)
    except (NoteError, StoreError) as e:
        _warn(notes.take_warnings())
        raise UsageError(str(e)) from None
    _warn(notes.take_warnings())
    write_out(f"added note {note.id} to passage {note.passage}\n")
    return 0


def _cmd_export(args: argparse.Namespace) -> int:
    from briefterm.commands.analysis import corrected_analysis
    from briefterm.commands.export import export_text
    from briefterm.store.atomic import StoreError, atomic_write

    document = load_document(args.doc, args.refresh)
    shown = corrected_analysis(document, load_brief_for(document, args.no_brief), args.no_brief, args.notes)
    _keep_till_exit(shown)
    text = export_text(shown, args.format)
    if not args.output or args.output == "-":
        write_out(text)
        return 0
    try:
        data = text.encode("utf-8", "surrogateescape")
        atomic_write(Path(args.output), data, what="the export", mode=0o666 & ~_umask())
    except StoreError as e:
        raise UsageError(str(e)) from None
    return 0


def _warn(messages: Sequence[str]) -> None:
    """Tell the user what the notes store had to do (a corrupt file moved aside...)."""
    for message in messages:
        print(f"{PROG}: warning: {printable(message)}", file=sys.stderr)


def _cmd_read(args: argparse.Namespace) -> int:
    from briefterm.sources.pipe import open_terminal, stdin_is_piped, take_keys_from

    source = "-" if args.doc is None and stdin_is_piped() else args.doc
    if not sys.stdout.isatty():
        what = " to show standard input on" if source == "-" else ""
        raise UsageError(f"the reader needs a terminal{what}; for pipes use 'briefterm analyze' or 'briefterm export'")
    if source == "-" and sys.stdin.isatty():
        raise UsageError("'-' reads standard input, which is the terminal: pipe a document in (cat FILE | briefterm)")
    # As `less` does: the document may come on standard input, the keys from the terminal.
    terminal = None if sys.stdin.isatty() else open_terminal()
    # Only what the first screen needs is imported here: the brief is read just after the
    # first paint, the engine runs in the reader's worker.
    document = load_document(source, args.refresh)
    if terminal is not None:
        take_keys_from(terminal)
    from briefterm.ui.app import run_reader

    return int(run_reader(document, None, notes=args.notes, no_brief=args.no_brief, find_brief=not args.no_brief))


def _umask() -> int:
    """The process umask (only readable by setting it): a new export gets the usual mode."""
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _cmd_library(args: argparse.Namespace) -> int:
    from briefterm.commands.library import run

    return run(args)


HANDLERS = {"analyze": _cmd_analyze, "note": _cmd_note, "export": _cmd_export, "read": _cmd_read,
            "library": _cmd_library}


def _log_crash(report: str | None = None) -> Path | None:
    import traceback
    from datetime import datetime

    from briefterm.store.paths import log_dir

    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    for folder in (log_dir(), Path(os.environ.get("TMPDIR", "/tmp"))):
        try:
            folder.mkdir(parents=True, exist_ok=True)
            path = folder / f"briefterm-crash-{stamp}-{os.getpid()}.log"
            path.write_text(report or traceback.format_exc(), encoding="utf-8")
            return path
        except OSError:
            continue
    return None


def main(argv: Sequence[str] | None = None) -> int:
    from briefterm.engine.gc_pause import gc_paused

    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        command, args = parse(argv)
        if command == "read":
            # Start-up makes many objects that live as long as the reader and no garbage
            # worth a collection: the collector waits until the first screen is painted
            # (a full collection in the first frame cost a fifth of the time to it).
            gc.disable()
            return HANDLERS[command](args)
        # A one-shot command builds large, acyclic results (the JSON of an analysis):
        # reference counting frees them, the cyclic collector would only rescan them.
        with gc_paused():
            return HANDLERS[command](args)
    except (UsageError, DocumentError, CommandError) as e:
        print(f"{PROG}: error: {printable(str(e))}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print(f"{PROG}: interrupted", file=sys.stderr)
        return 130
    except Exception as e:
        # The reader's errors come caught (Textual catches them): as Crashed, with their traceback.
        log = _log_crash(e.report if isinstance(e, Crashed) else None)
        where = f"; traceback in {printable(os.fspath(log))}" if log else ""
        name = e.name if isinstance(e, Crashed) else type(e).__name__
        print(f"{PROG}: internal error: {printable(name)}{where}", file=sys.stderr)
        return 1


def run() -> NoReturn:
    """The `briefterm` script: `main`, then exit. A one-shot command (analyze, note, export,
    library) runs without the cyclic garbage collector (its results are acyclic and freed by
    reference counting; the collection that followed re-enabling it rescanned every object
    still alive) and leaves at once, its output flushed, without tearing down the interpreter:
    freeing the objects of a large analysis one by one took 0.15 s of a 3 MB `analyze`."""
    one_shot = command_of(sys.argv[1:]) is not None
    if one_shot:
        gc.disable()
    code = main()
    if not one_shot:
        raise SystemExit(code)  # the reader: Textual restores the terminal on the way out
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):
            pass  # a closed pipe: nothing more can be said on it
    os._exit(code)
