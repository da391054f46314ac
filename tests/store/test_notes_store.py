"""The notes file: round trips, merging, deletions, corrupt files, failing writes."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefterm.engine.passages import split_passages
from briefterm.notes.note import Note, make_note
from briefterm.sources.document import from_text
from briefterm.store import atomic, notes_store
from briefterm.store.atomic import StoreError, atomic_write
from briefterm.store.notes_store import DocumentNotes, NotesStore

TEXT = "First paragraph here.\n\nSecond one, with a quote in it.\n\nThird and last."


def _new(body: str = "a note", passage: int = 2, quote: str | None = None) -> Note:
    return make_note(TEXT, split_passages(TEXT), passage, body, quote)


def _store(tmp_path: Path) -> NotesStore:
    return NotesStore(tmp_path / "notes" / "doc.yaml", source="doc.txt", sha256="abc")


# --- round trips -------------------------------------------------------------------


def test_missing_file_is_an_empty_set(tmp_path: Path) -> None:
    store = _store(tmp_path)
    assert store.load() == [] and store.take_warnings() == []


def test_add_update_delete_round_trip(tmp_path: Path) -> None:
    store = _store(tmp_path)
    a, b = _new("first"), _new("second\nwith two lines", 3, "Third")
    store.add(a)
    store.add(b)
    assert {n.id: n for n in _store(tmp_path).load()} == {a.id: a, b.id: b}
    changed = Note(**{**a.__dict__, "body": "changed"})
    store.update(changed)
    assert {n.id: n.body for n in store.load()} == {a.id: "changed", b.id: b.body}
    store.delete(a.id)
    assert [n.id for n in store.load()] == [b.id]


def test_file_is_versioned_readable_yaml(tmp_path: Path) -> None:
    store = _store(tmp_path)
    store.add(_new("line one\nline two"))
    raw = store.path.read_text(encoding="utf-8")
    data = yaml.safe_load(raw)
    assert data["version"] == notes_store.FORMAT_VERSION
    assert data["document"] == {"source": "doc.txt", "sha256": "abc"}
    assert data["notes"][0]["body"] == "line one\nline two"
    assert "body: |" in raw  # multi-line bodies as literal blocks, easy to read
    assert not list(store.path.parent.glob("*.tmp"))


def test_empty_file_is_an_empty_set(tmp_path: Path) -> None:
    store = _store(tmp_path)
    store.path.parent.mkdir(parents=True)
    store.path.write_text("")
    assert store.load() == [] and store.take_warnings() == []


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(body=st.text(max_size=200))
def test_any_body_survives_the_file(tmp_path: Path, body: str) -> None:
    note = _new("x")
    store = NotesStore(tmp_path / f"{note.id}.yaml")
    note = Note(**{**note.__dict__, "body": body})
    store.update(note)
    assert [n.body for n in store.load()] == [body]


# --- merging -----------------------------------------------------------------------


def test_two_stores_on_one_file_merge_by_id(tmp_path: Path) -> None:
    one, two = _store(tmp_path), _store(tmp_path)
    a, b = _new("from one"), _new("from two")
    one.add(a)
    merged = two.add(b)  # two never loaded a; it must keep it
    assert {n.id for n in merged} == {a.id, b.id}


def test_a_deleted_note_is_not_brought_back_by_a_stale_add(tmp_path: Path) -> None:
    one, two = _store(tmp_path), _store(tmp_path)
    a = _new()
    one.add(a)
    two.delete(a.id)
    one.add(a)  # e.g. a retried add from a process that still held the note
    assert one.load() == []
    assert yaml.safe_load(one.path.read_text())["deleted"][0]["id"] == a.id


def test_an_explicit_edit_after_a_delete_keeps_the_new_text(tmp_path: Path) -> None:
    one, two = _store(tmp_path), _store(tmp_path)
    a = _new()
    one.add(a)
    two.delete(a.id)
    edited = Note(**{**a.__dict__, "body": "typed after the delete"})
    one.update(edited)
    assert [n.body for n in one.load()] == ["typed after the delete"]


def test_unreadable_entries_and_unknown_keys_are_kept(tmp_path: Path) -> None:
    store = _store(tmp_path)
    store.path.parent.mkdir(parents=True)
    store.path.write_text(
        "version: 1\nfuture_key: 42\nnotes:\n- {id: broken, body: 3}\n- just a string\n",
        encoding="utf-8",
    )
    assert store.load() == []
    assert "2 note(s)" in store.take_warnings()[0]
    store.add(_new())
    data = yaml.safe_load(store.path.read_text())
    assert {"id": "broken", "body": 3} in data["notes"] and "just a string" in data["notes"]
    assert data["future_key"] == 42
    assert len(store.load()) == 1


def test_a_newer_format_is_read_but_never_overwritten(tmp_path: Path) -> None:
    store = _store(tmp_path)
    store.path.parent.mkdir(parents=True)
    store.path.write_text("version: 99\nnotes: []\n")
    before = store.path.read_bytes()
    assert store.load() == []
    with pytest.raises(StoreError, match="newer briefterm"):
        store.add(_new())
    assert store.path.read_bytes() == before


# --- corrupt files -----------------------------------------------------------------


@pytest.mark.parametrize(
    "garbage",
    [b"notes: [unclosed\n", b"- a\n- list\n", b"\xff\xfe\x00garbage", b"version: 1\nnotes: 7\n", b"x: [1,"],
)
def test_a_corrupt_file_is_moved_aside_and_the_user_told(tmp_path: Path, garbage: bytes) -> None:
    store = _store(tmp_path)
    store.path.parent.mkdir(parents=True)
    store.path.write_bytes(garbage)
    assert store.load() == []
    (warning,) = store.take_warnings()
    asides = list(store.path.parent.glob("doc.yaml.corrupt-*"))
    assert len(asides) == 1 and asides[0].read_bytes() == garbage
    assert str(asides[0]) in warning
    assert not store.path.exists()
    store.add(_new())  # work goes on
    assert len(store.load()) == 1


def test_aside_copies_never_overwrite_each_other(tmp_path: Path) -> None:
    store = _store(tmp_path)
    store.path.parent.mkdir(parents=True)
    for i in range(3):
        store.path.write_bytes(f"broken {i}: [".encode())
        store.load()
    asides = sorted(store.path.parent.glob("doc.yaml.corrupt-*"))
    assert len(asides) == 3
    assert {p.read_bytes() for p in asides} == {f"broken {i}: [".encode() for i in range(3)}


def test_a_write_over_a_corrupt_file_moves_it_aside_first(tmp_path: Path) -> None:
    store = _store(tmp_path)
    store.path.parent.mkdir(parents=True)
    store.path.write_bytes(b"{{{{")
    note = _new()
    assert [n.id for n in store.add(note)] == [note.id]
    assert "moved to" in store.take_warnings()[0]
    assert list(store.path.parent.glob("doc.yaml.corrupt-*"))[0].read_bytes() == b"{{{{"


# --- failing writes ----------------------------------------------------------------


def test_path_under_a_file_is_a_clear_error(tmp_path: Path) -> None:
    blocker = tmp_path / "plain-file"
    blocker.write_text("not a folder")
    store = NotesStore(blocker / "notes.yaml")
    with pytest.raises(StoreError, match="not a directory") as info:
        store.add(_new())
    assert "\n" not in str(info.value)


def test_notes_path_that_is_a_directory_is_a_clear_error(tmp_path: Path) -> None:
    (tmp_path / "notes.yaml").mkdir()
    store = NotesStore(tmp_path / "notes.yaml")
    with pytest.raises(StoreError, match="is a directory"):
        store.add(_new())
    with pytest.raises(StoreError, match="is a directory"):
        store.load()


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only folders")
def test_read_only_folder_is_a_clear_error(tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    store = NotesStore(folder / "notes.yaml")
    store.add(_new("kept"))
    folder.chmod(0o500)
    try:
        with pytest.raises(StoreError, match="permission denied"):
            store.add(_new("refused"))
        assert [n.body for n in store.load()] == ["kept"]
    finally:
        folder.chmod(0o700)


def test_permission_denied_is_a_clear_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Root ignores file modes, so the refusal is simulated where the write happens.
    store = _store(tmp_path)
    store.add(_new("kept"))

    def refuse(*args: object, **kwargs: object) -> tuple[int, str]:
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(atomic.tempfile, "mkstemp", refuse)
    with pytest.raises(StoreError, match="permission denied"):
        store.add(_new("refused"))
    monkeypatch.undo()
    assert [n.body for n in store.load()] == ["kept"]


def test_disk_full_keeps_the_old_file_and_leaves_no_temp_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = _store(tmp_path)
    store.add(_new("kept"))
    before = store.path.read_bytes()

    def full(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(notes_store.os, "fsync", full)
    with pytest.raises(StoreError, match="no space left"):
        store.add(_new("lost?"))
    monkeypatch.undo()
    assert store.path.read_bytes() == before
    assert not [p for p in store.path.parent.iterdir() if p.name.endswith(".tmp")]


def test_atomic_write_refuses_a_directory(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="is a directory"):
        atomic_write(tmp_path, b"x")


# --- DocumentNotes -------------------------------------------------------------------


def _doc_notes(tmp_path: Path, text: str = TEXT) -> DocumentNotes:
    document = from_text(text, "doc.txt")
    return DocumentNotes.open(document, split_passages(document.text), tmp_path / "n.yaml")


def test_document_notes_add_edit_delete(tmp_path: Path) -> None:
    notes = _doc_notes(tmp_path)
    note = notes.add(2, "hello", "a quote")
    assert notes.passages_with_notes() == {2} and notes.notes == [note]
    edited = notes.edit(note.id, "hello again", None)
    assert edited.whole_passage and edited.body == "hello again"
    assert _doc_notes(tmp_path).get(note.id) == edited
    notes.delete(note.id)
    assert notes.notes == [] and _doc_notes(tmp_path).notes == []


def test_document_notes_reanchor_on_open(tmp_path: Path) -> None:
    _doc_notes(tmp_path).add(2, "n", "a quote")
    changed = "New first.\n\n" + TEXT.replace("Third and last.", "")
    (note,) = _doc_notes(tmp_path, changed).notes
    assert note.status == "moved" and note.passage == 3


def test_a_failed_save_changes_nothing_in_memory(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    notes = _doc_notes(tmp_path)
    kept = notes.add(1, "kept")

    def full(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(notes_store.os, "fsync", full)
    with pytest.raises(StoreError):
        notes.add(2, "not saved")
    with pytest.raises(StoreError):
        notes.edit(kept.id, "not saved either")
    assert notes.notes == [kept]


def test_unreadable_file_is_a_warning_unless_strict(tmp_path: Path) -> None:
    (tmp_path / "n.yaml").mkdir()
    notes = _doc_notes(tmp_path)
    assert notes.notes == [] and "is a directory" in notes.take_warnings()[0]
    document = from_text(TEXT, "doc.txt")
    with pytest.raises(StoreError):
        DocumentNotes.open(document, split_passages(TEXT), tmp_path / "n.yaml", strict=True)


def test_every_write_records_where_the_notes_sit_now(tmp_path: Path) -> None:
    from briefterm.engine.passages import split_passages
    from briefterm.sources.document import from_text
    from briefterm.store.notes_store import DocumentNotes

    text = "One.\n\nThe mayor said no. Then he left.\n\nThree."
    path = tmp_path / "n.yaml"
    doc = from_text(text)
    first = DocumentNotes.open(doc, split_passages(text), path)
    kept = first.add(2, "on the mayor", "The mayor said no.")
    gone = first.add(2, "on leaving", "Then he left.")
    edited = "Inserted.\n\nAnother.\n\n" + text.replace(" Then he left.", "")
    doc2 = from_text(edited)
    second = DocumentNotes.open(doc2, split_passages(edited), path)
    second.add(1, "a new one")
    stored = {n["id"]: n for n in yaml.safe_load(path.read_text(encoding="utf-8"))["notes"]}
    assert (stored[kept.id]["passage"], stored[kept.id]["status"]) == (4, "moved")
    assert stored[kept.id]["anchor"]["start"] == edited.index("The mayor said no.")
    assert (stored[gone.id]["passage"], stored[gone.id]["status"]) == (4, "orphaned")
    assert stored[gone.id]["anchor"]["exact"] == "Then he left."  # what it was on is kept
