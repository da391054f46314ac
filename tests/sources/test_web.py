"""Saved web pages: telling HTML from text, decoding as the page says, the article's
blocks as passages, and bad pages as one line."""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefterm.cli import main
from briefterm.core.types import DocumentError
from briefterm.engine.passages import document_passages
from briefterm.sources.article import extract_article
from briefterm.sources.document import load
from briefterm.sources.web import decode_html, looks_like_html, strip_inert
from tests.sources.pages import ARTICLE_HTML, CYRILLIC_HTML, CYRILLIC_TEXT, MENUS_ONLY_HTML

PARAGRAPH = ("<p>The minister said on Tuesday that the new rules would take effect next spring, after a "
             "consultation with the unions and the employers' federation.</p>")


@pytest.mark.parametrize(
    ("data", "name", "expected"),
    [
        (b"<!DOCTYPE html><html><body>x</body></html>", "page.txt", True),
        (b"\xef\xbb\xbf  \n<!-- saved by a browser -->\n<!doctype HTML>", "", True),
        (b"<html lang='en'><head>", "", True),
        (b"<?xml version='1.0'?>\n<!DOCTYPE html PUBLIC '-//W3C//DTD XHTML 1.0//EN'>", "", True),
        ("<!doctype html>".encode("utf-16"), "", True),
        (b"plain text", "saved.HTM", True),
        (b"Use <b>bold</b> in your e-mails, or the <html> tag.", "notes.txt", False),
        (b"The <html> element is the root of a page.", "", False),
        (b"<htmlx>", "", False),
        (b"# Title\n\n<div>raw html in markdown</div>", "README.md", False),
    ],
)
def test_what_is_html(data: bytes, name: str, expected: bool) -> None:
    assert looks_like_html(data, name) is expected


def test_the_meta_charset_is_honoured() -> None:
    text, warnings = decode_html(CYRILLIC_HTML)
    assert CYRILLIC_TEXT in text and not warnings


def test_the_server_charset_wins_and_bad_labels_are_said() -> None:
    data = "<html><head><meta charset='utf-8'></head><body>café</body></html>".encode("latin-1")
    text, _ = decode_html(data, "iso-8859-1")
    assert "café" in text
    text, warnings = decode_html(data, "no-such-charset")
    assert "café" in text  # not UTF-8, not the unknown label: windows-1252
    assert any("unknown charset" in w for w in warnings)


def test_strip_inert_keeps_text_and_json_ld() -> None:
    html = ("<p>a</p><script>x<y</script><SCRIPT type='application/ld+json'>{\"author\": 1}</SCRIPT>"
            "<!-- c --><style>p{}</style><svg><text>z</text></svg><p>b</p><script>never closed")
    out = strip_inert(html)
    assert out == "<p>a</p><SCRIPT type='application/ld+json'>{\"author\": 1}</SCRIPT><p>b</p>"


def test_a_saved_page_opens_as_its_article(tmp_path: Path) -> None:
    page = tmp_path / "harbour.html"
    page.write_text(ARTICLE_HTML, encoding="utf-8")
    doc = load(str(page))
    assert doc.title == "Ministers split over harbour plan"  # the headline, not "... - The Harbour Gazette"
    assert doc.blocks is not None and doc.path == page.resolve()
    passages = document_passages(doc)
    assert passages[0].text.startswith("The government's plan")  # the headline is not repeated
    assert all(p.text == doc.text[p.start:p.end] for p in passages)
    assert [p.kind for p in passages].count("excerpt") == 1
    assert "<" not in doc.text and "cookies" not in doc.text and "var tracking" not in doc.text


def test_any_file_that_starts_like_html_is_a_page(tmp_path: Path) -> None:
    page = tmp_path / "saved-article"
    page.write_text("\n<!-- mirror -->\n" + ARTICLE_HTML, encoding="utf-8")
    assert load(str(page)).title == "Ministers split over harbour plan"


def test_a_text_holding_a_tag_stays_text(tmp_path: Path) -> None:
    doc_path = tmp_path / "howto.txt"
    doc_path.write_text("Write <html> at the top.\n\nThen the <body> tag.\n", encoding="utf-8")
    doc = load(str(doc_path))
    assert doc.blocks is None and "<html>" in doc.text


