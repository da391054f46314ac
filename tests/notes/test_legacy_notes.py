"""Notes written before Markdown was rendered and wrapped text reflowed still open.

tests/fixtures/legacy_notes holds a `.md` and a hard-wrapped `.txt` with notes
files written by briefterm before that change (passage numbers and anchors on
the raw text). Every note must come back: re-anchored, or shown as orphaned.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from briefterm.engine.passages import document_passages
from briefterm.sources.document import load
from briefterm.store.notes_store import DocumentNotes
from tests.conftest import ROOT

LEGACY = ROOT / "tests" / "fixtures" / "legacy_notes"
CASES = [("report.md", "report.notes.yaml"), ("wrapped.txt", "wrapped.notes.yaml")]


def _copy(tmp_path: Path, doc: str, notes: str) -> tuple[Path, Path]:
    shutil.copy(LEGACY / doc, tmp_path / doc)
    shutil.copy(LEGACY / notes, tmp_path / notes)
    return tmp_path / doc, tmp_path / notes


@pytest.mark.parametrize(("doc", "notes"), CASES)
def test_every_old_note_comes_back_on_its_words(tmp_path: Path, doc: str, notes: str) -> None:
    doc_path, notes_path = _copy(tmp_path, doc, notes)
    old = yaml.safe_load(notes_path.read_text(encoding="utf-8"))["notes"]
    document = load(str(doc_path))
    loaded = DocumentNotes.open(document, document_passages(document), notes_path, strict=True)
    assert loaded.take_warnings() == []
    assert {n.id for n in loaded.notes} == {n["id"] for n in old}
    for note in loaded.notes:
        assert note.status in ("anchored", "moved"), (note.body, note.anchor)
        # The words are those the note was written on, without Markdown marks or hard breaks.
        was = next(n for n in old if n["id"] == note.id)["anchor"]["exact"]
        assert note.anchor.exact.split() == [w.strip("*`#") for w in was.split() if w.strip("*`#")]
        assert document.text[note.anchor.start : note.anchor.end] == note.anchor.exact


def test_old_notes_export_through_the_command_line(tmp_path: Path) -> None:
    doc_path, notes_path = _copy(tmp_path, *CASES[0])
    p = subprocess.run([sys.executable, "-m", "briefterm", "export", str(doc_path), "--notes",
                        str(notes_path), "--format", "json"], capture_output=True, timeout=60)
    assert p.returncode == 0, p.stderr
    listed = json.loads(p.stdout)["notes"]
    assert len(listed) == 7
    by_body = {n["body"]: n for n in listed}
    assert by_body["Quote with Markdown marks inside"]["passage"] == 2
    assert by_body["A quote inside a block quote"]["passage"] == 4


def test_a_note_whose_words_are_gone_is_orphaned_not_lost(tmp_path: Path) -> None:
    doc_path, notes_path = _copy(tmp_path, *CASES[1])
    doc_path.write_text("Something else entirely.\n", encoding="utf-8")
    document = load(str(doc_path))
    loaded = DocumentNotes.open(document, document_passages(document), notes_path, strict=True)
    assert len(loaded.notes) == 6 and all(n.orphaned for n in loaded.notes)
    assert len(yaml.safe_load(notes_path.read_text(encoding="utf-8"))["notes"]) == 6
