"""`briefterm note add`: output, one-line errors, and many writers at once."""

from __future__ import annotations

import json
import re
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
import yaml

from tests.cli.test_cli import assert_one_line_error, run
from tests.conftest import SEED

ADDED_RE = re.compile(r"^added note ([0-9a-f]{32}) to passage (\d+)\n$")


def _doc(tmp_path: Path) -> Path:
    doc = tmp_path / "story.txt"
    doc.write_text(
        "Officials met at dawn.\n\nThe minister said talks would resume on Tuesday.\n\nNobody else spoke.",
        encoding="utf-8",
    )
    return doc


def _stored(notes: Path) -> list[dict[str, object]]:
    return list(yaml.safe_load(notes.read_text(encoding="utf-8"))["notes"])


def test_note_add_prints_the_id_and_stores_the_note(tmp_path: Path) -> None:
    doc, notes = _doc(tmp_path), tmp_path / "n.yaml"
    p = run("note", "add", str(doc), "--notes", str(notes), "--passage", "2",
            "--quote", "talks would resume", "Check the date")
    assert p.returncode == 0, p.stderr
    m = ADDED_RE.match(p.stdout.decode())
    assert m and m.group(2) == "2"
    (stored,) = _stored(notes)
    assert stored["id"] == m.group(1) and stored["body"] == "Check the date" and stored["passage"] == 2
    assert stored["anchor"]["exact"] == "talks would resume"  # type: ignore[index]


def test_note_add_uses_the_data_dir_by_default(tmp_path: Path, _isolated_data_dir: Path) -> None:
    p = run("note", "add", str(_doc(tmp_path)), "--passage", "1", "whole passage")
    assert p.returncode == 0, p.stderr
    (path,) = (_isolated_data_dir / "notes").glob("story-*.yaml")
    assert _stored(path)[0]["anchor"]["exact"] == "Officials met at dawn."  # type: ignore[index]


def test_note_add_on_the_seed(tmp_path: Path) -> None:
    p = run("note", "add", str(SEED), "--notes", str(tmp_path / "n.yaml"), "--passage", "4",
            "--quote", "Obviously it means not joining NATO", "Is it obvious?")
    assert p.returncode == 0, p.stderr
    assert p.stdout.decode().endswith("to passage 4\n")


@pytest.mark.parametrize(
    ("args", "fragment"),
    [
        (["--passage", "9", "x"], "no passage 9: the document has passages 1 to 3"),
        (["--passage", "0", "x"], "no passage 0"),
        (["--passage", "2", "--quote", "not in it", "x"], "quote not found in passage 2"),
        (["--passage", "1", "--quote", "talks would resume", "x"], "quote not found in passage 1"),
        (["--passage", "2", "  "], "the note is empty"),
        (["--passage", "two", "x"], "invalid int value"),
        (["x"], "--passage"),
    ],
)
def test_note_add_errors_are_one_line_exit_2(tmp_path: Path, args: list[str], fragment: str) -> None:
    notes = tmp_path / "n.yaml"
    p = run("note", "add", str(_doc(tmp_path)), "--notes", str(notes), *args)
    assert_one_line_error(p, fragment)
    assert not notes.exists()


def test_note_add_to_a_missing_document_is_one_line(tmp_path: Path) -> None:
    assert_one_line_error(run("note", "add", str(tmp_path / "nope.txt"), "--passage", "1", "x"), "no such file")