def test_headline_twins_and_promos() -> None:
    chunk = "".join(f"<p>Paragraph {i} of the long story, with enough words to be read as text by the extractor.</p>"
                    for i in range(3))
    html = (f"<html><head><title>Long story | Site</title></head><body><div class='page'>"
            f"<h1>Long story</h1><div class='chunk main'>{chunk}</div><aside>ad</aside>"
            f"<div class='chunk main'>{chunk.replace('Paragraph', 'Part')}</div>"
            "<p>Read more: another story</p></div></body></html>")
    article = extract_article(html)
    assert article.title == "Long story"
    texts = [t for _, t in article.blocks]
    assert any(t.startswith("Part 2") for t in texts), texts  # the second chunk is read too
    assert not any(t == "Long story" for t in texts)


def test_twins_must_be_one_run_of_chunks() -> None:
    """Chunks of the article's class separated only by ad slots are read; one past other
    text (a related-stories box) is not the article's."""
    from briefterm.sources.article import _twin_containers

    def chunk(word: str) -> str:
        return "".join(f"<p>{word} {i} of the long story, with enough words to be read as text by the extractor.</p>"
                       for i in range(3))

    html = (f"<html><body><div class='page'><div class='box'>{chunk('First')}</div>"
            f"<div class='ad'>Advertisement</div><div class='box'>{chunk('Second')}</div>"
            "<section><h2>More stories</h2><p>A different story, told elsewhere on this site, with words "
            "enough to be a paragraph of its own.</p></section>"
            f"<div class='box'>{chunk('Teaser')}</div></div></body></html>")
    extracted = [("body", f"First {i} of the long story, with enough words to be read as text by the extractor.")
                 for i in range(3)]
    twins = _twin_containers(html, extracted)  # type: ignore[arg-type]
    assert [t.text_content().split()[0] for t in twins] == ["First", "Second"]


def test_a_promo_paragraph_is_boilerplate() -> None:
    html = ("<html><body><article>" + PARAGRAPH * 3
            + "<p>Sign up for the free daily newsletter to get the news delivered to your inbox.</p>"
            + "<p>Email the reporter at reporter@example.com or follow him on Twitter.</p>"
            + "<p>Copyright law, the minister added, would be next on the list.</p>"
            + "<p>___</p><p>Associated Press writer Jo Bloggs contributed to this report.</p>"
            + "</article></body></html>")
    kinds = [(kind, text[:12]) for kind, text in extract_article(html).blocks]
    assert kinds[-5:] == [("boilerplate", "Sign up for "), ("boilerplate", "Email the re"), ("body", "Copyright la"),
                          ("boilerplate", "___"), ("boilerplate", "Associated P")]
    assert kinds[0][0] == "body"


def _one_error_line(argv: list[str], capsys: pytest.CaptureFixture[str]) -> str:
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert err.startswith("briefterm: error: ") and err.count("\n") == 1 and "Traceback" not in err
    return err


def test_a_page_with_no_article_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    page = tmp_path / "menus.html"
    page.write_text(MENUS_ONLY_HTML, encoding="utf-8")
    assert "no article found" in _one_error_line(["analyze", str(page)], capsys)
    empty = tmp_path / "empty.html"
    empty.write_bytes(b"")
    assert "no article found" in _one_error_line(["analyze", str(empty)], capsys)


def test_malformed_html_is_read_or_refused_in_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    page = tmp_path / "broken.html"
    page.write_text("<html><body><p>unclosed <b>bold <i>it <table><tr><td>cell <p>para</div></span>" * 200
                    + "<p>" + "x" * 5000 + "</td></tr></table></table><<<>>>&&&;<!-- never closed",
                    encoding="utf-8")
    code = main(["analyze", str(page)])
    captured = capsys.readouterr()
    assert code in (0, 2) and "Traceback" not in captured.err
    if code == 0:
        json.loads(captured.out)


