"""Opening a URL: fetched from a local server (127.0.0.1), kept as a snapshot, reopened
offline; every bad answer is one line `briefterm: error: ...`, exit 2, no traceback."""

from __future__ import annotations

import json
import resource
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefterm.cli import main
from briefterm.core.types import DocumentError
from briefterm.core.urls import is_url, url_key
from briefterm.sources.document import load
from briefterm.sources.fetch import check_url, fetch
from briefterm.store.paths import notes_path_for
from tests.sources.pages import CYRILLIC_TEXT, serve

BOMB_SIZE = 120 * 1024 * 1024  # inflates past the 50 MB document limit


@pytest.fixture(scope="module")
def server() -> Iterator[tuple[str, object]]:
    with serve(bomb_size=BOMB_SIZE) as (base, state):
        yield base, state


@pytest.fixture
def base(server: tuple[str, object]) -> str:
    return server[0]


def _error_of(argv: list[str], capsys: pytest.CaptureFixture[str]) -> str:
    """The one error line `argv` ends with (exit 2, nothing else on stderr)."""
    code = main(argv)
    captured = capsys.readouterr()
    assert code == 2, captured
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1, captured.err
    assert lines[0].startswith("briefterm: error: ")
    assert "Traceback" not in captured.err
    return lines[0]


def test_a_page_by_url_is_its_article(base: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["analyze", f"{base}/article", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    doc = data["document"]
    assert doc["title"] == "Ministers split over harbour plan"
    assert doc["source"] == f"{base}/article"
    assert doc["url"] == f"{base}/article"
    assert doc["site"] == "The Harbour Gazette"
    assert doc["author"] == "Ana Lopes"
    assert doc["published"] == "2024-03-05"
    texts = [p["text"] for p in data["passages"]]
    assert texts[0].startswith("The government's plan")
    assert not any("Home" in t or "cookies" in t or "Related" in t or "Privacy" in t for t in texts)
    assert not any("tracking" in t for t in texts)
    kinds = {p["text"][:20]: p["kind"] for p in data["passages"]}
    assert kinds["The quay is the town"] == "excerpt"
    assert kinds["A long history of de"] == "heading"
    assert kinds["• Phase one: the nor"] == "list"
    assert kinds["Sign up for our free"] == "boilerplate"
    assert any(q["speaker_name"] and "Soto" in q["speaker_name"] for q in data["quotes"])
    assert any(q["text"].startswith("Will the council") for q in data["questions"])


def test_the_snapshot_reopens_offline_and_refresh_needs_the_server(capsys: pytest.CaptureFixture[str]) -> None:
    with serve() as (base, _state):
        url = f"{base}/article"
        assert main(["analyze", url]) == 0
        first = json.loads(capsys.readouterr().out)
    # The server is gone: the snapshot still opens, with the same text.
    assert main(["analyze", url]) == 0
    again = json.loads(capsys.readouterr().out)
    assert again["document"]["sha256"] == first["document"]["sha256"]
    line = _error_of(["analyze", "--refresh", url], capsys)
    assert "cannot connect" in line


def test_refresh_fetches_again_and_notes_reanchor(capsys: pytest.CaptureFixture[str]) -> None:
    with serve() as (base, state):
        url = f"{base}/versioned"
        assert main(["note", "add", url, "--passage", "4", "--quote", "delayed three times", "Check the dates"]) == 0
        capsys.readouterr()
        state.version = 2  # type: ignore[attr-defined]
        assert main(["export", url, "--format", "json"]) == 0  # the snapshot: the old text
        old = json.loads(capsys.readouterr().out)
        assert "An update" not in json.dumps(old["passages"])
        assert main(["export", "--refresh", url, "--format", "json"]) == 0
        new = json.loads(capsys.readouterr().out)
    assert any("An update" in p["text"] for p in new["passages"])
    (note,) = new["notes"]
    assert note["status"] in ("anchored", "moved")
    assert "delayed three times" in new["passages"][note["passage"] - 1]["text"]


def test_one_snapshot_and_one_notes_file_whatever_the_spelling(base: str) -> None:
    host = base.replace("http://", "HTTP://").replace("127.0.0.1", "127.0.0.1")
    first = load(f"{base}/article#comments")
    again = load(f"{host}/article")
    assert first.url == again.url == f"{base}/article"  # no #fragment kept
    assert notes_path_for(None, first.source) == notes_path_for(None, again.source)


def test_notes_of_a_url_are_keyed_by_the_normalised_url() -> None:
    assert url_key("HTTP://Example.COM:80/News/a?b=1#section") == "http://example.com/News/a?b=1"
    assert url_key("https://example.com:443") == "https://example.com/"
    assert url_key("https://example.com:8443/x#") == "https://example.com:8443/x"
    same = notes_path_for(None, "HTTP://Example.com:80/a#top")
    assert same == notes_path_for(None, "http://example.com/a")
    assert same != notes_path_for(None, "http://example.com/A")
    assert same.name.startswith("example.com-")


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=40))
def test_any_url_text_is_a_key_or_a_one_line_refusal(tail: str) -> None:
    for url in (f"http://{tail}", f"https://h/{tail}", f"{tail}://x"):
        url_key(url)
        try:
            check_url(url)
        except DocumentError as e:
            assert "\n" not in str(e)