def test_note_add_when_the_notes_file_cannot_be_written(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    p = run("note", "add", str(_doc(tmp_path)), "--notes", str(blocker / "n.yaml"), "--passage", "1", "x")
    assert_one_line_error(p, "not a directory")
    p = run("note", "add", str(_doc(tmp_path)), "--notes", str(tmp_path), "--passage", "1", "x")
    assert_one_line_error(p, "is a directory")


def test_note_add_over_a_corrupt_file_moves_it_aside_and_says_so(tmp_path: Path) -> None:
    notes = tmp_path / "n.yaml"
    notes.write_text("notes: [oops", encoding="utf-8")
    p = run("note", "add", str(_doc(tmp_path)), "--notes", str(notes), "--passage", "1", "after")
    assert p.returncode == 0, p.stderr
    err = p.stderr.decode()
    (aside,) = tmp_path.glob("n.yaml.corrupt-*")
    assert err.startswith("briefterm: warning: ") and str(aside) in err
    assert aside.read_text() == "notes: [oops"
    assert [n["body"] for n in _stored(notes)] == ["after"]


def test_control_characters_never_reach_the_notes_file(tmp_path: Path) -> None:
    notes = tmp_path / "n.yaml"
    p = run("note", "add", str(_doc(tmp_path)), "--notes", str(notes), "--passage", "1", "red\x1b[31m alert\x07")
    assert p.returncode == 0, p.stderr
    assert _stored(notes)[0]["body"] == "red alert"


@pytest.mark.slow
def test_eighty_note_adds_four_at_a_time_all_survive_none_twice(tmp_path: Path) -> None:
    doc, notes = _doc(tmp_path), tmp_path / "n.yaml"

    def add(i: int) -> str:
        p = run("note", "add", str(doc), "--notes", str(notes), "--passage", str(1 + i % 3), f"note {i}")
        assert p.returncode == 0, p.stderr
        m = ADDED_RE.match(p.stdout.decode())
        assert m
        return m.group(1)

    with ThreadPoolExecutor(max_workers=4) as pool:
        reported = list(pool.map(add, range(80)))
    stored = _stored(notes)
    assert len(stored) == 80
    assert sorted(str(n["id"]) for n in stored) == sorted(reported)
    assert sorted(str(n["body"]) for n in stored) == sorted(f"note {i}" for i in range(80))


# --- note list / note delete --------------------------------------------------------


def test_note_list_shows_id_passage_status_quote_and_the_whole_body(tmp_path: Path) -> None:
    doc, notes = _doc(tmp_path), tmp_path / "n.yaml"
    added = run("note", "add", str(doc), "--notes", str(notes), "--passage", "2", "--quote", "talks would resume",
                "Check the date\n- and the place")
    note_id = ADDED_RE.match(added.stdout.decode()).group(1)  # type: ignore[union-attr]
    text = run("note", "list", str(doc), "--notes", str(notes)).stdout.decode()
    assert text == f"{note_id}  passage 2  anchored  “talks would resume”\n    Check the date\n    - and the place\n"
    doc.write_text("New first.\n\n" + doc.read_text(encoding="utf-8"), encoding="utf-8")
    (listed,) = json.loads(run("note", "list", str(doc), "--notes", str(notes), "--format", "json").stdout)
    assert (listed["id"], listed["passage"], listed["status"]) == (note_id, 3, "moved")
    assert listed["body"] == "Check the date\n- and the place"
    assert listed["anchor"]["exact"] == "talks would resume"


def test_note_delete_removes_one_note_and_an_unknown_id_is_one_line(tmp_path: Path) -> None:
    doc, notes = _doc(tmp_path), tmp_path / "n.yaml"
    for body in ("first", "second"):
        run("note", "add", str(doc), "--notes", str(notes), "--passage", "1", body)
    first = _stored(notes)[0]["id"]
    p = run("note", "delete", str(doc), "--notes", str(notes), str(first)[:8])
    assert p.returncode == 0 and p.stdout.decode() == f"deleted note {first}\n"
    assert [n["body"] for n in _stored(notes)] == ["second"]
    assert_one_line_error(run("note", "delete", str(doc), "--notes", str(notes), "nope"), "no note 'nope'")
    second = str(_stored(notes)[0]["id"])
    assert_one_line_error(run("note", "delete", str(doc), "--notes", str(notes), second[:3]), "too short")
    assert run("note", "list", str(tmp_path / "missing.txt")).returncode == 2


def test_export_w3c_is_a_web_annotation_collection(tmp_path: Path) -> None:
    doc, notes = _doc(tmp_path), tmp_path / "n.yaml"
    run("note", "add", str(doc), "--notes", str(notes), "--passage", "2", "--quote", "talks would resume", "why?")
    note_id = _stored(notes)[0]["id"]
    out = [json.loads(run("export", str(doc), "--notes", str(notes), "--format", "w3c").stdout) for _ in range(2)]
    assert out[0] == out[1]  # stable ids
    data = out[0]
    assert data["@context"] == "http://www.w3.org/ns/anno.jsonld" and data["type"] == "AnnotationCollection"
    assert data["id"] and data["total"] == 1
    page = data["first"]
    assert page["type"] == "AnnotationPage" and page["id"]
    (a,) = page["items"]
    # The model's required fields: id, type Annotation, target; a TextualBody with a value.
    assert a["id"] == f"urn:briefterm:note:{note_id}" and a["type"] == "Annotation"
    assert a["body"] == {"type": "TextualBody", "value": "why?", "format": "text/markdown", "purpose": "commenting"}
    assert a["target"]["source"] == doc.resolve().as_uri()
    quote, position = a["target"]["selector"]
    text = doc.read_text(encoding="utf-8")
    assert quote["type"] == "TextQuoteSelector" and quote["exact"] == "talks would resume"
    start, end = text.index("talks would resume"), text.index("talks would resume") + len("talks would resume")
    assert position == {"type": "TextPositionSelector", "start": start, "end": end}
    assert text[start - len(quote["prefix"]) : start] == quote["prefix"] and quote["prefix"]
    assert text[end : end + len(quote["suffix"])] == quote["suffix"] and quote["suffix"]