def test_deeply_nested_tags(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    page = tmp_path / "deep.html"
    depth = 30_000  # under the tag cap: the parser itself meets the depth
    page.write_text("<!doctype html><html><body>" + "<div>" * depth + PARAGRAPH * 3 + "</div>" * depth
                    + "</body></html>", encoding="utf-8")
    code = main(["analyze", str(page)])
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err
    assert code == 0 or (code == 2 and captured.err.count("\n") == 1)


def test_a_page_with_too_many_tags_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    page = tmp_path / "junk.html"
    page.write_text("<html><body>" + "<div><a href='/x'>menu</a></div>\n" * 30_000 + "</body></html>")
    assert "too large a web page" in _one_error_line(["analyze", str(page)], capsys)


def test_an_html_file_over_the_size_limit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("BRIEFTERM_MAX_BYTES", "1000")
    page = tmp_path / "big.html"
    page.write_text(ARTICLE_HTML, encoding="utf-8")
    assert "larger than the size limit" in _one_error_line(["analyze", str(page)], capsys)


@pytest.mark.slow
def test_a_50_mb_html_file_is_one_line_quickly_and_small(tmp_path: Path) -> None:
    page = tmp_path / "huge.html"
    body = ("<div class='x'><p>Some words of a paragraph.</p><a href='/'>link</a></div>\n" * 650_000)[:49_000_000]
    page.write_text("<!doctype html><html><body>" + body + "</body></html>", encoding="utf-8")
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    proc = subprocess.run([sys.executable, "-m", "briefterm", "analyze", str(page)],
                          capture_output=True, text=True, timeout=120)
    after = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    assert proc.returncode == 2, proc.stderr
    assert proc.stderr.startswith("briefterm: error: ") and proc.stderr.count("\n") == 1
    assert max(before, after) < 1024 * 1024  # KB: under 1 GB


@pytest.mark.skipif(sys.platform == "darwin", reason="macOS refuses file names that are not UTF-8")
def test_a_path_that_is_not_utf8_is_escaped_in_the_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    name = os.fsdecode(b"caf\xe9 notes.txt")
    path = tmp_path / name
    path.write_text("A short text about a caf\u00e9.\n\nIts second paragraph.\n", encoding="utf-8")
    assert main(["analyze", str(path), "--format", "json"]) == 0
    out = capsys.readouterr().out
    out.encode("utf-8")  # valid UTF-8: no lone surrogates
    data = json.loads(out)
    assert data["document"]["source"].endswith("caf\\xe9 notes.txt")


def test_lazy_imports_for_plain_text(tmp_path: Path) -> None:
    """Opening a plain text imports neither trafilatura, lxml nor httpx (first paint stays fast)."""
    doc = tmp_path / "plain.txt"
    doc.write_text("Just text.\n", encoding="utf-8")
    code = ("import sys; from briefterm.sources.document import load; load(sys.argv[1]); "
            "print(sorted(m for m in ('trafilatura', 'lxml', 'httpx') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code, str(doc)], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_a_broken_extractor_is_not_a_crash(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import briefterm.sources.article as article

    def boom(html: str, url: str | None = None) -> article.Article:
        raise ValueError("lxml said no")

    monkeypatch.setattr(article, "extract_article", boom)
    page = tmp_path / "p.html"
    page.write_text(ARTICLE_HTML, encoding="utf-8")
    with pytest.raises(DocumentError, match="cannot read this page's HTML"):
        load(str(page))


def test_the_markdown_names_author_site_and_date(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    page = tmp_path / "harbour.htm"
    page.write_text(ARTICLE_HTML, encoding="utf-8")
    assert main(["analyze", str(page), "--format", "markdown"]) == 0
    head = capsys.readouterr().out.splitlines()[:6]
    assert head[0] == "# Ministers split over harbour plan"
    assert "By Ana Lopes · The Harbour Gazette · 2024-03-05" in head


_TAGS = ["<p>", "</p>", "<div class='a'>", "</div>", "<h1>", "</h1>", "<!--", "-->", "<script>", "</script>",
         "<blockquote>", "<ul><li>", "</li></ul>", "<table><tr><td>", "<", ">", "&amp;", "&#0;", "\x00", "\x1b[31m",
         "The minister said the plan would cost more than expected. ", "\u202e", "é", "<meta charset='koi8-r'>"]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(_TAGS), max_size=60), st.binary(max_size=40))
def test_any_page_is_a_document_or_one_line(parts: list[str], noise: bytes) -> None:
    from briefterm.sources.web import page_document

    data = ("<!doctype html><html><body>" + "".join(parts)).encode("utf-8", "surrogatepass") + noise
    assert looks_like_html(data)
    try:
        doc = page_document(data, "page.html")
    except DocumentError as e:
        assert "\n" not in str(e)
        return
    assert doc.blocks
    assert all(doc.text[b.start:b.end].strip() for b in doc.blocks)
    assert "\x1b" not in doc.text and "\x00" not in doc.text and "\u202e" not in doc.text


def test_a_nested_list_is_indented_not_repeated() -> None:
    html = ("<html><body><article>" + PARAGRAPH + "<ul><li>Outer one<ul><li>inner a</li><li>inner b</li></ul></li>"
            "<li>Outer two</li></ul>" + PARAGRAPH.replace("Tuesday", "Friday") + "</article></body></html>")
    lists = [text for kind, text in extract_article(html).blocks if kind == "list"]
    assert lists == ["• Outer one\n  ◦ inner a\n  ◦ inner b\n• Outer two"]
