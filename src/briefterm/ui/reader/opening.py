"""Opening documents from the reader: the library (`o`), recording, warnings.

- `o` shows the library screen; the source picked (or typed) is loaded in a
  thread and opened in a new reader screen on top (a bad source is one
  notification, the current document stays).
- Every document a reader shows is recorded in the library (in a thread:
  a lock and an fsync must not hold up the first paint). When its text is
  that of a missing file that has notes, the reader offers to bring them over.
- What the source had to do to the document (decoded as cp1252, control
  characters removed, extraction fell back...) is said once, on open.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from briefterm.core.text import clean
from briefterm.core.types import Document, DocumentError

if TYPE_CHECKING:
    from textual.app import App

    from briefterm.store.library import Entry
    from briefterm.ui.screens.library import LibraryScreen
    from briefterm.ui.screens.reader import ReaderScreen

WARNING_TIMEOUT = 12


def shown_title(document: Document, brief: Any) -> str:
    """The title in the reader's header and the library: the brief's, else the document's."""
    title = getattr(brief, "title", None)
    return title if isinstance(title, str) and title else document.title


def show_warnings(app: App[Any], document: Document) -> None:
    """The document's warnings, as one notification."""
    if document.warnings:
        message = "; ".join(clean(w) for w in document.warnings)
        app.notify(message, title="Document", severity="warning", timeout=WARNING_TIMEOUT, markup=False)


def opened(reader: ReaderScreen) -> None:
    """Called when a reader screen shows its document: warnings, then record it."""
    show_warnings(reader.app, reader.document)
    reader.app.run_worker(lambda: _record(reader), thread=True, group="library-record", exit_on_error=False)


def _record(reader: ReaderScreen) -> None:
    from briefterm.store.atomic import StoreError
    from briefterm.store.library import Library
    from briefterm.store.paths import notes_file_for

    document = reader.document
    notes_file = notes_file_for(document, reader.notes_path)
    library = Library()
    try:
        library.record(document, notes_file, title=shown_title(document, reader.brief))
        moved = library.missing_with_notes(document)
    except StoreError as e:
        reader.app.call_from_thread(reader.app.notify, f"Library: {clean(str(e))}", severity="warning",
                                    markup=False)
        return
    if moved:
        reader.app.call_from_thread(_offer_notes, reader, moved[0], notes_file)


def _offer_notes(reader: ReaderScreen, entry: Entry, notes_file: Any) -> None:
    from briefterm.ui.screens.confirm import ConfirmScreen

    count = entry.notes_count()
    question = (f"This text was opened before as {clean(entry.shown_source())}, which is no longer there, "
                f"with {count} note{'' if count == 1 else 's'}. Bring them over to this document?")

    def answered(yes: bool | None) -> None:
        if yes:
            reader.app.run_worker(lambda: _adopt(reader, entry, notes_file), thread=True, group="library-adopt")

    reader.app.push_screen(ConfirmScreen(question, yes="Bring them over", no="Not now"), answered)


def _adopt(reader: ReaderScreen, entry: Entry, notes_file: Any) -> None:
    from briefterm.store.atomic import StoreError
    from briefterm.store.library import Library

    try:
        count = Library().adopt_notes(entry, reader.document, notes_file)
    except StoreError as e:
        reader.app.call_from_thread(reader.app.notify, clean(str(e)), severity="error", markup=False)
        return
    reader.app.call_from_thread(_adopted, reader, count)


def _adopted(reader: ReaderScreen, count: int) -> None:
    notes = reader.notes_pane
    if notes is not None and notes.book is not None:
        notes.book.reload()
        notes.bind_notes(notes.book)
    reader.app.notify(f"{count} note{'' if count == 1 else 's'} brought over.", markup=False)


# ----- `o`: the library, and opening what was picked


def open_library(reader: ReaderScreen) -> LibraryScreen:
    import os

    from briefterm.store.library import Entry, source_of, utc_stamp
    from briefterm.store.paths import notes_file_for
    from briefterm.ui.screens.library import LibraryScreen

    def picked(source: str | None) -> None:
        if source:
            open_source(reader, source)

    document = reader.document
    notes_file = os.fsdecode(notes_file_for(document, reader.notes_path))
    current = Entry(source_of(document), document.title, document.sha256, utc_stamp(), notes_file)
    screen = LibraryScreen(current)
    reader.app.push_screen(screen, picked)
    return screen


def open_source(reader: ReaderScreen, source: str) -> None:
    """Load `source` in a thread; open it on top, or say in one line why not."""
    reader.notify(f"Opening {clean(source)}…", timeout=3, markup=False)
    reader.app.run_worker(lambda: _load(reader, source), thread=True, exclusive=True, group="open-document",
                          exit_on_error=False)


def _load(reader: ReaderScreen, source: str) -> None:
    from briefterm.brief.curated import BriefError, find_brief
    from briefterm.sources.document import load

    app = reader.app
    try:
        document = load(source)
    except (DocumentError, OSError) as e:
        message = str(e) if isinstance(e, DocumentError) else f"{source}: cannot read ({e.strerror or e})"
        app.call_from_thread(app.notify, clean(message), title="Cannot open", severity="error", markup=False)
        return
    brief: Any = None
    if not getattr(app, "no_brief", False):
        try:
            brief = find_brief(document.path)
        except BriefError as e:
            app.call_from_thread(app.notify, clean(str(e)), title="Brief", severity="warning", markup=False)
    app.call_from_thread(_show, reader, document, brief)


def _show(reader: ReaderScreen, document: Document, brief: Any) -> None:
    """A new reader screen for `document`, in place of the one on top."""
    from briefterm.ui.reader.workbench import default_analyser
    from briefterm.ui.screens.reader import ReaderScreen

    app = reader.app
    screen = ReaderScreen(document, brief, analyser=getattr(app, "analyser", default_analyser),
                          no_brief=bool(getattr(app, "no_brief", False)))
    setattr(app, "document", document)  # noqa: B010 - the app's document is the one on screen
    if len(app.screen_stack) <= 1 or not isinstance(app.screen, ReaderScreen):
        app.push_screen(screen)  # the first reader is the app's default screen: it cannot be switched out
    else:
        app.switch_screen(screen)
