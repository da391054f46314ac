"""Markdown: the words without the marks, blocks as passages, emphasis as spans."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from briefterm.engine.passages import document_passages
from briefterm.sources.dispatch import build, is_markdown
from briefterm.sources.document import load
from briefterm.sources.markdown import render
from tests.conftest import ROOT

REPORT = ROOT / "tests" / "fixtures" / "legacy_notes" / "report.md"


def test_headings_quotes_code_and_lists_become_passages_of_their_kind() -> None:
    doc = load(str(REPORT))
    passages = document_passages(doc)
    assert [(p.kind, p.text[:24]) for p in passages] == [
        ("heading", "Council approves the har"),
        ("body", "The city council voted 7"),
        ("heading", "What the opposition said"),
        ("excerpt", '"We were given the figure'[:24]),
        ("body", "Becker asked why the YAM"),
        ("list", "• The harbour gets 12 mi"),
        ("boilerplate", "budget --year 2027 --exp"),
        ("body", "Will the port authority "),
    ]
    assert doc.title == "Council approves the harbour budget"
    for mark in ("#", "**", "`", "](", "```", "> "):
        assert mark not in doc.text


def test_soft_breaks_join_and_emphasis_is_kept_as_spans() -> None:
    r = render("Say *it* **now**, `code` and [a link](http://x)\nnext line.\n")
    assert r.text == "Say it now, code and a link next line."
    assert [(e.style, r.text[e.start : e.end]) for e in r.emphasis] == [
        ("em", "it"), ("strong", "now"), ("code", "code"), ("link", "a link")]


def test_nested_lists_tables_front_matter_and_html() -> None:
    r = render("---\ntitle: T\n---\n1. one\n2. two\n   - sub\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n<div>\nhi\n</div>\n")
    kinds = [(b.kind, r.text[b.start : b.end]) for b in r.blocks]
    assert kinds == [("boilerplate", "title: T"), ("list", "1. one\n2. two\n  • sub"), ("body", "| a | b |\n| 1 | 2 |"),
                     ("boilerplate", "hi")]


def test_control_characters_in_markdown_are_removed_and_counted(tmp_path: Path) -> None:
    path = tmp_path / "x.md"
    path.write_text("# T\x1b[31m\n\nA \x07*b*\n", encoding="utf-8")
    doc = load(str(path))
    assert "\x1b" not in doc.text and "\x07" not in doc.text
    assert any("control" in w for w in doc.warnings)
    for e in doc.emphasis:
        assert doc.text[e.start : e.end] == "b"


def test_markdown_by_extension_and_piped_markdown_by_content() -> None:
    assert is_markdown("a/README.MD", "x") and is_markdown("b.markdown", "x")
    assert not is_markdown("notes.txt", "# Title\n\n**bold** [x](y)")
    assert is_markdown("-", "# Title\n\nSome **bold** and a [link](http://x).\n")
    assert not is_markdown("-", "Plain news text.\n\nNo marks at all.\n")


def test_plain_text_never_imports_the_markdown_parser(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("Title\n\nSome text with **stars**.\n", encoding="utf-8")
    code = (
        "import sys; from briefterm.sources.document import load; "
        f"load({str(path)!r}); print('markdown_it' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"


_MD = st.text(st.sampled_from("ab *_`#>-[]()!|\n\t1.<&;\x1b"), max_size=200)


@settings(max_examples=300, deadline=None)
@given(_MD)
def test_blocks_and_emphasis_are_ordered_spans_of_the_rendered_text(source: str) -> None:
    doc = build(source, "doc.md")
    assert doc.blocks is not None
    last = 0
    for block in doc.blocks:
        assert last <= block.start < block.end <= len(doc.text)
        last = block.end
    for e in doc.emphasis:
        assert 0 <= e.start < e.end <= len(doc.text)
    for p in document_passages(doc):
        assert doc.text[p.start : p.end] == p.text
    assert "\x1b" not in doc.text


def test_a_table_cell_s_words_do_not_run_on_into_the_next_row() -> None:
    """Rows are closed as Markdown writes them, so a header's last cell and the next row's
    first are not read as one name by the engine."""
    from briefterm.engine.analyse import analyse
    from briefterm.sources.dispatch import build

    doc = build("# Ferries\n\n| Route | Status |\n|---|---|\n| Oban | late |\n\nCaptain Ruth Baird said so.\n",
                "ferries.md")
    names = {a.name for a in analyse(doc).actors}
    assert "Status Oban" not in names and "Ruth Baird" in names