def test_is_url() -> None:
    assert is_url("https://example.com/a")
    assert is_url("ftp://example.com/a") and is_url("file:///etc/passwd")
    assert not is_url("notes.txt") and not is_url("./http:/x") and not is_url("-")


def test_the_page_charset_is_honoured(base: str) -> None:
    doc = load(f"{base}/cyrillic")
    assert CYRILLIC_TEXT in doc.text
    assert doc.title == "Гавань"


def test_a_plain_text_url_reads_as_text(base: str) -> None:
    doc = load(f"{base}/plain")
    assert doc.text.startswith("A plain text served over HTTP.")
    assert doc.url == f"{base}/plain"


def test_hard_wrapped_text_over_http_is_reflowed_as_a_file_would_be(base: str) -> None:
    doc = load(f"{base}/wrapped")
    assert "in the old customs house and agreed to dredge the eastern channel before the autumn" in doc.text
    assert "wanted to wait for the new survey" in doc.text
    assert doc.title == "Notes from the harbour meeting"


def test_redirects_are_followed_up_to_five(base: str) -> None:
    page = fetch(f"{base}/hops/4", limit=1 << 20)  # five redirects
    assert page.url.endswith("/article")
    with pytest.raises(DocumentError, match="too many redirects"):
        fetch(f"{base}/hops/5", limit=1 << 20)


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("/404", "answered 404"),
        ("/500", "answered 500"),
        ("/loop", "too many redirects"),
        ("/to-ftp", "not http or https"),
        ("/to-file", "not http or https"),
        ("/pdf", "serves application/pdf, not a web page"),
        ("/image", "serves image/png, not a web page"),
        ("/octet", "binary"),
        ("/menus", "no article found"),
        ("/brotli", "unsupported encoding"),
    ],
)
def test_a_bad_answer_is_one_line(base: str, path: str, expected: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert expected in _error_of(["analyze", f"{base}{path}"], capsys)


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("file:///etc/passwd", "only http:// and https://"),
        ("ftp://127.0.0.1/file.txt", "only http:// and https://"),
        ("gopher://127.0.0.1/", "only http:// and https://"),
        ("http://nonexistent.invalid/page", "cannot find the host"),
        ("http:///nohost", "names no host"),
        ("http://127.0.0.1:99999/", "port is not valid"),
        ("http://[::1", "not a valid URL"),
        ("http://exa\x1bmple.com/", "white space or control characters"),
        ("http://a..b/", "host name is not valid"),
    ],
)
def test_a_url_that_cannot_be_fetched_is_one_line(url: str, expected: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert expected in _error_of(["analyze", url], capsys)


def test_an_unreachable_host_is_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    import socket

    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    assert "cannot connect" in _error_of(["analyze", f"http://127.0.0.1:{port}/"], capsys)


@pytest.mark.parametrize("path", ["/silent", "/trickle"])
def test_a_silent_or_trickling_server_is_given_up_on(base: str, path: str, monkeypatch: pytest.MonkeyPatch,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("BRIEFTERM_FETCH_TIMEOUT", "0.5")
    assert "timed out" in _error_of(["analyze", f"{base}{path}"], capsys)


def test_a_name_lookup_that_hangs_is_given_up_on(monkeypatch: pytest.MonkeyPatch,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    import socket
    import threading

    release = threading.Event()

    def hanging_lookup(*args: object, **kwargs: object) -> list[object]:
        release.wait(5)  # a resolver that does not answer
        raise socket.gaierror("no answer")

    monkeypatch.setattr(socket, "getaddrinfo", hanging_lookup)
    monkeypatch.setenv("BRIEFTERM_FETCH_TIMEOUT", "0.3")
    try:
        assert "timed out" in _error_of(["analyze", "http://slow-dns.example/page"], capsys)
    finally:
        release.set()


def test_the_default_timeout_is_within_ten_seconds(monkeypatch: pytest.MonkeyPatch) -> None:
    from briefterm.sources.fetch import timeout_seconds

    monkeypatch.delenv("BRIEFTERM_FETCH_TIMEOUT", raising=False)
    assert 0 < timeout_seconds() + 0.5 <= 10  # the worker is left behind 0.5 s past the budget
    monkeypatch.setenv("BRIEFTERM_FETCH_TIMEOUT", "soon")
    with pytest.raises(DocumentError, match="BRIEFTERM_FETCH_TIMEOUT"):
        timeout_seconds()


@pytest.mark.parametrize("path", ["/declared-huge", "/endless", "/gzip-bomb"])
def test_an_oversized_body_stops_at_the_limit(base: str, path: str, monkeypatch: pytest.MonkeyPatch,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("BRIEFTERM_MAX_BYTES", str(2 * 1024 * 1024))
    assert "larger than the size limit of 2 MB" in _error_of(["analyze", f"{base}{path}"], capsys)


@pytest.mark.slow
@pytest.mark.parametrize("path", ["/declared-huge", "/endless", "/gzip-bomb"])
def test_a_huge_body_costs_no_more_than_the_limit(base: str, path: str, tmp_path: Path) -> None:
    """At the real 50 MB limit, in a process of its own: one line, exit 2, memory well under 1 GB."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    proc = subprocess.run([sys.executable, "-m", "briefterm", "analyze", f"{base}{path}"],
                          capture_output=True, text=True, timeout=60)
    after = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    assert proc.returncode == 2, proc.stderr
    assert proc.stderr.startswith("briefterm: error: ") and proc.stderr.count("\n") == 1
    assert "larger than the size limit of 50 MB" in proc.stderr
    assert max(before, after) < 1024 * 1024  # KB: under 1 GB


def test_a_snapshot_that_cannot_be_kept_is_a_warning(base: str, tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the data directory should be")
    monkeypatch.setenv("BRIEFTERM_DATA_DIR", str(blocker))
    doc = load(f"{base}/article")
    assert doc.title == "Ministers split over harbour plan"
    assert any("not kept for reading offline" in w for w in doc.warnings)


def test_a_damaged_snapshot_is_fetched_again(base: str) -> None:
    from briefterm.store.snapshots import snapshot_dir

    first = load(f"{base}/article")
    for meta in snapshot_dir().glob("*.json"):
        meta.write_text("{not json")
    again = load(f"{base}/article")
    assert again.sha256 == first.sha256
