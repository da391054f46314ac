"""Load a document: refuse what is not one, decode, normalise, sanitise.

Everything downstream works on `Document.text`, the normalised text; offsets
everywhere are indices into it.
"""

from __future__ import annotations

import hashlib
import io
import os
import re
import stat
import sys
from pathlib import Path

from briefterm.core.text import CONTROL_RE, normalise_newlines, printable, sanitise
from briefterm.core.types import Document, DocumentError

DEFAULT_MAX_BYTES = 50 * 1024 * 1024
MAX_BYTES_ENV = "BRIEFTERM_MAX_BYTES"






def max_bytes() -> int:
    raw = os.environ.get(MAX_BYTES_ENV)
    if raw is None:
        return DEFAULT_MAX_BYTES
    try:
        value = int(raw)
    except ValueError:
        raise DocumentError(f"{MAX_BYTES_ENV} must be a whole number of bytes, not {raw!r}") from None
    if value <= 0:
        raise DocumentError(f"{MAX_BYTES_ENV} must be positive, not {value}")
    return value


def load(source: str, limit: int | None = None, *, refresh: bool = False) -> Document:
    """Read `source` (a path, a URL, or '-' for stdin) into a Document, or raise DocumentError.
    A URL is read from its snapshot when one is kept, unless `refresh`."""
    limit = max_bytes() if limit is None else limit
    if source != "-" and _is_url(source):
        from briefterm.sources.web import load_url

        document = load_url(source, limit=limit, refresh=refresh)
        document.source = _source_field(document.source)
        return document
    if source == "-":
        data, path = sys.stdin.buffer.read(limit + 1), None
    else:
        data, regular = _read_file(source, limit)
        path = Path(source).resolve() if regular else None  # a pipe has no place for a brief
    if len(data) > limit:
        raise DocumentError(f"{printable(source)}: larger than the size limit of {_size(limit)}")
    if _is_html(data, source):
        from briefterm.sources.web import page_document

        return page_document(data, _source_field(source), path=path)
    text, warnings = decode(data, printable(source))
    name = "stdin" if path is None else _source_field(path.stem)
    from briefterm.sources.dispatch import build  # Markdown or plain text, by extension and content

    # The bytes are the text's UTF-8 when they were decoded as UTF-8 with no byte-order mark.
    utf8 = data if not warnings and not data.startswith((*_UTF16_BOMS, b"\xef\xbb\xbf")) else None
    return build(text, _source_field(source), warnings=warnings, path=path, name=name, utf8=utf8)


def from_text(
    raw: str,
    source: str = "<text>",
    *,
    warnings: list[str] | None = None,
    path: Path | None = None,
    name: str | None = None,
    utf8: bytes | None = None,
) -> Document:
    """Build a Document from already-decoded text (normalising and sanitising it). `utf8`: the
    UTF-8 of `raw`, where the caller has it (a file's bytes), to hash when nothing changed."""
    warnings = list(warnings or [])
    text, removed = sanitise(normalise_newlines(raw))
    if removed:
        warnings.append(f"removed {removed} control or bidi-override character(s)")
    # (both passes return the very string they were given when they change nothing)
    encoded = utf8 if utf8 is not None and text is raw else text.encode("utf-8", "surrogatepass")
    return Document(
        text=text,
        source=source,
        title=guess_title(text, name or source),
        sha256=hashlib.sha256(encoded).hexdigest(),
        warnings=warnings,
        path=path,
    )


def _is_url(source: str) -> bool:
    """`scheme://...` (any scheme: the unsupported ones are refused as URLs), unless a file has that name."""
    from briefterm.core.urls import is_url

    return is_url(source) and not os.path.lexists(source)


def _is_html(data: bytes, source: str) -> bool:
    first = data[:4096].lstrip(b"\xef\xbb\xbf\xff\xfe \t\r\n\x00")[:1]  # past BOMs and white space
    if first != b"<" and not source.lower().endswith((".html", ".htm")):
        return False  # the common case, a text: decided without loading the web module
    from briefterm.sources.web import looks_like_html

    return looks_like_html(data, "" if source == "-" else source)


_SOURCE_CONTROL_RE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def _source_field(source: str) -> str:
    """The source as the analysis shows it: a path's bytes that are not UTF-8, and its
    control characters, escaped (\\xNN), so JSON, YAML and Markdown output stay valid
    UTF-8 and hold no control characters."""
    source = source.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    return _SOURCE_CONTROL_RE.sub(lambda m: ascii(m.group())[1:-1], source)


