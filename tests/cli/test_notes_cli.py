"""`briefterm note add`: output, one-line errors, and many writers at once."""

from __future__ import annotations

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
