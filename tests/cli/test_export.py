"""`briefterm export`: the brief plus every note, as Markdown for people and JSON for tools."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from briefterm.engine.passages import document_passages
from briefterm.sources.document import load
from briefterm.store.notes_store import DocumentNotes
from tests.cli.test_cli import SCHEMA, assert_one_line_error, run
from tests.conftest import SEED

STORY = (
    "# Bridge closes in May\n\n"
    "The mayor said the bridge would close in May. Residents were not told why.\n\n"
    "Traders on the east bank fear a slow summer.\n\n"
    "A spokesperson declined to comment."
)


def _story(tmp_path: Path, text: str = STORY) -> Path:
    doc = tmp_path / "story.md"
    doc.write_text(text, encoding="utf-8")
    return doc


def _add(doc: Path, notes: Path, passage: int, body: str, quote: str | None = None) -> str:
    document = load(str(doc))
    book = DocumentNotes.open(document, document_passages(document), notes)
    return book.add(passage, body, quote).id


def _export(*args: str) -> str:
    p = run("export", *args)
    assert p.returncode == 0, p.stderr
    return p.stdout.decode("utf-8")


def test_markdown_has_title_source_noted_passages_then_the_brief(tmp_path: Path) -> None:
    doc, notes = _story(tmp_path), tmp_path / "n.yaml"
    _add(doc, notes, 2, "Why May?\n\nSecond paragraph.", "Residents were not told why.")
    _add(doc, notes, 3, "Whole passage note")
    md = _export(str(doc), "--notes", str(notes), "--format", "markdown")
    lines = md.splitlines()
    assert lines[0] == "# Bridge closes in May"
    assert any(line.startswith("Source: `") and str(doc) in line for line in lines)
    order = [md.index(s) for s in ("## Notes", "### Passage 2", "> The mayor said", "Why May?",
                                   "### Passage 3", "Whole passage note", "## Actors", "## Quotes",
                                   "## Open questions")]
    assert order == sorted(order)
    assert "on “Residents were not told why.”" in md
    assert "### Passage 4" not in md  # passages without notes are not repeated


def test_markdown_renders_as_intended(tmp_path: Path) -> None:
    doc, notes = _story(tmp_path), tmp_path / "n.yaml"
    _add(doc, notes, 2, "Why *now*?\n- one point\n- another\n\nline one\nline two\n<script>x</script>", "the bridge")
    md = _export(str(doc), "--notes", str(notes))
    assert "  - one point\n  - another" in md and "  line one\n  line two" in md  # as written
    html = MarkdownIt("commonmark").render(md)
    assert html.count("<h1>") == 1 and "<h2>Notes</h2>" in html
    assert "<blockquote>" in html
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert "<em>now</em>" in html  # the reader's own Markdown
    assert "<li>one point</li>" in html and "<li>another</li>" in html


def test_orphaned_notes_have_their_own_heading_with_their_text(tmp_path: Path) -> None:
    doc, notes = _story(tmp_path), tmp_path / "n.yaml"
    _add(doc, notes, 3, "About the traders", "fear a slow summer")
    _add(doc, notes, 2, "still here", "the bridge")
    doc.write_text(STORY.replace("fear a slow summer", "expect crowds"), encoding="utf-8")
    md = _export(str(doc), "--notes", str(notes))
    orphans = md.index("## Orphaned notes")
    assert md.index("still here") < orphans < md.index("About the traders")
    assert "> fear a slow summer" in md[orphans:]
    assert "was on passage 3" in md[orphans:]


def test_json_is_the_analysis_plus_notes_each_once_with_status(tmp_path: Path) -> None:
    doc, notes = _story(tmp_path), tmp_path / "n.yaml"
    kept = _add(doc, notes, 2, "kept", "Residents were not told why.")
    lost = _add(doc, notes, 3, "lost", "fear a slow summer")
    doc.write_text("New opening.\n\n" + STORY.replace("fear a slow summer", "expect crowds"), encoding="utf-8")
    data = json.loads(_export(str(doc), "--notes", str(notes), "--format", "json"))
    jsonschema.validate(data, json.loads(SCHEMA.read_text()))
    assert {"document", "passages", "actors", "quotes", "questions", "notes"} <= set(data)
    by_id = {n["id"]: n for n in data["notes"]}
    assert len(data["notes"]) == len(by_id) == 2
    text = load(str(doc)).text  # offsets are into the document's text (a .md: as rendered)
    k = by_id[kept]
    assert k["status"] == "moved" and k["passage"] == 3
    assert text[k["anchor"]["start"] : k["anchor"]["end"]] == k["anchor"]["exact"] == "Residents were not told why."
    # Orphaned, on the passage where its old neighbours are now (one passage was inserted above).
    assert by_id[lost]["status"] == "orphaned" and by_id[lost]["passage"] == 4
    assert set(k) >= {"id", "passage", "body", "status", "created", "updated", "anchor"}


def test_export_of_the_seed_without_notes(tmp_path: Path) -> None:
    md = _export(str(SEED), "--notes", str(tmp_path / "none.yaml"))
    assert md.startswith("# ") and "*No notes yet.*" in md and "## Open questions" in md
    data = json.loads(_export(str(SEED), "--notes", str(tmp_path / "none.yaml"), "--format", "json"))
    jsonschema.validate(data, json.loads(SCHEMA.read_text()))
    assert data["notes"] == []


def test_export_reads_standard_input(tmp_path: Path) -> None:
    p = run("export", "-", "--notes", str(tmp_path / "n.yaml"), stdin=STORY.encode())
    assert p.returncode == 0, p.stderr
    assert p.stdout.decode().startswith("# Bridge closes in May\n")


def test_output_file_is_written_whole(tmp_path: Path) -> None:
    doc, out = _story(tmp_path), tmp_path / "brief.md"
    out.write_text("old content")
    p = run("export", str(doc), "--notes", str(tmp_path / "n.yaml"), "-o", str(out))
    assert p.returncode == 0 and p.stdout == b""
    assert out.read_text(encoding="utf-8") == _export(str(doc), "--notes", str(tmp_path / "n.yaml"))
    assert [x.name for x in tmp_path.iterdir() if x.name.endswith(".tmp")] == []


@pytest.mark.parametrize("where", ["missing/brief.md", "."])
def test_output_that_cannot_be_written_is_one_line(tmp_path: Path, where: str) -> None:
    p = run("export", str(_story(tmp_path)), "--notes", str(tmp_path / "n.yaml"), "-o", str(tmp_path / where))
    assert_one_line_error(p, "cannot write the export")


def test_unreadable_notes_file_is_one_line(tmp_path: Path) -> None:
    (tmp_path / "n.yaml").mkdir()
    p = run("export", str(_story(tmp_path)), "--notes", str(tmp_path / "n.yaml"))
    assert_one_line_error(p, "is a directory")


def test_acceptance_a_quoted_note_on_the_seed_survives_edits_then_is_orphaned(tmp_path: Path) -> None:
    doc, notes = tmp_path / "seed.txt", tmp_path / "n.yaml"
    seed = SEED.read_text(encoding="utf-8")
    doc.write_text(seed, encoding="utf-8")
    sentence = "Obviously it means not joining NATO, but Zelensky has already swallowed that pill"
    p = run("note", "add", str(doc), "--notes", str(notes), "--passage", "4", "--quote", sentence, "Has he?")
    assert p.returncode == 0, p.stderr
    # Two paragraphs above, and a word changed elsewhere in the passage.
    edited = "A new first paragraph.\n\nAnd a second one.\n\n" + seed.replace(
        "What does “neutrality” mean?", "What does “neutrality” signify?"
    )
    doc.write_text(edited, encoding="utf-8")
    (note,) = json.loads(_export(str(doc), "--notes", str(notes), "--format", "json"))["notes"]
    assert note["status"] == "moved" and note["passage"] == 6
    assert edited[note["anchor"]["start"] : note["anchor"]["end"]] == sentence == note["anchor"]["exact"]
    # The quoted sentence deleted: orphaned, listed under its own heading with its text.
    doc.write_text(edited.replace(sentence, "It means"), encoding="utf-8")
    (note,) = json.loads(_export(str(doc), "--notes", str(notes), "--format", "json"))["notes"]
    assert note["status"] == "orphaned" and note["body"] == "Has he?"
    md = _export(str(doc), "--notes", str(notes))
    assert "## Orphaned notes" in md and sentence in md.split("## Orphaned notes")[1]


def test_export_without_doc_exports_the_seed_like_the_reader(tmp_path: Path) -> None:
    notes = tmp_path / "n.yaml"
    data = json.loads(_export("--notes", str(notes), "--format", "json"))
    assert data["document"]["source"].endswith(SEED.name)
    assert len(data["passages"]) == 22


@pytest.mark.parametrize("chars", [10, 2_000_000])
def test_json_bytes_is_jsons_output(chars: int) -> None:
    """orjson writes what json wrote (indented below the size limit, compact above it, the same
    data), and json still writes what orjson refuses: a lone surrogate, kept as its byte."""
    from briefterm.core.types import Mention
    from briefterm.export.render import json_bytes

    data = {"document": {"chars": chars, "title": "Zoë “quoted”\n\t\\"}, "list": [], "n": None, "ok": True}
    assert json.loads(json_bytes(data)) == data
    if chars < 1_000_000:
        assert json_bytes(data) == (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode()
    odd = {"document": {"chars": chars, "source": "bad\udcff.txt"}, "mentions": [Mention(1, 0, 3, "Roe")]}
    assert b"bad\xff.txt" in json_bytes(odd)
    assert json.loads(json_bytes(odd).decode("utf-8", "surrogateescape"))["mentions"] == [
        {"passage": 1, "start": 0, "end": 3, "text": "Roe"}]


@settings(max_examples=40, deadline=None)
@given(st.integers(0, 4_500), st.integers(0, 2_100), st.sampled_from([10, 2_000_000]))
def test_json_pieces_joined_are_json_bytes(items: int, others: int, chars: int) -> None:
    """A large document's JSON written in pieces is byte for byte the JSON written at once,
    lists of any length around the piece size included (and the fallback for a lone surrogate)."""
    from briefterm.core.types import Mention
    from briefterm.export.render import json_bytes, json_pieces

    data = {"document": {"chars": chars, "title": "Zoë"},
            "mentions": [Mention(k, k, k + 3, "Roe") for k in range(items)], "empty": [],
            "quotes": [{"text": f"“{k}”", "n": None} for k in range(others)], "ok": True}
    assert b"".join(json_pieces(data)) == json_bytes(data)
    data["document"]["source"] = "bad\udcff.txt"
    assert b"".join(json_pieces(data)) == json_bytes(data)
    del data["document"]["source"]
    data["quotes"].append({"text": "late\udcff", "n": 1})  # in the last piece, after the others went out
    assert b"".join(json_pieces(data)) == json_bytes(data)