def _size(n: int) -> str:
    return f"{n / (1024 * 1024):g} MB" if n >= 1024 * 1024 else f"{n} bytes"


def _read_file(source: str, limit: int) -> tuple[bytes, bool]:
    """The bytes of a regular file, or of a pipe that is being written to (`/dev/stdin`,
    `<(command)`), and whether it was a regular file."""
    shown = printable(source)
    try:
        st = os.stat(source)
    except FileNotFoundError:
        raise DocumentError(f"{shown}: no such file") from None
    except NotADirectoryError:
        raise DocumentError(f"{shown}: no such file (a parent is not a directory)") from None
    except PermissionError:
        raise DocumentError(f"{shown}: permission denied") from None
    except OSError as e:
        raise DocumentError(f"{shown}: cannot read ({e.strerror or e})") from None
    if stat.S_ISDIR(st.st_mode):
        raise DocumentError(f"{shown}: is a directory, not a document")
    if not (stat.S_ISREG(st.st_mode) or stat.S_ISFIFO(st.st_mode)):
        raise DocumentError(f"{shown}: not a regular file or pipe (a socket or device)")
    if st.st_size > limit:
        raise DocumentError(f"{shown}: larger than the size limit of {_size(limit)}")
    try:
        # O_NONBLOCK: opening a FIFO that nobody writes to must not hang.
        fd = os.open(source, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except PermissionError:
        raise DocumentError(f"{shown}: permission denied") from None
    except OSError as e:
        raise DocumentError(f"{shown}: cannot read ({e.strerror or e})") from None
    with os.fdopen(fd, "rb", buffering=0) as f:
        mode = os.fstat(fd).st_mode
        if stat.S_ISREG(mode):
            return _read_up_to(f, limit + 1), True
        if not stat.S_ISFIFO(mode):
            raise DocumentError(f"{shown}: not a regular file or pipe (a socket or device)")
        return _read_pipe(f, shown, limit + 1), False


def _read_up_to(f: io.RawIOBase, size: int) -> bytes:
    """Up to `size` bytes: a raw read may return fewer than asked before the end."""
    chunks, got = [], 0
    while got < size and (chunk := f.read(size - got)):
        chunks.append(chunk)
        got += len(chunk)
    return b"".join(chunks)


def _read_pipe(f: io.RawIOBase, shown: str, size: int) -> bytes:
    """A pipe's bytes once something writes to it. With nobody writing (a named FIFO that
    nothing has opened), the first read ends at once: an error, not a wait."""
    first = f.read(size)  # None: a writer is there and has not written yet
    if first == b"":
        raise DocumentError(f"{shown}: a pipe with nothing written to it")
    os.set_blocking(f.fileno(), True)
    first = first or b""
    return first + _read_up_to(f, size - len(first))


_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")


def decode(data: bytes, shown: str = "document") -> tuple[str, list[str]]:
    """Bytes to str: UTF-8 (BOM or not), UTF-16 with BOM, else cp1252 with a warning."""
    if data.startswith(_UTF16_BOMS):
        try:
            return data.decode("utf-16"), []
        except UnicodeDecodeError:
            raise DocumentError(f"{shown}: not decodable (broken UTF-16)") from None
    if b"\x00" in data:
        raise DocumentError(f"{shown}: binary file (holds NUL bytes), not a document")
    try:
        text = data.decode("utf-8-sig")
        warnings: list[str] = []
    except UnicodeDecodeError:
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError:
            raise DocumentError(f"{shown}: not decodable as UTF-8, UTF-16 or cp1252") from None
        warnings = ["not valid UTF-8: decoded as cp1252"]
    if _looks_binary(text):
        raise DocumentError(f"{shown}: binary file, not a document")
    return text, warnings


def _looks_binary(text: str) -> bool:
    """Mostly control characters in the first 8 KB: not a text document."""
    head = text[:8192]
    if not head:
        return False
    controls = len(CONTROL_RE.findall(head))
    return controls > 0.3 * len(head)








_HEADING_MARK_RE = re.compile(r"^#{1,6}\s+")


def guess_title(text: str, fallback: str) -> str:
    """A Markdown heading or a short headline-like first line, else the file name."""
    for line in text.split("\n", 20)[:20]:
        line = line.strip()
        if not line:
            continue
        if _HEADING_MARK_RE.match(line):
            return _HEADING_MARK_RE.sub("", line).strip()[:120] or fallback
        if len(line) <= 120 and not line.endswith((".", "!", "?", ":", ";", ",", "…", "”", '"')):
            return line
        break
    return fallback
