"""Loading: decoding, newline normalisation, sanitising, refusals."""

from __future__ import annotations

import hashlib
import os
import threading
import time
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from briefterm.core import text as text_module
from briefterm.core.text import printable, sanitise
from briefterm.core.types import DocumentError
from briefterm.sources.document import decode, from_text, guess_title, load


def write(tmp_path: Path, data: bytes, name: str = "doc.txt") -> str:
    path = tmp_path / name
    path.write_bytes(data)
    return str(path)


def test_utf8_with_and_without_bom(tmp_path: Path) -> None:
    plain = load(write(tmp_path, "Kyiv — “talks”".encode(), "a.txt"))
    bom = load(write(tmp_path, b"\xef\xbb\xbf" + "Kyiv — “talks”".encode(), "b.txt"))
    assert plain.text == bom.text == "Kyiv — “talks”"
    assert plain.warnings == bom.warnings == []


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_with_bom(tmp_path: Path, codec: str) -> None:
    bom = b"\xff\xfe" if codec.endswith("le") else b"\xfe\xff"
    doc = load(write(tmp_path, bom + "Ein “Satz”.\r\nZwei.".encode(codec)))
    assert doc.text == "Ein “Satz”.\nZwei."


def test_cp1252_fallback_warns(tmp_path: Path) -> None:
    doc = load(write(tmp_path, b"caf\xe9 \x93quoted\x94"))
    assert doc.text == "café “quoted”"
    assert any("cp1252" in w for w in doc.warnings)


def test_newlines_normalised() -> None:
    assert from_text("a\r\nb\rc\n").text == "a\nb\nc\n"


def test_controls_escapes_and_bidi_removed_with_warning() -> None:
    doc = from_text("a\x1b[31mred\x1b[0m \x1b]8;;http://x\x07link\x1b]8;;\x07 \u202eevil\x00\x85 ok\tfine")
    assert doc.text == "ared link evil ok\tfine"
    assert doc.warnings and "removed" in doc.warnings[0]


def test_binary_refused(tmp_path: Path) -> None:
    with pytest.raises(DocumentError, match="binary"):
        load(write(tmp_path, b"\x7fELF\x00\x01\x02" * 100))


def test_undecodable_refused() -> None:
    with pytest.raises(DocumentError, match="not decodable"):
        decode(b"\x81\x8d\x8f\x90\x9d not text")


def test_size_limit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write(tmp_path, b"x" * 2000)
    with pytest.raises(DocumentError, match="size limit"):
        load(path, limit=1000)
    monkeypatch.setenv("BRIEFTERM_MAX_BYTES", "100")
    with pytest.raises(DocumentError, match="size limit"):
        load(path)


def test_missing_directory_fifo_device(tmp_path: Path) -> None:
    with pytest.raises(DocumentError, match="no such file"):
        load(str(tmp_path / "nope.txt"))
    with pytest.raises(DocumentError, match="directory"):
        load(str(tmp_path))
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    with pytest.raises(DocumentError, match="a pipe with nothing written to it"):
        load(str(fifo))  # nobody writes to it: an error at once, not a wait
    with pytest.raises(DocumentError, match="not a regular file or pipe"):
        load("/dev/null")


def test_a_pipe_is_read_once_its_writer_writes(tmp_path: Path) -> None:
    """A pipe path (`<(command)`, `/dev/stdin`) whose writer is slow to start is waited for,
    read to its end, and has no place for a brief next to it."""
    read_end, write_end = os.pipe()

    def write_late() -> None:
        time.sleep(0.2)
        os.write(write_end, b"First words. ")
        time.sleep(0.1)
        os.write(write_end, b"Last words.\n")
        os.close(write_end)

    writer = threading.Thread(target=write_late)
    writer.start()
    try:
        document = load(f"/dev/fd/{read_end}")
    finally:
        writer.join()
        os.close(read_end)
    assert document.text == "First words. Last words.\n"
    assert document.path is None


def test_a_pipe_over_the_size_limit_is_refused() -> None:
    read_end, write_end = os.pipe()
    os.write(write_end, b"x" * 200)
    os.close(write_end)
    try:
        with pytest.raises(DocumentError, match="larger than the size limit"):
            load(f"/dev/fd/{read_end}", limit=100)
    finally:
        os.close(read_end)


def test_printable_escapes_controls_and_bad_bytes() -> None:
    assert printable("a\x1b[31mb") == repr("a\x1b[31mb")
    assert "\\x" in printable(os.fsdecode(b"bad\xffname"))
    assert printable("plain/path.txt") == "plain/path.txt"


def test_title_from_heading_or_headline() -> None:
    assert guess_title("# The Talks\n\nBody.", "f") == "The Talks"
    assert guess_title("Leaders meet in Geneva\n\nBody.", "f") == "Leaders meet in Geneva"
    assert guess_title("This is a sentence, not a title.\n", "file") == "file"


def test_sha_is_of_normalised_text() -> None:
    assert from_text("a\r\nb").sha256 == from_text("a\nb").sha256


@given(st.text())
def test_sanitised_text_has_no_controls(raw: str) -> None:
    text, removed = sanitise(raw.replace("\r", "\n"))
    assert removed >= 0
    assert not any((ord(c) < 32 and c not in "\t\n") or 0x7F <= ord(c) <= 0x9F for c in text)
    assert not any(c in text for c in "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


@given(st.text(alphabet=st.characters(max_codepoint=0x2100, blacklist_characters="\x1b\x9b")
               | st.sampled_from("\ufeff\ufffe")))
def test_sanitise_removes_what_its_pattern_matches_and_nothing_else(raw: str) -> None:
    # the fast path (each character looked for with `in`) must agree with the pattern (escape
    # sequences, which go first, aside)
    text, removed = sanitise(raw)
    assert text == text_module._STRIP_RE.sub("", raw) and removed == len(raw) - len(text)


def test_escape_removal_is_linear_on_hostile_input() -> None:
    text, _ = sanitise("\x1b]" * 100_000 + "\x1b[" * 100_000)
    assert "\x1b" not in text


_LOADED_PIECES = ["a", "B", " ", "\n", "\r", "\r\n", "\t", "é", "“", "”", "—", "\x1b", "\x07", "\u202e", "\ufeff",
                  "x" * 45]
_LOADED_TEXTS = st.lists(st.sampled_from(_LOADED_PIECES), max_size=60).map("".join)


@given(_LOADED_TEXTS, st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1252"]))
def test_a_loaded_files_hash_is_of_its_text_whether_or_not_its_bytes_are_hashed(
        tmp_path_factory: pytest.TempPathFactory, raw: str, codec: str) -> None:
    """A file whose bytes are its text's UTF-8 is hashed from them; any other (a BOM, CRLF, UTF-16,
    cp1252, characters removed, lines joined) from its text: the hash is the same."""
    try:
        data = raw.encode(codec)
    except UnicodeEncodeError:
        return
    path = tmp_path_factory.mktemp("load") / "doc.txt"
    path.write_bytes(data)
    try:
        document = load(str(path))
    except DocumentError:
        return  # empty, or taken for a binary file
    assert document.sha256 == hashlib.sha256(document.text.encode("utf-8", "surrogatepass")).hexdigest()
