"""The library: documents opened in the reader, newest first; missing files kept."""

from __future__ import annotations

import json
import os
import threading
from pathlib import Path

from briefterm.sources.document import load
from briefterm.store.library import Library, json_text, library_path
from briefterm.store.notes_store import DocumentNotes
from tests.cli.test_cli import assert_one_line_error, run


def _doc(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _open(path: Path) -> None:
    """What the reader does when it opens a document."""
    from briefterm.engine.passages import document_passages

    document = load(str(path))
    notes = DocumentNotes.open(document, document_passages(document))
    Library().record(document, notes.path)


def test_recorded_newest_first_and_reopening_moves_to_the_top(tmp_path: Path) -> None:
    a = _doc(tmp_path, "a.txt", "Alpha talks\n\nText.")
    b = _doc(tmp_path, "b.txt", "Beta talks\n\nText.")
    _open(a)
    _open(b)
    assert [e.title for e in Library().entries()] == ["Beta talks", "Alpha talks"]
    _open(a)
    entries = Library().entries()
    assert [e.title for e in entries] == ["Alpha talks", "Beta talks"]
    assert entries[0].source == os.fsdecode(a.resolve())


def test_only_the_reader_records(tmp_path: Path) -> None:
    a = _doc(tmp_path, "a.txt", "Alpha talks\n\nText.")
    for args in (["analyze", str(a)], ["export", str(a)], ["note", "add", str(a), "--passage", "2", "n"]):
        assert run(*args).returncode == 0
    assert not library_path().exists()
    assert run("library").stdout.decode().startswith("The library is empty")


def test_library_json_lists_notes_and_a_missing_file(tmp_path: Path) -> None:
    a = _doc(tmp_path, "a.txt", "Alpha talks\n\nText.")
    gone = _doc(tmp_path, "gone.txt", "Gone talks\n\nText.")
    _open(a)
    _open(gone)
    assert run("note", "add", str(gone), "--passage", "2", "kept").returncode == 0
    gone.unlink()
    listed = json.loads(run("library", "--format", "json").stdout)
    assert [(x["title"], x["notes"], x.get("missing")) for x in listed] == [("Gone talks", 1, True),
                                                                           ("Alpha talks", 0, None)]
    assert set(listed[1]) == {"title", "source", "notes", "opened"}
    text = run("library").stdout.decode()
    assert "Gone talks" in text and "(missing)" in text and "1 note " in text


def test_forget_removes_the_entry_but_not_its_notes(tmp_path: Path) -> None:
    a = _doc(tmp_path, "a.txt", "Alpha talks\n\nText.")
    _open(a)
    assert run("note", "add", str(a), "--passage", "2", "kept").returncode == 0
    p = run("library", "forget", str(a))
    assert p.returncode == 0 and "forgot" in p.stdout.decode()
    assert Library().entries() == []
    assert run("export", str(a), "--format", "json").stdout.count(b'"kept"') == 1
    assert_one_line_error(run("library", "forget", str(a)), "not in the library")
    assert_one_line_error(run("library", "forget"), "SOURCE")


def test_a_moved_file_with_notes_is_found_by_its_text(tmp_path: Path) -> None:
    old = _doc(tmp_path, "old.txt", "Alpha talks\n\nText.")
    _open(old)
    assert run("note", "add", str(old), "--passage", "2", "kept").returncode == 0
    new = tmp_path / "new.txt"
    old.rename(new)
    document = load(str(new))
    [entry] = Library().missing_with_notes(document)
    assert entry.source == os.fsdecode(old.resolve()) and entry.notes_count() == 1


def test_two_readers_recording_at_once_both_stay(tmp_path: Path) -> None:
    docs = [_doc(tmp_path, f"d{i}.txt", f"Doc {i}\n\nText.") for i in range(8)]
    threads = [threading.Thread(target=_open, args=(d,)) for d in docs]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(e.title for e in Library().entries()) == sorted(f"Doc {i}" for i in range(8))


def test_an_unreadable_library_is_moved_aside_and_a_new_one_starts(tmp_path: Path) -> None:
    library_path().parent.mkdir(parents=True, exist_ok=True)
    library_path().write_text("{not json", encoding="utf-8")
    lib = Library()
    assert lib.entries() == [] and lib.warnings
    listed = run("library")
    assert listed.returncode == 0 and b"warning: the library" in listed.stderr
    _open(_doc(tmp_path, "a.txt", "Alpha talks\n\nText."))
    assert [e.title for e in Library().entries()] == ["Alpha talks"]
    assert list(library_path().parent.glob("library.json.corrupt-*"))


def test_sources_with_bad_bytes_or_controls_are_escaped_for_json() -> None:
    assert json_text("/tmp/caf\udce9\x1b.txt") == "/tmp/caf\\xe9\\x1b.txt"


def test_notes_of_a_moved_file_can_be_brought_over(tmp_path: Path) -> None:
    from briefterm.engine.passages import document_passages
    from briefterm.store.paths import notes_file_for

    old = _doc(tmp_path, "old.txt", "Alpha talks\n\nText here.")
    _open(old)
    assert run("note", "add", str(old), "--passage", "2", "--quote", "here", "kept").returncode == 0
    old_notes = notes_file_for(load(str(old)))
    new = tmp_path / "moved" / "new.txt"
    new.parent.mkdir()
    old.rename(new)
    document = load(str(new))
    library = Library()
    [entry] = library.missing_with_notes(document)
    assert library.adopt_notes(entry, document, notes_file_for(document)) == 1
    notes = DocumentNotes.open(document, document_passages(document)).notes
    assert [(n.body, n.anchor.exact, n.status) for n in notes] == [("kept", "here", "anchored")]
    assert old_notes.exists()  # the old notes file is left as it was
    assert Library().find(entry.source) == []


def test_piped_text_is_listed_as_standard_input_and_can_be_forgotten(tmp_path: Path) -> None:
    from briefterm.sources.dispatch import build

    document = build("Piped story\n\nText.", "-")
    Library().record(document, tmp_path / "n.yaml")
    [item] = json.loads(run("library", "--format", "json").stdout)
    assert (item["title"], item["source"]) == ("Piped story", "-")
    assert "(standard input)" in run("library").stdout.decode()
    assert run("library", "forget", "-").returncode == 0
    assert Library().entries() == []
